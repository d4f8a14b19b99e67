"""Figures as intervals: what a careful reader hears in "more than 4,000" or "dozens".

Every quantity reads as an interval from its qualifier (rules/lexicon/hedges.yaml): "more
than X" is (X, 1.1X], "nearly X" [0.9X, X), "about X" [0.9X, 1.1X], "dozens" [24, 99]. An
exact figure stands for itself to the precision it is written in. Two figures for the same
thing agree when their intervals overlap and clash when they are disjoint; the message says
which intervals were compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from checker.lexicon import cue_pattern, lexicon, per_pack
from checker.records import Quantity


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    def scaled(self, factor: float) -> Interval:
        lo, hi = sorted((self.low * factor, self.high * factor))
        return Interval(lo, hi, self.low_open, self.high_open)

    def widened(self, share: float) -> Interval:
        """Both ends moved out by a share of the figure: a conversion's rounding."""
        pad = share * max(abs(self.low), abs(self.high))
        return Interval(self.low - pad, self.high + pad, self.low_open, self.high_open)

    def __str__(self) -> str:
        if self.low == self.high:
            return _num(self.low)
        digits = 0
        # a decimal's written precision ("3,016.75 carats" is [3,016.745, 3,016.755)) shows
        # as many decimals as tell its ends apart
        while _num(self.low, digits) == _num(self.high, digits) and digits < 6:
            digits += 1
        if digits:
            digits += 2  # the ends themselves, not a rounding of them
        return (
            f"{'(' if self.low_open else '['}{_num(self.low, digits)}, {_num(self.high, digits)}"
            f"{')' if self.high_open else ']'}"
        )


def _num(x: float, digits: int = 0) -> str:
    if digits:
        return f"{x:,.{digits}f}".rstrip("0").rstrip(".")
    if abs(x) >= 100 or x == int(x):
        return f"{x:,.0f}"
    return f"{x:,.4g}"


@dataclass(frozen=True)
class _Shape:
    low: float
    high: float
    low_open: bool
    high_open: bool


@per_pack
def _data() -> tuple[float, dict[str, _Shape], dict[str, tuple[float, float]], frozenset[str]]:
    raw = lexicon("hedges")
    shapes = {
        str(k): _Shape(
            float(v["low"]),
            float(v["high"]),
            v.get("open") == "low",
            v.get("open") == "high",
        )
        for k, v in raw["shapes"].items()
    }
    vague = {str(k): (float(v["low"]), float(v["high"])) for k, v in raw["vague"].items()}
    caps = frozenset(map(str, raw["caps"]["qualifiers"]))
    return float(raw["exact_slack"]), shapes, vague, caps


@per_pack
def _cap_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    caps = lexicon("hedges")["caps"]
    said = [str(v) for v in lexicon("speech")["verbs"] if v != "according"]
    # with the plain form ("to announce it would"), read off the third person ("announces")
    verbs = sorted({*said, *(v[:-1] for v in said if v.endswith("s"))}, key=len, reverse=True)
    # "announced it would fine them £20m": the future of reported speech, a plan, not a rule
    reported = re.compile(
        rf"(?<![\w'’])(?:{'|'.join(verbs)})(?:\s+(?!would\b)[\w'’-]+){{0,3}}\s+$", re.IGNORECASE
    )
    return (
        cue_pattern(tuple(map(str, caps["potential"]))),
        cue_pattern(tuple(map(str, caps["rules"]))),
        reported,
    )


def rule_cues(text: str) -> tuple[bool, bool]:
    """(whether the text says what may happen: "could face", "liable to", "has the right
    to"; whether it names a rule: "the law", "a ceiling"). Cues may be phrases, so a
    permission is read from "the right to" without "right" alone being one."""
    potential, rules, reported = _cap_patterns()
    may = any(
        m.group(0).lower() != "would" or not reported.search(text, 0, m.start())
        for m in potential.finditer(text)
    )
    return may, bool(rules.search(text))


def vague_words() -> dict[str, tuple[float, float]]:
    """Vague magnitudes ("dozens", "several thousand") and the counts they stand for."""
    return _data()[2]


def bounding(q: Quantity) -> bool:
    """The qualifier bounds the figure ("up to", "at least"): with a rule word near it the
    figure is a cap, not a count (see `facts`)."""
    return (q.approx or "") in _data()[3]


# A half after a whole number: "22 and a half years", "22-and-a-half", "12 1/2", "2½" (the
# quantity reader adds it to the number; a figure written so is exact to the half).
HALF_AFTER = re.compile(r"(?:[\s-]+and[\s-]+a[\s-]+half|\s+1/2|\s?½)(?![\w/])", re.IGNORECASE)
_HALF = re.compile(r"\d" + HALF_AFTER.pattern, re.IGNORECASE)
_PER_CENT = re.compile(r"%|\bper\s?cent", re.IGNORECASE)  # not "two in five"
_DIGIT_RUN = re.compile(r"\d[\d,.\u00a0\u202f\u2009]*")


