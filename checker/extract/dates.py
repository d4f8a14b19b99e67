"""Dates in a sentence as inclusive intervals, relative ones resolved against the article date.

Every mention is an interval `first..last` (a day has first == last; "June 2020" is June 1..30;
"last week" is Monday..Sunday of the previous ISO week). Conventions:

- A day or month without a year takes the year of the article; when that puts it more than two
  months after the article, the year before ("in December" in a February article). Such
  mentions are `relative=True`, because they depend on the article's date; `basis` says so.
- A weekday ("on Tuesday") is the most recent one on or before the article date, since news
  reports the past; when the sentence speaks of the future before it ("will", "is due to",
  "plans to") it is the next one on or after. "last"/"next" Tuesday exclude the article date.
- "N days ago" is a day; "N weeks ago" the ISO week holding that day; "N months ago" that
  calendar month; "N years ago" that calendar year. "the past two days" runs back from the
  article date; "within days" and "in the coming weeks" run forward from the day after it.
- Parts: early = days 1-10 of a month (January-April of a year), mid = 11-20 (May-August),
  late = 21-end (September-December); "the end of" is the last 10 days or December.
- Without an article date, every relative mention has first = last = None and
  basis "unresolved: the article has no date".

`calendar_spans(text)` gives the spans of calendar dates and years (absolute or yearless), which
`quantities` never reads as amounts ("30 June", "2019", "the 1990s").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from checker.extract.hedges import approx_before
from checker.extract.vocab import is_plural, vocabulary, word_value
from checker.extract.zones import known_abbreviations
from checker.lexicon import cue_pattern, lexicon, per_pack
from checker.records import DateMention

__all__ = ["calendar_spans", "find_dates"]

# ---------------------------------------------------------------- vocabulary


def _capitalised(word: str) -> str:
    """ "June" -> "J(?i:une)": a month or weekday is written with a capital letter."""
    return f"{word[0].upper()}(?i:{word[1:]})"


@dataclass(frozen=True)
class _Words:
    """The regex alternations the patterns below are built from, for the word lists in force."""

    months: dict[str, int]  # names and abbreviations, lower case -> the month's number
    full_month: str
    month: str
    weekday: str
    num: str  # a count: digits, number words, "a few", "several"


@per_pack
def _words() -> _Words:
    v = vocabulary()
    full = "|".join(_capitalised(m) for m in sorted(v.months, key=len, reverse=True))
    abbr = "|".join(_capitalised(m) for m in sorted(v.month_abbreviations, key=len, reverse=True))
    return _Words(
        months={**v.months, **v.month_abbreviations},
        full_month=full,
        month=rf"(?:{full}|(?:{abbr})\.?)(?![\w])",
        weekday="|".join(_capitalised(w) for w in v.weekdays),
        num=rf"(?:\d+|{v.number_word_pattern}|an?|a few|few|a couple of|several)",
    )


_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
_SP = r"\s+"
_UNIT = r"(?:hour|day|week|month|year|decade)s?"

# A 4-digit number after one of these is a year ("in 2019", "the 2020 elections").
_YEAR_CONTEXT = frozenset(
    "in since by until till from of the before after during through throughout circa c year "
    "early late mid fiscal fy spring summer autumn fall winter end start beginning between "
    "and to or than around".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# A leading preposition is matched (so "on Tuesday" competes as one mention) but left out of
# the mention's text; "last", "next", "between", "within" stay, as they carry meaning.
_DROP_PRE = frozenset(
    "in on since until till by during through throughout before after of for over".split()
)


# ---------------------------------------------------------------- calendar helpers


def _month_last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _fmt(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def _infer_year(month: int, day: int, published: date) -> int:
    """The article's year, or the year before when that lands over two months ahead."""
    y = published.year
    try:
        candidate = date(y, month, day)
    except ValueError:
        candidate = date(y, month, 28)
    return y - 1 if candidate > published + timedelta(days=62) else y


