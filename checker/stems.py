"""Content words of a text, stemmed: what alignment and the kinds compare as words."""

from __future__ import annotations

import functools
import re
from typing import Any

from checker.lexicon import per_pack, stopwords

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


@functools.cache
def _stemmer() -> Any:  # snowballstemmer ships no type hints
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's Snowball (Porter2) stem: 'approved'/'approve', 'passed'/'passing',
    'fines'/'fine' meet."""
    w = word.replace("’", "'").removesuffix("'s").strip("'")
    return _stemmer().stemWord(w)


@per_pack(maxsize=65536)
def content_stems(text: str) -> tuple[str, ...]:
    stop = stopwords()
    return tuple(stem(w) for w in _WORD.findall(text.lower()) if w not in stop and len(w) > 1)
