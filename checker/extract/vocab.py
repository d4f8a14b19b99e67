"""Number words and calendar names: the one vocabulary every extractor reads.

The words are data (rules/lexicon/numbers.yaml for cardinals, rules/lexicon/calendar.yaml for
months and weekdays); this module turns them into the lookups and regex alternations that
quantities, dates, entities and the header-date reader share, so a word is listed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.errors import CheckerError
from checker.lexicon import lexicon, pack_dir, per_pack

__all__ = [
    "Vocabulary",
    "is_plural",
    "month_number",
    "month_pattern",
    "singular",
    "vocabulary",
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


@dataclass(frozen=True)
class Vocabulary:
    """Number words, calendar names and noun forms of the word lists in force."""

    units: dict[str, int]  # one .. nineteen
    tens: dict[str, int]  # twenty .. ninety
    #: Regex alternation of the cardinal number words ("two", "twenty-five", "thirty one").
    number_word_pattern: str
    months: dict[str, int]  # "june" -> 6
    month_abbreviations: dict[str, int]  # "sept" -> 9
    weekdays: dict[str, int]  # "monday" -> 0, as date.weekday()
    #: Month and weekday names, lower case: never a person's or an organisation's name alone.
    calendar_words: frozenset[str]
    irregular_plurals: dict[str, str]  # "people" -> "person"
    singular_s: frozenset[str]  # "bus", "virus": singular nouns that end in s
    np_stop: frozenset[str]  # words that end the noun phrase after a number
    label_words: frozenset[str]  # "page 5", "Article 23": a label, no amount
    year_nouns: frozenset[str]  # "1990 levels": a year, not a count
    unit_words: frozenset[str]  # "metre", "miles", "hours": a measure's unit in words


@per_pack
def vocabulary() -> Vocabulary:
    units, tens = _section("numbers", "units"), _section("numbers", "tens")
    digits = _alternation(k for k, v in units.items() if v < 10)
    months = _section("calendar", "months")
    abbreviations = _section("calendar", "month_abbreviations")
    weekdays = _section("calendar", "weekdays")
    n = lexicon("numbers")
    return Vocabulary(
        units=units,
        tens=tens,
        number_word_pattern=(
            rf"(?:(?:{_alternation(tens)})(?:[- ](?:{digits}))?|{_alternation(units)})"
        ),
        months=months,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
        calendar_words=frozenset(months) | frozenset(abbreviations) | frozenset(weekdays),
        irregular_plurals={
            str(k).lower(): str(v).lower() for k, v in n["irregular_plurals"].items()
        },
        singular_s=frozenset(n["singular_s"].split()),
        np_stop=frozenset(n["np_stop"].split()),
        label_words=frozenset(n["labels"].split()),
        year_nouns=frozenset(n["year_nouns"].split()),
        unit_words=frozenset(
            str(f).lower() for spec in n["measures"].values() for f in spec.get("forms") or ()
        ),
    )


# ---------------------------------------------------------------- number words


def word_value(phrase: str) -> int | None:
    """The value of a cardinal written in words ("twenty-three" -> 23, "a" -> 1), else None."""
    words = re.split(r"[\s-]+", phrase.strip().lower())
    if words in (["a"], ["an"]):
        return 1
    v = vocabulary()
    total = 0
    for w in words:
        if w in v.tens and total == 0:
            total = v.tens[w]
        elif w in v.units and total % 10 == 0 and (total == 0 or v.units[w] < 10):
            total += v.units[w]
        else:
            return None
    return total or None


# ---------------------------------------------------------------- calendar names


def month_number(word: str) -> int | None:
    """ "June", "jun", "Sept." -> the month's number; None for any other word."""
    w = word.lower().rstrip(".")
    v = vocabulary()
    return v.months.get(w) or v.month_abbreviations.get(w)


def the_month_may(word: str, first: bool, after: str) -> bool:
    """ "May" the month, not the modal: written with a capital inside a sentence ("on Thursday,
    May 8", "in May"), or before a day's number at its start ("May 8 was ..."). `first`: the
    word opens the sentence; `after`: the text that follows it."""
    if word != "May":
        return False
    return not first or re.match(r"\s*\d", after) is not None


def month_pattern() -> str:
    """Case-insensitive alternation of every month name and abbreviation, longest first."""
    v = vocabulary()
    return _alternation([*v.months, *v.month_abbreviations])


def weekday_pattern() -> str:
    """Case-insensitive alternation of the weekday names."""
    return _alternation(vocabulary().weekdays)


# ---------------------------------------------------------------- nouns


def is_plural(word: str) -> bool:
    """Whether a noun looks plural ("accounts", "people"); "news", "virus", "is" do not."""
    w = word.lower().rstrip("'’")
    v = vocabulary()
    if w in v.irregular_plurals:
        return True
    if w in v.singular_s or w in v.np_stop or len(w) < 3 or not w.endswith("s"):
        return False
    return not w.endswith(("ss", "us", "is", "'s", "’s"))


def singular(word: str) -> str:
    """Lower-case singular of a noun: "accounts" -> "account", "people" -> "person"."""
    w = word.lower().rstrip("'’")
    v = vocabulary()
    if w in v.irregular_plurals:
        return v.irregular_plurals[w]
    if w in v.singular_s or not is_plural(w):
        return w
    if w.endswith("es") and w[:-2] in v.singular_s:
        return w[:-2]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("lves"):
        return w[:-3] + "f"
    return w[:-1]
