"""The number reader: every amount in a sentence, written in digits ("4,000", "€2.4bn") or in
words ("two dozen", "half a million"), vague ("dozens of"), as a fraction ("1/20 of"), with
the hedge around it and ranges linked ("10 to 15 people"); never in a span where digits are no
amount (dates, times, phone numbers, sizes, links). What each number counts, counted.py says."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from checker.extract.dates import calendar_spans
from checker.extract.hedges import HALF_AFTER, approx_before, vague_words
from checker.extract.quantities.counted import (
    ALPHA_TOKEN,
    OF_THE,
    PREV_WORD,
    Raw,
    describe,
    is_label,
    just_before,
    noun_phrase,
)
from checker.extract.quantities.tables import SP, tables
from checker.extract.quantities.units import resolve_currency
from checker.extract.vocab import is_plural
from checker.records import Quantity

_HALF_OF = re.compile(rf"half{SP}+of\b", re.IGNORECASE)

_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|final|other)\s+$", re.IGNORECASE)

_RATE_BEFORE = re.compile(r"\b(?:once|twice|thrice|times|per)\s+$", re.IGNORECASE)

_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")

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


def _excluded(text: str) -> list[tuple[int, int]]:

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


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_list_marker(text: str, start: int, end: int) -> bool:
    return bool(just_before(_LINE_START, text, start) and _LIST_MARK_AFTER.match(text, end))


def _scale_after(text: str, pos: int) -> tuple[Decimal, int, str] | None:
    t = tables()
    m = t.suffix_scale.match(text, pos)
    if m and (not m.group("sp") or len(m.group("s")) > 1):
        return t.suffix_scales[m.group("s")], m.end(), m.group("s")
    m = t.word_scale.match(text, pos)
    if m:
        return t.scales[m.group("s").lower()], m.end(), m.group("s").lower()
    return None


def _to_decimal(num: str) -> Decimal:
    if re.fullmatch(r"\d+,\d{1,2}", num):  # decimal comma: "€1,5 million", "3,50 €"
        return Decimal(num.replace(",", "."))
    return Decimal(re.sub(r"[,\u00a0\u202f\u2009 ]", "", num))


def _from_digits(text: str, m: re.Match[str], excluded: list[tuple[int, int]]) -> Raw | None:
    t = tables()
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
        iso = resolve_currency(cur, t.prefix[cur], text)
        named = _code_after(text, pos, cur)
        if named is not None:  # "$1,083 CAD": the code says which dollar
            iso, end = named
            return Raw(start, end, pos, value, raw, scaled, "money", "money", iso)
        return Raw(start, pos, pos, value, raw, scaled, "money", "money", iso)
    if letter_scale:
        scale, scale_end = letter_scale
        after = describe(text, start, scale_end, raw * scale, raw, True)
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
    half = HALF_AFTER.match(text, pos) if not scaled and raw == int(raw) else None
    if half:
        value, raw, pos = value + Decimal("0.5"), raw + Decimal("0.5"), half.end()
        sc = _scale_after(text, pos)  # "3 and a half million"
        if sc and sc[2] in t.big_scales:
            value, pos, scaled = raw * sc[0], sc[1], True
    approx_after = t.approx_after.match(text, pos)
    desc_pos = approx_after.end() if approx_after else pos
    r = describe(text, start, desc_pos, value, raw, scaled)
    if r is None:
        return None
    if _DOT_THOUSANDS.fullmatch(m.group("num")) and _counts_whole_things(r, m.group("num")):
        # "5.000 injured", "1.500 people": a count is whole, so the dot groups thousands
        thousands = Decimal(m.group("num").replace(".", ""))
        r.value, r.raw = r.value / raw * thousands, thousands
    if r.dimension == "count" and is_label(text, start):
        return None  # "Office 365", "page 5"; a measure after a name stays ("Hamilton 13-year-old")
    if r.end == desc_pos and desc_pos < len(text) and text[desc_pos].isalnum():
        return None  # letters glued to digits that are no unit: "30th", "4G", "7Eleven"
    if approx_after:
        r.approx = _approx_name(approx_after)
        r.num_end = pos
        if r.bare:
            r.end = pos  # "200+" alone: the text is the number
    return r


_CODE_AFTER = re.compile(rf"{SP}(?P<code>[A-Z]{{3}})(?![A-Za-z])")


def _code_after(text: str, pos: int, symbol: str) -> tuple[str, int] | None:
    """An ISO code written after an amount whose symbol it narrows ("$1,083 CAD", "$799 USD"):
    the code and where it ends. A code of another currency is another amount's business."""
    m = _CODE_AFTER.match(text, pos)
    if m is None:
        return None
    t = tables()
    code = m.group("code")
    amb = t.ambiguous.get(symbol) or t.ambiguous.get(symbol.lower())
    family = {t.prefix[symbol], *((amb.default, *amb.also) if amb else ())}
    return (code, m.end()) if t.prefix.get(code) == code and code in family else None


