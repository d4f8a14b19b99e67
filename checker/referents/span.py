"""The ends of a span a sentence gives ("the victims ranged in age from 14 to 27", "the rate
varies from 24 to 88 percent"): the youngest and the oldest, the lowest and the highest. Each
end is its own referent, compared only with the same end of another outlet's span; neither is
a person's age or a figure of its own ("a 14-year-old"), nor an uncertain figure ("between 40
and 50 people died" is one toll, hedged)."""

from __future__ import annotations

import itertools
import re

from checker.records import Claim

# A verb of spread, or "ages", before "from"/"between": the span of a set, not a hedge.
_SPAN_FROM = re.compile(
    r"(?:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?:\s+in\s+age)?\s+(?:from|between)"
    r"|\bages?\s+(?:from|between)|\bbetween\s+the\s+ages\s+of)\s+$",
    re.IGNORECASE,
)
_SPAN_TO = re.compile(r"\s*(?:to|and)\s+$", re.IGNORECASE)
LOW, HIGH = "low", "high"


def span_ends(claim: Claim) -> dict[int, str]:
    """Where each end of a span starts in the article -> LOW or HIGH."""
    out: dict[int, str] = {}
    for a, b in itertools.pairwise(claim.quantities):
        before = claim.text[max(0, a.start - claim.start - 40) : a.start - claim.start]
        gap = claim.text[a.end - claim.start : b.start - claim.start]
        if _SPAN_FROM.search(before) and _SPAN_TO.fullmatch(gap):
            out[a.start], out[b.start] = LOW, HIGH
    return out
