"""number: figures for the same measure of the same thing that cannot both be true.

Figures are facts (checker/facts.py): compared only when their referents agree (the party they
are about, what they measure, the unit) and read as intervals from their hedges ("more than
4,000" is (4,000, 4,400], "nearly 4,000" [3,600, 4,000)). Disjoint intervals are a conflict,
overlapping ones that are written differently are consistent, and the message gives the
intervals. A count reported on different days is a snapshot of something that changes: not
comparable, unless both outlets date it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from checker.extract.hedges import Interval, vague_words
from checker.extract.quantities import to_base
from checker.facts import (
    Fact,
    counts_people,
    generic_people,
    measures_differ,
    parts_of,
    running_measures,
    same_unit,
)
from checker.kinds._labels import label_findings
from checker.kinds._shared import Components, describe, told_apart
from checker.kinds._when import span_of, when_of
from checker.kinds.base import MATCHABLE, Context, FactBar, FactPair, Rule, confidence_of, finding
from checker.lexicon import lexicon, per_pack
from checker.records import Claim, Finding, Source, Verdict

FIELDS = ("a_source", "a_value", "b_source", "b_value", "unit", "subject", "values", "relation")
PARAMS = {
    "min_score": 62.0,
    "partial_score": 45.0,
    "named_score": 30.0,
    "max_ratio": 4.0,
    "close_ratio": 1.25,
    "label_min_score": 60.0,
}


def _counted(f: Fact) -> bool:
    return f.quantity.dimension != "money"


def comparable_units(a: Fact, b: Fact) -> bool:
    """Counts of the same things (or of things unnamed), percentages with percentages, and a
    measure in one unit (the unit rule compares a measure written in two)."""
    qa, qb = a.quantity, b.quantity
    if qa.dimension != qb.dimension:
        return False
    if qa.dimension == "count":
        # "eight items of jewellery", "nine pieces of jewellery": the parse tells what is counted
        counted = a.frame.counted and a.frame.counted == b.frame.counted
        return not qa.unit or not qb.unit or same_unit(qa, qb) or bool(counted)
    if qa.dimension == "duration" and to_base(qa) and to_base(qb):
        return True  # "60 days" and "two months": spans of time are compared in days
    return qa.unit == qb.unit


def _surface(f: Fact) -> str:
    """The figure as written, without what it counts: "142 jets" and "142 of its jets" are
    written alike, "fourteen" and "14" or "about 40" and "40" are not."""
    q = f.quantity
    words = describe(q).casefold().split()
    kept = []
    for w in words:
        if not (any(ch.isdigit() for ch in w) or w.strip(".,") in number_words()):
            break
        kept.append(w)
    return " ".join(kept) or "".join(words)


def snapshots(ctx: Context, a: Fact, b: Fact) -> str:
    """Why two counts are taken at different times ("" when they are not, or when that cannot
    be told). A count holds at the time its sentence gives it ("as of Feb. 18", "till Sunday")
    when both outlets give one, else at its article's date: an article of unknown date takes
    the date of an outlet with which it shares a figure of the same measure (the same
    snapshot). Other dates in the sentence are more often the event's ("Tuesday's blast")."""
    ta, tb = as_of(a.claim), as_of(b.claim)
    if ta and tb:
        overlap = any(x[0] <= y[1] and y[0] <= x[1] for x in ta for y in tb)
        return "" if overlap else "dated differently by the two outlets"
    if ta or tb:
        return ""  # one outlet dates its count, the other's may be of that day: cannot tell
    # a count its sentence credits to a day's statement ("authorities on Thursday confirmed
    # 14 deaths") holds at that day, whatever the article's date
    span = ctx.once(("story-span",), lambda: span_of(ctx))
    wa, wb = when_of(ctx, a, span), when_of(ctx, b, span)
    stated = wa.basis.startswith("given") or wb.basis.startswith("given")
    if stated and wa.day and wb.day and wa.day != wb.day:
        return f"given on different days ({min(wa.day, wb.day)} vs {max(wa.day, wb.day)})"
    days = ctx.once(("article-days",), lambda: {s: article_day(ctx, s) for s in ctx.sources})
    pa, pb = days[a.source], days[b.source]
    if pa and pb and pa != pb:
        return f"reported on different days ({min(pa, pb)} vs {max(pa, pb)})"
    if bool(pa) != bool(pb) and len({d for d in days.values() if d}) > 1:
        # The dated outlets report over several days: an undated count may be of any of them
        return "an outlet that gives no date in a story reported over several days"
    if a.provisional or b.provisional:
        return "a running count given as it stood at one moment ('so far', 'as of 6 p.m.')"
    moving = ctx.once(("changing",), lambda: _changing(ctx))
    if (a.measured | b.measured) & moving:
        return "an outlet of the story reports this count changing ('rose to', 'revised')"
    return ""


