"""When a figure stands, from the words around it: an earlier state of things ("the previous
record of €5m"), a plan or proposal ("its intended fine of £5m"), or a running count as it stands
at the hour of writing ("68 recovered so far")."""

from __future__ import annotations

import re

from checker.records import Claim, Quantity
from checker.referents.clauses import _clause, _layout, _words_in
from checker.referents.measure import _WINDOW_BEFORE
from checker.referents.words import _earlier_words, _elapsed_words, _provisional

# An amount's own modality, from the words around it: "an initially proposed £183m", "its
# intended fine of £5m", "the £9m that the board said it planned to raise" (general English).
_PROPOSED_BEFORE = re.compile(
    r"\b(?:propos|intend|plann|provisional|potential|possible|threaten|expect|mooted|draft)\w*\b"
    r"(?:\W+\w+){0,5}\W*$",  # room for a qualifier: "proposing a fine of more than $425m"
    re.I,
)

_PROPOSED_AFTER = re.compile(
    r"^\W*(?:that|which)\b[^,;.]{0,60}?\b(?:propos|intend|plann|threaten)\w*", re.I
)


def proposed(claim: Claim, q: Quantity) -> bool:
    """The figure itself is a plan, a proposal or a forecast, whatever the sentence's verb: a
    different referent from a figure that was decided or done ("had proposed to fine it £30m"
    against "fined it £20m"), compared only with other proposals."""
    before = claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start]
    after = claim.text[q.end - claim.start :]
    return bool(_PROPOSED_BEFORE.search(before) or _PROPOSED_AFTER.search(after))


def provisional(claim: Claim, q: Quantity) -> bool:
    """The figure is a running count as it stands at one moment: its clause says "so far" or
    "as of 6 p.m.", or its verb is a search's ("have recovered 68 bodies"). Only what adds
    up can run: a count, a share or a sum, not a size or an age ("plan to retrieve the
    recorder of the Vessa, a 984-foot ship")."""
    if q.dimension not in RUNNING_DIMENSIONS:
        return False
    text = claim.text
    lo, hi = _clause(text, q.start - claim.start, q.end - claim.start)
    memo = _layout(claim).per_clause
    if ("provisional", lo, hi) not in memo:
        marker, verbs = _provisional()
        memo["provisional", lo, hi] = (
            bool(marker.search(text, lo, hi))
            or any(m.group(0).lower() in verbs for m in _words_in(claim, lo, hi))
            or _as_of(claim, lo, hi)
        )
    return memo["provisional", lo, hi]


RUNNING_DIMENSIONS = frozenset({"count", "percent", "money"})

_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.I)


def _as_of(claim: Claim, lo: int, hi: int) -> bool:
    """The clause gives its figure "as of 6 p.m." or "as of Thursday night": a running count as
    it stood then, which another outlet's figure, written later, may have passed."""
    for d in claim.dates:
        at = d.start - claim.start
        if lo <= at < hi and _AS_OF.search(claim.text[max(0, at - 8) : at]):
            return True
    return False


def earlier(claim: Claim, q: Quantity) -> bool:
    """The words just before the figure in its clause set it in an earlier state of things
    ("surpasses the previous record fine of €746m"): not the figure now reported."""
    text = claim.text
    lo, hi = q.start - claim.start, q.end - claim.start
    before = _words_in(claim, _clause(text, lo, hi)[0], lo)[-_WINDOW_BEFORE - 1 :]
    return any(m.group(0).lower() in _earlier_words() for m in before)


def elapsed(claim: Claim, q: Quantity) -> bool:
    """A duration that is the time elapsed since a start ("18 years ago", "its 18-year
    history"): told in completed or rounded units alike."""
    if q.dimension != "duration":
        return False
    after = claim.text[q.end - claim.start :].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").lower() in _elapsed_words()
