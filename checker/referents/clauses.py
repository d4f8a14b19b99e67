"""Where a figure stands in its claim: the claim's words, clauses, figures and names, read once
per claim (`_layout`), the clause that holds a figure, whether the figure opens its sentence, and
the content words around it."""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_left, bisect_right

from checker.records import Claim, Quantity
from checker.referents.words import _not_nouns
from checker.stems import content_stems

# Clause boundaries inside a sentence: a new clause may bind its figure to a new party.
_CLAUSE = re.compile(r";|\s+(?:and|while|whereas|but)\s+|,\s+(?:and|while|whereas|but)\s+")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_PARENS = re.compile(r"\([^()]*\)")
# A short stretch in quotation marks: a title ("Call of Duty"), a nickname or a quoted phrase,
# whose names are the quotation's, not parties of the writer's figures.
_QUOTED = re.compile(r"“[^“”]{1,60}”|\"[^\"]{1,60}\"|‘[^‘’]{1,60}’")


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of the clause holding text[lo:hi]."""
    starts, ends = _breaks(text)
    i = bisect_right(ends, lo)
    j = bisect_left(starts, hi)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(text))


@functools.lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the clause boundaries of a claim start and end, found once per claim."""
    spans = [m.span() for m in _CLAUSE.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


class _Layout:
    """What every figure of a claim asks about the claim, found once: its words, figures and
    names, and answers per clause. A table of figures set as one sentence is one claim with
    thousands of figures; scanning the claim again for each of them cost quadratic time."""

    def __init__(self, claim: Claim) -> None:
        self.words = _words(claim.text)
        self.word_starts = [m.start() for m in self.words]
        figures = sorted((q.start - claim.start, q.end - claim.start) for q in claim.quantities)
        self.figure_starts = [s for s, _ in figures]
        self.figure_ends = [e for _, e in figures]
        asides = [m.span() for m in _PARENS.finditer(claim.text)]
        asides += [m.span() for m in _QUOTED.finditer(claim.text)]
        self.asides = sorted(asides)  # bracketed or quoted: no party's name (see party.py)
        dates = sorted((d.start - claim.start, d.end - claim.start) for d in claim.dates)
        self.date_starts, self.date_ends = [s for s, _ in dates], [e for _, e in dates]
        words = claim.text.split()
        self.title_case = sum(w[:1].isupper() for w in words) * 2 > len(words)
        self.names = frozenset(w for e in claim.entities for w in content_stems(e))
        self.per_clause: dict[tuple[str, int, int], bool] = {}
        self.mentions: list[tuple[int, int, str]] | None = None
        self.pack = _not_nouns()  # a layout read under another rule pack is read again


_KEPT = threading.local()  # the layouts of the last few claims, per thread


def _layout(claim: Claim) -> _Layout:
    """The claim's layout, kept for the last few claims: by identity, as hashing a claim
    would hash all its figures each time."""
    layouts: dict[int, tuple[Claim, _Layout]] = _KEPT.__dict__.setdefault("layouts", {})
    kept = layouts.get(id(claim))
    if kept is None or kept[0] is not claim or kept[1].pack is not _not_nouns():
        if len(layouts) >= 16:
            del layouts[next(iter(layouts))]
        kept = layouts[id(claim)] = (claim, _Layout(claim))
    return kept[1]


def _words_in(claim: Claim, lo: int, hi: int) -> list[re.Match[str]]:
    """The words of claim.text that start in [lo, hi) (offsets in the claim)."""
    layout = _layout(claim)
    starts = layout.word_starts
    return layout.words[bisect_left(starts, lo) : bisect_left(starts, hi)]


_THREE_WORDS = re.compile(r"\S+\s+\S+\s+\S")


def leads(claim: Claim, q: Quantity) -> bool:
    """The figure opens its sentence, after any dateline or opening phrase ("PARIS, May 2
    (Wire) - About 3,200 people ...", "As of Monday, 40 ships ...")."""
    text, lo = claim.text, q.start - claim.start
    # After the last mark before the figure, looked for from the figure back, and only as far
    # back as three words can stand: searching all the text before each figure is quadratic
    # in a sentence of many figures (a table).
    cut = max(0, lo - _LOOK_BACK)
    for mark in (" - ", " – ", " — ", ","):
        at = text.rfind(mark, cut, lo)
        cut = at + len(mark) if at >= 0 else cut
    return not _THREE_WORDS.search(text, cut, lo)


_LOOK_BACK = 200  # characters: more than any three words and a mark take


_DIGITS = re.compile(r"[\d.,%]+")

CONTEXT_CHARS = 40


def context(claim: Claim, q: Quantity) -> frozenset[str]:
    """Content words around a figure, without it, its unit and the names: what it counts
    ("cut about 1,800 jobs" -> {cut})."""
    lo = max(q.start - CONTEXT_CHARS, claim.start) - claim.start
    hi = min(q.end + CONTEXT_CHARS, claim.end) - claim.start
    text = claim.text
    around = text[lo : q.start - claim.start] + " " + text[q.end - claim.start : hi]
    names = _layout(claim).names
    return frozenset(content_stems(_DIGITS.sub(" ", around))) - names - set(content_stems(q.unit))