# Words that report a count changing (general English): where an outlet of the story says the
# toll "rose to" or was "revised", two outlets' figures of one day may be of two moments.
_CHANGED = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|revised|updated|up from"
    r"|raised|mounted|mounting|grew|grown)\b",
    re.I,
)


def _changing(ctx: Context) -> frozenset[str]:
    """The running measures some sentence of the story reports changing."""
    out: set[str] = set()
    for facts in ctx.facts.values():
        for f in facts:
            if f.measured & running_measures() and _CHANGED.search(f.claim.text):
                out |= f.measured & running_measures()
    return frozenset(out)


_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|till|until|up\s+to|by|through)\s+$", re.IGNORECASE)


def as_of(claim: Claim) -> set[tuple[date, date]]:
    """The days a claim's own "as of" dates cover: the time its counts hold at."""
    out = set()
    for d in claim.dates:
        before = claim.text[max(0, d.start - claim.start - 12) : d.start - claim.start]
        if d.first and d.last and _AS_OF.search(before):
            out.add((d.first, d.last))
    return out


def _dated(source: Source) -> bool:
    return bool(source.published) and not source.date_basis.startswith(("borrowed", "unknown"))


def article_day(ctx: Context, source: str) -> date | None:
    """The day an article's counts hold at: its own date, else (see `snapshots`) the date of
    an outlet that gives the same figure for the same measure."""
    if _dated(ctx.sources[source]):
        return ctx.sources[source].published
    # Only a shared count of something that changes dates a snapshot: "7.5 miles" does not.
    own = [f for facts in ctx.facts.values() for f in facts if f.source == source and f.measured]
    days = [
        ctx.sources[g.source].published
        for facts in ctx.facts.values()
        for g in facts
        if g.source != source
        and _dated(ctx.sources[g.source])
        and any(
            g.quantity.value == f.quantity.value and g.measured & f.measured & running_measures()
            for f in own
        )
    ]
    found = {d for d in days if d}
    return found.pop() if len(found) == 1 else None  # figures shared with several days: unknown


def readable(f: Fact) -> str:
    """A fact's interval as a reader follows it: a span of time in the unit it was written in
    ("[3.15, 3.5) minutes"), not in the days all spans are compared in."""
    iv, q = f.interval(), f.quantity
    base = to_base(q)
    if q.dimension not in ("duration", "age") or not base or not base[0] or not q.unit:
        return str(iv)
    k = q.value / base[0]
    shown = Interval(iv.low * k, iv.high * k, iv.low_open, iv.high_open)
    unit = q.unit
    if not unit.endswith("s"):  # "days", "centuries"
        unit = unit[:-1] + "ies" if re.search(r"[^aeiou]y$", unit) else unit + "s"
    return f"{shown} {unit}"


