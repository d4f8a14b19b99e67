"""Content words of a text, crudely stemmed: what alignment and the kinds compare as words."""

from __future__ import annotations

import re

from checker.lexicon import per_pack, stopwords

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def stem(word: str) -> str:
    """A deliberately crude suffix stripper: enough to match 'passed'/'passing', 'fines'/'fine'."""
    w = word.replace("’", "'").removesuffix("'s").strip("'")
    for suffix, repl, min_len in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5)):
        if w.endswith(suffix) and len(w) >= min_len:
            return w[: -len(suffix)] + repl
    if w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


@per_pack(maxsize=65536)
def content_stems(text: str) -> tuple[str, ...]:
    stop = stopwords()
    return tuple(stem(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1)