def _part(first: date, last: date, part: str | None) -> tuple[date, date]:
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
        return date(y, a, 1), _month_last(y, b)
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
        y, m = _add_months(published, -n)
        return date(y, m, min(published.day, calendar.monthrange(y, m)[1]))
    years = n * (10 if unit == "decade" else 1)
    try:
        return published.replace(year=published.year - years)
    except ValueError:  # 29 February
        return published.replace(year=published.year - years, day=28)


# ---------------------------------------------------------------- patterns

# Each resolver gets the match and the article date, and returns (first, last, basis, relative)
# and, for clock times, a fifth element: (minutes first, minutes last, zone as written).
Resolved = (
    tuple[date | None, date | None, str, bool]
    | tuple[date | None, date | None, str, bool, tuple[int, int, str]]
)


@dataclass(frozen=True)
class _Pattern:
    source: Callable[[_Words], str]  # the regex, built from the word lists in force
    flags: int
    resolve: Callable[[re.Match[str], date | None, str], Resolved | None]
    calendar: bool  # a calendar date or year: never an amount for quantities
    needs: frozenset[str]  # cheap features the text must have for the regex to be tried
    form: str  # DateMention.form of what it finds
    background: bool  # elapsed time ("23 years ago"): DateMention.background


_PATTERNS: list[_Pattern] = []


def _pattern(
    regex: str | Callable[[_Words], str],
    calendar_date: bool = True,
    flags: int = 0,
    needs: tuple[str, ...] = ("digit",),
    form: str = "calendar",
    background: bool = False,
):
    def register(fn):
        source = regex if callable(regex) else lambda w, r=regex: r
        _PATTERNS.append(
            _Pattern(source, flags, fn, calendar_date, frozenset(needs), form, background)
        )
        return fn

    return register


def _glued_hyphen(m: re.Match[str], group: str) -> bool:
    """ "Covid-2019"-like: a hyphen glues the number to a word that is no "mid-"."""
    i = m.start(group)
    return i > 0 and m.string[i - 1] == "-" and not m.groupdict().get("part")


def _month_no(s: str) -> int:
    return _words().months[s.lower().rstrip(".")]


def _day_no(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _unresolved(what: str) -> Resolved:
    return None, None, f"unresolved: the article has no date ({what})", True


def _day(y: int | None, m: int, d: int, published: date | None, surface: str) -> Resolved:
    if y is None:
        if published is None:
            return _unresolved("no year given")
        y = _infer_year(m, d, published)
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
    y: int | None, m: int, published: date | None, surface: str, part: str | None = None
) -> Resolved:
    relative = y is None
    if y is None:
        if published is None:
            return _unresolved("no year given")
        y = _infer_year(m, 1, published)
    first, last = _part(date(y, m, 1), _month_last(y, m), part)
    if relative:
        return (
            first,
            last,
            (
                f"'{surface}' has no year: {y} from the article date "
                f"{published.isoformat()} → {_fmt(first, last)}"
            ),
            True,
        )
    return first, last, "as written" if not part else f"'{surface}' → {_fmt(first, last)}", False


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
        rf"(?<![\d,.])(?:(?P<wd>{w.weekday}),?{_SP})?(?:the{_SP})?(?P<d>{_DAY})"
        rf"(?:{_SP}of)?{_SP}(?P<m>{w.month})(?:,?{_SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
)
@_pattern(
    lambda w: (
        rf"(?:(?P<wd>{w.weekday}),?{_SP})?(?P<m>{w.month}){_SP}(?:the{_SP})?(?P<d>{_DAY})"
        rf"(?:,?{_SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
)
def _day_month(m: re.Match[str], published: date | None, s: str) -> Resolved:
    y = int(m["y"]) if m["y"] else None
    return _day(y, _month_no(m["m"]), _day_no(m["d"]), published, s)


@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:between|from)){_SP})?(?<![\d,.])(?P<d1>{_DAY})\s*"
        rf"(?P<g>-|–|to|and|until)\s*(?P<d2>{_DAY}){_SP}(?P<m>{w.month})"
        rf"(?:,?{_SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
)
@_pattern(
    lambda w: (
        rf"(?:(?P<pre>(?i:between|from)){_SP})?(?P<m>{w.month}){_SP}(?P<d1>{_DAY})\s*"
        rf"(?P<g>-|–|to|and|until)\s*(?P<d2>{_DAY})(?:,?{_SP}(?P<y>{_YEAR}))?"
    ),
    needs=("digit", "month"),
)
def _day_range(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["g"] == "and" and not m["pre"]:
        return None
    mo, d1, d2 = _month_no(m["m"]), _day_no(m["d1"]), _day_no(m["d2"])
    if d1 >= d2:
        return None
    y = int(m["y"]) if m["y"] else None
    first = _day(y, mo, d1, published, s)
    last = _day(y, mo, d2, published, s)
    if first[0] is None or last[0] is None:
        return first
    span = _fmt(first[0], last[1])
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
        rf"(?:(?P<pre>(?i:between|from)){_SP})?(?P<m1>{w.month})(?:,?{_SP}(?P<y1>{_YEAR}))?"
        rf"\s*(?P<g>-|–|to|and|until|through|till)\s*(?P<m2>{w.month})"
        rf"(?:,?{_SP}(?P<y2>{_YEAR}))?"
    ),
    needs=("month",),
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
            return _unresolved("no year given")
        y2 = _infer_year(m2, 1, published)
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    first, last = date(y1, m1, 1), _month_last(y2, m2)
    if last < first:
        return None
    if relative:
        return (
            first,
            last,
            (
                f"'{s}' has no year: {y2} from the article date "
                f"{published.isoformat()} → {_fmt(first, last)}"
            ),
            True,
        )
    return first, last, "as written", False


