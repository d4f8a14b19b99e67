"""Which running figures form one series: the same count of the same thing, told apart by
nothing but the time it holds at (the timeline rule, checker/kinds/timeline.py).

Three links, each requiring the referents to agree (the measure's class, the unit or an
unnamed one, the group, no part of the other, sizes within the rule's ratio, no frame slot
but the time or the relaying counter differing): pairs the story's alignment makes across
outlets; an article's own figures of one measure (its lede's and its later update); and the
first figure of each measure in each article (a story about one event has one toll).
"""

from __future__ import annotations

import re
from datetime import date

from checker.facts import Fact, running_measures, same_group
from checker.frames import slots_differ
from checker.kinds._shared import Components
from checker.kinds._when import STATEMENT_DAYS, dated
from checker.kinds.base import Context, FactPair, Rule, similar_size
from checker.kinds.number import bar, comparable_units, part_and_whole
from checker.lexicon import lexicon, per_pack
from checker.pairing import ANCHORED_RATIO

OWN_REACH = 8  # an article's figure is tied to the next few of its own, not to every one
# Slots that may differ within one series: its time, and who relayed the count (a toll given
# by the ministry, then by a television channel citing the ministry).
_SAME_SERIES_SLOTS = ("time:", "counted by:")
# "127 of the injured": a part of the count, not the count
_PART_OF = re.compile(r"\bof\s+(?:the|those|them|these|whom)\b", re.IGNORECASE)


@per_pack
def growing_measures() -> frozenset[str]:
    """Running measures whose count can only grow (rules/lexicon/measures.yaml `growing`)."""
    return frozenset(map(str, lexicon("measures").get("growing") or ()))


def running_count(f: Fact) -> bool:
    return (
        f.quantity.dimension == "count"
        and bool(f.measured & running_measures())
        # no law bounds a toll: a rule word near one ("a minimum of") says nothing; what
        # may happen is the frame's status ("could rise to")
        and not (f.earlier or f.proposed or f.partitive)
        and f.frame.status == "actual"
        and not _PART_OF.search(f.quantity.text)
    )


@per_pack
def _unnamed_units() -> frozenset[str]:
    """Words after a figure that say what happened to them, not what they are ("18 dead",
    "123 injured"), and "others" ("5,000 others"): a count of people, unnamed."""
    classes = lexicon("measures")["classes"]
    return frozenset({"other"} | {str(w).lower() for words in classes.values() for w in words})


def _units_meet(a: Fact, b: Fact) -> bool:
    """Counts of the same things, or of things one of them leaves unnamed."""
    unnamed = _unnamed_units()
    if a.quantity.unit in unnamed or b.quantity.unit in unnamed:
        return True
    return comparable_units(a, b)


def series_measures(ctx: Context, fp: FactPair, rule: Rule) -> frozenset[str]:
    """The running measures two outlets' facts share when they are one series but for the
    time: the alignment pairs their claims, and their referents agree."""
    if fp.other_party or fp.score < bar(rule).needed(fp.evidence):
        return frozenset()
    if fp.slots and not fp.slots.startswith(_SAME_SERIES_SLOTS):
        return frozenset()
    return _shared_measures(ctx, fp.a, fp.b, rule)


def _shared_measures(ctx: Context, a: Fact, b: Fact, rule: Rule) -> frozenset[str]:
    shared = a.measured & b.measured & running_measures()
    if not shared or not _units_meet(a, b) or not same_group(a, b):
        return frozenset()
    if part_and_whole(ctx, a, b):
        return frozenset()
    ratio = bar(rule).max_ratio * ANCHORED_RATIO  # both say what they measure: anchored
    return shared if similar_size(a.interval(), b.interval(), ratio) else frozenset()


def _own_measures(ctx: Context, a: Fact, b: Fact, rule: Rule) -> frozenset[str]:
    """Two figures of one article in one series: "14 dead, 123 injured" and, a paragraph
    on, "the death toll has since been revised to 17". An article's sentences are rarely
    alike enough for the alignment, but nothing in the tree tells them apart."""
    slots = slots_differ(a.frame, b.frame)
    if slots and not slots.startswith(_SAME_SERIES_SLOTS):
        return frozenset()
    if a.party and b.party and a.party != b.party:
        return frozenset()
    return _shared_measures(ctx, a, b, rule)


def background(ctx: Context, f: Fact, span: tuple[date, date] | None) -> bool:
    """A count of another, long past event ("a 1981 collision that killed 31 people"): its
    sentence dates something a year or more before the article, and nothing of the days
    around it."""
    src = ctx.sources[f.source]
    today = src.published if dated(src) and src.published else (span[1] if span else None)
    if today is None:
        return False
    days = [(d.first, d.last) for d in f.claim.dates if d.first and d.last]
    old = any((today - last).days > 365 for _, last in days)
    recent = any((today - last).days <= STATEMENT_DAYS for _, last in days)
    return old and not recent


def linked(ctx: Context, rule: Rule, facts: dict[tuple[str, int], Fact]) -> dict[str, Components]:
    """Facts linked into series, per measure: pairs the alignment makes across outlets; an
    article's own figures of one measure; and across outlets, the first figure of each
    measure an article gives (its lede's toll: a story about one event has one toll)."""
    groups: dict[str, Components] = {}

    def link(a: Fact, b: Fact, measures: frozenset[str]) -> None:
        for measure in measures:
            groups.setdefault(measure, Components()).link(a.key, b.key)

    for fp in ctx.fact_pairs(running_count, bar(rule)):
        if fp.a.key in facts and fp.b.key in facts:
            link(fp.a, fp.b, series_measures(ctx, fp, rule))
    by_source: dict[str, list[Fact]] = {}
    for f in sorted(facts.values(), key=lambda f: (f.source, f.quantity.start)):
        by_source.setdefault(f.source, []).append(f)
    leads: dict[str, list[Fact]] = {}
    for own in by_source.values():
        for i, a in enumerate(own):
            for b in own[i + 1 : i + 1 + OWN_REACH]:
                link(a, b, _own_measures(ctx, a, b, rule))
        for measure in sorted(running_measures()):
            first = next((f for f in own if measure in f.measured), None)
            if first is not None:
                leads.setdefault(measure, []).append(first)
    for measure, firsts in leads.items():
        for i, b in enumerate(firsts):
            for a in firsts[max(0, i - OWN_REACH) : i]:
                link(a, b, _own_measures(ctx, a, b, rule) & {measure})
    return groups
