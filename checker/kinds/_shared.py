"""Helpers several kinds share: quantity agreement, subjects, grouping findings by variant."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal

from checker.extract.entities import name_key
from checker.extract.hedges import Interval
from checker.facts import Fact, counts_people
from checker.kinds.base import Context
from checker.records import Claim, Quantity
from checker.referents.clauses import context, leads


def named(subject: str | None) -> bool:
    """A named subject ("Microsoft"), not a head noun ("the ministry")."""
    return bool(subject) and not subject.startswith("the ")


def subjects_differ(a: Claim, b: Claim) -> bool:
    """Two different names. A head noun may stand for any name ("the firm"), so it never differs."""
    return named(a.subject) and named(b.subject) and name_key(a.subject) != name_key(b.subject)


def actors_differ(a: Claim, b: Claim) -> bool:
    """The tree names who acts in both claims (checker/actors.py), by two different names;
    else, the claims' subjects are two different names."""
    if named(a.actor) and named(b.actor):
        return name_key(a.actor or "") != name_key(b.actor or "")
    return subjects_differ(a, b)


def significant_digits(value: float) -> int:
    digits = Decimal(repr(value)).normalize().as_tuple().digits
    return max(1, len(digits))


# Figures of these dimensions only compare with their own kind: "six months" is never a
# look-alike of "81 patients", while "14 million containers" and "9 million tonnes" are.
SELF_ONLY = frozenset({"money", "percent", "duration", "age", "temperature"})


def lookalike(a: Quantity, b: Quantity) -> bool:
    """Figures a reader might set side by side. Goods may be counted or weighed ("14 million
    containers", "9 million tonnes"), but people are only ever counted: "190 people" is no
    look-alike of "35 feet"."""
    if a.dimension == b.dimension:
        return True
    if counts_people(a) or counts_people(b):
        return False
    return a.dimension not in SELF_ONLY and b.dimension not in SELF_ONLY


def describe(q: Quantity) -> str:
    """The figure with its qualifier, as a reader sees it ("more than 4,000 people"); a vague
    magnitude is its own qualifier ("dozens of people")."""
    if not q.approx or q.text.lower().startswith(q.approx):
        return q.text
    return f"{q.approx} {q.text}"


def same_context(a: Claim, qa: Quantity, b: Claim, qb: Quantity, min_shared: int = 1) -> bool:
    """The two figures count the same thing: shared words around them, or both open their
    sentences (outlets paraphrase the verb of a lead: "fled" / "ordered out")."""
    if leads(a, qa) and leads(b, qb):
        return True
    return len(context(a, qa) & context(b, qb)) >= min_shared


class Components:
    """Union-find: things linked in pairs (clashing claims, overlapping lists) form groups."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def _root(self, x: Hashable) -> Hashable:
        while self.parent.setdefault(x, x) != x:
            x = self.parent[x]
        return x

    def link(self, a: Hashable, b: Hashable) -> None:
        self.parent[self._root(a)] = self._root(b)

    def groups(self) -> list[list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = {}
        for node in sorted(self.parent, key=repr):
            out.setdefault(self._root(node), []).append(node)
        return list(out.values())


class Variants:
    """Collects claims per variant key, so 200 outlets in two camps give one finding, not 10,000."""

    def __init__(self) -> None:
        self.claims: dict[Hashable, dict[str, Claim]] = {}
        self.payload: dict[Hashable, object] = {}

    def add(self, key: Hashable, claims: Iterable[Claim], payload: object = None) -> None:
        bucket = self.claims.setdefault(key, {})
        for c in claims:
            bucket.setdefault(c.id, c)
        self.payload.setdefault(key, payload)

    def items(self) -> list[tuple[Hashable, list[Claim], object]]:
        return [
            (k, sorted(v.values(), key=lambda c: (c.source, c.start)), self.payload[k])
            for k, v in sorted(self.claims.items(), key=lambda kv: repr(kv[0]))
        ]


BACKGROUND_DAYS = 31


def background(ctx: Context, claim: Claim) -> bool:
    """A claim dated well before its article tells the story's background (what a party won
    in 2011, what a company did last year), not the development outlets may disagree on; so
    does one whose time is told from the sentence before it ("Days later, she said ..."
    after "In 2012, the bank cancelled ...")."""
    if not claim.dates and _LATER.search(claim.text):
        before = [c for c in ctx.claims_in(claim.source) if c.sentence == claim.sentence - 1]
        return any(_dated_before(ctx, c) for c in before)
    return _dated_before(ctx, claim)


def _dated_before(ctx: Context, claim: Claim) -> bool:
    published = ctx.published(claim.source)
    return bool(published and claim.dates) and all(
        d.last is not None and (published - d.last).days > BACKGROUND_DAYS for d in claim.dates
    )


# A time told from the sentence before (general English): "days later", "a week later",
# "later that year", "the following month", "the next day".
_LATER = re.compile(
    r"\b(?:(?:hours|days|weeks|months|years|(?:an?|one|two|three|several|a\s+few)\s+"
    r"(?:hour|day|week|month|year)s?)\s+later|later\s+that\s+(?:day|week|month|year)"
    r"|the\s+(?:following|next)\s+(?:day|week|month|year))\b",
    re.IGNORECASE,
)


def told_apart(ctx: Context, a: Fact, b: Fact, alike: Callable[[Fact, Fact], bool]) -> str:
    """An outlet that itself gives both figures, as two facts, tells them apart: they are two
    referents (a place's toll and the total, a part and the whole, an original fine and the
    reduced one), and the other outlets that give one each do not disagree. `alike(f, g)`:
    whether the outlet's fact f could be read as g. The outlet, or ""."""
    ia, ib = a.interval(), b.interval()
    by_source = ctx.once(("facts by source",), lambda: _facts_by_source(ctx))
    for source, own in sorted(by_source.items()):
        # one figure on each side, neither reaching the other's ("several thousand" beside
        # "nearly 4,000" says nothing about "more than 4,000"); the intervals first, as they
        # rule out most figures for a fraction of what `alike` costs
        if any(i.overlaps(ia) and not i.overlaps(ib) and alike(f, a) for f, i in own) and any(
            i.overlaps(ib) and not i.overlaps(ia) and alike(f, b) for f, i in own
        ):
            return source
    return ""


def _facts_by_source(ctx: Context) -> dict[str, list[tuple[Fact, Interval]]]:
    """Each outlet's facts with their intervals, worked out once per story: told_apart asks
    for every pair of facts (600,000 intervals on a story of 200 outlets)."""
    out: dict[str, list[tuple[Fact, Interval]]] = {}
    for facts in ctx.facts.values():
        for f in facts:
            if not (f.cap or f.earlier or f.proposed):
                out.setdefault(f.source, []).append((f, f.interval()))
    return out
