"""Which group a count counts: the capitalised words after its number ("53 Nepalese citizens"), and
whether it counts part of a group it numbers ("four of the five Indians")."""

from __future__ import annotations

import re

from checker.extract.vocab import singular, word_value
from checker.records import Claim, Quantity
from checker.referents.clauses import _layout

# "four of the five Indians", "53 of the 68 passengers": the figure counts part of a group
# that has a number of its own ("142 of its jets" counts jets).
_PARTITIVE = re.compile(
    r"^\S+(?:\s\S+)?\s+of\s+(?:the|its|their|these|those)\s+(?P<whole>[\w-]+)", re.IGNORECASE
)

# A capitalised word; one in capitals throughout past an acronym's length is emphasis ("A DOZEN").
_CAPITALISED = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]{1,3})\b")


def partitive(q: Quantity, claim: Claim | None = None) -> bool:
    """The figure counts part of a group it numbers: "four of the five Indians", also where
    the extractor ends the figure at its number ("Twelve" of "Twelve of the 68 bodies")."""
    text = q.text
    if claim is not None and " " not in text.strip():
        text += claim.text[q.end - claim.start : q.end - claim.start + 40]
    m = _PARTITIVE.search(text)
    return bool(m) and (m.group("whole")[0].isdigit() or word_value(m.group("whole")) is not None)


def group(claim: Claim, q: Quantity) -> frozenset[str] | None:
    """The capitalised words after a count's number, which narrow what it counts: "53 Nepalese
    citizens" and "5 Indians" are groups of the "72 people" on board, not other readings of
    them. None in a title-case line, whose capitals say nothing."""
    if q.dimension != "count":
        return frozenset()
    if _layout(claim).title_case:
        return None
    noun = q.text.split(maxsplit=1)[1:]
    return frozenset(singular(m.group(0)) for m in _CAPITALISED.finditer(noun[0] if noun else ""))