def verdict_of(ctx: Context, fp: FactPair) -> tuple[Verdict, str] | None:
    """The verdict on two facts whose referents agree, with why; None when nothing to say."""
    ia, ib = fp.a.interval(), fp.b.interval()
    if ia.overlaps(ib):
        if _surface(fp.a) == _surface(fp.b) or not fp.same_measure or not fp.agreement_ok():
            return None
        return Verdict.CONSISTENT, f"the intervals {readable(fp.a)} and {readable(fp.b)} overlap"
    if part_and_whole(ctx, fp.a, fp.b) or _group_and_crowd(fp) or _sign_in_the_verb(fp):
        return None
    if fp.a.quantity.unit != fp.b.quantity.unit and fp.a.quantity.dimension == "duration":
        # "60 days" is "two months" written another way; "97 seconds" against "a minute"
        # or "four decades" against "thirty years" are rarely one span told twice
        return None
    running = (fp.a.measured | fp.b.measured) & running_measures()
    if not fp.clash_ok():
        counted_over_time = fp.slots.startswith("time:") and running
        if fp.slots and not counted_over_time and replace(fp, slots="").clash_ok():
            # one measure, alike enough to be taken for one figure, of another holder, time,
            # place, counter or status: a reader is told what differs (issue 14); a count
            # that changes, told at two times, is the timeline's (kinds/timeline.py)
            return Verdict.NOT_COMPARABLE, f"they differ in {fp.slots}"
        return None
    if fp.a.provisional != fp.b.provisional:
        return Verdict.NOT_COMPARABLE, (
            "one is a running count as it stood at one moment ('so far', 'as of 6 p.m.'): "
            "a count that changes is compared at one time only"
        )
    if fp.a.quantity.dimension == "count" and running and (why := snapshots(ctx, fp.a, fp.b)):
        return Verdict.NOT_COMPARABLE, f"{why}: a count that changes is compared at one time only"
    if totals := _parts_of_two_totals(ctx, fp):
        return Verdict.NOT_COMPARABLE, f"each is part of a running count given as {totals}"
    # an outlet that gives two ends of one span two ways contradicts itself: no two referents
    spans = bool(fp.a.span_end) and fp.a.span_end == fp.b.span_end
    if not fp.same_measure or (not spans and told_apart(ctx, fp.a, fp.b, _alike)):
        return None
    if not fp.close_or_tied():
        return Verdict.NOT_COMPARABLE, (
            f"{_FAR} ({readable(fp.a)} and {readable(fp.b)}), and nothing but what they measure "
            "ties them: they may be two facts"
        )
    if fp.loosely_tied() and ctx.worded_apart(fp.a.claim, fp.b.claim):
        return Verdict.NOT_COMPARABLE, (
            f"{_WORDED} ({readable(fp.a)} and {readable(fp.b)}): they may be two facts"
        )
    return Verdict.CONFLICT, f"the intervals {readable(fp.a)} and {readable(fp.b)} do not overlap"


_PART_OF = re.compile(r"\b(?:including|among|of whom|of them|of which)\b", re.IGNORECASE)


def _parts_of_two_totals(ctx: Context, fp: FactPair) -> str:
    """ "58 people, including 9 children" and "57 people, including six children": the
    two parts belong to two tallies of a running count, taken at two moments, and differ as
    the tallies do (even where "at least" makes the tallies agree). The two totals, as "58
    vs 57"; "" when either figure is no such part or both give one tally."""
    totals = [_running_total(ctx, f) for f in (fp.a, fp.b)]
    if totals[0] is None or totals[1] is None:
        return ""
    if totals[0].quantity.value == totals[1].quantity.value:
        return ""  # one tally ("at least 58" in both): its parts are one figure
    return " vs ".join(g.quantity.text for g in totals)


def _running_total(ctx: Context, f: Fact) -> Fact | None:
    """The larger count of a running measure that the figure's sentence makes it part of."""
    if f.quantity.dimension != "count" or not _PART_OF.search(f.claim.text):
        return None
    return next(
        (
            g
            for g in ctx.facts.get(f.claim.id, ())
            if g is not f
            and g.quantity.dimension == "count"
            and g.measured & running_measures()
            and g.quantity.value > f.quantity.value
        ),
        None,
    )


def _alike(f: Fact, g: Fact) -> bool:
    """Two facts one outlet could mean as one figure: counts of the same kind of thing, with
    no measure that separates them."""
    return comparable_units(f, g) and not measures_differ(f, g)


_DIRECTION = re.compile(r"\b(?:up|down|higher|lower)\b", re.IGNORECASE)  # "closed down 2.3%"


def _sign_in_the_verb(fp: FactPair) -> bool:
    """ "GDP shrank -2.3%" and "GDP shrank 2.3%": a rise or a fall says its direction in the
    verb, and the figure may carry the sign as well or not. Only a figure of a change (no
    level: "from minus 0.1%" and "from 0.1%" do clash) of the same size either way."""
    a, b = fp.a, fp.b
    if (a.quantity.value < 0) == (b.quantity.value < 0) or "level" in (a.frame.move, b.frame.move):
        return False  # "fell to minus 40C" and "fell to 40C" clash
    moved = (a.measured | b.measured) & {"rise", "fall"} or _DIRECTION.search(
        " ".join(f.claim.text[: f.quantity.start - f.claim.start][-24:] for f in (a, b))
    )
    if not moved:
        return False
    sizes = [f.interval(replace(f.quantity, value=abs(f.quantity.value))) for f in (a, b)]
    return sizes[0].overlaps(sizes[1])


