"""timeline: a running figure's values outlet by outlet, in time order (checker/timeline.py).

Facts of a running measure (rules/lexicon/measures.yaml `running`: deaths, injuries, missing,
arrests, displaced) that the story's alignment pairs across outlets, and whose referents agree
but for the time, form one series. Each figure holds at a time read from its article, best
first: an "as of" date in its sentence ("as of Feb. 18"); the day of the statement that gives
it ("the ministry said on Thursday"; a weekday in an undated article is read within the days
the dated outlets cover); its article's date; for an undated article, the day of a dated outlet
that gives the same figure (the same snapshot); else it is undated. A series in which two
figures differ is one finding: `conflict` when a count that only grows (`growing`) is lower
than a figure given before it, else `not-comparable` (snapshots of a count that changes).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from checker.align import ANCHORED_RATIO
from checker.facts import Fact, running_measures, same_group
from checker.frames import slots_differ
from checker.kinds._shared import Components, describe, named
from checker.kinds.base import Context, FactPair, Rule, finding, similar_size
from checker.kinds.number import (
    _group_and_crowd,
    bar,
    comparable_units,
    part_and_whole,
)
from checker.lexicon import lexicon, per_pack
from checker.records import Claim, DateMention, Finding, Source, Verdict
from checker.timeline import (
    EARLIER,
    OUT_OF_ORDER,
    SUPERSEDED,
    Point,
    Timeline,
    When,
    build,
    details_of,
    title,
)

FIELDS = (
    "title",
    "measure",
    "subject",
    "series",
    "latest",
    "superseded",
    "out_of_order",
    "relation",
)
PARAMS = {"min_score": 62.0, "partial_score": 45.0, "named_score": 30.0, "max_ratio": 4.0}

OWN_REACH = 8  # an article's figure is tied to the next few of its own, not to every one
STATEMENT_DAYS = 10  # a statement dated further back than this from its article is background
# Slots that may differ within one series: its time, and who relayed the count (a toll given
# by the ministry, then by a television channel citing the ministry).
_SAME_SERIES_SLOTS = ("time:", "counted by:")
# "127 of the injured": a part of the count, not the count
_PART_OF = re.compile(r"\bof\s+(?:the|those|them|these|whom)\b", re.IGNORECASE)
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|till|until|up\s+to|by|through)\s+$", re.IGNORECASE)
_DEICTIC = frozenset({"earlier", "today", "yesterday", "last", "this", "late", "early"})
_POSSESSIVE = re.compile(r"^['’]s\b")


@per_pack
def growing_measures() -> frozenset[str]:
    """Running measures whose count can only grow (rules/lexicon/measures.yaml `growing`)."""
    return frozenset(map(str, lexicon("measures").get("growing") or ()))


@per_pack
def _statement_verbs() -> frozenset[str]:
    """Verbs whose date is the time a count was given ("said on Friday", "confirmed dead
    Sunday"): the reporting verbs, as lemmas."""
    words = {str(v).lower() for v in lexicon("speech")["verbs"]}
    lemmas = {w[:-1] for w in words if w.endswith("s")} | {
        w[:-1] for w in words if w.endswith("ed")
    }
    return frozenset(words | lemmas | {"report", "update", "publish", "release", "give"})


@per_pack
def _level_verbs() -> frozenset[str]:
    return frozenset(str(v).lower() for v in lexicon("measures")["level_verbs"])


@per_pack
def _count_nouns() -> frozenset[str]:
    """What a level verb's subject is when it gives a running count: the measure's words
    ("toll", "dead") and the nouns of a quantity ("number", "figure", "total")."""
    classes = lexicon("measures")["classes"]
    words = {str(w).lower() for words in classes.values() for w in words}
    return frozenset(words | {str(w) for w in lexicon("frames")["light_words"]} | {"tally"})


def _dates_count(d: DateMention) -> bool:
    """The date is when a count was given or reached: a reporting verb's ("the ministry said
    on Friday"), or a level verb's whose subject is the count ("the toll rose to 304 on
    Sunday"); not an event's ("fell into a gorge on Friday", "Tuesday's blast")."""
    if d.event is None:
        return True  # a light verb: "said", "told"
    if d.event.noun:
        return False
    verb = d.event.verb.split()[0]
    if verb in _statement_verbs():
        return True
    return verb in _level_verbs() and bool(d.event.themes & _count_nouns())


def _running_count(f: Fact) -> bool:
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
    if _group_and_crowd(fp):
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


# ---------------------------------------------------------------- when a figure holds


def _dated(source: Source) -> bool:
    return bool(source.published) and not source.date_basis.startswith(("borrowed", "unknown"))


def _span(ctx: Context) -> tuple[date, date] | None:
    """The days the dated outlets cover."""
    days = [s.published for s in ctx.sources.values() if _dated(s) and s.published]
    return (min(days), max(days)) if days else None


def _statement_day(
    claim: Claim, d: DateMention, source: Source, span: tuple[date, date] | None
) -> date | None:
    """The day a date of the claim gives the count, when it dates the statement or the level
    reached rather than the event ("killed on Saturday", "Tuesday's blast")."""
    if d.first != d.last or d.since or d.background:
        return None
    if d.form not in ("weekday", "calendar", "relative"):
        return None
    if not _dates_count(d):
        return None
    if _POSSESSIVE.match(claim.text[d.end - claim.start :]):
        return None
    if _dated(source) and source.published and d.first:
        if not timedelta(0) <= source.published - d.first <= timedelta(days=STATEMENT_DAYS):
            return None
        return d.first
    if d.form == "weekday":
        # with no date of its own (or a borrowed one, against which a weekday may be a week
        # off), the one day of that name among the days the dated outlets cover, or the next
        weekday = d.first.weekday() if d.first else _weekday(d.text)
        if span is None or weekday is None:
            return None
        days = [
            span[0] + timedelta(n)
            for n in range((span[1] - span[0]).days + 2)
            if (span[0] + timedelta(n)).weekday() == weekday
        ]
        return days[0] if len(days) == 1 else None
    return d.first if d.form == "calendar" else None


_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def _weekday(text: str) -> int | None:
    """Monday = 0, from the weekday's name in a date's words ("on Tuesday evening")."""
    return next((_WEEKDAYS[w] for w in text.lower().split() if w in _WEEKDAYS), None)


def when_of(ctx: Context, f: Fact, span: tuple[date, date] | None) -> When:
    claim, source = f.claim, ctx.sources[f.source]
    for d in claim.dates:
        before = claim.text[max(0, d.start - claim.start - 12) : d.start - claim.start]
        if not _AS_OF.search(before):
            continue
        if d.first and d.last:
            return When(d.last, f"as of {d.text}", d.clock[1] if d.clock else None, d.zone)
        if d.clock:
            # "as of 6 p.m." on the day given next ("on Tuesday"), else the article's
            day = next(
                (
                    e.last
                    for e in claim.dates
                    if e.start >= d.end and e.start - d.end < 8 and e.last
                ),
                source.published if _dated(source) else None,
            )
            if day is not None:
                return When(day, f"as of {d.text}", d.clock[1], d.zone)
    stated = [
        (day, d.text)
        for d in claim.dates
        if (day := _statement_day(claim, d, source, span)) is not None
    ]
    if stated:
        day, text = max(stated)
        return When(
            day,
            f"given {text[:1].lower() + text[1:] if text.split()[0].lower() in _DEICTIC else text}",
        )
    if _dated(source) and source.published:
        return When(source.published, "the article's date")
    return When(None, "undated")


def _shared_days(series: list[list[tuple[Point, float]]]) -> dict[str, When]:
    """When an undated article's figures hold: the day on which the dated figures of the same
    value hold (an outlet that prints another's figure prints its snapshot, and its other
    figures are of that moment too). Each series the article shares a figure in narrows the
    days; one day left dates the article."""
    days: dict[str, set[date]] = {}
    shared: dict[str, dict[date, set[str]]] = {}
    for points in series:
        found: dict[str, set[date]] = {}
        for p, value in points:
            if p.when.day is not None:
                continue
            for q, other in points:
                if q.when.day is not None and q.source != p.source and other == value:
                    found.setdefault(p.source, set()).add(q.when.day)
                    shared.setdefault(p.source, {}).setdefault(q.when.day, set()).add(
                        f"{q.source} gives {q.figure}"
                    )
        for source, candidates in found.items():
            days[source] = days[source] & candidates if source in days else set(candidates)
    out = {}
    for source, left in days.items():
        if len(left) == 1:
            day = left.pop()
            out[source] = When(day, f"undated; the day {'; '.join(sorted(shared[source][day]))}")
    return out


# ---------------------------------------------------------------- the kind


def _background(ctx: Context, f: Fact, span: tuple[date, date] | None) -> bool:
    """A count of another, long past event ("a 1981 collision that killed 31 people"): its
    sentence dates something a year or more before the article, and nothing of the days
    around it."""
    src = ctx.sources[f.source]
    today = src.published if _dated(src) and src.published else (span[1] if span else None)
    if today is None:
        return False
    days = [(d.first, d.last) for d in f.claim.dates if d.first and d.last]
    old = any((today - last).days > 365 for _, last in days)
    recent = any((today - last).days <= STATEMENT_DAYS for _, last in days)
    return old and not recent


def _linked(ctx: Context, rule: Rule, facts: dict[tuple[str, int], Fact]) -> dict[str, Components]:
    """Facts linked into series, per measure: pairs the alignment makes across outlets; an
    article's own figures of one measure; and across outlets, the first figure of each
    measure an article gives (its lede's toll: a story about one event has one toll)."""
    groups: dict[str, Components] = {}

    def link(a: Fact, b: Fact, measures: frozenset[str]) -> None:
        for measure in measures:
            groups.setdefault(measure, Components()).link(a.key, b.key)

    for fp in ctx.fact_pairs(_running_count, bar(rule)):
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


def timelines(ctx: Context, rule: Rule) -> list[tuple[Timeline, dict[tuple[str, int], Fact]]]:
    """The story's series whose figures differ, each with its facts by point."""
    span = _span(ctx)
    facts = {
        f.key: f
        for fs in ctx.facts.values()
        for f in fs
        if _running_count(f) and not _background(ctx, f, span)
    }
    groups = _linked(ctx, rule, facts)
    series = []
    for measure in sorted(groups):
        for keys in groups[measure].groups():
            members = _with_copies(ctx, [facts[k] for k in keys if k in facts])
            if len({f.source for f in members}) < 2:
                continue
            points = [
                (_point(f, when_of(ctx, f, span)), f)
                for f in sorted(members, key=lambda f: (f.source, f.quantity.start))
            ]
            series.append((measure, points))
    undated = _shared_days([[(p, f.quantity.value) for p, f in pts] for _, pts in series])
    growing = growing_measures()
    out = []
    for measure, points in series:
        by_point = {(p.source, p.order): f for p, f in points}
        dated = [
            replace(p, when=undated[p.source]) if p.when.day is None and p.source in undated else p
            for p, _ in points
        ]
        t = build(measure, measure in growing, _one_per_figure(dated))
        if _differ(t.points):
            out.append((t, by_point))
    return out


def _point(f: Fact, when: When) -> Point:
    iv = f.interval()
    return Point(
        source=f.source,
        figure=describe(f.quantity),
        low=iv.low,
        high=iv.high,
        when=when,
        order=f.quantity.start,
        value=f.quantity.value,
    )


def _with_copies(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The facts with the same figure in every outlet that prints its claim word for word
    (the alignment pairs one claim per wording)."""
    out = {f.key: f for f in facts}
    for f in facts:
        offset = f.quantity.start - f.claim.start
        for m in ctx.members.get(f.claim.id, ()):
            for g in ctx.facts.get(m.id, ()):
                if g.quantity.start - m.start == offset:
                    out.setdefault(g.key, g)
    return list(out.values())


def _one_per_figure(points: Iterable[Point]) -> list[Point]:
    """An outlet that repeats a figure (headline, lede, quotation) gives it once."""
    seen: dict[tuple, Point] = {}
    for p in sorted(points, key=lambda p: (p.source, p.order)):
        seen.setdefault((p.source, p.figure, p.when.key()), p)
    return list(seen.values())


def _differ(points: tuple[Point, ...]) -> bool:
    heads = [p for p in points if p.state != EARLIER]
    return any(p.differs(q) for i, p in enumerate(heads) for q in heads[i + 1 :])


def _series_text(t: Timeline) -> str:
    """ "135 (b92, kerala9; 2020-08-05) -> 137 (naharnet; 2020-08-06) -> ...": the outlets'
    latest figures in time order, one step per time and figure (read as its interval)."""
    steps: dict[tuple, tuple[str, list[str]]] = {}
    for p in t.points:
        if p.state == EARLIER:
            continue
        key = (p.when.key(), p.when.label(), p.low, p.high)
        steps.setdefault(key, (p.figure, []))[1].append(p.source)
    return " -> ".join(
        f"{figure} ({', '.join(sources)}; {key[1]})" for key, (figure, sources) in steps.items()
    )


def _subject(facts: list[Fact]) -> str:
    """What the series is about: a name two outlets or more bind its figures to ("Beirut"),
    else a name two or more make their sentences' subject; one outlet's may be a misreading."""
    for names in (
        [(f.party_name, f.source) for f in facts if f.party_name],
        [(f.claim.subject, f.source) for f in facts if named(f.claim.subject)],
    ):
        outlets: dict[str, set[str]] = {}
        for name, source in names:
            outlets.setdefault(str(name), set()).add(source)
        shared = [n for n, s in outlets.items() if len(s) > 1]
        if shared:
            return max(sorted(shared), key=lambda n: len(outlets[n]))
    return ""


def run(ctx: Context, rule: Rule) -> list[Finding]:
    out = []
    for t, by_point in timelines(ctx, rule):
        # every sentence that gives a figure of the series, also one an outlet repeats
        claims = [f.claim for f in by_point.values()]
        subject = _subject(list(by_point.values()))
        late = [p for p in t.points if p.state == SUPERSEDED]
        wrong = [p for p in t.points if p.state == OUT_OF_ORDER]
        verdict = Verdict.CONFLICT if wrong else Verdict.NOT_COMPARABLE
        superseded = ", ".join(f"{p.source} ({p.figure})" for p in late) or "none"
        out_of_order = (
            "; ".join(f"{p.source} gives {p.figure} after {p.by}" for p in wrong) or "none"
        )
        latest = "; ".join(p.cited() for p in t.latest) or "undated"
        relation = (
            "a count that only grows is lower than a figure given before it"
            if wrong
            else "snapshots of a count that changes, in time order"
        )
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {**details_of(t), "subject": subject},
                title=title((("measure", t.measure), ("subject", subject))),
                measure=title((("measure", t.measure),)),
                subject=subject or "the story",
                series=_series_text(t),
                latest=latest,
                superseded=superseded,
                out_of_order=out_of_order,
                relation=relation,
            )
        )
    return out
