"""single-source: a checkable fact (a number, a quotation, a named person) that only one outlet
reports. Not an error: a list of what cannot be corroborated from the other outlets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from math import frexp

from checker.extract.entities import name_key
from checker.extract.hedges import Interval
from checker.extract.names import looks_like_person, relate
from checker.extract.quantities import to_base
from checker.facts import Fact
from checker.kinds._quotes import long_quote_pairs, quote_words
from checker.kinds._shared import BACKGROUND_DAYS, describe
from checker.kinds.base import Context, FactBar, Rule, finding, similar_size
from checker.kinds.date import deictic
from checker.records import Claim, DateMention, Finding, Quantity, Verdict
from checker.registry import NameRegistry, person_of

FIELDS = ("source", "facts")
PARAMS = {"min_quote_words": 4, "quote_min_score": 80.0}
CONVERSION_TOLERANCE = 0.03


PRECISER = 1000  # a figure this many times more precise than any echo is its own fact
BACKGROUND_DIMENSIONS = frozenset({"duration", "age"})  # "for six years": context, not news


def _unit_key(q: Quantity) -> tuple[str, str]:
    if q.dimension == "money":
        return ("money", "")
    base = to_base(q)
    return (q.dimension, base[1] if base else q.unit)


def _in_euros(ctx: Context, f: Fact, q: Quantity) -> Interval | None:
    """A money reading as an interval in euros at its article's date, widened for rounding."""
    from checker.extract.money import ConversionUnavailable, convert

    if q.currency == "EUR":
        return f.interval(q)
    on = ctx.published(f.source)
    if on is None or not q.currency:
        return None
    try:
        rate = convert(1.0, q.currency, "EUR", on).rate
    except (ConversionUnavailable, OverflowError, ValueError):
        return None
    return f.interval(q).scaled(rate).widened(CONVERSION_TOLERANCE)


def _echoed(ctx: Context) -> set[int]:
    """Facts another outlet also gives: a figure whose interval overlaps (converted, for money)
    unless it is far more precise ("7,221,916,235 roubles" against "7.2 billion"), or one
    that a clash sets against another outlet's figure: both report the fact."""
    buckets: dict[tuple[str, str], list[tuple[Interval, str, Fact, float]]] = {}
    for facts in ctx.facts.values():
        for f in facts:
            for q in f.readings:
                i = _in_euros(ctx, f, q) if q.dimension == "money" else f.interval(q)
                if i is not None:
                    buckets.setdefault(_unit_key(q), []).append((i, f.source, f, _precision(f, q)))
    echoed: set[tuple[str, int]] = set()
    for items in buckets.values():
        # one entry per distinct interval, with every outlet giving it: a long article that
        # repeats a figure adds outlets to an entry, not entries to scan
        entries: dict[Interval, tuple[set[str], list[Fact], list[float]]] = {}
        for i, source, f, precision in items:
            held = entries.setdefault(i, (set(), [], []))
            held[0].add(source)
            held[1].append(f)
            held[2].append(precision)
        # intervals by width class (a power of two), each sorted by its start: only those
        # starting within their class's widest width before i can reach it, so a table of
        # narrow figures is not scanned whole for each figure because one figure is wide
        classes: dict[int, list[Interval]] = {}
        for i in sorted(entries, key=lambda i: (i.low, i.high)):
            classes.setdefault(frexp(_width(i))[1], []).append(i)
        scans = [(c, [i.low for i in c], max(_width(i) for i in c)) for c in classes.values()]
        for i in entries:
            facts = entries[i][1]
            givers = set()
            finest = min(entries[i][2])
            for distinct, lows, widest in scans:
                first = bisect_left(lows, i.low - widest)
                for j in distinct[first : bisect_right(lows, i.high)]:
                    if j.overlaps(i) and finest * PRECISER >= min(entries[j][2]):
                        givers |= entries[j][0]
            for f in facts:
                if ctx.families.apart(f.source, givers):  # a copy of its story is no echo
                    echoed.add(f.key)
    for fp in ctx.fact_pairs(lambda f: True, FactBar()):
        # clashing figures close in size: both outlets report the fact, one of them wrongly
        apart = ctx.families.apart(fp.a.source, (fp.b.source,))
        if (
            apart
            and fp.clash_ok()
            and similar_size(fp.a.interval(), fp.b.interval(), FactBar.max_ratio)
        ):
            # the exact figure behind a rounded one is still its own fact, as above
            pa, pb = _precision(fp.a, fp.a.quantity), _precision(fp.b, fp.b.quantity)
            echoed |= {f.key for f, p, o in ((fp.a, pa, pb), (fp.b, pb, pa)) if p * PRECISER >= o}
    return echoed


