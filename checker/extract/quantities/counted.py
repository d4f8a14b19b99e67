"""What a number counts: the currency, percent sign, measure or noun after it ("€2.4 million",
"5%", "10 km", "81 patients"), or nothing a figure is made of ("Office 365", "10 Downing Street")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from checker.extract.quantities.tables import SP, Measure, tables
from checker.extract.quantities.units import resolve_currency
from checker.extract.vocab import is_plural, singular, vocabulary, word_value


@dataclass
class Raw:
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


# "a year", "an hour", "half a mile": an article counts one unit of these, not "a magnitude".
_ARTICLE_DIMENSIONS = frozenset({"duration", "distance", "mass", "area", "volume"})

ALPHA_TOKEN = re.compile(r"(?P<sep>\s+|-)?(?P<w>[A-Za-z]+)(?![\w'’])")

_NP_TOKEN = re.compile(r"(?P<sep>\s+|-)(?P<w>[A-Za-z][\w'’]*(?:-[\w'’]+)*)")

_OF_NEXT = re.compile(rf"{SP}+of\b", re.IGNORECASE)
# "weighed 443 pounds", "a mass of 31 pounds": pounds of weight, not money (general English)
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh\w*|weight|mass)\b(?:\W+\w+){0,3}\W*$", re.I)

OF_THE = re.compile(
    rf"{SP}+of{SP}+(?:(?:the|its|their|his|her|our|these|those|all){SP}+)?", re.IGNORECASE
)

_AGE = re.compile(rf"(?:-|{SP})(?P<u>year|month|week|day)s?(?:-|{SP})old\b", re.IGNORECASE)

# A relative clause after "a day", "a year": the noun names a particular one ("a day that",
# "a year when"), not one unit of time.
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|when|whose)\b", re.IGNORECASE)
_AND_A_HALF = re.compile(rf"{SP}+and{SP}+a{SP}+half\b", re.IGNORECASE)

PREV_WORD = re.compile(r"(?P<w>[A-Za-z][\w'’.&]*|#)\s*$")

# "aged 14", "ages 14", "between the ages of 14 and 27", "ranging in age from 14 to 27"
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)(?:\s+(?:of|from|between))?\s+$", re.IGNORECASE)

_NAME_COMMA = re.compile(r"[A-Z][\w'’-]*,\s$|[A-Z][\w'’-]*\s\($")

_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\s+(?:of\s+)?$", re.IGNORECASE)

# How far back the patterns above (each a word or two and spaces, anchored at the figure)
# are looked for. A search from the sentence's start tries every earlier position: once
# per figure, that is quadratic in a table of figures set as one sentence.
_LOOKBACK = 80


def just_before(rx: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`rx`, anchored with `$`, matched against the text just before `start`."""
    return rx.search(text, max(0, start - _LOOKBACK), start)


def is_label(text: str, start: int) -> bool:
    """ "page 5", "Article 23", "Office 365", "iPhone 11", "No. 10": a name, not an amount."""
    t = tables()
    m = PREV_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m.group("w")
    low, labels = word.lower(), vocabulary().label_words
    if low in labels or low.rstrip(".") in labels:
        return True
    if low.endswith(("'s", "’s")) or low in t.not_label or low.rstrip(".") in t.not_label:
        return False
    return any(c.isupper() for c in word)


# Words between a number and its noun that say the things are further ones of a kind already
# counted (general English): the noun after them is what is counted.
_ADDED = frozenset({"other", "more"})


_JOINING = frozenset({"and", "or"})


