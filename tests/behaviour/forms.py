"""How the cases write figures, dates and times, and how a careful reader hears a figure.

`Fig` is a figure as written (value, qualifier, precision, style); `Fig.interval` reads it the
way ../shared/gold/FORMAT.md says a news reader does, so that the generator can check each
case against that policy before a case is kept: a "must fire" pair must be disjoint, a
"must stay quiet" pair must overlap. This is the test's own reading, not the tool's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

# Symbols written before the amount; other currencies are written as a code before it.
SYMBOL = {"EUR": "€", "GBP": "£", "USD": "US$", "JPY": "¥", "AUD": "A$", "CAD": "C$"}
NAME = {"EUR": "euros", "GBP": "pounds", "USD": "US dollars", "CHF": "Swiss francs",
        "SEK": "Swedish kronor"}

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# Hedges as FORMAT.md reads them: (low, high, low open, high open) as multiples of the figure.
HEDGES: dict[str, tuple[float, float, bool, bool]] = {
    "more than": (1.0, 1.1, True, False),
    "over": (1.0, 1.1, True, False),
    "nearly": (0.9, 1.0, False, True),
    "almost": (0.9, 1.0, False, True),
    "about": (0.9, 1.1, False, False),
    "around": (0.9, 1.1, False, False),
    "some": (0.9, 1.1, False, False),
    "roughly": (0.9, 1.1, False, False),
    "at least": (1.0, 1.1, False, False),
    "as many as": (0.9, 1.0, False, False),
}


def words(n: int) -> str:
    """English number words, British style: 212 -> "two hundred and twelve"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {words(rest)}" if rest else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            high, rest = divmod(n, size)
            tail = ""
            if rest:
                tail = f" and {words(rest)}" if rest < 100 else f" {words(rest)}"
            return f"{words(high)} {name}{tail}"
    raise AssertionError(n)


def hundreds_words(n: int) -> str:
    """1,200 as "twelve hundred": how people say round figures between 1,100 and 9,900."""
    assert 1100 <= n <= 9900 and n % 100 == 0 and n % 1000, n
    return f"{words(n // 100)} hundred"


def grouped(n: float, decimals: int = 0) -> str:
    return f"{n:,.{decimals}f}"


@dataclass(frozen=True)
class Fig:
    """A figure as an outlet writes it."""

    value: float  # what is written, in units (2.4 million is 2_400_000)
    hedge: str = ""  # "more than", "about", ...
    scale: str = ""  # "", "million", "billion": written as "2.4 million"
    decimals: int = 0  # digits after the point as written ("2.40 million": 2)
    style: str = "digits"  # "digits" | "plain" (no separator) | "words" | "hundreds"
    kind: str = "count"  # "count" | "money" | "percent"
    currency: str = ""
    money_style: str = "symbol"  # "symbol" (€2.4 million) | "name" (2.4 million euros) | "code"
    percent_style: str = "%"  # "%" | " per cent" | " percent"

    def number(self) -> str:
        """The figure without its qualifier or currency: "2.4 million", "1,200", "seven"."""
        if self.scale:
            size = {"million": 1e6, "billion": 1e9}[self.scale]
            return f"{self.value / size:.{self.decimals}f} {self.scale}"
        n = round(self.value)
        if self.style == "words" and self.decimals == 0:
            return words(n)
        if self.style == "hundreds":
            return hundreds_words(n)
        if self.style == "plain":
            return f"{self.value:.{self.decimals}f}"
        return grouped(self.value, self.decimals)

    def text(self) -> str:
        body = self.number()
        if self.kind == "money":
            code = self.currency
            if self.money_style == "name" and code in NAME:
                body = f"{body} {NAME[code]}"
            elif self.money_style == "symbol" and code in SYMBOL:
                body = f"{SYMBOL[code]}{body}"
            else:
                body = f"{code} {body}"
        elif self.kind == "percent":
            body += self.percent_style
        return f"{self.hedge} {body}" if self.hedge else body

    def interval(self, wide: bool = False) -> tuple[float, float, bool, bool]:
        """(low, high, low open, high open) as FORMAT.md reads the figure.

        FORMAT.md leaves one reading open: a whole number of millions ("246 million") is its
        written precision or, as a round figure, 5% either way. `wide` takes the wider one, so
        a case that must fire is disjoint under both readings and one that must stay quiet
        overlaps under both.
        """
        x = self.value
        if self.hedge:
            lo, hi, lo_open, hi_open = HEDGES[self.hedge]
            return lo * x, hi * x, lo_open, hi_open
        if self.scale or self.decimals:
            # A decimal keeps its written precision: 18.2 billion is 18.15-18.25 billion.
            unit = {"million": 1e6, "billion": 1e9}.get(self.scale, 1.0) * 10.0**-self.decimals
            half = unit / 2
            # "2 million" is a round figure, 1.9-2.1 million; "246 million" is one under `wide`
            if self.scale and not self.decimals and (wide or round(x / unit) < 10):
                half = max(half, 0.05 * x)
            # half open, so that 18.2 and 18.3 billion, which only touch, do not overlap
            return x - half, x + half, False, True
        n = round(x)
        zeros = len(str(n)) - len(str(n).rstrip("0")) if n else 0
        if zeros >= 2:  # a round figure, read at 5% either way
            return 0.95 * x, 1.05 * x, False, False
        return x, x, False, False  # at most one trailing zero: exact


