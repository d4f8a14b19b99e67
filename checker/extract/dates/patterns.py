"""What every date pattern is made of: the word lists in force as regex alternations, the
pieces shared by the patterns, and the record a pattern registers (its regex, the resolver that
turns a match into an interval, the cheap features the text must have for it to be tried).

Each module of patterns (absolute, relative, clock) keeps its own list, in the order its
patterns are tried; the scanner (scan.py) reads the lists in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from checker.extract.vocab import vocabulary
from checker.lexicon import per_pack


def _capitalised(word: str) -> str:
    """ "June" -> "J(?i:une)": a month or weekday is written with a capital letter."""
    return f"{word[0].upper()}(?i:{word[1:]})"


@dataclass(frozen=True)
class DateWords:
    """The regex alternations the patterns below are built from, for the word lists in force."""

    months: dict[str, int]  # names and abbreviations, lower case -> the month's number
    full_month: str
    month: str
    weekday: str
    num: str  # a count: digits, number words, "a few", "several"


@per_pack
def date_words() -> DateWords:
    v = vocabulary()
    full = "|".join(_capitalised(m) for m in sorted(v.months, key=len, reverse=True))
    abbr = "|".join(_capitalised(m) for m in sorted(v.month_abbreviations, key=len, reverse=True))
    return DateWords(
        months={**v.months, **v.month_abbreviations},
        full_month=full,
        month=rf"(?:{full}|(?:{abbr})\.?)(?![\w])",
        weekday="|".join(_capitalised(w) for w in v.weekdays),
        num=rf"(?:\d+|{v.number_word_pattern}|an?|a few|few|a couple of|several)",
    )


SP = r"\s+"

UNIT = r"(?:hour|day|week|month|year|decade)s?"

NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")

# Each resolver gets the match and the article date, and returns (first, last, basis, relative)
# and, for clock times, a fifth element: (minutes first, minutes last, zone as written).
Resolved = (
    tuple[date | None, date | None, str, bool]
    | tuple[date | None, date | None, str, bool, tuple[int, int, str]]
)


@dataclass(frozen=True)
class Pattern:
    source: Callable[[DateWords], str]  # the regex, built from the word lists in force
    flags: int
    resolve: Callable[[re.Match[str], date | None, str], Resolved | None]
    calendar: bool  # a calendar date or year: never an amount for quantities
    needs: frozenset[str]  # cheap features the text must have for the regex to be tried
    form: str  # DateMention.form of what it finds
    background: bool  # elapsed time ("23 years ago"): DateMention.background
    bounded: bool = False  # a range written with both its ends: DateMention.bounded


def count_words() -> str:
    """A regex alternation of the counts a span of time is written with: digits, "a", "an",
    and the cardinal words of rules/lexicon/numbers.yaml ("two", "nineteen")."""
    words = sorted(vocabulary().units, key=len, reverse=True)
    return rf"\d{{1,3}}|an?|{'|'.join(words)}"


def count_of(written: str) -> int:
    """The number a count of `count_words` stands for ("a" is one)."""
    w = written.lower()
    return int(w) if w.isdigit() else 1 if w in ("a", "an") else vocabulary().units[w]


def unresolved(what: str) -> Resolved:
    return None, None, f"unresolved: the article has no date ({what})", True


def registry(patterns: list[Pattern]):
    """The decorator a module of patterns registers its resolvers with, in `patterns`."""

    def _pattern(
        regex: str | Callable[[DateWords], str],
        calendar_date: bool = True,
        flags: int = 0,
        needs: tuple[str, ...] = ("digit",),
        form: str = "calendar",
        background: bool = False,
        bounded: bool = False,
    ):
        def register(fn):
            source = regex if callable(regex) else lambda w, r=regex: r
            patterns.append(
                Pattern(
                    source, flags, fn, calendar_date, frozenset(needs), form, background, bounded
                )
            )
            return fn

        return register

    return _pattern