def _group_and_crowd(fp: FactPair) -> bool:
    """A count of one group ("62 adults" on board) against a count of "people" said to be
    killed may be a part against the whole: when only one of them says what it measures,
    nothing says they count the same crowd ("2,300 residents were ordered out" / "3,200 people
    were forced from their homes" say it alike, and are compared)."""
    qa, qb = fp.a.quantity, fp.b.quantity
    if generic_people(qa) == generic_people(qb) or not (counts_people(qa) and counts_people(qb)):
        return False
    return bool(fp.a.measured) != bool(fp.b.measured)


def part_and_whole(ctx: Context, a: Fact, b: Fact) -> bool:
    """Counts of two different things of which the story says one is part of the other ("190
    people, including the two pilots"; "the pilots were among the 18 dead"): "two pilots"
    against "18 people killed" is no clash."""
    ua, ub = a.quantity.unit, b.quantity.unit
    if not (ua and ub) or ua == ub:
        return False
    parts = ctx.once(("parts",), lambda: parts_of(ctx.every))
    return (ua, ub) in parts or (ub, ua) in parts


def _pairs_by_claims(pairs: list[FactPair]) -> dict[tuple[str, str], list[FactPair]]:
    out: dict[tuple[str, str], list[FactPair]] = {}
    for fp in pairs:
        out.setdefault((fp.a.claim.id, fp.b.claim.id), []).append(fp)
    return out


_APART = "they differ in "
_FAR = "they are too far apart for a slip"
_WORDED = "their sentences share hardly a word besides the figures"


def judged(ctx: Context, pairs: list[FactPair]) -> list[tuple[FactPair, Verdict, str]]:
    """Verdicts per fact pair. Within two claims, figures that agree pair first ("four killed"
    with "four died"): a figure the other claim gives too is accounted for, and a clash is
    looked for only among the figures left. A vague magnitude ("several thousand") agrees
    with too much to account for anything."""
    out = []
    for group in _pairs_by_claims(pairs).values():
        used: set[int] = set()
        results = [(fp, verdict_of(ctx, fp)) for fp in group]
        agreeing = [
            (fp, r)
            for fp, r in results
            if fp.agreement_ok() and fp.a.interval().overlaps(fp.b.interval())
        ]
        for fp, r in agreeing:
            if not (vague(fp.a) or vague(fp.b)):
                used |= {fp.a.key, fp.b.key}
            if r:
                out.append((fp, *r))
        apart = []
        for fp, r in results:
            if r is None or (fp, r) in agreeing or fp.a.key in used or fp.b.key in used:
                continue
            if r[1].startswith((_APART, _FAR, _WORDED)):
                apart.append((fp, r))  # told apart by a slot: only figures left unpaired
                continue
            used |= {fp.a.key, fp.b.key}
            out.append((fp, *r))
        for fp, r in apart:
            if fp.a.key not in used and fp.b.key not in used:
                used |= {fp.a.key, fp.b.key}
                out.append((fp, *r))
    return out


def vague(f: Fact) -> bool:
    return (f.quantity.approx or "") in vague_words()


def bar(rule: Rule) -> FactBar:
    return FactBar(
        named=float(rule.param("named_score", 30.0)),
        partial=float(rule.param("partial_score", 45.0)),
        unknown=float(rule.param("min_score", 62.0)),
        max_ratio=float(rule.param("max_ratio", 4.0)),
        close_ratio=float(rule.param("close_ratio", 1.25)),
    )


def _wider(a: Fact, b: Fact) -> Fact:
    return min((a, b), key=lambda f: (f.interval().low - f.interval().high, shown(f)))


@per_pack
def number_words() -> frozenset[str]:
    """Words that write a figure: "fourteen", "million", "dozens", "several", "a"."""
    data = lexicon("numbers")
    words = {str(w).lower() for key in ("units", "tens", "scales") for w in data[key]}
    words |= {w for phrase in vague_words() for w in phrase.split()}
    words |= {w for q in data["approx_before"] for w in str(q).lower().split()}
    return frozenset(words | {"a", "an", "half", "and"})


def shown(f: Fact) -> str:
    """The figure as written, with the interval it was read as when a qualifier widens it."""
    q = f.quantity
    return f"{describe(q)} {readable(f)}" if q.approx else describe(q)


def _label(f: Fact) -> str:
    return f.quantity.unit or "/".join(sorted(f.measured)) or "figure"


