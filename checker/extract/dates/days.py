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


def infer_year(month: int, day: int, published: date) -> int:
    """The article's year, or the year before when that lands over two months ahead."""
    y = published.year
    try:
        candidate = date(y, month, day)
    except ValueError:
        candidate = date(y, month, 28)
    return y - 1 if candidate > published + timedelta(days=62) else y


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