def _witness(ctx: Context, source: str, outlets: frozenset[str]) -> str:
    """Who reports a fact alone: the outlet, or the copies of one story that print it."""
    if len(outlets) < 2:
        return source
    agency = ctx.families.of(source).agency
    return f"{', '.join(sorted(outlets))}, one family of copies{f' ({agency})' if agency else ''},"


def checkable(q: Quantity) -> bool:
    """A figure a fact-checker can check: not a span of time written with an article ("after
    a year of protests", "half an hour later"), which sets the scene."""
    words = q.text.lower().split()
    return not (q.dimension in BACKGROUND_DIMENSIONS and words and words[0] in ("a", "an", "half"))


def _people(registry: NameRegistry) -> dict[str, set[str]]:
    """Person -> the outlets that name them in any written form: the full name, the surname
    alone, a short given name, another spelling or order (extract/names.py `relate`)."""
    written: dict[str, set[str]] = {}
    for form, sources in registry.prose.items():
        person = person_of(registry, form)
        if person:
            written.setdefault(person, set()).update(sources)
    out: dict[str, set[str]] = {}
    for person, sources in written.items():
        for other in written:
            if other == person or relate(person, other) is not None:
                out.setdefault(other, set()).update(sources)
    return out


def _width(i: Interval) -> float:
    return max(i.high - i.low, 1e-9)