def _joined_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The plural noun one or two words after a joining "and" ("... and drug *stores*"), if
    the words get there before any function word."""
    t = tables()
    p = pos
    for _ in range(2):
        m = _NP_TOKEN.match(text, p)
        if not m or m.group("sep").startswith("-"):
            return None
        word = m.group("w")
        if word.lower() in t.stop or word[0].isupper():
            return None
        if is_plural(word):
            return singular(word), m.end()
        p = m.end()
    return None


def noun_phrase(text: str, pos: int, singular_value: bool) -> tuple[str, int] | None:
    """The head noun after a number: ("participant", end) for " daily meeting participants".

    A plural head is the first plural-looking word; for one thing, the last word before a
    function word or verb. A capitalised head that is not plural is a name ("10 Downing Street",
    "1 NEWS"): returns ("", -1) so the caller drops the number.
    """
    t = tables()
    tokens: list[re.Match[str]] = []
    p = pos
    for _ in range(5):
        m = _NP_TOKEN.match(text, p)
        if not m or (m.group("sep").startswith("-") and tokens):
            break
        word = m.group("w")
        low = word.lower()
        if not tokens and low in _ADDED and p == pos:
            p = m.end()  # "nine other people", "two more people": the noun comes next
            continue
        if low in t.stop:
            if low in _JOINING and tokens and not singular_value:
                # "2,273 retail food and drug stores": modifiers joined on the way to the noun
                found = _joined_noun(text, m.end())
                if found is not None:
                    return found
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


def _measure_at(text: str, pos: int) -> tuple[Measure, int] | None:
    t = tables()
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


def describe(
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
) -> Raw | None:
    """What the number at text[start:pos] counts: currency, percent, measure or a noun.

    word: the number is spelled out; article: it is "a"/"an"/"half a", which counts only units
    ("a year"); one: it is a lone "one", which is often no number ("one of", "one day").
    """
    t = tables()
    # Money written after the number: "40,000 euros", "3 million yuan", "300 EUR".
    m = t.suffix_currency.match(text, pos) if not word else None
    if m:
        iso = resolve_currency(m.group("c"), t.suffix_symbols[m.group("c")], text)
        return Raw(start, m.end(), pos, value, raw, scaled, "money", "money", iso)
    m = t.currency_word.match(text, pos)
    if m and text[pos] == "-" and m.group("c").lower().startswith("pound") and not scaled:
        # "a 10-pound baby", "a 1,200-pound satellite" weigh; "a 100-million-pound deal" costs
        return Raw(start, m.end(), pos, value, raw, scaled, "lb", "mass")
    if m:
        form = m.group("c").lower()
        weight = _OF_NEXT.match(text, m.end()) or _WEIGHT_BEFORE.search(text, 0, start)
        if not (form.startswith("pound") and weight and not scaled):
            iso = resolve_currency(form, t.currency_words[form], text)
            amount = value * t.subunits.get(form, Decimal(1))
            return Raw(start, m.end(), pos, amount, raw, scaled, "money", "money", iso)
        return Raw(start, m.end(), pos, value, raw, scaled, "lb", "mass")
    m = t.fraction.match(text, pos)
    if m and not scaled:
        den = Decimal(int(t.numbers["fractions"][m.group("f").lower()]))
        end = m.end() - 2  # "two-thirds of": leave "of" out of the text
        while text[end - 1].isspace():
            end -= 1
        return Raw(start, end, pos, value / den * 100, raw, False, "percent", "percent")
    if not article:
        m = t.points.match(text, pos)
        if m:
            unit = str(t.numbers["point_forms"][m.group("p").lower()])
            return Raw(start, m.end(), pos, value, raw, scaled, unit, "percent")
        m = t.percent.match(text, pos)
        if m:
            return Raw(start, m.end(), pos, value, raw, scaled, "percent", "percent")
        m = t.one_in.match(text, pos)
        if m and not scaled:
            d = m.group("d")
            den = Decimal(d) if d.isdigit() else Decimal(word_value(d) or 0)
            after = _measure_at(text, m.end())
            if den > value and after is None:
                return Raw(start, m.end(), pos, value / den * 100, raw, False, "percent", "percent")
    m = _AGE.match(text, pos)
    if m:
        return Raw(start, m.end(), pos, value, raw, scaled, m.group("u").lower(), "age")
    meas = _measure_at(text, pos)
    added = _NP_TOKEN.match(text, pos)
    if meas is None and added and added.group("w").lower() in _ADDED:
        meas = _measure_at(text, added.end())  # "20 more minutes"
    if meas and not (
        article
        and (
            meas[0].unit == "second"  # "a second wave"
            or meas[0].dimension not in _ARTICLE_DIMENSIONS
        )
    ):
        measure, end = meas
        if article and _RELATIVE_AFTER.match(text, end):
            return None  # "May 6 - a day that has earned a name": which day, not how long
        if _AND_A_HALF.match(text, end):
            value += Decimal("0.5")
            end = _AND_A_HALF.match(text, end).end()
        dimension = measure.dimension
        if measure.unit == "year" and just_before(_AGE_BEFORE, text, start):
            dimension = "age"
        return Raw(start, end, pos, value, raw, scaled, measure.unit, dimension)
    if article:
        return None  # "a" and "half a" count only units of measure: "a year", "half an hour"
    if just_before(_MAGNITUDE_BEFORE, text, start):
        return Raw(start, pos, pos, value, raw, scaled, "magnitude", "magnitude")
    if just_before(_AGE_BEFORE, text, start) or (
        just_before(_NAME_COMMA, text, start)
        and text[pos : pos + 1] in (",", ")")
        and not scaled
        and 0 < value < 125
        and value == value.to_integral_value()
    ):
        return Raw(start, pos, pos, value, raw, scaled, "year", "age")
    # A counted noun: "81 patients", "five of the victims".
    if one:
        nxt = ALPHA_TOKEN.match(text, pos)
        if not nxt or nxt.group("w").lower() in t.one_idioms or (nxt.group("sep") or "") == "-":
            return None
    found = noun_phrase(text, pos, singular_value=value == 1)
    if found and word and not scaled and value != 1 and found[1] > 0:
        head = text[pos : found[1]].split()[-1].lower()
        compound = text[pos : pos + 1] == "-"  # "an eight-time champion", "a five-member panel"
        if not is_plural(head) and head not in t.casualty_heads and not compound:
            found = None  # "the two met": a spelled-out number needs a plural noun
    if found is None and not one:
        of = OF_THE.match(text, pos)
        if of:
            found = noun_phrase(text, of.end() - 1, singular_value=False)
    if found is not None:
        unit, end = found
        if end < 0:
            return None  # a name: "10 Downing Street", "1 NEWS"
        return Raw(start, end, pos, value, raw, scaled, unit, "count")
    if word or one:
        return Raw(start, pos, pos, value, raw, scaled, "", "count", bare=True, weak=True)
    return Raw(start, pos, pos, value, raw, scaled, "", "count", bare=True)
