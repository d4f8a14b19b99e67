"""Number words and calendar names: the one vocabulary every extractor reads.

The words are data (rules/lexicon/numbers.yaml for cardinals, rules/lexicon/calendar.yaml for
months and weekdays); this module turns them into the lookups and regex alternations that
quantities, dates, entities and the header-date reader share, so a word is listed once.
"""

from __future__ import annotations

import re

from checker.errors import CheckerError
from checker.lexicon import lexicon, pack_dir

__all__ = [
    "CALENDAR_WORDS",
    "LABEL_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NP_STOP",
    "NUMBER_WORD_PATTERN",
    "TENS",
    "UNITS",
    "WEEKDAYS",
    "YEAR_NOUNS",
    "is_plural",
    "month_number",
    "month_pattern",
    "singular",
    "weekday_pattern",
    "word_value",
]


def _section(name: str, key: str) -> dict[str, int]:
    data = lexicon(name)
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise CheckerError(pack_dir() / "lexicon" / f"{name}.yaml", f"missing section: {key}")
    return {str(k).lower(): int(v) for k, v in data[key].items()}


def _alternation(words: object) -> str:
    """Longest first, so "seventeen" wins over "seven"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# ---------------------------------------------------------------- number words

UNITS: dict[str, int] = _section("numbers", "units")  # one .. nineteen
TENS: dict[str, int] = _section("numbers", "tens")  # twenty .. ninety

_DIGIT_WORDS = _alternation(k for k, v in UNITS.items() if v < 10)
#: Regex alternation of the cardinal number words ("two", "twenty-five", "thirty one").
NUMBER_WORD_PATTERN = (
    rf"(?:(?:{_alternation(TENS)})(?:[- ](?:{_DIGIT_WORDS}))?|{_alternation(UNITS)})"
)


def word_value(phrase: str) -> int | None:
    """The value of a cardinal written in words ("twenty-three" -> 23, "a" -> 1), else None."""
    words = re.split(r"[\s-]+", phrase.strip().lower())
    if words in (["a"], ["an"]):
        return 1
    total = 0
    for w in words:
        if w in TENS and total == 0:
            total = TENS[w]
        elif w in UNITS and total % 10 == 0 and (total == 0 or UNITS[w] < 10):
            total += UNITS[w]
        else:
            return None
    return total or None


# ---------------------------------------------------------------- calendar names

MONTHS: dict[str, int] = _section("calendar", "months")  # "june" -> 6
MONTH_ABBREVIATIONS: dict[str, int] = _section("calendar", "month_abbreviations")  # "sept" -> 9
WEEKDAYS: dict[str, int] = _section("calendar", "weekdays")  # "monday" -> 0, as date.weekday()
#: Month and weekday names, lower case: never a person's or an organisation's name on their own.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset(WEEKDAYS)


def month_number(word: str) -> int | None:
    """ "June", "jun", "Sept." -> the month's number; None for any other word."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)


def month_pattern() -> str:
    """Case-insensitive alternation of every month name and abbreviation, longest first."""
    return _alternation([*MONTHS, *MONTH_ABBREVIATIONS])


def weekday_pattern() -> str:
    """Case-insensitive alternation of the weekday names."""
    return _alternation(WEEKDAYS)


# ---------------------------------------------------------------- nouns

_N = lexicon("numbers")
_IRREGULAR: dict[str, str] = {
    str(k).lower(): str(v).lower() for k, v in _N["irregular_plurals"].items()
}
_SINGULAR_S = frozenset(_N["singular_s"].split())
NP_STOP = frozenset(_N["np_stop"].split())  # words that end the noun phrase after a number
LABEL_WORDS = frozenset(_N["labels"].split())  # "page 5", "Article 23": a label, no amount
YEAR_NOUNS = frozenset(_N["year_nouns"].split())  # "1990 levels": a year, not a count


def is_plural(word: str) -> bool:
    """Whether a noun looks plural ("accounts", "people"); "news", "virus", "is" do not."""
    w = word.lower().rstrip("'’")
    if w in _IRREGULAR:
        return True
    if w in _SINGULAR_S or w in NP_STOP or len(w) < 3 or not w.endswith("s"):
        return False
    return not w.endswith(("ss", "us", "is", "'s", "’s"))


def singular(word: str) -> str:
    """Lower-case singular of a noun: "accounts" -> "account", "people" -> "person"."""
    w = word.lower().rstrip("'’")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _SINGULAR_S or not is_plural(w):
        return w
    if w.endswith("es") and w[:-2] in _SINGULAR_S:
        return w[:-2]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("lves"):
        return w[:-3] + "f"
    return w[:-1]