def _precision(f: Fact, q: Quantity) -> float:
    """How finely the figure is written, relative to its size, before any conversion widens
    it: "7,221,916,235" is a billion times finer than "7.2 billion"."""
    return _width(f.interval(q)) / max(abs(q.value), 1e-9)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    echoed = _echoed(ctx)
    names: dict[str, set[str]] = {}
    for c in ctx.every:
        for e in c.entities:
            names.setdefault(name_key(e), set()).add(c.source)
    # Calendar dates other outlets give, as day intervals, to tell which dates only one gives.
    spans: dict[tuple[date, date], set[str]] = {}
    for c in ctx.every:
        for d in c.dates:
            if d.first and d.last:
                spans.setdefault((d.first, d.last), set()).add(c.source)
    quote_pairs = long_quote_pairs(
        ctx, int(rule.param("min_quote_words", 4)), float(rule.param("quote_min_score", 80.0))
    )
    quote_pairs = [p for p in quote_pairs if ctx.families.apart(p.a.source, (p.b.source,))]
    echoed_quotes = {(p.a.source, p.qa.start) for p in quote_pairs} | {
        (p.b.source, p.qb.start) for p in quote_pairs
    }
    apart = ctx.families.apart

    def dated_elsewhere(claim: Claim, d: DateMention) -> bool:
        return any(
            apart(claim.source, sources) and first <= d.last and d.first <= last
            for (first, last), sources in spans.items()
        )

    registry = ctx.names()
    people = _people(registry)

    def named_elsewhere(claim: Claim, name: str) -> bool:
        key = name_key(name)
        # "Eric Yuan" is also in another outlet's "CEO Eric Yuan"
        if any(key in other and apart(claim.source, sources) for other, sources in names.items()):
            return True
        # "Mike Ravdon" elsewhere as "Michael Ravdon", "Paul Hankin" as "Paul Hankins"
        person = person_of(registry, name)
        return bool(person and apart(claim.source, people.get(person, set())))

    entries: list[Entry] = []
    seen_quotes: set[tuple[str, int]] = set()
    for claim in ctx.claims:
        outlets = ctx.outlets(claim)
        if ctx.families.count(outlets) > 1:
            continue  # outlets of several families make this claim in these very words
        alone = [
            f for f in ctx.facts.get(claim.id, ()) if f.key not in echoed and checkable(f.quantity)
        ]
        # Figures first, then quotations and names; durations and background dates last.
        facts = [
            describe(f.quantity) for f in alone if f.quantity.dimension not in BACKGROUND_DIMENSIONS
        ]
        background = [
            describe(f.quantity) for f in alone if f.quantity.dimension in BACKGROUND_DIMENSIONS
        ]
        for q in claim.quotes:
            key = (claim.source, q.start)
            if key in seen_quotes or len(quote_words(q)) < int(rule.param("min_quote_words", 4)):
                continue
            seen_quotes.add(key)
            if key not in echoed_quotes:
                snippet = " ".join(q.words.split()[:8])
                facts.append(f'quotation "{snippet}{"..." if len(q.words.split()) > 8 else ""}"')
        published = ctx.published(claim.source)
        for d in claim.dates:
            # A dated fact of the background ("opened in 1989", "since 1994"), not the news
            # of the day that every outlet dates its own way.
            old = published and d.last and (published - d.last).days > BACKGROUND_DAYS
            if old and not deictic(d) and not dated_elsewhere(claim, d):
                background.append(f"date {d.text}")
            elif _day_in_full(d) and not dated_elsewhere(claim, d):
                # a day written in full that no other outlet gives ("notices will be mailed
                # by February 10, 2024"): checkable, and only here
                facts.append(f"date {d.text}")
        for name in claim.entities:
            # "the United States", "the Associated Press": a name after "the" is no person.
            # the person a mention names, without the title before it ("Port Inspector ...")
            who = person_of(registry, name) or (looks_like_person(name) and name)
            listed = f"named person {who}"
            fresh = who and f"the {name}" not in claim.text and listed not in facts
            if fresh and not named_elsewhere(claim, name):
                facts.append(listed)
        facts += background
        if facts:
            entries.append(([claim], facts))
    out = []
    for claims, facts in _by_family(ctx, entries):
        outlets = frozenset(o for c in claims for o in ctx.outlets(c))
        out.append(
            finding(
                rule,
                Verdict.SINGLE_SOURCE,
                claims,
                {"facts": facts},
                # one witness, however many of its copies print it
                source=_witness(ctx, claims[0].source, outlets),
                facts="; ".join(facts),
            )
        )
    return out


def _day_in_full(d: DateMention) -> bool:
    """A day or month written with its year and nothing relative about it ("February 10,
    2024", "June 2023"): a checkable date, not "2024" nor "last Tuesday"."""
    if not (d.first and d.last) or d.relative or deictic(d) or d.form != "calendar":
        return False
    return (d.last - d.first).days < 32


Entry = tuple[list[Claim], list[str]]


def _by_family(ctx: Context, entries: list[Entry]) -> list[Entry]:
    """A fact the copies of one story each print alone is one single-source fact of their
    family, citing each copy: the same figure or quotation, written alike."""
    if not ctx.families.families:
        return entries
    holders: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for i, (claims, facts) in enumerate(entries):
        family = ctx.families.of(claims[0].source).sources
        if len(family) > 1:
            for fact in facts:
                holders.setdefault((family, fact), []).append(i)
    merged: dict[tuple[int, ...], list[str]] = {}
    taken: dict[int, set[str]] = {}
    for (_, fact), held in holders.items():
        if len({entries[i][0][0].source for i in held}) < 2:
            continue
        merged.setdefault(tuple(held), []).append(fact)
        for i in held:
            taken.setdefault(i, set()).add(fact)
    out = [
        (claims, [f for f in facts if f not in taken.get(i, set())])
        for i, (claims, facts) in enumerate(entries)
    ]
    out += [([c for i in held for c in entries[i][0]], facts) for held, facts in merged.items()]
    return [(claims, facts) for claims, facts in out if facts]
