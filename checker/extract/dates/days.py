"""Calendar arithmetic for the date reader: months' ends, ISO weeks, a year inferred from the
article date, and the early, mid or late part of a month, a year or a week."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def span_text(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def infer_year(
    month: int, day: int | None, published: date, tense: str | None = None
) -> int:
    """The year of a day (or, `day` None, a month) written without one. A verb in the past
    puts it on or before the article date ("ran 2:01:53 in December" in October is last
    year's December), one in the future on or after it; with no tense, the article's year,
    or the year before when that lands over two months ahead."""
    y = published.year
    try:
        first = date(y, month, day or 1)
    except ValueError:
        first = date(y, month, 28)
    last = first if day else month_end(y, month)
    if tense == "past":
        return y - 1 if first > published else y
    if tense == "future":
        return y + 1 if last < published else y
    return y - 1 if first > published + timedelta(days=62) else y


def part_of(first: date, last: date, part: str | None) -> tuple[date, date]:
    """early/mid/late/end/start of an interval of a month or a year."""
    if not part:
        return first, last
    p = part.lower().replace("the ", "").replace("-", "").strip()
    p = {
        "middle of": "mid",
        "end of": "end",
        "beginning of": "start",
        "start of": "start",
        "beginning": "start",
        "middle": "mid",
    }.get(p, p)
    if first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31:
        y = first.year
        ranges = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (12, 12), "start": (1, 1)}
        a, b = ranges.get(p, (1, 12))
        return date(y, a, 1), month_end(y, b)
    if (last - first).days <= 7:  # a week
        ranges = {"early": (0, 2), "mid": (2, 4), "late": (3, 6), "end": (4, 6), "start": (0, 1)}
        a, b = ranges.get(p, (0, 6))
        return first + timedelta(days=a), first + timedelta(days=b)
    ranges = {
        "early": (1, 10),
        "mid": (11, 20),
        "late": (21, 31),
        "end": (21, 31),
        "start": (1, 10),
    }
    a, b = ranges.get(p, (1, 31))
    return date(first.year, first.month, a), min(
        last, date(first.year, first.month, 1) + timedelta(days=b - 1)
    )