def _precision(q: Quantity, round_share: float) -> float:
    """Half the width a figure as written stands for, in its value's scale (FORMAT.md): a
    decimal keeps its written precision ("18.2 billion" is 18.15-18.25 billion, "7.0" is
    6.95-7.05); a whole number with at most one trailing zero is exact ("190 people" is 190);
    with two or more ("10,000") it is a round figure, read at `round_share` of itself either
    side; with a scale word, to half its unit, never wider than a round figure."""
    half = _HALF.search(q.text)
    if half and not re.match(r"\s*(?:thousand|million|billion|trillion)\b", q.text[half.end() :]):
        return 0.0  # "22 and a half years", "12 1/2": a half is written as it is meant
    runs = _DIGIT_RUN.findall(q.text)
    if len(runs) > 1:
        # one measure in two units ("10 minutes and 20 seconds", in seconds): as exact as its
        # last part, which is written in the measure's unit
        part = runs[-1].rstrip(",.")
        last = Quantity(float(part.replace(",", "")), q.unit, part, 0, len(part))
        return _precision(last, round_share)
    digits = runs[0].rstrip(",.") if runs else ""
    written = re.sub(r"[,\u00a0\u202f\u2009]", "", digits)
    if written.count(".") > 1 or (
        re.fullmatch(r"\d{1,3}\.\d{3}", written) and q.value == float(written.replace(".", ""))
    ):
        written = written.replace(".", "")  # "5.000" read as five thousand: dots of thousands
    try:
        number = Decimal(written) if written else Decimal(repr(q.value))
    except ArithmeticError:
        return 0.0
    if number == 0:
        return 0.0
    scale = q.value / float(number) if float(number) else 1.0
    if "." in written:
        unit = 10.0 ** int(number.as_tuple().exponent)
        return unit * abs(scale) / 2
    zeros = len(str(int(number))) - len(str(int(number)).rstrip("0"))
    if zeros >= 2:
        return round_share * abs(q.value)  # "10,000", "2,700", "100 million"
    if abs(scale) > 1:
        # a scale word rounds to its unit: "18 billion" stands for 17.5-18.5 billion, "$98
        # million" for 97.5-98.5 million; never wider than a round figure ("2 million")
        return min(abs(scale) / 2, round_share * abs(q.value))
    return 0.0


def interval(q: Quantity, value: float | None = None) -> Interval:
    """The interval a reader hears for a figure; `value` replaces q.value (e.g. the figure in
    its dimension's base unit, or converted to another currency)."""
    exact_slack, shapes, vague, _ = _data()
    v = q.value if value is None else value
    factor = v / q.value if q.value else 1.0
    hedge = q.approx or ""
    if hedge in vague:
        lo, hi = vague[hedge]
        return Interval(lo * factor, hi * factor)
    shape = shapes.get(hedge)
    if shape is not None:
        lo, hi = sorted((shape.low * v, shape.high * v))
        return Interval(lo, hi, shape.low_open, shape.high_open)
    half = _precision(q, exact_slack) * abs(factor)
    if q.dimension == "duration" and abs(factor) >= 1 and q.value == int(q.value):
        # "two months", "six years": a span of days told in whole coarse units is rounded to
        # its unit ("less than two months" may be the same seven weeks); minutes are not
        # half-open, as for any rounded figure: "two months" and "three months" do not meet
        if half <= abs(factor) / 2:  # from the unit's edges, so that neighbours meet exactly
            # (rounded: the factor is a quotient, and its last bit differs from unit to unit)
            lo, hi = sorted(round((q.value + d) * factor, 6) for d in (-0.5, 0.5))
            return Interval(lo, hi, high_open=True)
        return Interval(v - half, v + half, high_open=True)
    if (
        q.dimension == "percent"
        and half == 0
        and _PER_CENT.search(q.text)
        and q.value == int(q.value)
    ):
        # a share is a measured ratio, not a count: "38%" is rounded to its last digit, as
        # "37.9%" would be written (FORMAT.md: a figure keeps its written precision)
        half = abs(factor) / 2
        return Interval(v - half, v + half, high_open=True)
    # A figure rounded to its last written digit stands for what rounds to it: 18.2 is
    # [18.15, 18.25), so 18.2 and 18.3 never meet; a round figure's 5% is closed
    written = 0 < half < exact_slack * abs(v)
    return Interval(v - half, v + half, high_open=written)


@per_pack
def _before_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = lexicon("numbers")
    words = sorted({str(w) for w in data["approx_before"]}, key=lambda w: (-len(w), w))
    symbols = {str(k): str(v) for k, v in data["approx_symbols"].items()}
    before = re.compile(
        rf"(?<![\w.])(?P<q>{'|'.join(re.escape(w) for w in words)})\s+$", re.IGNORECASE
    )
    marks = sorted(symbols, key=lambda w: (-len(w), w))
    symbol = re.compile(rf"(?P<q>{'|'.join(re.escape(w) for w in marks)})\s?$")
    return before, symbol, symbols


def approx_before(text: str, start: int) -> str | None:
    """The qualifier written right before text[start] ("about", "up to"), or None."""
    before_rx, symbol_rx, symbols = _before_patterns()
    before = text[max(0, start - 40) : start]
    m = before_rx.search(before)
    if m:
        return re.sub(r"\s+", " ", m.group("q").lower())
    m = symbol_rx.search(before)
    if m:
        return symbols[m.group("q")]
    return None
