"""Dates written on the calendar: a day ("30 June 2020", "2020-06-30", "6/30/20"), a month, a
year, ranges of them, quarters, halves and decades. A day or month without a year takes the
article's year (see days.infer_year)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from checker.extract.dates.days import infer_year, month_end, part_of, span_text
from checker.extract.dates.patterns import (
    NAME_BEFORE,
    SP,
    Pattern,
    Resolved,
    count_of,
    count_words,
    date_words,
    registry,
    unresolved,
)
from checker.extract.dates.tense import tense_at
from checker.extract.hedges import approx_before
from checker.extract.vocab import is_plural, vocabulary

PATTERNS: list[Pattern] = []  # in the order they are tried
_pattern = registry(PATTERNS)

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"

_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"

# A 4-digit number after one of these is a year ("in 2019", "the 2020 elections").
_YEAR_CONTEXT = frozenset(
    "in since by until till from of the before after during through throughout circa c year "
    "early late mid fiscal fy spring summer autumn fall winter end start beginning between "
    "and to or than around".split()
)


def _glued_hyphen(m: re.Match[str], group: str) -> bool:
    """ "Covid-2019"-like: a hyphen glues the number to a word that is no "mid-"."""
    i = m.start(group)
    return i > 0 and m.string[i - 1] == "-" and not m.groupdict().get("part")


def _month_no(s: str) -> int:
    return date_words().months[s.lower().rstrip(".")]


def _day_no(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _tense(m: re.Match[str]) -> str | None:
    """The tense a date without a year is told in, when the nearest cue and the nearest
    strong one ("had", "will", an irregular past) agree: a word in -ed may be a participle
    ("scheduled for December"), and a nearer one overrides a "will" further back ("will
    grant ... than the previous offer, rejected on Nov. 2")."""
    strong = tense_at(m.string, m.start(), m.end(), regular=False)
    return strong if strong == tense_at(m.string, m.start(), m.end()) else None


def _day(
    y: int | None, m: int, d: int, published: date | None, surface: str, tense: str | None = None
) -> Resolved:
    if y is None:
        if published is None:
            return unresolved("no year given")
        y = infer_year(m, d, published, tense)
        try:
            day = date(y, m, d)
        except ValueError:
            return None, None, f"not a valid date: '{surface}'", False
        return (
            day,
            day,
            (
                f"'{surface}' has no year: {y} from the article date "
                f"{published.isoformat()} → {day.isoformat()}"
            ),
            True,
        )
    try:
        day = date(y, m, d)
    except ValueError:
        return None, None, f"not a valid date: '{surface}'", False
    return day, day, "as written", False


def _month(
    y: int | None,
    m: int,
    published: date | None,
    surface: str,
    part: str | None = None,
    tense: str | None = None,
) -> Resolved:
    relative = y is None
    if y is None:
        if published is None:
            return unresolved("no year given")
        y = infer_year(m, None, published, tense)
    first, last = part_of(date(y, m, 1), month_end(y, m), part)
    if relative:
        return (
            first,
            last,
            (
                f"'{surface}' has no year: {y} from the article date "
                f"{published.isoformat()} → {span_text(first, last)}"
            ),
            True,
        )
    return (
        first,
        last,
        "as written" if not part else f"'{surface}' → {span_text(first, last)}",
        False,
    )


@_pattern(
    r"(?<![\d/.-])(?P<y>[12]\d{3})(?P<s>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=s)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/.-]\d)"
)
def _iso(m: re.Match[str], published: date | None, s: str) -> Resolved:
    return _day(int(m["y"]), int(m["m"]), int(m["d"]), published, s)


@_pattern(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
    r"(?![\d/.]\d|\d)"
)
def _numeric(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if m["s"] == "." and len(ys) == 2:
        return None  # "1.2.20" is more likely a version than a date
    y = int(ys) if len(ys) == 4 else 2000 + int(ys)
    if a > 12 and b <= 12:
        return _day(y, b, a, published, s)
    if b > 12 and a <= 12:
        return _day(y, a, b, published, s)
    if a == b:
        return _day(y, a, a, published, s)
    return (
        None,
        None,
        (
            f"ambiguous: '{s}' could be {a} {calendar.month_name[b]} or "
            f"{b} {calendar.month_name[a]} {y}"
        ),
        False,
    )


@_pattern(
    lambda w: (
        rf"(?<![\d,.])(?:(?P<wd>{w.weekday}),?{SP})?(?:the{SP})?(?P<d>{_DAY})"
        rf"(?:{SP}of)?{SP}(?P<m>{w.month})(?:,?{SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
)
@_pattern(
    lambda w: (
        rf"(?:(?P<wd>{w.weekday}),?{SP})?(?P<m>{w.month}){SP}(?:the{SP})?(?P<d>{_DAY})"
        # "June 3 and 4, 2022": the year after the other day is this one's too
        rf"(?:,?{SP}(?P<y>{_YEAR})|(?=\s+and{SP}{_DAY},?{SP}(?P<y_after>{_YEAR})))?"
    ),
    needs=("digit", "month"),
)
def _day_month(m: re.Match[str], published: date | None, s: str) -> Resolved:
    written = m["y"] or m.groupdict().get("y_after")
    y = int(written) if written else None
    return _day(y, _month_no(m["m"]), _day_no(m["d"]), published, s, _tense(m))


# What may follow the second day of "December 12 and 16": the sentence goes on, so the day is no
# count ("December 12 and 16 people").
_AFTER_DAY = (
    r"(?=\s*(?:$|[,.;:!?)\]\"”’']|(?:respectively|and|or|but|in|at|on|to|for|with|when|while"
    r"|after|before|as)\b))"
)


@_pattern(
    lambda w: (
        rf"(?<![\d,.])(?P<d>{_DAY})(?=\s+and{SP}{_DAY}{SP}(?:of{SP})?(?P<m>{w.month})"
        rf"(?:,?{SP}(?P<y>{_YEAR}))?)"
    ),
    needs=("digit", "month"),
)
@_pattern(
    lambda w: rf"(?<=\band )(?P<d>{_DAY})(?:,?{SP}(?P<y>{_YEAR}))?{_AFTER_DAY}",
    needs=("digit", "month"),
)
def _coordinated_day(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    """The other day of "December 12 and 16" or "12 and 16 December": two days of one month,
    each a date of its own (with "between" or "from" the two are a range, `_day_range`)."""
    month = m["m"] if "m" in m.re.groupindex else None
    if month is None:
        w = date_words()
        before = re.search(rf"(?P<m>{w.month}){SP}(?:the{SP})?{_DAY}\s+and\s+$", m.string[: m.start()])
        if before is None or re.search(r"(?i:between|from)\s+$", m.string[: before.start()]):
            return None
        month = before["m"]
    y = int(m["y"]) if m["y"] else None
    return _day(y, _month_no(month), _day_no(m["d"]), published, s, _tense(m))


@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:between|from)){SP})?(?<![\d,.])(?P<d1>{_DAY})\s*"
        rf"(?P<g>-|–|to|and|until)\s*(?P<d2>{_DAY}){SP}(?P<m>{w.month})"
        rf"(?:,?{SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
    bounded=True,
)
@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:between|from)){SP})?(?P<m>{w.month}){SP}(?P<d1>{_DAY})\s*"
        rf"(?P<g>-|–|to|and|until)\s*(?P<d2>{_DAY})(?:,?{SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
    bounded=True,
)
def _day_range(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["g"] == "and" and not m["pre"]:
        return None
    mo, d1, d2 = _month_no(m["m"]), _day_no(m["d1"]), _day_no(m["d2"])
    if d1 >= d2:
        return None
    y = int(m["y"]) if m["y"] else None
    first = _day(y, mo, d1, published, s, _tense(m))
    last = _day(y, mo, d2, published, s, _tense(m))
    if first[0] is None or last[0] is None:
        return first
    span = span_text(first[0], last[1])
    if y is None:
        return (
            first[0],
            last[1],
            (
                f"'{s}' has no year: {first[0].year} from the article date "
                f"{published.isoformat()} → {span}"
            ),
            True,
        )
    return first[0], last[1], "as written", False


@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:between|from)){SP})?(?P<m1>{w.month})(?:,?{SP}(?P<y1>{_YEAR}))?"
        rf"\s*(?P<g>-|–|to|and|until|through|till)\s*(?P<m2>{w.month})"
        rf"(?:,?{SP}(?P<y2>{_YEAR}))?"
    ),
    needs=("month",),
    bounded=True,
)
def _month_range(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["g"] == "and" and not m["pre"]:
        return None  # "in July and December": two months, not a range
    m1, m2 = _month_no(m["m1"]), _month_no(m["m2"])
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else None
    relative = y2 is None and y1 is None
    if y2 is None and y1 is not None:
        y2 = y1 if m2 >= m1 else y1 + 1
    if y2 is None:
        if published is None:
            return unresolved("no year given")
        y2 = infer_year(m2, None, published, _tense(m))
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    first, last = date(y1, m1, 1), month_end(y2, m2)
    if last < first:
        return None
    if relative:
        return (
            first,
            last,
            (
                f"'{s}' has no year: {y2} from the article date "
                f"{published.isoformat()} → {span_text(first, last)}"
            ),
            True,
        )
    return first, last, "as written", False


@_pattern(
    rf"(?:(?P<pre>(?i:between|from)){SP})?(?<![\w$€£¥.,/#-])(?P<y1>{_YEAR})"
    r"(?:\s*(?P<g>to|and|until|through)\s+|(?P<dash>[-–/]))"
    rf"(?P<y2>{_YEAR}|\d\d(?!\d))(?![\w%])",
    bounded=True,
)
def _year_range(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["g"] == "and" and not m["pre"]:
        return None
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not m["dash"] and len(y2s) == 2:
        return None
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return date(y1, 1, 1), date(y2, 12, 31), "as written", False


@_pattern(
    lambda w: (
        rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
        rf"[Mm]iddle){SP}of)(?:-|{SP}))?(?P<m>{w.month}),?{SP}(?:of{SP})?(?P<y>{_YEAR})"
    ),
    needs=("digit", "month"),
)
def _month_year(m: re.Match[str], published: date | None, s: str) -> Resolved:
    return _month(int(m["y"]), _month_no(m["m"]), published, s, m["part"])


@_pattern(
    lambda w: (
        rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
        rf"[Mm]iddle){SP}of)(?:-|{SP}))(?P<m>{w.full_month})(?![\w])"
    ),
    needs=("month",),
)
def _month_part(m: re.Match[str], published: date | None, s: str) -> Resolved:
    return _month(None, _month_no(m["m"]), published, s, m["part"], _tense(m))


_MONTH_PRE = (
    "in since until till by from during through throughout before after of last "
    "this next early late mid on for"
).split()


@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:{'|'.join(_MONTH_PRE)})){SP})?"
        rf"(?:(?P<part>(?:the{SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle){SP}of){SP})?"
        rf"(?:(?P<d>\d{{1,2}}){SP})?(?P<m>{w.full_month})(?:{SP}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?{SP}"
        rf"(?:(?P<rel>(?i:last|this|next)){SP}(?i:year)"
        rf"|(?:(?i:almost|nearly|about|some|around|roughly){SP})?(?P<n>(?i:{count_words()})){SP}"
        rf"(?i:years?){SP}(?i:ago))(?![\w])"
    ),
    needs=("month", "relative"),
)
def _month_of_a_year(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    """ "April last year", "on 3 March this year", "in May next year", "the beginning of
    September almost two years ago": the month of the year the article's date points to."""
    if published is None:
        return unresolved(f"'{s}'")
    if m["rel"]:
        y = published.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    else:
        y = published.year - count_of(m["n"])
    mo, day = _month_no(m["m"]), m["d"] or m["d2"]
    if day and not 1 <= int(day) <= calendar.monthrange(y, mo)[1]:
        return None
    if day:
        first = last = date(y, mo, int(day))
    else:
        first, last = part_of(date(y, mo, 1), month_end(y, mo), m["part"])
    return first, last, f"'{s}' in an article of {published.isoformat()} → {span_text(first, last)}", True


@_pattern(
    lambda w: rf"(?:(?P<pre>(?i:{'|'.join(_MONTH_PRE)})){SP})?(?P<m>{w.full_month})(?![\w-])",
    needs=("month",),
)
def _bare_month(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    pre = (m["pre"] or "").lower()
    name = m["m"]
    if not pre:
        if name.lower() == "may":
            return None  # "police may require": a verb, not a month
        before = m.string[max(0, m.start() - 30) : m.start()]
        after = m.string[m.end() : m.end() + 30]
        if NAME_BEFORE.search(before) or re.match(r"\s+[A-Z]", after):
            return None  # part of a name: "June Smith", "Mary June"
    mo = _month_no(name)
    if pre in ("last", "next", "this"):
        if published is None:
            return unresolved(f"'{pre} {name}'")
        if pre == "this":
            y = published.year
        elif pre == "last":
            y = published.year if mo < published.month else published.year - 1
        else:
            y = published.year if mo > published.month else published.year + 1
        first, last = date(y, mo, 1), month_end(y, mo)
        return (
            first,
            last,
            (f"'{s}' in an article of {published.isoformat()} → {span_text(first, last)}"),
            True,
        )
    return _month(None, mo, published, name, tense=_tense(m))


@_pattern(
    rf"\b(?:Q(?P<q>[1-4])|(?:the{SP})?(?P<ord>(?i:first|second|third|fourth|final|last))"
    rf"{SP}(?P<kind>(?i:quarter|half)){SP}of|H(?P<h>[12]))[\s,]*(?P<y>{_YEAR})"
)
def _quarter(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    y = int(m["y"])
    order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
    if m["q"] or (m["kind"] and m["kind"].lower() == "quarter"):
        q = int(m["q"]) if m["q"] else order[m["ord"].lower()]
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "as written", False
    h = int(m["h"]) if m["h"] else min(order[m["ord"].lower()], 2)
    return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "as written", False


@_pattern(
    rf"(?:(?:the{SP})?(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|{SP}))?(?:the{SP})?"
    r"(?<![\w$€£¥.,])(?P<dec>1[5-9]\d0|20\d0)s(?![\w])"
)
def _decade(m: re.Match[str], published: date | None, s: str) -> Resolved:
    if _glued_hyphen(m, "dec"):
        return None
    d = int(m["dec"])
    a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((m["part"] or "").lower(), (0, 9))
    return date(d + a, 1, 1), date(d + b, 12, 31), "as written", False


@_pattern(
    # not a cricketer's hundred ("his 17th century of the season"), nor one BC
    rf"(?<!\b(?:his|her|its) )(?<!\btheir )(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|{SP}))?"
    rf"(?<![\w$€£¥.,])(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)(?:-|{SP})[Cc]entury(?![\w])"
    r"(?!\s+(?:of\b|BC|BCE|B\.C))"
)
def _century(m: re.Match[str], published: date | None, s: str) -> Resolved:
    """ "the 17th century" is 1601-1700; early, mid and late are its thirds."""
    first = (int(m["c"]) - 1) * 100 + 1
    a, b = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}.get(
        (m["part"] or "").lower(), (0, 99)
    )
    return date(first + a, 1, 1), date(first + b, 12, 31), "as written", False


@_pattern(
    rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
    rf"[Mm]iddle){SP}of)(?:-|{SP}))?(?<![\w$€£¥.,/#:])(?P<y>{_YEAR})"
    r"(?![\w%]|[.,]\d|-\d)"
)
def _year(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    text = m.string
    if _glued_hyphen(m, "y"):
        return None
    y = int(m["y"])
    prev = re.search(r"([A-Za-z][\w'’.]*)\s+$", text[max(0, m.start("y") - 30) : m.start("y")])
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[m.end() :])
    next_word = after.group(1).lower() if after else ""
    # "in 2019", "mid-2020", "below 1990 levels": a year whatever else is around it
    context = prev_word in _YEAR_CONTEXT or bool(m["part"]) or next_word in vocabulary().year_nouns
    if next_word in vocabulary().unit_words:
        return None  # "visibility 2000 metres", "2000 hours": a measure, whatever precedes it
    if prev_word and not context:
        if prev_word in vocabulary().label_words or approx_before(text, m.start("y")):
            return None  # "flight 2019", "about 2000 people"
        if prev.group(1)[0].isupper() and prev_word not in date_words().months:
            return None  # a name: "Windows 2000", "Vision 2030"
    if not context:
        if is_plural(next_word) or next_word in ("million", "billion", "thousand", "percent"):
            return None  # "2000 people": a count
        if y < 1900:
            return None  # "1500" without "in", "since", ... is more likely an amount
    first, last = part_of(date(y, 1, 1), date(y, 12, 31), m["part"])
    return (
        first,
        last,
        "as written" if not m["part"] else f"'{s}' → {span_text(first, last)}",
        False,
    )
