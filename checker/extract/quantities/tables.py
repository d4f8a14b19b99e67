"""The tables of units, measures and currencies: what rules/lexicon/numbers.yaml and currencies.yaml
say, as lookups and compiled patterns, built once per set of word lists in force."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checker.errors import CheckerError
from checker.extract.hedges import vague_words
from checker.extract.vocab import vocabulary
from checker.lexicon import lexicon, pack_dir, per_pack


def _load(name: str, keys: tuple[str, ...]) -> dict:
    data = lexicon(name)
    missing = [k for k in keys if not isinstance(data, dict) or k not in data]
    if missing:
        where = pack_dir() / "lexicon" / f"{name}.yaml"
        raise CheckerError(where, f"missing section(s): {', '.join(missing)}")
    return data


def _forms(key: object) -> list[str]:
    """Several surface forms share one entry, separated by " | "."""
    return [f.strip() for f in str(key).split("|") if f.strip()]


def _alternation(forms: object) -> str:
    """Longest first, so "US$" wins over "$" and "no more than" over "more than"."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


@dataclass(frozen=True)
class Measure:
    unit: str
    dimension: str
    factor: float


BASE_UNIT = {
    "duration": "day",
    "distance": "m",
    "mass": "kg",
    "area": "sq m",
    "volume": "litre",
    "speed": "km/h",
    "power": "watt",
    "energy": "kwh",
    "data": "byte",
    "temperature": "degree",
    "magnitude": "magnitude",
}


@dataclass(frozen=True)
class _Ambiguity:
    default: str
    also: tuple[str, ...]
    note: str
    cues: tuple[tuple[str, re.Pattern[str]], ...]


SP = r"\s"

_DIGITS = (
    # thousands set apart by commas, Indian-style commas, or spaces ("20 000", with a plain
    # space as many European outlets print it: a lone group of three digits after one to
    # three, so "in 2023 100 people" stays two numbers)
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+)"
    r"(?:\.\d+)?(?![\d,]\d)"
    r"|\d+,\d{1,2}(?![\d,])"
    r"|\d+(?:\.\d+)?(?!\.\d)"
)


@dataclass(frozen=True)
class Tables:
    """What numbers.yaml and currencies.yaml say, as lookups and compiled patterns: built once
    per set of word lists in force (checker/lexicon.py), so a rules folder can extend them."""

    numbers: dict[str, Any]
    currencies: dict[str, Any]
    units: dict[str, int]
    tens: dict[str, int]
    stop: frozenset[str]
    approx_after: re.Pattern[str]
    big_scales: frozenset[str]
    casualty_heads: frozenset[str]
    change_before: re.Pattern[str]
    currency_word: re.Pattern[str]
    currency_words: dict[str, str]
    fraction: re.Pattern[str]
    has_number: re.Pattern[str]
    measures: dict[str, Measure]
    not_label: frozenset[str]
    num_re: re.Pattern[str]
    one_idioms: frozenset[str]
    one_in: re.Pattern[str]
    one_not_after: frozenset[str]
    percent: re.Pattern[str]
    points: re.Pattern[str]
    prefix: dict[str, str]
    prefix_longest_first: list[str]
    scales: dict[str, Decimal]
    subunits: dict[str, Decimal]
    suffix_currency: re.Pattern[str]
    suffix_scale: re.Pattern[str]
    suffix_scales: dict[str, Decimal]
    suffix_symbols: dict[str, str]
    s_verbs: frozenset[str]
    vague: re.Pattern[str]
    word_scale: re.Pattern[str]
    word_start: re.Pattern[str]
    measure_by_form: dict[str, Measure]
    measure_by_exact: dict[str, Measure]
    ambiguous: dict[str, _Ambiguity]
    measure_ci: re.Pattern[str]
    measure_cs: re.Pattern[str]
    measure_letter: re.Pattern[str]