def _counts_whole_things(r: Raw, num: str) -> bool:
    """A count of things (not a measure, money or a share) written "d.ddd": whole things,
    or a bare figure whose decimals are all zeros ("the number of injured was 5.000")."""
    if r.dimension != "count" or r.scaled:
        return False
    return bool(r.unit) or set(num.split(".", 1)[1]) == {"0"}


def _vague(text: str, excluded: list[tuple[int, int]]) -> list[Raw]:
    """Vague magnitudes: "dozens of people", "several thousand were injured", "thousands"."""
    t = tables()
    out = []
    for m in t.vague.finditer(text):
        start, pos = m.span("v")
        if _overlaps(excluded, start, pos):
            continue
        low = Decimal(str(vague_words()[m.group("v").lower()][0]))
        of = OF_THE.match(text, pos)
        found = noun_phrase(text, of.end() - 1 if of else pos, singular_value=False)
        if found and found[1] > 0 and not of and not is_plural(text[pos : found[1]].split()[-1]):
            found = None  # "thousands marched": the verb follows, nothing counted is named
        unit, end = found if found and found[1] > 0 else ("", pos)
        if m.group("v").lower() == "scores" and not unit:
            continue  # "scores" alone is a result, not a number
        r = Raw(start, end, pos, low, low, True, unit, "count", bare=not unit)
        r.approx = m.group("v").lower()
        out.append(r)
    return out


# "a monthlong strike", "a week-long trial", "the year-long inquiry": one unit of time.
_UNIT_LONG = re.compile(r"\b(?P<u>hour|day|week|month|year)[- ]?long\b", re.IGNORECASE)


def _unit_long(text: str, excluded: list[tuple[int, int]]) -> list[Raw]:
    """A span written as an adjective of one unit ("monthlong", "week-long"): a duration of
    one unit, read as "a month" is."""
    out = []
    for m in _UNIT_LONG.finditer(text):
        if _overlaps(excluded, m.start(), m.end()):
            continue
        one = Decimal(1)
        raw = Raw(m.start(), m.end(), m.start(), one, one, False, m.group("u").lower(), "duration")
        raw.article = True
        out.append(raw)
    return out


# "2:00:35", "1:00:48", "60:48": a time taken, in hours, minutes and seconds. A time of day is
# never written with seconds in prose without a zone, and a day has no 60th minute.
_ELAPSED = re.compile(
    r"(?<![\d.:])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d)|(?P<mm>2[4-9]|[3-9]\d)):(?P<s>[0-5]\d)(?![\d:]|\.\d)"
    r"(?!\s?(?:[ap]\.m\.|[ap]m|[AP]M)(?![A-Za-z]))"
)


def _elapsed(text: str) -> list[Raw]:
    out = []
    for m in _ELAPSED.finditer(text):
        minutes = int(m["h"]) * 60 + int(m["m"]) if m["h"] else int(m["mm"])
        value = Decimal(minutes * 60 + int(m["s"]))
        out.append(Raw(m.start(), m.end(), m.end(), value, value, False, "second", "duration"))
    return out


# "in the 108th minute", "on the 3rd day": a point of a span counted in its unit, as far into it
# as a time taken ("108 minutes in"); two outlets' ordinals of one moment compare as its minutes.
_ORDINAL_UNIT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})(?:st|nd|rd|th)[- ](?P<u>minute|hour|day|week|month|lap|round)s?\b",
    re.IGNORECASE,
)