def overlap(a: Fig, b: Fig, factor: float = 1.0, wide: bool = False) -> bool:
    """Whether two figures can both be true (`factor` converts b into a's unit).

    Quiet cases ask with `wide=False` (they must agree however narrowly a figure is read),
    cases that must fire with `wide=True` (they must differ however widely it is read)."""
    alo, ahi, alo_open, ahi_open = a.interval(wide)
    blo, bhi, blo_open, bhi_open = b.interval(wide)
    blo, bhi = blo * factor, bhi * factor
    eps = 1e-9 * max(abs(ahi), abs(bhi), 1.0)  # ends that meet, give or take rounding
    if abs(ahi - blo) <= eps:
        return not (ahi_open or blo_open) and alo <= bhi
    if abs(bhi - alo) <= eps:
        return not (bhi_open or alo_open)
    return not (ahi < blo or bhi < alo)


def money(amount: float, currency: str, style: str = "symbol", hedge: str = "") -> Fig:
    """An amount written as outlets do: millions and billions with one or two decimals."""
    if amount >= 1e9:
        scale, size = "billion", 1e9
    elif amount >= 1e6:
        scale, size = "million", 1e6
    else:
        scale, size = "", 1.0
    if scale:
        decimals = 0 if abs(amount / size - round(amount / size)) < 1e-9 else 1
        if decimals and abs(amount / size * 10 - round(amount / size * 10)) > 1e-6:
            decimals = 2
        value = round(amount / size, decimals) * size
    else:
        decimals, value = 0, float(round(amount))
    return Fig(value, hedge, scale, decimals, kind="money", currency=currency, money_style=style)


def scaled_money(amount: float, currency: str, sig: int, style: str = "symbol",
                 hedge: str = "") -> Fig:
    """An amount of a million or more written with `sig` significant figures: "2.46 million"."""
    scale, size = ("billion", 1e9) if amount >= 1e9 else ("million", 1e6)
    mantissa = amount / size
    whole = len(str(int(mantissa)))
    decimals = max(sig - whole, 0)
    value = round(mantissa, decimals) if decimals else float(round(mantissa, sig - whole))
    return Fig(value * size, hedge, scale, decimals, kind="money", currency=currency,
               money_style=style)


def three_figures(x: float) -> float:
    """x rounded to three significant figures: how outlets write a converted amount."""
    if x == 0:
        return 0.0
    digits = len(str(int(abs(x)))) if abs(x) >= 1 else 1
    return round(x, 3 - digits)


def nice_amount(lo: float, hi: float, pick: float) -> float:
    """An amount in [lo, hi] as outlets write one: two significant figures (2.4 million)."""
    x = lo * (hi / lo) ** pick
    digits = len(str(int(x)))
    return float(round(x, 2 - digits))


@cache
def _converter():  # the library has no type hints
    from currency_converter import CurrencyConverter

    # The same ECB data the tool converts with; no fallback, so a missing rate is an error here.
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def convert(amount: float, src: str, dst: str, day: date) -> float:
    return float(_converter().convert(amount, src, dst, date=day))


# ------------------------------------------------------------------ dates and clock times


def weekday_before(day: date, back: int) -> tuple[str, date]:
    """("on Tuesday", the date) for the day `back` days before `day` (1..6)."""
    assert 1 <= back <= 6
    d = day - timedelta(days=back)
    return f"on {WEEKDAYS[d.weekday()]}", d


def written_date(d: date, style: int, year: bool = False) -> str:
    """A calendar date in one of the ways outlets write it, with "on"."""
    tail = f" {d.year}" if year else ""
    if style % 3 == 0:
        return f"on {d.day} {MONTHS[d.month - 1]}{tail}"
    if style % 3 == 1:
        return f"on {MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")
    return f"on {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}{tail}"


def clock(minutes: int, style: int) -> str:
    """A clock time written as outlets do: "6.40 a.m.", "6:40am", "18:40", "6.40pm"."""
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    half = "a.m." if h < 12 else "p.m."
    if style % 4 == 0:
        return f"{h12}.{m:02d} {half}"
    if style % 4 == 1:
        return f"{h12}:{m:02d}{half.replace('.', '')}"
    if style % 4 == 2:
        return f"{h:02d}:{m:02d}"
    return f"{h12}.{m:02d}{half.replace('.', '')}"


def duration(n: int, unit: str, use_words: bool) -> str:
    body = words(n) if use_words else str(n)
    return f"{body} {unit}{'' if n == 1 else 's'}"


# ------------------------------------------------------------------ units

# Metric unit, imperial unit, imperial per metric. Only pairs a reader converts without doubt
# (no gallons or tons: US and imperial differ).
UNITS: dict[str, tuple[str, str, float]] = {
    "length": ("kilometres", "miles", 1 / 1.609344),
    "area": ("hectares", "acres", 2.4710538),
    "height": ("metres", "feet", 3.2808399),
    "mass": ("kilograms", "pounds", 2.2046226),
}


def replace_fig(fig: Fig, **changes: object) -> Fig:
    return replace(fig, **changes)  # type: ignore[arg-type]
