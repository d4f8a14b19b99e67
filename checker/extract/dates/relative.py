"""Dates relative to the article date: "yesterday", "last week", "on Tuesday", "three years ago",
"within days", "the past two days", and a span that runs up to the time of writing ("has lived
there for six years")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from checker.extract.dates.days import add_months, monday_of, month_end, part_of, span_text
from checker.extract.dates.patterns import (
    NAME_BEFORE,
    SP,
    UNIT,
    Pattern,
    Resolved,
    registry,
    unresolved,
)
from checker.extract.dates.tense import tense_at, tense_cues
from checker.extract.vocab import vocabulary, word_value
from checker.lexicon import cue_pattern, lexicon, per_pack

PATTERNS: list[Pattern] = []  # in the order they are tried
_pattern = registry(PATTERNS)


def _count(n: str) -> tuple[int, int] | None:
    """ "two" -> (2, 2); "a few" -> (2, 4); "several" -> (3, 7)."""
    n = n.lower().strip()
    if n.isdigit():
        return int(n), int(n)
    if n in ("a few", "few"):
        return 2, 4
    if n in ("several",):
        return 3, 7
    if n in ("a couple of", "couple of"):
        return 2, 2
    v = word_value(n)
    return (v, v) if v else None


def _shift(published: date, n: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit in ("hour", "minute"):
        return published
    if unit == "day":
        return published - timedelta(days=n)
    if unit == "week":
        return published - timedelta(days=7 * n)
    if unit == "month":
        y, m = add_months(published, -n)
        return date(y, m, min(published.day, calendar.monthrange(y, m)[1]))
    years = n * (10 if unit == "decade" else 1)
    try:
        return published.replace(year=published.year - years)
    except ValueError:  # 29 February
        return published.replace(year=published.year - years, day=28)


def _rel(s: str, published: date, first: date, last: date, why: str = "") -> Resolved:
    why = f" ({why})" if why else ""
    return (
        first,
        last,
        f"'{s}' in an article of {published.isoformat()}{why} → {span_text(first, last)}",
        True,
    )


@_pattern(
    r"\b(?P<w>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|"
    r"last night|overnight|earlier today)\b",
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _deictic(m: re.Match[str], published: date | None, s: str) -> Resolved:
    if published is None:
        return unresolved(f"'{s}'")
    w = m["w"].lower()
    if w == "yesterday":
        d = published - timedelta(days=1)
        return _rel(s, published, d, d)
    if w == "tomorrow":
        d = published + timedelta(days=1)
        return _rel(s, published, d, d)
    if w in ("last night", "overnight"):
        return _rel(s, published, published - timedelta(days=1), published)
    return _rel(s, published, published, published)


def _period(unit: str, published: date, n: int) -> tuple[date, date]:
    """The calendar week, month or year n steps from the one holding the article date."""
    if unit == "week":
        mon = monday_of(published) + timedelta(days=7 * n)
        return mon, mon + timedelta(days=6)
    if unit == "weekend":
        sat = monday_of(published) + timedelta(days=5 + 7 * n)
        return sat, sat + timedelta(days=1)
    if unit == "month":
        y, mo = add_months(published, n)
        return date(y, mo, 1), month_end(y, mo)
    if unit == "decade":
        d0 = published.year // 10 * 10 + 10 * n
        return date(d0, 1, 1), date(d0 + 9, 12, 31)
    y = published.year + n
    return date(y, 1, 1), date(y, 12, 31)


@_pattern(
    rf"\b(?:(?P<part>early|mid|late|(?:the{SP})?(?:end|beginning|start|middle){SP}of)"
    rf"(?:-|{SP}))?(?P<rel>last|this|next|earlier{SP}this|later{SP}this|the)"
    rf"{SP}(?P<u>week|weekend|month|year|decade)\b",
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _this_last_next(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["rel"].lower() == "the" and not m["part"]:
        return None  # "the week" alone names no period; "the end of the year" does
    if published is None:
        return unresolved(f"'{s}'")
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    n = {"last": -1, "next": 1}.get(rel, 0)
    first, last = _period(unit, published, n)
    if rel == "earlier this":
        last = min(last, published)
    elif rel == "later this":
        first = max(first, published)
    if m["part"]:
        first, last = part_of(first, last, m["part"])
    why = "ISO weeks run Monday to Sunday" if unit == "week" else ""
    return _rel(s, published, first, last, why)


@_pattern(
    lambda w: (
        rf"\b(?:(?P<pre>(?i:on|last|this|next|since|until|by|from|before|after|early|"
        rf"late|through)){SP})?(?P<wd>{w.weekday})(?!s\b)(?![\w])"
        rf"(?:{SP}(?P<tod>morning|afternoon|evening|night))?"
    ),
    calendar_date=False,
    form="weekday",
    needs=("weekday",),
)
def _weekday(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    text = m.string
    pre = (m["pre"] or "").lower()
    if not pre:
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 20]
        if NAME_BEFORE.search(before):
            return None  # "Black Friday", "Super Tuesday": a named day
        if re.match(r"\s+(?:Times|Telegraph|Post|Herald|Express|Mirror|Night|Club)\b", after):
            return None
    if published is None:
        return unresolved(f"'{s}'")
    wd = vocabulary().weekdays[m["wd"].lower()]
    today = published.weekday()
    name = calendar.day_name[today]
    if pre == "last":
        back = (today - wd) % 7 or 7
        d = published - timedelta(days=back)
        return _rel(s, published, d, d, f"a {name}: the {m['wd']} before it")
    if pre == "next":
        ahead = (wd - today) % 7 or 7
        d = published + timedelta(days=ahead)
        return _rel(s, published, d, d, f"a {name}: the {m['wd']} after it")
    if pre == "this":
        d = monday_of(published) + timedelta(days=wd)
        return _rel(s, published, d, d, f"a {name}: the {m['wd']} of that week")
    tense = tense_at(text, m.start(), m.end())
    if tense == "future" or (pre in tense_cues()[2] and tense != "past"):
        d = published + timedelta(days=(wd - today) % 7)
        cue = f"'{pre}'" if tense != "future" else "the verb before it"
        return _rel(
            s,
            published,
            d,
            d,
            f"a {name}: {cue} speaks of the future, so the {m['wd']} on or after it",
        )
    d = published - timedelta(days=(today - wd) % 7)
    why = "a past-tense verb dates it" if tense == "past" else "news reports the past"
    return _rel(
        s,
        published,
        d,
        d,
        f"a {name}: the most recent {m['wd']} on or before it, as {why}",
    )


@_pattern(
    lambda w: (
        rf"\b(?:(?P<q>about|around|nearly|almost|some|roughly|approximately|more than|"
        rf"less than|over|under|just over|just under){SP})?(?P<n>{w.num}){SP}"
        rf"(?P<u>{UNIT}){SP}ago\b"
    ),
    calendar_date=False,
    form="relative",
    background=True,
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _ago(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    counts = _count(m["n"])
    if counts is None:
        return None
    if published is None:
        return unresolved(f"'{s}'")
    unit = m["u"].lower().rstrip("s")
    q = (m["q"] or "").lower()
    lo, hi = counts
    if q in ("less than", "under", "just under"):
        return _rel(s, published, _shift(published, hi, unit), published)
    far, near = _shift(published, hi, unit), _shift(published, lo, unit)
    if unit == "week":
        first, last = monday_of(far), monday_of(near) + timedelta(days=6)
    elif unit == "month":
        first, last = date(far.year, far.month, 1), month_end(near.year, near.month)
    elif unit in ("year", "decade"):
        first, last = date(far.year, 1, 1), date(near.year, 12, 31)
    else:
        first, last = far, near
    why = f"'{q}': approximate" if q else ""
    return _rel(s, published, first, last, why)


_SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}


def _days(n: int, unit: str) -> int:
    """n units as whole days: 24 hours -> 1, two weeks -> 14."""
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return max(1, -(-n // 24))
    return n * _SPAN_DAYS[unit]


# Vague plurals ("within days", "in the coming weeks") as a number of days.
_VAGUE_DAYS = {"hours": 1, "days": 7, "weeks": 42, "months": 183, "years": 1095}


@_pattern(
    lambda w: (
        rf"\b(?P<kind>within|in{SP}the{SP}(?:coming|next)|over{SP}the{SP}(?:coming|next)|"
        rf"within{SP}the{SP}(?:coming|next))(?:{SP}(?P<n>{w.num}))?{SP}(?P<u>{UNIT})\b"
    ),
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _ahead(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if published is None:
        return unresolved(f"'{s}'")
    unit = m["u"].lower()
    if m["n"]:
        counts = _count(m["n"])
        if counts is None:
            return None
        days = _days(counts[1], unit)
        return _rel(s, published, published, published + timedelta(days=days))
    if not unit.endswith("s"):
        return None
    days = _VAGUE_DAYS.get(unit, 7)
    return _rel(
        s,
        published,
        published + timedelta(days=1),
        published + timedelta(days=days),
        f"'{unit}' read as up to {days} days ahead",
    )


@_pattern(
    lambda w: (
        rf"\b(?:(?P<pre>in|over|during|for|throughout){SP})?the{SP}(?:past|last|previous)"
        rf"(?:{SP}(?P<n>{w.num}))?{SP}(?P<u>{UNIT})\b|\b(?:in{SP})?recent{SP}"
        rf"(?P<ru>days|weeks|months|years)\b"
    ),
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _past(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if published is None:
        return unresolved(f"'{s}'")
    if m["ru"]:
        days = _VAGUE_DAYS[m["ru"].lower()]
        return _rel(
            s,
            published,
            published - timedelta(days=days),
            published,
            f"read as the past {days} days",
        )
    unit = m["u"].lower()
    if m["n"]:
        counts = _count(m["n"])
        if counts is None:
            return None
        n = counts[1]
    elif unit.endswith("s"):
        return None  # "the past months" without a number
    else:
        n = 1
    days = _days(n, unit)
    return _rel(s, published, published - timedelta(days=days), published)


@per_pack
def _perfect() -> re.Pattern[str]:
    return cue_pattern(tuple(lexicon("tense")["perfect"]))


_SPAN_UNITS = {"month": 1, "year": 12, "decade": 120}


@_pattern(
    lambda w: (
        rf"\b(?P<pre>(?i:for)){SP}(?:(?P<q>about|around|nearly|almost|some|more{SP}than|over)"
        rf"{SP})?(?P<n>{w.num}){SP}(?P<u>{UNIT})\b"
    ),
    calendar_date=False,
    flags=re.IGNORECASE,
    needs=("span",),
    form="duration",
    background=True,
)
def _duration(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    """ "(had been stored) for six years": a span. After a perfect ("has been", "had lived") it
    runs up to the time of writing, so it dates its start, give or take one unit."""
    counts = _count(m["n"])
    if counts is None:
        return None
    unit = m["u"].lower().rstrip("s")
    clause = m.string[: m.start()].rsplit(",", 1)[-1]
    if unit not in _SPAN_UNITS or not _perfect().search(clause):
        return None, None, f"'{s}': a span of time, not anchored to a date", False
    if published is None:
        return unresolved(f"'{s}'")
    months = _SPAN_UNITS[unit]
    slack = max(1, round(counts[1] / 10)) if m["q"] else 1  # "about 20 years": 18 to 22
    y, mo = add_months(published, -months * (counts[1] + slack))
    first = date(y, mo, min(published.day, calendar.monthrange(y, mo)[1]))
    y, mo = add_months(published, -months * (counts[0] - slack))
    last = min(published, date(y, mo, min(published.day, calendar.monthrange(y, mo)[1])))
    return _rel(
        s,
        published,
        first,
        last,
        f"a span up to the article date began {span_text(first, last)}, give or take {slack} {unit}",
    )