def _ordinal_units(text: str, excluded: list[tuple[int, int]]) -> list[Raw]:
    out = []
    for m in _ORDINAL_UNIT.finditer(text):
        if _overlaps(excluded, m.start(), m.end()):
            continue
        value = Decimal(m["n"])
        unit = m["u"].lower()
        dimension = "duration" if unit in ("minute", "hour", "day", "week", "month") else "count"
        out.append(Raw(m.start(), m.end(), m.end(), value, value, False, unit, dimension))
    return out


def _slash_fractions(text: str) -> list[Raw]:
    """ "1/20 of the proceeds": a share, on the percent scale like "5 per cent"."""
    out = []
    for m in _SLASH_FRACTION.finditer(text):
        num, den = Decimal(m.group("n")), Decimal(m.group("d"))
        if 0 < num < den:
            value = num / den * 100
            out.append(
                Raw(m.start(), m.end("d"), m.end("d"), value, value, False, "percent", "percent")
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
    t = tables()
    toks: list[re.Match[str]] = []
    p = i
    while len(toks) < 9:
        m = ALPHA_TOKEN.match(text, p)
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


def _from_words(text: str, m: re.Match[str], excluded: list[tuple[int, int]]) -> Raw | None:
    t = tables()
    start = m.start()
    if _HALF_OF.match(text, start):
        if just_before(_ORDINAL_BEFORE, text, start) or _overlaps(excluded, start, start + 4):
            return None  # "the second half of the match"
        return Raw(
            start, start + 4, start + 4, Decimal(50), Decimal(50), False, "percent", "percent"
        )
    parsed = _parse_words(text, start)
    if parsed is None:
        return None
    value, pos, article, one, scaled = parsed
    if _overlaps(excluded, start, pos):
        return None
    prev = PREV_WORD.search(text, max(0, start - 30), start)
    if prev and prev.group("w").lower() in t.one_not_after and (one or article):
        return None
    if article and just_before(_RATE_BEFORE, text, start):
        return None  # "twice a year", "once a week": a rate, not a duration
    approx_after = t.approx_after.match(text, pos)
    if approx_after and approx_after.group("plus"):
        approx_after = None
    desc_pos = approx_after.end() if approx_after else pos
    r = describe(text, start, desc_pos, value, value, scaled, word=True, article=article, one=one)
    if r is not None:
        r.article = article
    if r is not None and approx_after:
        r.approx = _approx_name(approx_after)
        r.num_end = pos
    return r


# Between a figure and the next: "over" alone (what the first is spread across)
_SPREAD = re.compile(r"\s+over\s+", re.IGNORECASE)


def _link_ranges(text: str, raws: list[Raw]) -> list[Raw]:
    """Neighbours that belong together: ranges share a unit ("10 to 15 people", "between 5 and
    7 million", "two or three days"), "301 of the 465 seats" counts seats twice, a score
    ("won 3-1") is no amount, and "$95 a barrel" is a price per barrel, not one barrel."""
    t = tables()
    drop: set[int] = set()
    for i in range(len(raws) - 1):
        a, b = raws[i], raws[i + 1]
        between = text[a.end : b.start]
        if b.article and between.strip().lower() in ("", "in"):
            drop.add(i + 1)  # "$95 a barrel", "£30,000 a year", "two weeks in a year": a rate
            continue
        if a.bare and b.dimension == "count" and b.unit and _OF_GAP.match(between):
            a.unit, a.bare, a.weak = b.unit, False, False  # "301 of the 465 seats"
            continue
        gap = _RANGE_GAP.match(text[a.num_end : b.start])
        if gap and b.bare and a.dimension == "age":
            b.unit, b.dimension, b.bare, b.weak = a.unit, a.dimension, False, False  # "aged 14 to 27"
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
        change = just_before(t.change_before, text, a.start) or b.raw > 10 * a.raw
        if change and g not in ("and", "or"):
            continue  # "rose from 10 to 15", "rose $2 to $95": two values, not a range
        a.approx = b.approx = "between" if a.approx in (None, "between") else a.approx
    return [r for i, r in enumerate(raws) if i not in drop and not r.weak]


# Between the parts of one duration or length: "10 minutes and 20 seconds", "10-minute,
# 10-second", "5 feet 10 inches".
_COMPOUND_GAP = re.compile(r"^(?:\s*,)?\s*(?:and\s+)?$")
_COMPOUNDED = frozenset({"duration", "distance"})


def _join_compounds(text: str, raws: list[Raw]) -> list[Raw]:
    """A measure written in two units, the larger first, is one measure in the smaller unit:
    "10 minutes and 20 seconds" is 620 seconds, exact to the second it names. A hedge before
    the first part hedges the whole: "about an hour and 45 minutes" is about 105 minutes."""
    t = tables()
    out: list[Raw] = []
    for r in raws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.dimension == r.dimension in _COMPOUNDED
            and not r.approx
            and prev.unit in t.measures
            and r.unit in t.measures
            and t.measures[prev.unit].factor > t.measures[r.unit].factor
            # a part is less than one of the larger unit: "800 metres 2,624 feet" is a
            # conversion whose brackets were lost, not 800 metres and 2,624 feet more
            and float(r.value) * t.measures[r.unit].factor < t.measures[prev.unit].factor
            and _COMPOUND_GAP.match(text[prev.end : r.start])
        ):
            ratio = Decimal(str(t.measures[prev.unit].factor / t.measures[r.unit].factor))
            whole = (prev.value * ratio).quantize(Decimal(1)) if ratio > 1 else prev.value * ratio
            prev.value = prev.raw = whole + r.value
            prev.unit, prev.end, prev.num_end, prev.scaled = r.unit, r.end, r.num_end, False
            continue
        out.append(r)
    return out


