"""Which currency an ambiguous symbol stands for, from evidence only.

A bare "$" may be any of several dollars, "Rs" several rupees. The currency kind must not
try each and keep whichever makes two outlets' amounts agree: that manufactures consistency
("$1.3bn" read as Australian dollars to equal another fine). The evidence, strongest first:
- the outlet's own conversion in the same fact ("€1.2bn ($1.3bn)"): the candidate at which
  the two readings agree at the day's rate;
- the country the sentence names (read at extraction: the amount's currency is then no
  longer the symbol's default);
- the country of the outlet's web address ("example.com.au" writes "$" for its own dollar);
otherwise the symbol's default reading.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from checker.extract.quantities import symbol_currencies
from checker.facts import Fact
from checker.lexicon import lexicon, per_pack
from checker.records import Quantity, Source

OWN_CONVERSION_TOLERANCE = 0.1  # outlets round their conversions ("about $1.3bn")


@per_pack
def _domains() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (lexicon("currencies").get("domains") or {}).items()}


def _country_currency(source: Source | None) -> str | None:
    if source is None or not source.url:
        return None
    host = urlsplit(source.url if "//" in source.url else "//" + source.url).hostname or ""
    return _domains().get(host.rsplit(".", 1)[-1]) if "." in host else None


def _by_conversion(fact: Fact, q: Quantity, choices: tuple[str, ...], on: date | None) -> str:
    from checker.extract.money import ConversionUnavailable, convert

    if on is None:
        return ""
    best, best_diff = "", OWN_CONVERSION_TOLERANCE
    for other in fact.readings:
        if other is q or not other.currency or symbol_currencies(other):
            continue  # only an unambiguous reading is evidence
        for c in choices:
            try:
                value = other.value * convert(1.0, other.currency, c, on).rate
            except (ConversionUnavailable, OverflowError, ValueError):
                continue
            diff = abs(value - q.value) / max(abs(q.value), 1e-9)
            if diff <= best_diff:
                best, best_diff = c, diff
    return best


def currency_of(fact: Fact, q: Quantity, source: Source | None, on: date | None) -> tuple[str, str]:
    """(the currency the amount q of this fact is read in, why when not as extracted)."""
    assert q.currency is not None
    found = symbol_currencies(q)
    if found is None:
        return q.currency, ""
    default, choices = found
    own = _by_conversion(fact, q, choices, on)
    if own:
        return own, "" if own == q.currency else "the outlet's own conversion"
    if q.currency != default:
        return q.currency, ""  # the sentence names the country
    home = _country_currency(source)
    if home in choices and home != q.currency:
        return home, "the outlet's country"
    return q.currency, ""
