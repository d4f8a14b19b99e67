"""timeline: a running figure's values outlet by outlet, in time order (checker/timeline.py).

Facts of a running measure (deaths, injuries, missing, arrests, displaced) whose referents
agree but for the time form a series (checker/kinds/_series.py); each figure holds at a time
read from its article (checker/kinds/_when.py). A series in which two figures differ is one
finding: `conflict` when a count that only grows is lower than a figure given before it, else
`not-comparable` (snapshots of a count that changes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from checker.facts import Fact
from checker.kinds._series import background, growing_measures, linked, running_count
from checker.kinds._shared import describe, named
from checker.kinds._when import shared_days, span_of, when_of
from checker.kinds.base import Context, Rule, finding
from checker.records import Finding, Verdict
from checker.slots.words import _words
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


def timelines(ctx: Context, rule: Rule) -> list[tuple[Timeline, dict[tuple[str, int], Fact]]]:
    """The story's series whose figures differ, each with its facts by point."""
    span = span_of(ctx)
    facts = {
        f.key: f
        for fs in ctx.facts.values()
        for f in fs
        if running_count(f) and not background(ctx, f, span)
    }
    groups = linked(ctx, rule, facts)
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
    undated = shared_days([[(p, f.quantity.value) for p, f in pts] for _, pts in series])
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
        counter=_counter(f),
    )


def _counter(f: Fact) -> str:
    """Who the sentence says counted ("the prefect's office"), unless it names no one in
    particular ("officials"): see frames.counters_differ."""
    credited = f.frame.credited
    if not credited or credited.split()[0] in _words().generic_counters:
        return ""
    return credited


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


def _place(f: Fact) -> str:
    """The figure's place as its sentence writes it ("near Port Ellery")."""
    found = re.search(re.escape(f.frame.place), f.claim.text, re.I) if f.frame.place else None
    return found.group(0) if found else ""


def _subject(facts: list[Fact]) -> str:
    """What the series is about: a name two outlets or more bind its figures to ("Valdera"),
    else a name two or more make their sentences' subject, else the place two or more give
    its figures; one outlet's may be a misreading."""
    for names in (
        [(f.party_name, f.source) for f in facts if f.party_name],
        [(f.claim.subject, f.source) for f in facts if named(f.claim.subject)],
        [(_place(f), f.source) for f in facts if _place(f)],
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
