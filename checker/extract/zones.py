"""Time zones from the tz database (Python's zoneinfo with the maintained `tzdata` package).

A clock time written "local time" needs the place it is local to. The tz database names its
zones after places ("Europe/Lisbon", "America/New_York") and lists, per country, the zones it
uses (zone.tab, with country names in iso3166.tab). So a place maps to a zone when it is a
zone's city, or a country whose zones all keep one offset on the day in question; nothing here
is a hand-made list of places.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from datetime import date, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "Zone",
    "abbreviation_offset",
    "city_in_country",
    "known_abbreviations",
    "named_offset",
    "place_zones",
    "story_zone",
    "utc_offset",
]


@functools.cache
def _tab(name: str) -> tuple[tuple[str, ...], ...]:
    text = (resources.files("tzdata") / "zoneinfo" / name).read_text(encoding="utf-8")
    return tuple(tuple(ln.split("\t")) for ln in text.splitlines() if ln and ln[0] != "#")


@functools.cache
def place_zones() -> dict[str, tuple[str, ...]]:
    """Place name (lower case) -> the zones it may mean: zone cities and countries."""
    out: dict[str, set[str]] = {}
    by_country: dict[str, set[str]] = {}
    for row in _tab("zone.tab"):
        code, zone = row[0], row[2]
        by_country.setdefault(code, set()).add(zone)
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, set()).add(zone)
    for code, name in (r[:2] for r in _tab("iso3166.tab")):
        # "Britain (UK)", "Korea (South)": the name before any bracket, and the bracket
        for part in re.split(r"\s*[()]\s*", name):
            if len(part) > 2 and code in by_country:
                out.setdefault(part.lower(), set()).update(by_country[code])
    return {k: tuple(sorted(v)) for k, v in out.items()}


@functools.cache
def _countries() -> dict[str, frozenset[str]]:
    """Country name (lower case, as iso3166.tab writes it) -> its zones."""
    by_country: dict[str, set[str]] = {}
    for row in _tab("zone.tab"):
        by_country.setdefault(row[0], set()).add(row[2])
    out: dict[str, frozenset[str]] = {}
    for code, name in (r[:2] for r in _tab("iso3166.tab")):
        for part in re.split(r"\s*[()]\s*", name):
            if len(part) > 2 and code in by_country:
                out[part.lower()] = frozenset(by_country[code])
    return out


def city_in_country(city: str, country: str) -> bool:
    """The city is one of the tz database's zone cities of that country ("Paris" in
    "France", "Lima" in "Peru"): a capital standing for its government, as news writes."""
    zones = _countries().get(country.lower())
    mine = place_zones().get(city.lower())
    return bool(zones and mine) and city.lower() not in _countries() and set(mine) <= zones


def utc_offset(zone: str, on: date) -> timedelta | None:
    """The zone's offset from UTC at noon on that day (daylight saving included)."""
    try:
        return datetime(on.year, on.month, on.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None


def named_offset(place: str, on: date, regions: dict[str, str]) -> timedelta | None:
    """The offset of a zone named by a place ("Taiwan time": a zone city or a country of one
    offset that day) or by a region the caller's word list maps to a zone ("Central time")."""
    key = place.lower()
    if key in regions:
        return utc_offset(regions[key], on)
    zones = place_zones().get(key)
    return _one_offset(zones, on) if zones else None


def _one_offset(zones: tuple[str, ...], on: date) -> timedelta | None:
    offsets = {utc_offset(z, on) for z in zones}
    return offsets.pop() if len(offsets) == 1 else None


@functools.cache
def _abbreviations(on: date) -> dict[str, timedelta | None]:
    """Abbreviation ("EDT", "BST", "CEST") -> offset on that day; None when zones disagree."""
    out: dict[str, timedelta | None] = {}
    for row in _tab("zone.tab"):
        try:
            moment = datetime(on.year, on.month, on.day, 12, tzinfo=ZoneInfo(row[2]))
        except (ZoneInfoNotFoundError, ValueError):
            continue
        name, offset = moment.tzname(), moment.utcoffset()
        if not name or not name.isalpha():
            continue  # "+03": a bare offset, no abbreviation
        out[name] = offset if out.get(name, offset) == offset else None
    return out


def abbreviation_offset(abbreviation: str, on: date, near: str | None = None) -> timedelta | None:
    """The offset an abbreviation stood for on that day, when the tz database is unanimous;
    else, when the zone of the place the story is about (`near`) went by that abbreviation that
    day, its offset ("CDT" is Cuba's or Chicago's: in a story from Texas, Chicago's)."""
    if abbreviation.upper() in ("GMT", "UTC", "Z"):
        return timedelta(0)
    found = _abbreviations(on).get(abbreviation.upper())
    if found is None and near is not None:
        try:
            moment = datetime(on.year, on.month, on.day, 12, tzinfo=ZoneInfo(near))
        except (ZoneInfoNotFoundError, ValueError):
            return None
        if moment.tzname() == abbreviation.upper():
            return moment.utcoffset()
    return found


class Zone:
    """The place a story's "local time" is read in, and why."""

    def __init__(self, name: str, place: str, mentions: int) -> None:
        self.name, self.place, self.mentions = name, place, mentions

    def offset(self, on: date) -> timedelta | None:
        return utc_offset(self.name, on)


@functools.cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted(place_zones(), key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    # Capitalised as a name is ("Lisbon", "New York"): "nice" or "victoria falls" in lower case
    # are no places.
    return re.compile(rf"(?<![\w-])(?i:{alternation})(?![\w-])")


def story_zone(texts: list[str], on: date) -> Zone | None:
    """The zone most named in an article's sentences, when one clearly leads.

    Each place counts for the one offset its zones keep on that day; a place whose zones
    disagree (a country over several zones) counts for none.
    """
    counts: Counter[str] = Counter()
    places: dict[str, str] = {}
    for text in texts:
        for m in _place_pattern().finditer(text):
            word = m.group()
            if not word[0].isupper():
                continue
            zones = place_zones()[word.lower()]
            if _one_offset(zones, on) is None:
                continue
            zone = zones[0]
            counts[zone] += 1
            places.setdefault(zone, word)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    close = len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]
    if close and _one_offset((ranked[0][0], ranked[1][0]), on) is None:
        return None  # two places with different clocks, neither clearly the story's
    zone, n = ranked[0]
    return Zone(zone, places[zone], n)


@functools.cache
def known_abbreviations() -> frozenset[str]:
    """Zone abbreviations the tz database uses in winter and summer ("EST", "EDT", "CEST")."""
    year = date.today().year
    return frozenset(
        name
        for on in (date(year, 1, 15), date(year, 7, 15))
        for name in _abbreviations(on)
        if len(name) >= 3
    )
