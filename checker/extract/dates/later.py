"""Dates told as a span after another date of the article: "sentenced on December 12 ... and
four days later in a separate case" is December 16; "convicted in June ... pleaded guilty two
months later" is August. The span counts from the nearest date written before it, in its
sentence or the one before; with no such date it is only a span (checker/extract/quantities).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from checker.extract.dates.days import add_months, month_end, span_text
from checker.extract.dates.patterns import count_of, count_words
from checker.lexicon import per_pack
from checker.records import DateMention

# Hedges before the span: "about" widens it, "less than" runs from the anchor to the span
_ABOUT = ("about", "around", "roughly", "some")
_WITHIN = ("less than", "under", "within", "nearly", "almost", "just under")


@per_pack
def _pattern() -> re.Pattern[str]:
    hedges = "|".join(re.escape(h) for h in sorted(_ABOUT + _WITHIN, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<hedge>{hedges})\s+)?(?P<n>{count_words()})\s+"
        r"(?P<unit>day|week|month|year)s?\s+later\b",
        re.IGNORECASE,
    )


def _shift(day: date, n: int, unit: str, end: bool) -> date:
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    y, m = add_months(day, n * (12 if unit == "year" else 1))
    if end and day == month_end(day.year, day.month):
        return month_end(y, m)  # "June" + two months is all of August
    return date(y, m, min(day.day, month_end(y, m).day))


def later_dates(
    text: str, offset: int, anchors: Sequence[DateMention], taken: Sequence[DateMention] = ()
) -> tuple[DateMention, ...]:
    """The dates of `text` (a clause at `offset` in its article) told as a span after the
    nearest of `anchors` (dates of its sentence and the one before) that stands before the
    span; none where a date of `taken` already stands."""
    out: list[DateMention] = []
    ordered = sorted(anchors, key=lambda d: d.start)
    for m in _pattern().finditer(text):
        start, end = offset + m.start(), offset + m.end()
        if any(t.start < end and start < t.end for t in taken):
            continue
        before = [a for a in (*ordered, *out) if a.end <= start and a.first and a.last]
        if not before or before[-1].clock is not None:
            continue
        anchor = before[-1]
        n, unit = count_of(m["n"]), m["unit"].lower()
        first = _shift(anchor.first, n, unit, end=False)
        last = _shift(anchor.last, n, unit, end=True)
        hedge = (m["hedge"] or "").lower()
        if hedge in _WITHIN:
            first = anchor.first
        elif hedge in _ABOUT:
            slack = timedelta(days=max(1, (last - anchor.last).days // 7))
            first, last = first - slack, last + slack
        out.append(
            DateMention(
                text=m.group(0),
                start=start,
                end=end,
                first=first,
                last=last,
                relative=True,
                basis=(
                    f"'{m.group(0)}' after '{anchor.text}' "
                    f"({span_text(anchor.first, anchor.last)}) → {span_text(first, last)}"
                ),
                form="relative",
            )
        )
    return tuple(out)
