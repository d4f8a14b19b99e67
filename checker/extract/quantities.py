"""Numbers in a sentence with what they count: counts, money, percentages, durations, measures.

Conventions every downstream rule can rely on:

- `unit`: the counted noun, singular and lower-case ("81 patients" -> "patient"; "people" ->
  "person"); "money" for money (the currency is in `currency`); "percent", "percentage point" or
  "basis point" for percentages; the canonical measure unit of rules/lexicon/numbers.yaml for
  measures ("year", "month", "km", "kg"); "" when nothing counted follows a bare number.
- `dimension`: "count", "money", "percent", "age", or a measure's dimension: "duration",
  "distance", "mass", "area", "volume", "speed", "temperature", "power", "energy", "data",
  "magnitude". "23 years ago" is a duration; "a 13-year-old", "aged 45", "Lee, 45," are ages.
- `approx`: the qualifier as written, lower-case ("about", "up to", "more than", "or more");
  symbols are spelled out ("~" -> "about", "200+" -> "or more"); both ends of a range ("10 to 15
  people", "between 5 and 7 million") get "between"; None when the number is exact.
- `text`: the exact slice of the sentence from the currency or number to the unit, without the
  qualifier before it ("€2.4 million", "81 patients", "40 million monthly listeners").

Never a quantity: years and calendar dates (dates.calendar_spans), times of day, ordinals,
phone numbers, product and model names ("Office 365", "G7", "Covid-19", "7Eleven"), labels
("page 5", "Article 23"), sizes ("300 x 250"), scores ("3-1"), "24/7", list markers at the
start of a line, and number words that count nothing ("the two met").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checker.errors import CheckerError
from checker.extract.hedges import approx_before, vague_words
from checker.extract.vocab import is_plural, singular, vocabulary, word_value
from checker.lexicon import lexicon, pack_dir, per_pack
from checker.records import Quantity

__all__ = [
    "ambiguity_note",
    "currency_ambiguity",
    "find_quantities",
    "symbol_currencies",
    "to_base",
]


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


# ---------------------------------------------------------------- number words


# ---------------------------------------------------------------- nouns


# ---------------------------------------------------------------- measures


@dataclass(frozen=True)
class _Measure:
    unit: str
    dimension: str
    factor: float


_BASE_UNIT = {
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

# "a year", "an hour", "half a mile": an article counts one unit of these, not "a magnitude".
_ARTICLE_DIMENSIONS = frozenset({"duration", "distance", "mass", "area", "volume"})


def to_base(q: Quantity) -> tuple[float, str] | None:
    """A measure in its dimension's base unit ("10 km" -> (10000.0, "m")), else None."""
    t = _tables()
    m = t.measures.get(q.unit)
    if m is None or q.dimension not in (m.dimension, "age"):
        return None
    if m.dimension == "temperature":
        c = (q.value - 32) * 5 / 9 if m.unit == "fahrenheit" else q.value
        return (c, "celsius")
    return (q.value * m.factor, _BASE_UNIT.get(m.dimension, m.unit))


# ---------------------------------------------------------------- currencies


@dataclass(frozen=True)
class _Ambiguity:
    default: str
    also: tuple[str, ...]
    note: str
    cues: tuple[tuple[str, re.Pattern[str]], ...]


def _resolve_currency(form: str, default: str, sentence: str) -> str:
    """An ambiguous symbol takes the currency of the one country the sentence names."""
    t = _tables()
    amb = t.ambiguous.get(form) or t.ambiguous.get(form.lower())
    if amb is None:
        return default
    hits = {iso for iso, rx in amb.cues if rx.search(sentence)}
    if len(hits) == 1:
        return next(iter(hits))
    return amb.default


def symbol_currencies(q: Quantity) -> tuple[str, tuple[str, ...]] | None:
    """For an amount whose symbol or word stands for several currencies ("$5", "50 pesos"):
    (the one it is read as without evidence, every one it may stand for); else None."""
    t = _tables()
    if q.currency is None:
        return None
    text = q.text
    prefix = next((f for f in t.prefix_longest_first if text.startswith(f)), None)
    low = text.lower()
    candidates = [prefix] if prefix else [w for w in t.ambiguous if low.endswith(" " + w)]
    for form in candidates:
        amb = t.ambiguous.get(form)
        if amb:
            return amb.default, (amb.default, *amb.also)
    return None


