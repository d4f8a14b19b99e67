"""The English word list: the fast lookup answers as the whole list does."""

from __future__ import annotations

import gzip
import itertools
import re
from importlib import resources

from checker.wordlist import english_words, is_english


def test_the_shipped_list_is_sorted_bytewise_as_the_lookup_assumes():
    raw = gzip.decompress(
        (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    )
    keys = re.findall(rb'^"([^"]+)":', raw, re.M)
    assert len(keys) > 100_000
    assert all(a < b for a, b in itertools.pairwise(keys))


def test_every_listed_word_is_english_and_its_neighbours_are_not():
    words = english_words()
    assert all(is_english(w) for w in words)
    near = {w + suffix for w in list(words)[::50] for suffix in ("x", "zz", "'")}
    near |= {"", '"', "a\nb", "{", "}", "aaaaaa", "zzzzzzzz", "\udcff", "ζ"}
    for word in near:
        assert is_english(word) == (word.lower() in words), word


def test_lookup_lower_cases_the_word():
    assert is_english("Zürich") and is_english("ASSESSING") and not is_english("Xqzvk")