_BRACKET_OPEN = re.compile(r"^\s*[(\[]\s*$")


# A sign before a rate or a temperature: "minus 0.1 per cent", "-0.1%", "−5C". A hyphen only
# after a space or a bracket: "2-3%" is a range, "COVID-19" a name.
_MINUS = re.compile(r"(?:\b(?:minus|negative)\s+|(?:^|(?<=[\s(]))[-−])$", re.IGNORECASE)
_SIGNED = frozenset({"percent", "temperature"})


def _signed(text: str, r: Raw) -> Raw:
    """The figure with the sign written before it, for the dimensions that go below zero."""
    m = _MINUS.search(text, max(0, r.start - 12), r.start)
    if m is None or r.dimension not in _SIGNED:
        return r
    r.value, r.raw, r.start = -r.value, -r.raw, m.start()
    return r


def find_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every amount in one sentence with what it counts; spans are shifted by `offset`."""
    t = tables()
    if not t.has_number.search(text) and not _UNIT_LONG.search(text):
        return ()
    excluded = _excluded(text)
    raws: list[Raw] = []
    for m in t.num_re.finditer(text):
        r = _from_digits(text, m, excluded)
        if r is not None:
            raws.append(_signed(text, r))
    for m in t.word_start.finditer(text):
        r = _from_words(text, m, excluded)
        if r is not None:
            raws.append(r)
    raws += _vague(text, excluded) + _slash_fractions(text) + _unit_long(text, excluded)
    raws += _ordinal_units(text, excluded)
    raws += [r for r in _elapsed(text) if not _overlaps(calendar_spans(text), r.start, r.end)]
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    for r in kept:
        r.approx = r.approx or approx_before(text, r.start)
    for prev, r in itertools.pairwise(kept):
        if r.approx == "over" and _SPREAD.fullmatch(text[prev.end : r.start]):
            # "95 runs over 135 games", "$700 million over 10 years": what one figure is
            # spread across, not "more than" the other
            r.approx = None
        # "around 2,700 metres (8,858 feet)": a conversion in brackets is the same measure,
        # as hedged as the figure it converts
        converts = prev.dimension == r.dimension and _BRACKET_OPEN.match(text[prev.end : r.start])
        if converts and not r.approx:
            r.approx = prev.approx
    out = []
    for r in _join_compounds(text, _link_ranges(text, kept)):
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