def currency_ambiguity(q: Quantity) -> tuple[str, ...]:
    """Other currencies an amount's symbol or word could mean ("$5" -> AUD, CAD, ...), or ()."""
    found = symbol_currencies(q)
    return tuple(c for c in found[1] if c != q.currency) if found else ()


def ambiguity_note(q: Quantity) -> str:
    """Why an amount's currency is a guess ("¥ is written for both ..."), or ""."""
    t = _tables()
    alts = currency_ambiguity(q)
    if not alts:
        return ""
    for amb in t.ambiguous.values():
        if set(alts) <= {amb.default, *amb.also}:
            return amb.note
    return ""


# ---------------------------------------------------------------- regexes (compiled once)

_SP = r"\s"
_DIGITS = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+)"
    r"(?:\.\d+)?(?![\d,]\d)"
    r"|\d+,\d{1,2}(?![\d,])"
    r"|\d+(?:\.\d+)?(?!\.\d)"
)
_ALPHA_TOKEN = re.compile(r"(?P<sep>\s+|-)?(?P<w>[A-Za-z]+)(?![\w'’])")
_NP_TOKEN = re.compile(r"(?P<sep>\s+|-)(?P<w>[A-Za-z][\w'’]*(?:-[\w'’]+)*)")

_OF_NEXT = re.compile(rf"{_SP}+of\b", re.IGNORECASE)
_OF_THE = re.compile(
    rf"{_SP}+of{_SP}+(?:(?:the|its|their|his|her|our|these|those|all){_SP}+)?", re.IGNORECASE
)
_HALF_OF = re.compile(rf"half{_SP}+of\b", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|final|other)\s+$", re.IGNORECASE)
_AGE = re.compile(rf"(?:-|{_SP})(?P<u>year|month|week|day)s?(?:-|{_SP})old\b", re.IGNORECASE)
_AND_A_HALF = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half\b", re.IGNORECASE)
_PREV_WORD = re.compile(r"(?P<w>[A-Za-z][\w'’.&]*|#)\s*$")
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+$", re.IGNORECASE)
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]*,\s$|[A-Z][\w'’-]*\s\($")
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\s+(?:of\s+)?$", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?:once|twice|thrice|times|per)\s+$", re.IGNORECASE)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# How far back the patterns above (each a word or two and spaces, anchored at the figure)
# are looked for. A search from the sentence's start tries every earlier position: once
# per figure, that is quadratic in a table of figures set as one sentence.
_LOOKBACK = 80
_LIST_MARK_AFTER = re.compile(r"[ \t]*(?:$|\r?\n|[.)][ \t])")
_RANGE_GAP = re.compile(r"^\s*(?P<g>-|–|—|to|and|or)\s*$", re.IGNORECASE)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)

# Spans in which digits are never amounts.
_TIME = re.compile(
    r"(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m|[AP]M)(?![A-Za-z]))?"
    r"|(?<![\d.:,])\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m|[AP]M)(?![A-Za-z])"
)
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w.,])"
)
_SIZE = re.compile(r"\d+(?:\.\d+)?\s?[x×]\s?\d+(?:\.\d+)?")
_SLASHED = re.compile(r"\d+(?:/\d+)+")
_SLASH_FRACTION = re.compile(r"(?<![\d/.,])(?P<n>\d{1,2})/(?P<d>\d{1,4})(?=\s+of\b)")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_LINKY = re.compile(r"\S*(?:://|www\.|@)\S*")


@dataclass(frozen=True)
class _Tables:
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
    codes: frozenset[str]
    currency_word: re.Pattern[str]
    currency_words: dict[str, str]
    fraction: re.Pattern[str]
    has_number: re.Pattern[str]
    measures: dict[str, _Measure]
    not_label: frozenset[str]
    num_re: re.Pattern[str]
    one_idioms: frozenset[str]
    one_in: re.Pattern[str]
    one_not_after: frozenset[str]
    percent: re.Pattern[str]
    points: re.Pattern[str]
    prefix: dict[str, str]
    prefix_glued: dict[str, str]
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
    measure_by_form: dict[str, _Measure]
    measure_by_exact: dict[str, _Measure]
    ambiguous: dict[str, _Ambiguity]
    measure_ci: re.Pattern[str]
    measure_cs: re.Pattern[str]
    measure_letter: re.Pattern[str]