@_pattern(
    rf"(?:(?P<pre>(?i:between|from)){_SP})?(?<![\w$€£¥.,/#-])(?P<y1>{_YEAR})"
    r"(?:\s*(?P<g>to|and|until|through)\s+|(?P<dash>[-–/]))"
    rf"(?P<y2>{_YEAR}|\d\d(?!\d))(?![\w%])"
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
        rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{_SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
        rf"[Mm]iddle){_SP}of)(?:-|{_SP}))?(?P<m>{w.month}),?{_SP}(?:of{_SP})?(?P<y>{_YEAR})"
    ),
    needs=("digit", "month"),
)
def _month_year(m: re.Match[str], published: date | None, s: str) -> Resolved:
    return _month(int(m["y"]), _month_no(m["m"]), published, s, m["part"])


@_pattern(
    lambda w: (
        rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{_SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
        rf"[Mm]iddle){_SP}of)(?:-|{_SP}))(?P<m>{w.full_month})(?![\w])"
    ),
    needs=("month",),
)
def _month_part(m: re.Match[str], published: date | None, s: str) -> Resolved:
    return _month(None, _month_no(m["m"]), published, s, m["part"])


_MONTH_PRE = (
    "in since until till by from during through throughout before after of last "
    "this next early late mid on for"
).split()


@_pattern(
    lambda w: rf"(?:(?P<pre>(?i:{'|'.join(_MONTH_PRE)})){_SP})?(?P<m>{w.full_month})(?![\w-])",
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
        if _NAME_BEFORE.search(before) or re.match(r"\s+[A-Z]", after):
            return None  # part of a name: "June Smith", "Mary June"
    mo = _month_no(name)
    if pre in ("last", "next", "this"):
        if published is None:
            return _unresolved(f"'{pre} {name}'")
        if pre == "this":
            y = published.year
        elif pre == "last":
            y = published.year if mo < published.month else published.year - 1
        else:
            y = published.year if mo > published.month else published.year + 1
        first, last = date(y, mo, 1), _month_last(y, mo)
        return (
            first,
            last,
            (f"'{s}' in an article of {published.isoformat()} → {_fmt(first, last)}"),
            True,
        )
    return _month(None, mo, published, name)


@_pattern(
    rf"\b(?:Q(?P<q>[1-4])|(?:the{_SP})?(?P<ord>(?i:first|second|third|fourth|final|last))"
    rf"{_SP}(?P<kind>(?i:quarter|half)){_SP}of|H(?P<h>[12]))[\s,]*(?P<y>{_YEAR})"
)
def _quarter(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    y = int(m["y"])
    order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
    if m["q"] or (m["kind"] and m["kind"].lower() == "quarter"):
        q = int(m["q"]) if m["q"] else order[m["ord"].lower()]
        return date(y, 3 * q - 2, 1), _month_last(y, 3 * q), "as written", False
    h = int(m["h"]) if m["h"] else min(order[m["ord"].lower()], 2)
    return date(y, 6 * h - 5, 1), _month_last(y, 6 * h), "as written", False


@_pattern(
    rf"(?:(?:the{_SP})?(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|{_SP}))?(?:the{_SP})?"
    r"(?<![\w$€£¥.,])(?P<dec>1[5-9]\d0|20\d0)s(?![\w])"
)
def _decade(m: re.Match[str], published: date | None, s: str) -> Resolved:
    if _glued_hyphen(m, "dec"):
        return None
    d = int(m["dec"])
    a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((m["part"] or "").lower(), (0, 9))
    return date(d + a, 1, 1), date(d + b, 12, 31), "as written", False


@_pattern(
    rf"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:the{_SP})?(?:[Ee]nd|[Bb]eginning|[Ss]tart|"
    rf"[Mm]iddle){_SP}of)(?:-|{_SP}))?(?<![\w$€£¥.,/#:])(?P<y>{_YEAR})"
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
        if prev.group(1)[0].isupper() and prev_word not in _words().months:
            return None  # a name: "Windows 2000", "Vision 2030"
    if not context:
        if is_plural(next_word) or next_word in ("million", "billion", "thousand", "percent"):
            return None  # "2000 people": a count
        if y < 1900:
            return None  # "1500" without "in", "since", ... is more likely an amount
    first, last = _part(date(y, 1, 1), date(y, 12, 31), m["part"])
    return first, last, "as written" if not m["part"] else f"'{s}' → {_fmt(first, last)}", False


# ---------------------------------------------------------------- relative forms


def _rel(s: str, published: date, first: date, last: date, why: str = "") -> Resolved:
    why = f" ({why})" if why else ""
    return (
        first,
        last,
        f"'{s}' in an article of {published.isoformat()}{why} → {_fmt(first, last)}",
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
        return _unresolved(f"'{s}'")
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
        mon = _monday(published) + timedelta(days=7 * n)
        return mon, mon + timedelta(days=6)
    if unit == "weekend":
        sat = _monday(published) + timedelta(days=5 + 7 * n)
        return sat, sat + timedelta(days=1)
    if unit == "month":
        y, mo = _add_months(published, n)
        return date(y, mo, 1), _month_last(y, mo)
    if unit == "decade":
        d0 = published.year // 10 * 10 + 10 * n
        return date(d0, 1, 1), date(d0 + 9, 12, 31)
    y = published.year + n
    return date(y, 1, 1), date(y, 12, 31)


@_pattern(
    rf"\b(?:(?P<part>early|mid|late|(?:the{_SP})?(?:end|beginning|start|middle){_SP}of)"
    rf"(?:-|{_SP}))?(?P<rel>last|this|next|earlier{_SP}this|later{_SP}this|the)"
    rf"{_SP}(?P<u>week|weekend|month|year|decade)\b",
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _this_last_next(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["rel"].lower() == "the" and not m["part"]:
        return None  # "the week" alone names no period; "the end of the year" does
    if published is None:
        return _unresolved(f"'{s}'")
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    n = {"last": -1, "next": 1}.get(rel, 0)
    first, last = _period(unit, published, n)
    if rel == "earlier this":
        last = min(last, published)
    elif rel == "later this":
        first = max(first, published)
    if m["part"]:
        first, last = _part(first, last, m["part"])
    why = "ISO weeks run Monday to Sunday" if unit == "week" else ""
    return _rel(s, published, first, last, why)


@_pattern(
    lambda w: (
        rf"\b(?:(?P<pre>(?i:on|last|this|next|since|until|by|from|before|after|early|"
        rf"late|through)){_SP})?(?P<wd>{w.weekday})(?!s\b)(?![\w])"
        rf"(?:{_SP}(?P<tod>morning|afternoon|evening|night))?"
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
        if _NAME_BEFORE.search(before):
            return None  # "Black Friday", "Super Tuesday": a named day
        if re.match(r"\s+(?:Times|Telegraph|Post|Herald|Express|Mirror|Night|Club)\b", after):
            return None
    if published is None:
        return _unresolved(f"'{s}'")
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
        d = _monday(published) + timedelta(days=wd)
        return _rel(s, published, d, d, f"a {name}: the {m['wd']} of that week")
    tense = _tense(text, m.start(), m.end())
    if tense == "future" or (pre in _tense_cues()[2] and tense != "past"):
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


@per_pack
def _tense_cues() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    data = lexicon("tense")
    return (
        cue_pattern(tuple(data["future"])),
        cue_pattern(tuple(data["past"])),
        frozenset(data["until"]),
        frozenset(data["not_past"]),
    )


_CLAUSE_END = re.compile(r"[.!?;,]\s|[.!?]$")
_ED = re.compile(r"\b[A-Za-z]{2,}ed\b")


def _tense(text: str, start: int, end: int) -> str | None:
    """ "future" or "past" from the nearest tense cue before the mention in its sentence (or,
    when there is none before it, the first after it); None when nothing says."""
    future, past, _, not_past = _tense_cues()
    lo = 0
    for b in _SENTENCE_BREAK.finditer(text, 0, start):
        lo = b.end()
    # After the mention, only its own clause: "..., the minister said" dates the saying; a
    # mention that opens the sentence ("On Friday, the council will vote") heads all of it.
    opens = not re.search(r"[A-Za-z]{3,}", text[lo:start])
    breaks = _SENTENCE_BREAK if opens else _CLAUSE_END
    hi = next((b.start() for b in breaks.finditer(text, end)), len(text))

    def cues(a: int, b: int) -> list[tuple[int, str]]:
        found = [(c.start(), "future") for c in future.finditer(text, a, b)]
        found += [(c.start(), "past") for c in past.finditer(text, a, b)]
        found += [
            (c.start(), "past")
            for c in _ED.finditer(text, a, b)
            if c.group().lower() not in not_past
        ]
        return sorted(found)

    before = cues(lo, start)
    if before:
        return before[-1][1]
    after = cues(end, hi)
    return after[0][1] if after else None


@_pattern(
    lambda w: (
        rf"\b(?:(?P<q>about|around|nearly|almost|some|roughly|approximately|more than|"
        rf"less than|over|under|just over|just under){_SP})?(?P<n>{w.num}){_SP}"
        rf"(?P<u>{_UNIT}){_SP}ago\b"
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
        return _unresolved(f"'{s}'")
    unit = m["u"].lower().rstrip("s")
    q = (m["q"] or "").lower()
    lo, hi = counts
    if q in ("less than", "under", "just under"):
        return _rel(s, published, _shift(published, hi, unit), published)
    far, near = _shift(published, hi, unit), _shift(published, lo, unit)
    if unit == "week":
        first, last = _monday(far), _monday(near) + timedelta(days=6)
    elif unit == "month":
        first, last = date(far.year, far.month, 1), _month_last(near.year, near.month)
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
        rf"\b(?P<kind>within|in{_SP}the{_SP}(?:coming|next)|over{_SP}the{_SP}(?:coming|next)|"
        rf"within{_SP}the{_SP}(?:coming|next))(?:{_SP}(?P<n>{w.num}))?{_SP}(?P<u>{_UNIT})\b"
    ),
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _ahead(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if published is None:
        return _unresolved(f"'{s}'")
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
        rf"\b(?:(?P<pre>in|over|during|for|throughout){_SP})?the{_SP}(?:past|last|previous)"
        rf"(?:{_SP}(?P<n>{w.num}))?{_SP}(?P<u>{_UNIT})\b|\b(?:in{_SP})?recent{_SP}"
        rf"(?P<ru>days|weeks|months|years)\b"
    ),
    calendar_date=False,
    form="relative",
    flags=re.IGNORECASE,
    needs=("relative",),
)
def _past(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if published is None:
        return _unresolved(f"'{s}'")
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


# ---------------------------------------------------------------- spans and clock times


@per_pack
def _perfect() -> re.Pattern[str]:
    return cue_pattern(tuple(lexicon("tense")["perfect"]))


_SPAN_UNITS = {"month": 1, "year": 12, "decade": 120}


@_pattern(
    lambda w: (
        rf"\b(?P<pre>(?i:for)){_SP}(?:(?P<q>about|around|nearly|almost|some|more{_SP}than|over)"
        rf"{_SP})?(?P<n>{w.num}){_SP}(?P<u>{_UNIT})\b"
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
        return _unresolved(f"'{s}'")
    months = _SPAN_UNITS[unit]
    slack = max(1, round(counts[1] / 10)) if m["q"] else 1  # "about 20 years": 18 to 22
    y, mo = _add_months(published, -months * (counts[1] + slack))
    first = date(y, mo, min(published.day, calendar.monthrange(y, mo)[1]))
    y, mo = _add_months(published, -months * (counts[0] - slack))
    last = min(published, date(y, mo, min(published.day, calendar.monthrange(y, mo)[1])))
    return _rel(
        s,
        published,
        first,
        last,
        f"a span up to the article date began {_fmt(first, last)}, give or take {slack} {unit}",
    )


@per_pack
def _clock_words() -> tuple[dict[str, tuple[int, int]], str, str]:
    data = lexicon("clock")
    hedges = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in data["hedges"].items()}
    local = "|".join(re.escape(w) for w in sorted(data["local"], key=len, reverse=True))
    utc = "|".join(re.escape(w) for w in data["utc"])
    return hedges, local, utc


def _clock_regex() -> str:
    hedges, local, utc = _clock_words()
    hedge = "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True))
    # Any capitalised abbreviation is matched; the tz database is asked only when one is
    # found (reading its ~400 zones takes a tenth of a second).
    zone = (
        rf"(?P<zone>(?i:{local})(?![\w])|(?:{utc}|[A-Z]{{3,5}})"
        r"(?:\s?(?P<off>[+−-]\s?\d{1,2}(?::?\d\d)?))?(?![\w]))"
    )
    # "6 p.m.", "6pm", "6.10 p.m.": the last dot belongs to "p.m." only when "p." has one
    twelve = (
        r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?"
        r"(?:(?P<ap>[apAP])\.\s?[mM]\.|(?P<ap2>[apAP])[mM]\b)"
    )
    # "1400 GMT", "14:00 GMT", "14:00": a 24-hour time needs a colon or a zone after it
    day = r"(?P<h2>[01]?\d|2[0-3])(?::(?P<mi2>[0-5]\d)|(?P<mi3>[0-5]\d)(?=\s?(?:h(?:ou)?rs?\s)?[A-Z]))"
    return (
        rf"(?<![\w.:])(?:(?P<pre>(?i:{hedge})){_SP})?(?:{twelve}|{day}(?:\s?h(?:ou)?rs?)?)"
        rf"(?:,?\s?(?:{zone}))?"
    )


@_pattern(_clock_regex(), needs=("digit",), form="clock")
def _clock(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["h"]:
        h = int(m["h"]) % 12 + (12 if (m["ap"] or m["ap2"]).lower() == "p" else 0)
        minute = h * 60 + int(m["mi"] or 0)
    else:
        if m["mi3"] and not m["zone"]:
            return None  # "1500" alone is an amount
        minute = int(m["h2"]) * 60 + int(m["mi2"] or m["mi3"])
    hedges = _clock_words()[0]
    lo, hi = hedges.get(re.sub(r"\s+", " ", (m["pre"] or "at").lower()), (0, 0))
    zone = (m["zone"] or "").strip()
    if zone.lower() in ("local", "local time"):
        zone = "local time"
    elif zone and not _known_zone(re.split(r"\s?[+−-]", zone)[0]):
        if m["mi3"]:
            return None  # "1500 NATO troops": a count, not a time
        zone = ""  # "at 3pm BBC reported": no zone after all
    span = (minute + lo, minute + hi)
    written = f"{_hhmm(span[0])}" if lo == hi else f"{_hhmm(span[0])}-{_hhmm(span[1])}"
    said = f"{m['pre']} {s}" if m["pre"] else s
    return None, None, f"'{said}' → {written} {zone or '(no zone given)'}", False, (*span, zone)


def _known_zone(abbreviation: str) -> bool:
    return abbreviation in _clock_words()[2].split("|") or abbreviation in known_abbreviations()


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


_SINCE = re.compile(r"\bsince\b[^,;:.()]{0,80}$", re.IGNORECASE)


# ---------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    pattern: _Pattern
    match: re.Match[str]


@per_pack
def _compiled() -> tuple[dict[str, re.Pattern[str]], tuple[tuple[_Pattern, re.Pattern[str]], ...]]:
    """The cheap feature tests and every pattern, compiled for the word lists in force."""
    w = _words()
    features = {
        "digit": re.compile(r"\d"),
        "span": re.compile(r"\b(?i:for)\b"),
        "month": re.compile(w.month),
        "weekday": re.compile(w.weekday),
        "relative": re.compile(
            r"\b(?i:ago|last|this|next|past|previous|within|coming|recent|"
            r"today|yesterday|tomorrow|tonight|overnight|end|beginning|start|"
            r"middle)\b"
        ),
    }
    return features, tuple((p, re.compile(p.source(w), p.flags)) for p in _PATTERNS)


def _core_start(m: re.Match[str]) -> int:
    """Where a mention's text starts: after a leading "in", "on", "over", ..."""
    pre = m.groupdict().get("pre")
    # a clock's hedge ("shortly after 6 p.m.") is read into its interval, and left out too
    clock_hedge = pre and pre.lower() in _clock_words()[0]
    if not pre or (pre.lower() not in _DROP_PRE and not clock_hedge):
        return m.start()
    i = m.end("pre")
    while m.string[i].isspace():
        i += 1
    return i


@per_pack(maxsize=1024)
def _scan(text: str) -> tuple[_Hit, ...]:
    """All candidate mentions, longest first wins; overlapping shorter ones are dropped."""
    features, patterns = _compiled()
    present = {name for name, rx in features.items() if rx.search(text)}
    if not present:
        return ()
    hits = [
        _Hit(m.start(), m.end(), p, m)
        for p, regex in patterns
        if p.needs <= present
        for m in regex.finditer(text)
    ]
    # Rank by the length without a leading preposition: "June 30" beats "on June".
    hits.sort(key=lambda h: (-(h.end - _core_start(h.match)), h.start))
    chosen: list[_Hit] = []
    for h in hits:
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            # a pattern may still decline its match (e.g. "May" as a verb); test with no date
            if h.pattern.resolve(h.match, _PROBE, h.match.group()) is None:
                continue
            chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return tuple(chosen)


_PROBE = date(2000, 6, 15)  # only used to ask a pattern whether its match is a date at all


def calendar_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of calendar dates and years in `text`: never amounts ("30 June", "in 2019")."""
    return tuple((h.start, h.end) for h in _scan(text) if h.pattern.calendar)


def find_dates(
    text: str, offset: int = 0, published: date | None = None
) -> tuple[DateMention, ...]:
    """Every date in one sentence as an interval; spans are shifted by `offset`."""
    if isinstance(published, datetime):
        published = published.date()
    out: list[DateMention] = []
    for h in _scan(text):
        start = _core_start(h.match)
        surface = text[start : h.end]
        resolved = h.pattern.resolve(h.match, published, surface)
        if resolved is None:
            continue
        first, last, basis, relative = resolved[:4]
        clock = resolved[4] if len(resolved) > 4 else None
        out.append(
            DateMention(
                text=surface,
                start=start + offset,
                end=h.end + offset,
                first=first,
                last=last,
                relative=relative,
                basis=basis,
                form=h.pattern.form,
                # "since 2014", "ever since it was seized in 2014": when a state began
                since=h.pattern.form == "calendar" and bool(_SINCE.search(text, 0, h.end)),
                clock=clock[:2] if clock else None,
                zone=clock[2] if clock else "",
                background=h.pattern.background,
            )
        )
    return tuple(out)
