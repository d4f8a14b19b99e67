"""When a running figure holds, read from its article (the timeline rule).

Best first: an "as of" date or hour in its sentence ("as of 6 p.m."); the day of the statement
that gives it ("the ministry said on Thursday"), or of the level it reached ("the toll rose
to 304 on Sunday"), never the event's day ("killed on Saturday", "Tuesday's blast"); its
article's date; else undated. An article with no date of its own reads a weekday within the
days the dated outlets cover, and takes the day on which the dated outlets give the same
figures as it does (`shared_days`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from checker.facts import Fact
from checker.kinds.base import Context
from checker.lexicon import lexicon, per_pack
from checker.records import Claim, DateMention, Source
from checker.timeline import Point, When

STATEMENT_DAYS = 10  # a statement dated further back than this from its article is background
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|till|until|up\s+to|by|through)\s+$", re.IGNORECASE)
_DEICTIC = frozenset({"earlier", "today", "yesterday", "last", "this", "late", "early"})
_POSSESSIVE = re.compile(r"^['’]s\b")


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


def dated(source: Source) -> bool:
    return bool(source.published) and not source.date_basis.startswith(("borrowed", "unknown"))


def span_of(ctx: Context) -> tuple[date, date] | None:
    """The days the dated outlets cover."""
    days = [s.published for s in ctx.sources.values() if dated(s) and s.published]
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
    if dated(source) and source.published and d.first:
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
                source.published if dated(source) else None,
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
    if dated(source) and source.published:
        return When(source.published, "the article's date")
    return When(None, "undated")


def shared_days(series: list[list[tuple[Point, float]]]) -> dict[str, When]:
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