def run(ctx: Context, rule: Rule) -> list[Finding]:
    pairs = [
        fp
        for fp in ctx.fact_pairs(_counted, bar(rule))
        if not fp.other_party and comparable_units(fp.a, fp.b)
    ]
    # Facts linked by a verdict form one finding: one misreported toll seen from four outlets
    # is one finding listing who wrote which figure.
    # Agreements are reported around the wider figure of each pair: "at least 110" agrees
    # with "110" and "111" in one finding; "114" and "117", which clash with each other,
    # agree with it in two (_agreeing).
    groups = Components()
    facts: dict[int, Fact] = {}
    reasons: dict[tuple, str] = {}
    matched: dict[tuple, int] = {}  # node -> the best FactPair.matched of its pairs
    for fp, verdict, reason in judged(ctx, pairs):
        facts[fp.a.key], facts[fp.b.key] = fp.a, fp.b
        if verdict is Verdict.CONSISTENT:
            camp = (shown(_wider(fp.a, fp.b)),)
            na, nb = (verdict, camp, fp.a.key), (verdict, camp, fp.b.key)
        else:
            na, nb = (verdict, (), fp.a.key), (verdict, (), fp.b.key)
        groups.link(na, nb)
        reasons.setdefault(na, reason)
        for node in (na, nb):
            matched[node] = max(matched.get(node, 0), fp.matched)
    out = []
    for group in (part for g in groups.groups() for part in _agreeing(g, facts)):
        verdict = group[0][0]
        members = [facts[i] for _, _, i in group]
        sides: dict[str, dict[str, Claim]] = {}
        for f in members:
            sides.setdefault(shown(f), {})[f.claim.id] = f.claim
        if len(sides) < 2:
            continue
        ordered = sorted(
            sides.items(), key=lambda kv: (-len(ctx.sources_of(kv[1].values()).split(", ")), kv[0])
        )
        why = next(reasons[k] for k in sorted(group) if k in reasons)
        names = [f.party_name for f in members if f.party_name]
        subject = max(sorted(set(names)), key=names.count) if names else ""
        subject = subject or next((f.claim.subject for f in members if f.claim.subject), "")
        unit = _label(members[0])
        described = [f"{value} ({ctx.sources_of(cs.values())})" for value, cs in ordered]
        (a_value, ca), (b_value, cb) = ordered[0], ordered[1]
        out.append(
            finding(
                rule,
                verdict,
                [c for _, cs in ordered for c in cs.values()],
                {"unit": unit, "values": [v for v, _ in ordered], "subject": subject, "why": why},
                a_source=ctx.sources_of(ca.values()),
                a_value=a_value,
                b_source=ctx.sources_of(cb.values()),
                b_value=b_value,
                unit=unit,
                subject=subject or "the same subject",
                values=" vs ".join(described),
                relation=_relation(verdict, why),
                confidence=confidence_of(max(matched.get(k, 0) for k in group), MATCHABLE),
            )
        )
    out.extend(label_findings(ctx, rule))
    return out


def _agreeing(group: list[tuple], facts: dict[int, Fact]) -> list[list[tuple]]:
    """A camp of figures that agree with its wider one, split so that no finding says two
    figures agree that clash with each other: "month-long" agrees with "four-week" and with
    "three-week", which are two findings, not one."""
    if group[0][0] is not Verdict.CONSISTENT:
        return [group]
    camp = group[0][1][0]
    wide = [n for n in group if shown(facts[n[2]]) == camp]
    parts: list[list[tuple]] = []
    for node in sorted(n for n in group if shown(facts[n[2]]) != camp):
        iv = facts[node[2]].interval()
        home = next(
            (p for p in parts if all(iv.overlaps(facts[m[2]].interval()) for m in p)), None
        )
        if home is None:
            parts.append([node])
        else:
            home.append(node)
    return [wide + p for p in parts] or [group]


def _relation(verdict: Verdict, why: str) -> str:
    if why.startswith((_APART, _FAR, _WORDED)):  # "they differ in holder: Acme vs Bolt"
        return f"the figures look like one fact, but {why}"
    return f"{_RELATION[verdict]} ({why})"


_RELATION = {
    Verdict.CONFLICT: "the outlets give figures that cannot both be true",
    Verdict.CONSISTENT: "the figures agree once rounding and qualifiers are read",
    Verdict.NOT_COMPARABLE: "the figures are snapshots taken at different times",
}