@per_pack
def _tables() -> _Tables:
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
    measure_by_form: dict[str, _Measure] = {}
    measure_by_exact: dict[str, _Measure] = {}
    measures: dict[str, _Measure] = {}
    for unit, spec in n["measures"].items():
        m = _Measure(str(unit), str(spec["dimension"]), float(spec["factor"]))
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
        rf"(?:(?<![A-Za-z0-9])(?:(?P<cur>{_alternation(prefix_glued)}){_SP}?"
        rf"|(?P<code>{_alternation(codes)}){_SP}))?"
        r"(?(cur)|(?(code)|(?<![\w.,/:#@])(?<![A-Za-z][-–(])))"
        rf"(?P<num>{_DIGITS})"
    )
    word_start = re.compile(
        rf"(?<![\w'’-])(?:{_alternation([*units, *tens, 'a', 'an', 'half'])})(?![\w'’])",
        re.IGNORECASE,
    )
    # "€4.2 billion", "€4.2-billion" and, in tabloid copy, "€4.2billion"
    word_scale = re.compile(rf"(?:{_SP}|-)?(?P<s>{_alternation(scales)})(?![\w])", re.IGNORECASE)
    suffix_scale = re.compile(rf"(?P<sp>{_SP}?)(?P<s>{_alternation(suffix_scales)})(?![A-Za-z0-9])")
    suffix_currency = re.compile(rf"{_SP}?(?P<c>{_alternation(suffix_symbols)})(?![A-Za-z])")
    currency_word = re.compile(
        rf"{_SP}+(?P<c>{_alternation(currency_words)})(?![\w])", re.IGNORECASE
    )
    percent = re.compile(
        rf"{_SP}?(?:{_alternation(n['percent_forms']).replace(chr(92) + ' ', _SP + '?')})(?![A-Za-z])"
        rf"|(?:{_alternation(n['percent_glued'])})(?![A-Za-z])",
        re.IGNORECASE,
    )
    points = re.compile(rf"{_SP}+(?P<p>{_alternation(n['point_forms'])})(?![\w])", re.IGNORECASE)
    measure_ci = re.compile(
        rf"(?:{_SP}|-)?(?P<u>{_alternation(measure_by_form)})(?![A-Za-z0-9])", re.IGNORECASE
    )
    measure_cs = re.compile(
        rf"(?:{_SP}|-)?(?P<u>{_alternation(f for f in measure_by_exact if len(f) > 1)})"
        r"(?![A-Za-z0-9])"
    )
    # Single letters only attached to the digits: "35C", "5m", "4g"; not "5 C".
    measure_letter = re.compile(
        rf"(?P<u>{_alternation(f for f in measure_by_exact if len(f) == 1)})(?![A-Za-z0-9])"
    )
    fraction = re.compile(
        rf"(?:-|{_SP})(?P<f>{_alternation(n['fractions'])}){_SP}+of\b", re.IGNORECASE
    )
    one_in = re.compile(
        rf"{_SP}+in{_SP}+(?P<d>\d+|{voc.number_word_pattern})(?![\w])", re.IGNORECASE
    )
    approx_after = re.compile(
        rf"(?:{_SP}+(?P<q>{_alternation(n['approx_after'])})(?![\w])|(?P<plus>\+|-plus\b))",
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
    return _Tables(
        numbers=n,
        currencies=c,
        units=units,
        tens=tens,
        stop=stop,
        approx_after=approx_after,
        big_scales=big_scales,
        casualty_heads=casualty_heads,
        change_before=change_before,
        codes=codes,
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
        prefix_glued=prefix_glued,
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


# ---------------------------------------------------------------- extraction


@dataclass
class _Raw:
    start: int  # span of `text` in the sentence
    end: int
    num_end: int  # end of the number and its scale
    value: Decimal
    raw: Decimal  # before any scale
    scaled: bool
    unit: str
    dimension: str
    currency: str | None = None
    approx: str | None = None
    bare: bool = False  # nothing counted follows the number
    weak: bool = False  # a number word that must get a unit from a range partner or go
    article: bool = False  # "a year", "half an hour": one unit, written with an article


def _excluded(text: str) -> list[tuple[int, int]]:
    from checker.extract.dates import calendar_spans  # dates imports this module

    spans = list(calendar_spans(text))
    for rx in (_TIME, _SIZE, _SLASHED, _LINKY):
        spans.extend(m.span() for m in rx.finditer(text))
    for m in _PHONE.finditer(text):
        number = m.group()
        groups = len(re.findall(r"[ .-]", number))
        # 8+ digits written with a country code, an area code or in three groups
        if sum(c.isdigit() for c in number) >= 8 and (number[0] in "+(" or groups >= 2):
            spans.append(m.span())
    return spans


def _before(rx: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`rx`, anchored with `$`, matched against the text just before `start`."""
    return rx.search(text, max(0, start - _LOOKBACK), start)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_label(text: str, start: int) -> bool:
    """ "page 5", "Article 23", "Office 365", "iPhone 11", "No. 10": a name, not an amount."""
    t = _tables()
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m.group("w")
    low, labels = word.lower(), vocabulary().label_words
    if low in labels or low.rstrip(".") in labels:
        return True
    if low.endswith(("'s", "’s")) or low in t.not_label or low.rstrip(".") in t.not_label:
        return False
    return any(c.isupper() for c in word)


def _is_list_marker(text: str, start: int, end: int) -> bool:
    return bool(_before(_LINE_START, text, start) and _LIST_MARK_AFTER.match(text, end))


def _noun_phrase(text: str, pos: int, singular_value: bool) -> tuple[str, int] | None:
    """The head noun after a number: ("participant", end) for " daily meeting participants".

    A plural head is the first plural-looking word; for one thing, the last word before a
    function word or verb. A capitalised head that is not plural is a name ("10 Downing Street",
    "1 NEWS"): returns ("", -1) so the caller drops the number.
    """
    t = _tables()
    tokens: list[re.Match[str]] = []
    p = pos
    for _ in range(5):
        m = _NP_TOKEN.match(text, p)
        if not m or (m.group("sep").startswith("-") and tokens):
            break
        word = m.group("w")
        low = word.lower()
        if low in t.stop:
            break
        prev_cap = bool(tokens) and tokens[-1].group("w")[0].isupper()
        if prev_cap and low in t.s_verbs:
            break
        if singular_value and tokens and low.endswith(("ed", "ing")) and len(low) > 3:
            break
        tokens.append(m)
        p = m.end()
        if not singular_value and is_plural(word):
            return singular(word), m.end()
    if not tokens:
        return None
    head = tokens[-1] if singular_value else tokens[0]
    word = head.group("w")
    if word[0].isupper() and (singular_value or not is_plural(word) or word.isupper()):
        return "", -1
    return singular(word), head.end()


def _scale_after(text: str, pos: int) -> tuple[Decimal, int, str] | None:
    t = _tables()
    m = t.suffix_scale.match(text, pos)
    if m and (not m.group("sp") or len(m.group("s")) > 1):
        return t.suffix_scales[m.group("s")], m.end(), m.group("s")
    m = t.word_scale.match(text, pos)
    if m:
        return t.scales[m.group("s").lower()], m.end(), m.group("s").lower()
    return None


def _measure_at(text: str, pos: int) -> tuple[_Measure, int] | None:
    t = _tables()
    for rx, table, fold in (
        (t.measure_ci, t.measure_by_form, True),
        (t.measure_cs, t.measure_by_exact, False),
        (t.measure_letter, t.measure_by_exact, False),
    ):
        m = rx.match(text, pos)
        if m:
            key = m.group("u").lower() if fold else m.group("u")
            return table[key], m.end()
    return None


def _describe(
    text: str,
    start: int,
    pos: int,
    value: Decimal,
    raw: Decimal,
    scaled: bool,
    *,
    word: bool = False,
    article: bool = False,
    one: bool = False,
) -> _Raw | None:
    """What the number at text[start:pos] counts: currency, percent, measure or a noun.

    word: the number is spelled out; article: it is "a"/"an"/"half a", which counts only units
    ("a year"); one: it is a lone "one", which is often no number ("one of", "one day").
    """
    t = _tables()
    # Money written after the number: "40,000 euros", "3 million yuan", "300 EUR".
    m = t.suffix_currency.match(text, pos) if not word else None
    if m:
        iso = _resolve_currency(m.group("c"), t.suffix_symbols[m.group("c")], text)
        return _Raw(start, m.end(), pos, value, raw, scaled, "money", "money", iso)
    m = t.currency_word.match(text, pos)
    if m:
        form = m.group("c").lower()
        if not (form.startswith("pound") and _OF_NEXT.match(text, m.end()) and not scaled):
            iso = _resolve_currency(form, t.currency_words[form], text)
            amount = value * t.subunits.get(form, Decimal(1))
            return _Raw(start, m.end(), pos, amount, raw, scaled, "money", "money", iso)
        return _Raw(start, m.end(), pos, value, raw, scaled, "lb", "mass")
    m = t.fraction.match(text, pos)
    if m and not scaled:
        den = Decimal(int(t.numbers["fractions"][m.group("f").lower()]))
        end = m.end() - 2  # "two-thirds of": leave "of" out of the text
        while text[end - 1].isspace():
            end -= 1
        return _Raw(start, end, pos, value / den * 100, raw, False, "percent", "percent")
    if not article:
        m = t.points.match(text, pos)
        if m:
            unit = str(t.numbers["point_forms"][m.group("p").lower()])
            return _Raw(start, m.end(), pos, value, raw, scaled, unit, "percent")
        m = t.percent.match(text, pos)
        if m:
            return _Raw(start, m.end(), pos, value, raw, scaled, "percent", "percent")
        m = t.one_in.match(text, pos)
        if m and not scaled:
            d = m.group("d")
            den = Decimal(d) if d.isdigit() else Decimal(word_value(d) or 0)
            after = _measure_at(text, m.end())
            if den > value and after is None:
                return _Raw(
                    start, m.end(), pos, value / den * 100, raw, False, "percent", "percent"
                )
    m = _AGE.match(text, pos)
    if m:
        return _Raw(start, m.end(), pos, value, raw, scaled, m.group("u").lower(), "age")
    meas = _measure_at(text, pos)
    if meas and not (
        article
        and (
            meas[0].unit == "second"  # "a second wave"
            or meas[0].dimension not in _ARTICLE_DIMENSIONS
        )
    ):
        measure, end = meas
        if _AND_A_HALF.match(text, end):
            value += Decimal("0.5")
            end = _AND_A_HALF.match(text, end).end()
        dimension = measure.dimension
        if measure.unit == "year" and _before(_AGE_BEFORE, text, start):
            dimension = "age"
        return _Raw(start, end, pos, value, raw, scaled, measure.unit, dimension)
    if article:
        return None  # "a" and "half a" count only units of measure: "a year", "half an hour"
    if _before(_MAGNITUDE_BEFORE, text, start):
        return _Raw(start, pos, pos, value, raw, scaled, "magnitude", "magnitude")
    if _before(_AGE_BEFORE, text, start) or (
        _before(_NAME_COMMA, text, start)
        and text[pos : pos + 1] in (",", ")")
        and not scaled
        and 0 < value < 125
        and value == value.to_integral_value()
    ):
        return _Raw(start, pos, pos, value, raw, scaled, "year", "age")
    # A counted noun: "81 patients", "five of the victims".
    if one:
        nxt = _ALPHA_TOKEN.match(text, pos)
        if not nxt or nxt.group("w").lower() in t.one_idioms or (nxt.group("sep") or "") == "-":
            return None
    found = _noun_phrase(text, pos, singular_value=value == 1)
    if found and word and not scaled and value != 1 and found[1] > 0:
        head = text[pos : found[1]].split()[-1].lower()
        if not is_plural(head) and head not in t.casualty_heads:
            found = None  # "the two met": a spelled-out number needs a plural noun
    if found is None and not one:
        of = _OF_THE.match(text, pos)
        if of:
            found = _noun_phrase(text, of.end() - 1, singular_value=False)
    if found is not None:
        unit, end = found
        if end < 0:
            return None  # a name: "10 Downing Street", "1 NEWS"
        return _Raw(start, end, pos, value, raw, scaled, unit, "count")
    if word or one:
        return _Raw(start, pos, pos, value, raw, scaled, "", "count", bare=True, weak=True)
    return _Raw(start, pos, pos, value, raw, scaled, "", "count", bare=True)


def _to_decimal(num: str) -> Decimal:
    if re.fullmatch(r"\d+,\d{1,2}", num):  # decimal comma: "€1,5 million", "3,50 €"
        return Decimal(num.replace(",", "."))
    return Decimal(re.sub(r"[,\u00a0\u202f\u2009]", "", num))


def _from_digits(text: str, m: re.Match[str], excluded: list[tuple[int, int]]) -> _Raw | None:
    t = _tables()
    ns, ne = m.span("num")
    if _overlaps(excluded, ns, ne):
        return None
    cur = m.group("cur") or m.group("code")
    start = m.start()
    raw = _to_decimal(m.group("num"))
    value, pos, scaled, letter_scale = raw, ne, False, None
    sc = _scale_after(text, pos)
    if sc:
        scale, scale_end, form = sc
        if form in ("m", "b") and not cur:
            letter_scale = (scale, scale_end)  # decided below: money, "5m people", or metres
        else:
            value, pos, scaled = raw * scale, scale_end, True
            sc2 = _scale_after(text, pos)  # "5 hundred thousand"
            if sc2 and sc2[2] in t.big_scales:
                value, pos = value * sc2[0], sc2[1]
    if cur:
        iso = _resolve_currency(cur, t.prefix[cur], text)
        return _Raw(start, pos, pos, value, raw, scaled, "money", "money", iso)
    if letter_scale:
        scale, scale_end = letter_scale
        after = _describe(text, start, scale_end, raw * scale, raw, True)
        counted = text[after.start : after.end].split()[-1] if after else ""
        if after and (
            after.dimension == "money" or (after.dimension == "count" and is_plural(counted))
        ):
            return after  # "£5m", "5m people"
        if text[ne] != "m":
            return None
        # otherwise fall through: "m" is metres ("a 5m wall")
    if _is_list_marker(text, start, ne):
        return None
    approx_after = t.approx_after.match(text, pos)
    desc_pos = approx_after.end() if approx_after else pos
    r = _describe(text, start, desc_pos, value, raw, scaled)
    if r is None:
        return None
    if _DOT_THOUSANDS.fullmatch(m.group("num")) and _counts_whole_things(r, m.group("num")):
        # "5.000 injured", "1.500 people": a count is whole, so the dot groups thousands
        thousands = Decimal(m.group("num").replace(".", ""))
        r.value, r.raw = r.value / raw * thousands, thousands
    if r.dimension == "count" and _is_label(text, start):
        return None  # "Office 365", "page 5"; a measure after a name stays ("Hamilton 13-year-old")
    if r.end == desc_pos and desc_pos < len(text) and text[desc_pos].isalnum():
        return None  # letters glued to digits that are no unit: "30th", "4G", "7Eleven"
    if approx_after:
        r.approx = _approx_name(approx_after)
        r.num_end = pos
        if r.bare:
            r.end = pos  # "200+" alone: the text is the number
    return r


def _counts_whole_things(r: _Raw, num: str) -> bool:
    """A count of things (not a measure, money or a share) written "d.ddd": whole things,
    or a bare figure whose decimals are all zeros ("the number of injured was 5.000")."""
    if r.dimension != "count" or r.scaled:
        return False
    return bool(r.unit) or set(num.split(".", 1)[1]) == {"0"}


def _vague(text: str, excluded: list[tuple[int, int]]) -> list[_Raw]:
    """Vague magnitudes: "dozens of people", "several thousand were injured", "thousands"."""
    t = _tables()
    out = []
    for m in t.vague.finditer(text):
        start, pos = m.span("v")
        if _overlaps(excluded, start, pos):
            continue
        low = Decimal(str(vague_words()[m.group("v").lower()][0]))
        of = _OF_THE.match(text, pos)
        found = _noun_phrase(text, of.end() - 1 if of else pos, singular_value=False)
        if found and found[1] > 0 and not of and not is_plural(text[pos : found[1]].split()[-1]):
            found = None  # "thousands marched": the verb follows, nothing counted is named
        unit, end = found if found and found[1] > 0 else ("", pos)
        if m.group("v").lower() == "scores" and not unit:
            continue  # "scores" alone is a result, not a number
        r = _Raw(start, end, pos, low, low, True, unit, "count", bare=not unit)
        r.approx = m.group("v").lower()
        out.append(r)
    return out


def _slash_fractions(text: str) -> list[_Raw]:
    """ "1/20 of the proceeds": a share, on the percent scale like "5 per cent"."""
    out = []
    for m in _SLASH_FRACTION.finditer(text):
        num, den = Decimal(m.group("n")), Decimal(m.group("d"))
        if 0 < num < den:
            value = num / den * 100
            out.append(
                _Raw(m.start(), m.end("d"), m.end("d"), value, value, False, "percent", "percent")
            )
    return out


def _approx_name(m: re.Match[str]) -> str:
    if m.group("plus"):
        return "or more"
    return m.group("q").lower()


def _parse_words(text: str, i: int) -> tuple[Decimal, int, bool, bool, bool] | None:
    """A number in words at text[i]: (value, end, article, one, scaled) or None.

    article: "a"/"an"/"half a" alone, which count only units ("a year", "half an hour");
    one: "one" alone, which is often no number at all ("one of", "one day").
    """
    t = _tables()
    toks: list[re.Match[str]] = []
    p = i
    while len(toks) < 9:
        m = _ALPHA_TOKEN.match(text, p)
        if not m or (toks and m.group("sep") is None):
            break
        toks.append(m)
        p = m.end()
    words = [t.group("w").lower() for t in toks]
    seps = [t.group("sep") or "" for t in toks]
    if not words:
        return None

    def at(k: int) -> str:
        return words[k] if k < len(words) else ""

    k = 0
    value = Decimal(0)
    one = scaled = False
    if at(0) in ("a", "an"):
        if at(1) in t.scales:
            value, k, scaled = t.scales[at(1)], 2, True
        else:
            return Decimal(1), toks[0].end(), True, False, False
    elif at(0) == "half":
        if at(1) in ("a", "an") and at(2) in t.scales:
            value, k, scaled = Decimal("0.5") * t.scales[at(2)], 3, True
        elif at(1) in ("a", "an"):
            return Decimal("0.5"), toks[1].end(), True, False, False
        else:
            return None
    else:
        if at(0) in t.tens:
            value, k = Decimal(t.tens[at(0)]), 1
            if at(1) in t.units and t.units[at(1)] < 10 and seps[1] in ("-", " "):
                value, k = value + t.units[at(1)], 2
        elif at(0) in t.units:
            value, k = Decimal(t.units[at(0)]), 1
        else:
            return None
        if at(k) == "hundred":
            value, k, scaled = value * 100, k + 1, True
            if at(k) == "and" and (at(k + 1) in t.units or at(k + 1) in t.tens):
                value, k = value + t.tens.get(at(k + 1), 0) + t.units.get(at(k + 1), 0), k + 2
                if at(k - 1) in t.tens and at(k) in t.units and t.units[at(k)] < 10:
                    value, k = value + t.units[at(k)], k + 1
        one = value == 1 and k == 1
    if at(k) == "and" and at(k + 1) == "a" and at(k + 2) == "half":
        value, k = value + Decimal("0.5"), k + 3
        one = False
    while at(k) in t.scales and at(k) != "hundred":
        value, k, scaled = value * t.scales[at(k)], k + 1, True
        one = False
    return value, toks[k - 1].end(), False, one, scaled


def _from_words(text: str, m: re.Match[str], excluded: list[tuple[int, int]]) -> _Raw | None:
    t = _tables()
    start = m.start()
    if _HALF_OF.match(text, start):
        if _before(_ORDINAL_BEFORE, text, start) or _overlaps(excluded, start, start + 4):
            return None  # "the second half of the match"
        return _Raw(
            start, start + 4, start + 4, Decimal(50), Decimal(50), False, "percent", "percent"
        )
    parsed = _parse_words(text, start)
    if parsed is None:
        return None
    value, pos, article, one, scaled = parsed
    if _overlaps(excluded, start, pos):
        return None
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    if prev and prev.group("w").lower() in t.one_not_after and (one or article):
        return None
    if article and _before(_RATE_BEFORE, text, start):
        return None  # "twice a year", "once a week": a rate, not a duration
    approx_after = t.approx_after.match(text, pos)
    if approx_after and approx_after.group("plus"):
        approx_after = None
    desc_pos = approx_after.end() if approx_after else pos
    r = _describe(text, start, desc_pos, value, value, scaled, word=True, article=article, one=one)
    if r is not None:
        r.article = article
    if r is not None and approx_after:
        r.approx = _approx_name(approx_after)
        r.num_end = pos
    return r


def _link_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Neighbours that belong together: ranges share a unit ("10 to 15 people", "between 5 and
    7 million", "two or three days"), "301 of the 465 seats" counts seats twice, a score
    ("won 3-1") is no amount, and "$95 a barrel" is a price per barrel, not one barrel."""
    t = _tables()
    drop: set[int] = set()
    for i in range(len(raws) - 1):
        a, b = raws[i], raws[i + 1]
        between = text[a.end : b.start]
        if b.article and not between.strip():
            drop.add(i + 1)  # "$95 a barrel", "£30,000 a year": a rate
            continue
        if a.bare and b.dimension == "count" and b.unit and _OF_GAP.match(between):
            a.unit, a.bare, a.weak = b.unit, False, False  # "301 of the 465 seats"
            continue
        gap = _RANGE_GAP.match(text[a.num_end : b.start])
        if not gap or not (a.bare or (a.dimension == "money" and not a.scaled)):
            continue
        g = gap.group("g").lower()
        if g == "and" and a.approx != "between":
            continue
        if g in ("-", "–", "—") and a.bare and a.value >= b.value:
            drop.update((i, i + 1))  # a score: "won 3-1", "a 1-0 win"
            continue
        if not a.scaled and b.scaled and a.raw <= b.raw and b.raw != 0:
            a.value = a.raw * (b.value / b.raw)
            a.scaled = True
        if a.bare:
            a.unit, a.dimension, a.bare, a.weak = b.unit, b.dimension, False, False
            if a.currency is None:
                a.currency = b.currency
        if a.dimension == "money" and b.bare:  # "$5-7 million"
            b.unit, b.dimension, b.currency, b.bare = "money", "money", a.currency, False
        change = _before(t.change_before, text, a.start) or b.raw > 10 * a.raw
        if change and g not in ("and", "or"):
            continue  # "rose from 10 to 15", "rose $2 to $95": two values, not a range
        a.approx = b.approx = "between" if a.approx in (None, "between") else a.approx
    return [r for i, r in enumerate(raws) if i not in drop and not r.weak]


def find_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every amount in one sentence with what it counts; spans are shifted by `offset`."""
    t = _tables()
    if not t.has_number.search(text):
        return ()
    excluded = _excluded(text)
    raws: list[_Raw] = []
    for m in t.num_re.finditer(text):
        r = _from_digits(text, m, excluded)
        if r is not None:
            raws.append(r)
    for m in t.word_start.finditer(text):
        r = _from_words(text, m, excluded)
        if r is not None:
            raws.append(r)
    raws += _vague(text, excluded) + _slash_fractions(text)
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    for r in kept:
        r.approx = r.approx or approx_before(text, r.start)
    out = []
    for r in _link_ranges(text, kept):
        approx = r.approx
        out.append(
            Quantity(
                value=float(r.value),
                unit=r.unit,
                text=text[r.start : r.end],
                start=r.start + offset,
                end=r.end + offset,
                currency=r.currency,
                approx=approx,
                dimension=r.dimension,
            )
        )
    return tuple(out)
