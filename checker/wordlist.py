"""English words, from the word-frequency list pyspellchecker ships (offline, maintained).

Building pyspellchecker's SpellChecker parses 2.7 MB of JSON (0.2 s). The list holds one key
per line (`"word": count,`) sorted by its UTF-8 bytes, so a word is looked up by bisecting
the decompressed bytes: no JSON parse and no set of 160,000 strings (which took 40 ms of every
run, most of a small story's claim building). tests/test_wordlist.py checks the order.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def _english() -> bytes:
    import gzip

    from checker.lexicon import installed_file

    # Found without importing pyspellchecker, which only this file is wanted from.
    return gzip.decompress(installed_file("spellchecker", "resources/en.json.gz").read_bytes())


def _has_key(raw: bytes, key: bytes) -> bool:
    """`key` is the key of a line `"key": count,` of `raw`, whose keys are sorted bytewise;
    the lines that are not keys (`{` first, `}` last) sort before and after every key."""
    lo, hi = 0, len(raw)  # the key, if there, starts a line in raw[lo:hi]; lo starts a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(raw.rfind(b"\n", 0, mid) + 1, lo)
        end = raw.find(b"\n", start)
        if end < 0:
            end = len(raw)
        if raw.startswith(b'"', start):
            close = raw.find(b'"', start + 1, end)
            found = raw[start + 1 : close] if close > start + 1 else b""
            if found == key and raw.startswith(b'":', close):
                return True
            after = found < key
        else:
            after = start == 0  # `{` opens the list, `}` closes it
        if after:
            lo = end + 1
        else:
            hi = start
    return False


@functools.lru_cache(maxsize=1 << 15)
def is_english(word: str) -> bool:
    """The word, lower-cased, is in the English list (cached: a table asks of the same words
    thousands of times)."""
    key = word.lower()
    if not key or '"' in key or "\n" in key:
        return False  # no key is empty or holds a quote or a line break
    return _has_key(_english(), key.encode("utf-8", "surrogatepass"))


def english_words() -> frozenset[str]:
    """Every word of the list (for tests: is_english is the fast way to ask about one)."""
    text = _english().decode("utf-8")
    return frozenset(re.findall(r'^"([^"]+)":', text, re.M))


# British spellings rewritten the American way (general English orthography): "centre" ->
# "center", "labour" -> "labor", "organisation" -> "organization", "defence" -> "defense",
# "catalogue" -> "catalog", "travelled" -> "traveled", "programme" -> "program".
_BRITISH = (
    (re.compile(r"(?<=[tb])re$"), "er"),
    (re.compile(r"our(?=s?$|ed$|ing$|hood)"), "or"),
    (re.compile(r"(?<=[a-z])is(?=e$|es$|ed$|ing$|ation)"), "iz"),
    (re.compile(r"(?<=[a-z])ys(?=e$|es$|ed$|ing$)"), "yz"),
    (re.compile(r"(?<=[ef])nce$"), "nse"),
    (re.compile(r"(?<=[lg])ogue$"), "og"),
    (re.compile(r"(?<=[aeiou])ll(?=ed$|ing$|er$)"), "l"),
    (re.compile(r"amme$"), "am"),
)


Rewrites = tuple[tuple[re.Pattern[str], str], ...]


def rewritten(word: str, rules: Rewrites) -> str:
    """The word with each rule's pattern replaced, in order."""
    for pattern, repl in rules:
        word = pattern.sub(repl, word)
    return word


def american(word: str) -> str:
    """The word spelt the American way ("centre" -> "center", "neighbour" -> "neighbor")."""
    return rewritten(word, _BRITISH)