@per_pack
def tables() -> Tables:
    """Every table and pattern read from numbers.yaml and currencies.yaml in force."""
    n = _load(
        "numbers",
        (
            "units",
            "tens",
            "scales",
            "suffix_scales",
            "approx_before",
            "approx_after",
            "approx_symbols",
            "measures",
            "percent_forms",
            "point_forms",
            "fractions",
            "labels",
            "np_stop",
            "s_verbs",
            "irregular_plurals",
            "singular_s",
            "one_idioms",
            "one_not_after",
            "casualty_heads",
            "percent_glued",
            "change_words",
            "year_nouns",
        ),
    )
    c = _load("currencies", ("prefix", "suffix_symbols", "codes", "words", "subunits", "ambiguous"))
    # Cardinal number words come from the one shared vocabulary (checker/extract/vocab.py).
    voc = vocabulary()
    units, tens = voc.units, voc.tens
    scales: dict[str, Decimal] = {str(k).lower(): Decimal(str(v)) for k, v in n["scales"].items()}
    suffix_scales: dict[str, Decimal] = {
        str(k): Decimal(str(v)) for k, v in n["suffix_scales"].items()
    }
    big_scales = frozenset(s for s in scales if s not in ("hundred", "dozen"))
    stop = voc.np_stop
    s_verbs = frozenset(n["s_verbs"].split())
    one_idioms = frozenset(n["one_idioms"].split())
    casualty_heads = frozenset(n["casualty_heads"].split())
    one_not_after = frozenset(n["one_not_after"].split())
    measure_by_form: dict[str, Measure] = {}
    measure_by_exact: dict[str, Measure] = {}
    measures: dict[str, Measure] = {}
    for unit, spec in n["measures"].items():
        m = Measure(str(unit), str(spec["dimension"]), float(spec["factor"]))
        measures[m.unit] = m
        for f_ in spec.get("forms", []) or []:
            measure_by_form[str(f_).lower()] = m
        for f_ in spec.get("exact_forms", []) or []:
            measure_by_exact[str(f_)] = m
    prefix: dict[str, str] = {f: str(iso) for k, iso in c["prefix"].items() for f in _forms(k)}
    codes = frozenset(str(c["codes"]).split())
    prefix_glued = dict(prefix)  # symbols may touch the digits: "HK$100", "Rs500", "RM50"
    prefix.update({c: c for c in codes})
    prefix_longest_first = sorted(prefix, key=len, reverse=True)
    suffix_symbols: dict[str, str] = {
        f: str(iso) for k, iso in c["suffix_symbols"].items() for f in _forms(k)
    }
    suffix_symbols.update({c: c for c in codes})
    currency_words: dict[str, str] = {
        f.lower(): str(iso) for k, iso in c["words"].items() for f in _forms(k)
    }
    subunits: dict[str, Decimal] = {
        f.lower(): Decimal(str(v)) for k, v in c["subunits"].items() for f in _forms(k)
    }
    ambiguous: dict[str, _Ambiguity] = {}
    for key, spec in c["ambiguous"].items():
        cues = tuple(
            (str(iso), re.compile(rf"(?<![\w])(?:{_alternation(names)})(?![\w])"))
            for iso, names in (spec.get("cues") or {}).items()
            if names
        )
        amb = _Ambiguity(
            str(spec["default"]),
            tuple(str(a) for a in spec.get("also", [])),
            str(spec.get("note", "")),
            cues,
        )
        for f_ in _forms(key):
            ambiguous[f_ if f_ in prefix or f_ in suffix_symbols else f_.lower()] = amb
    num_re = re.compile(
        rf"(?:(?<![A-Za-z0-9])(?:(?P<cur>{_alternation(prefix_glued)}){SP}?"
        rf"|(?P<code>{_alternation(codes)}){SP}))?"
        r"(?(cur)|(?(code)|(?<![\w.,/:#@])(?<![A-Za-z][-–(])))"
        rf"(?P<num>{_DIGITS})"
    )
    word_start = re.compile(
        rf"(?<![\w'’-])(?:{_alternation([*units, *tens, 'a', 'an', 'half'])})(?![\w'’])",
        re.IGNORECASE,
    )
    # "€4.2 billion", "€4.2-billion" and, in tabloid copy, "€4.2billion"
    word_scale = re.compile(rf"(?:{SP}|-)?(?P<s>{_alternation(scales)})(?![\w])", re.IGNORECASE)
    suffix_scale = re.compile(rf"(?P<sp>{SP}?)(?P<s>{_alternation(suffix_scales)})(?![A-Za-z0-9])")
    suffix_currency = re.compile(rf"{SP}?(?P<c>{_alternation(suffix_symbols)})(?![A-Za-z])")
    # "40,000 euros"; and the compound adjective "a 100-million-pound deal"
    currency_word = re.compile(
        rf"(?:{SP}+|-)(?P<c>{_alternation(currency_words)})(?![\w])", re.IGNORECASE
    )
    percent = re.compile(
        rf"{SP}?(?:{_alternation(n['percent_forms']).replace(chr(92) + ' ', SP + '?')})(?![A-Za-z])"
        rf"|(?:{_alternation(n['percent_glued'])})(?![A-Za-z])",
        re.IGNORECASE,
    )
    points = re.compile(rf"{SP}+(?P<p>{_alternation(n['point_forms'])})(?![\w])", re.IGNORECASE)
    measure_ci = re.compile(
        rf"(?:{SP}|-)?(?P<u>{_alternation(measure_by_form)})(?![A-Za-z0-9])", re.IGNORECASE
    )
    measure_cs = re.compile(
        rf"(?:{SP}|-)?(?P<u>{_alternation(f for f in measure_by_exact if len(f) > 1)})"
        r"(?![A-Za-z0-9])"
    )
    # Single letters only attached to the digits: "35C", "5m", "4g"; not "5 C".
    measure_letter = re.compile(
        rf"(?P<u>{_alternation(f for f in measure_by_exact if len(f) == 1)})(?![A-Za-z0-9])"
    )
    fraction = re.compile(
        rf"(?:-|{SP})(?P<f>{_alternation(n['fractions'])}){SP}+of\b", re.IGNORECASE
    )
    one_in = re.compile(rf"{SP}+in{SP}+(?P<d>\d+|{voc.number_word_pattern})(?![\w])", re.IGNORECASE)
    approx_after = re.compile(
        rf"(?:{SP}+(?P<q>{_alternation(n['approx_after'])})(?![\w])|(?P<plus>\+|-plus\b))",
        re.IGNORECASE,
    )
    change_before = re.compile(
        rf"\b(?:{_alternation(n['change_words'].split())})\s+$", re.IGNORECASE
    )
    has_number = re.compile(
        rf"\d|\b(?:{_alternation([*units, *tens, 'a', 'an', 'half', *vague_words()])})\b",
        re.IGNORECASE,
    )
    vague = re.compile(
        rf"(?<![\w'’-])(?P<v>{_alternation(vague_words())})(?![\w'’-])", re.IGNORECASE
    )
    not_label = (
        stop
        # a date before a count: "On Tuesday 300 people marched", "In March 40 ships docked"
        | frozenset(voc.months)
        | frozenset(voc.weekdays)
        | {w for q in n["approx_before"] for w in str(q).lower().split()}
        | {
            "exactly",
            "precisely",
            "fully",
            "another",
            "killing",
            "injuring",
            "including",
            "only",
            "yesterday",
            "today",
            "tonight",
            "now",
            "meanwhile",
            "overall",
            "altogether",
        }
    )
    return Tables(
        numbers=n,
        currencies=c,
        units=units,
        tens=tens,
        stop=stop,
        approx_after=approx_after,
        big_scales=big_scales,
        casualty_heads=casualty_heads,
        change_before=change_before,
        currency_word=currency_word,
        currency_words=currency_words,
        fraction=fraction,
        has_number=has_number,
        measures=measures,
        not_label=not_label,
        num_re=num_re,
        one_idioms=one_idioms,
        one_in=one_in,
        one_not_after=one_not_after,
        percent=percent,
        points=points,
        prefix=prefix,
        prefix_longest_first=prefix_longest_first,
        scales=scales,
        subunits=subunits,
        suffix_currency=suffix_currency,
        suffix_scale=suffix_scale,
        suffix_scales=suffix_scales,
        suffix_symbols=suffix_symbols,
        s_verbs=s_verbs,
        vague=vague,
        word_scale=word_scale,
        word_start=word_start,
        measure_by_form=measure_by_form,
        measure_by_exact=measure_by_exact,
        ambiguous=ambiguous,
        measure_ci=measure_ci,
        measure_cs=measure_cs,
        measure_letter=measure_letter,
    )
