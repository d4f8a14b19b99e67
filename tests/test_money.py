"""Amounts in two currencies compared at the ECB reference rate of the article's day."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

import checker
from checker.extract.money import (
    Conversion,
    ConversionUnavailable,
    convert,
    money_equal,
    relative_difference,
)
from checker.extract.quantities import find_quantities
from checker.records import Verdict


def amount(sentence: str):
    (q,) = find_quantities(sentence)
    return q


def test_hong_kong_dollars_to_new_zealand_dollars_on_a_weekday() -> None:
    conv = convert(100_000, "HKD", "NZD", date(2020, 7, 8))
    assert 0.19 < conv.rate < 0.205
    assert 19_000 < conv.amount < 20_500
    assert conv.amount == pytest.approx(100_000 * conv.rate)
    assert conv.rate_date == date(2020, 7, 8)
    assert "ECB" in conv.source


def test_a_weekend_uses_the_last_rate_published_before_it() -> None:
    saturday = convert(1, "EUR", "USD", date(2020, 7, 11))
    friday = convert(1, "EUR", "USD", date(2020, 7, 10))
    assert saturday.rate_date == date(2020, 7, 10)
    assert saturday.rate == friday.rate


def test_an_easter_holiday_falls_back_past_the_long_weekend() -> None:
    assert convert(1, "EUR", "USD", date(2021, 4, 5)).rate_date == date(2021, 4, 1)


def test_an_unknown_currency_cannot_be_converted() -> None:
    with pytest.raises(ConversionUnavailable, match="XYZ"):
        convert(10, "XYZ", "EUR", date(2020, 7, 8))
    # callers that only know ValueError still catch it
    with pytest.raises(ValueError):
        convert(10, "EUR", "XYZ", date(2020, 7, 8))


def test_a_day_outside_the_rates_cannot_be_converted() -> None:
    with pytest.raises(ConversionUnavailable, match="1990-01-01"):
        convert(10, "EUR", "USD", date(1990, 1, 1))
    with pytest.raises(ConversionUnavailable):
        convert(10, "EUR", "USD", date(2100, 1, 1))


def test_a_currency_the_ecb_does_not_quote_cannot_be_converted() -> None:
    with pytest.raises(ConversionUnavailable, match="LKR"):
        convert(3e9, "LKR", "USD", date(2021, 3, 10))


def test_the_same_currency_needs_no_rate() -> None:
    conv = convert(250, "gbp", "GBP", date(2021, 3, 6))
    assert (conv.amount, conv.rate, conv.rate_date) == (250, 1.0, date(2021, 3, 6))


def test_a_court_fine_in_euros_and_its_report_in_pounds_agree() -> None:
    euro = amount("The Lyon court fined the haulier €40,000.")
    pound = amount("A French court fined the haulier £36,000.")
    equal, conv, diff = money_equal(euro, pound, date(2019, 6, 14))
    assert equal
    assert isinstance(conv, Conversion) and 35_000 < conv.amount < 36_500
    assert 0 < diff < 0.02


def test_a_different_amount_stays_different_after_conversion() -> None:
    euro = amount("The Lyon court fined the haulier €40,000.")
    pound = amount("A French court fined the haulier £30,000.")
    result = money_equal(euro, pound, date(2019, 6, 14))
    assert not result.equal
    assert result.difference > 0.1


def test_a_brazilian_budget_in_reais_and_in_dollars() -> None:
    reais = amount("Brasília cut the health budget by R$ 10 billion.")
    dollars = amount("Brazil cut its health budget by US$1.75 billion.")
    assert reais.currency == "BRL" and dollars.currency == "USD"
    assert money_equal(reais, dollars, date(2021, 3, 10), tolerance=0.03).equal


def test_only_money_can_be_compared_as_money() -> None:
    with pytest.raises(ValueError, match="not an amount of money"):
        money_equal(amount("Police arrested 40 people."), amount("It cost €40."), date(2020, 7, 8))


def test_relative_difference_is_symmetric_and_bounded() -> None:
    assert relative_difference(100, 98) == relative_difference(98, 100) == 0.02
    assert relative_difference(0, 0) == 0.0
    assert relative_difference(0, 5) == 1.0


def test_the_description_names_the_rate_and_its_day() -> None:
    conv = convert(100_000, "HKD", "NZD", date(2020, 7, 8))
    text = conv.describe(100_000, "HKD", "NZD")
    assert text.startswith("100,000.00 HKD = 19,")
    assert "2020-07-08" in text and "1 HKD = 0.19" in text


def test_the_rate_tables_are_not_loaded_at_import() -> None:
    code = (
        "import checker.extract.money as m, checker.extract.quantities, "
        "checker.extract.dates; print(m._converter.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_reference_story_reports_its_fine_in_two_currencies_as_consistent() -> None:
    report = checker.check("fixtures/hk-data-requests")
    currency = [f for f in report.findings if f.rule == "currency"]
    assert any(
        f.verdict is Verdict.CONSISTENT and {"hkfp", "1news"} <= set(f.sources) for f in currency
    ), [f.message for f in currency]
