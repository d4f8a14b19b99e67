"""Clock times ("6 p.m.", "14:00 GMT", "shortly after 6pm local time") as minutes of the day,
with the hedge before them read into an interval and the zone as written."""

from __future__ import annotations

import re
from datetime import date

from checker.extract.dates.patterns import SP, Pattern, Resolved, registry
from checker.extract.zones import known_abbreviations, place_zones
from checker.lexicon import lexicon, per_pack

PATTERNS: list[Pattern] = []
_pattern = registry(PATTERNS)


@per_pack
def clock_words() -> tuple[dict[str, tuple[int, int]], str, str]:
    data = lexicon("clock")
    hedges = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in data["hedges"].items()}
    local = "|".join(re.escape(w) for w in sorted(data["local"], key=len, reverse=True))
    utc = "|".join(re.escape(w) for w in data["utc"])
    return hedges, local, utc


@per_pack
def region_abbreviations() -> dict[str, str]:
    """"ET" -> "eastern": a region's zone by its short form (rules/lexicon/clock.yaml)."""
    found = lexicon("clock").get("region_abbreviations") or {}
    return {str(k): str(v) for k, v in found.items()}


def _clock_regex() -> str:
    hedges, local, utc = clock_words()
    hedge = "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True))
    # Any capitalised abbreviation is matched; the tz database is asked only when one is
    # found (reading its ~400 zones takes a tenth of a second).
    short = "|".join(map(re.escape, region_abbreviations()))
    zone = (
        rf"(?P<zone>(?i:{local})(?![\w])|(?P<named>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s[Tt]ime\b"
        rf"|(?P<short>{short})(?![\w])|(?:{utc}|[A-Z]{{3,5}})"
        r"(?:\s?(?P<off>[+−-]\s?\d{1,2}(?::?\d\d)?))?(?![\w]))"
    )
    # "6 p.m.", "6pm", "6.10 p.m.": the last dot belongs to "p.m." only when "p." has one
    twelve = (
        r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?"
        r"(?:(?P<ap>[apAP])\.\s?[mM]\.|(?P<ap2>[apAP])[mM]\b)"
    )
    # "1400 GMT", "14:00 GMT", "14:00": a 24-hour time needs a colon or a zone after it
    # "2:04:32" or "2:01.25" with seconds and no zone is a race time, not the time of day
    day = r"(?P<h2>[01]?\d|2[0-3])(?::(?P<mi2>[0-5]\d)(?P<sec>[:.][0-5]\d)?|(?P<mi3>[0-5]\d)(?=\s?(?:h(?:ou)?rs?\s)?[A-Z]))"
    return (
        rf"(?<![\w.:])(?:(?P<pre>(?i:{hedge})){SP})?(?:{twelve}|{day}(?:\s?h(?:ou)?rs?)?)"
        # the zone may be bracketed: "7 pm (GMT)"
        rf"(?:,?\s?(?P<paren>\()?(?:{zone})(?(paren)\)))?"
    )


@_pattern(_clock_regex(), needs=("digit",), form="clock")
def _clock(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    if m["h"]:
        h = int(m["h"]) % 12 + (12 if (m["ap"] or m["ap2"]).lower() == "p" else 0)
        minute = h * 60 + int(m["mi"] or 0)
    else:
        if (m["mi3"] or m["sec"]) and not m["zone"]:
            return None  # "1500" alone is an amount, "2:04:32" alone a time taken
        if m["sec"] and not _known_zone(re.split(r"\s?[+−-]", m["zone"].strip())[0]):
            return None  # "in less than 2:01:00, CNN reports": a time taken
        if not m["zone"] and not m["pre"] and not _CLOCK_BEFORE.search(m.string[: m.start()]):
            return None  # "I never thought I'd run 2:13": a time taken, told by no "at"
        minute = int(m["h2"]) * 60 + int(m["mi2"] or m["mi3"])
    hedges = clock_words()[0]
    lo, hi = hedges.get(re.sub(r"\s+", " ", (m["pre"] or "at").lower()), (0, 0))
    zone = (m["zone"] or "").strip()
    if zone.lower() in ("local", "local time"):
        zone = "local time"
    elif m["short"]:  # "11:40 a.m. ET": the region's zone, as "Eastern time" is read
        zone = f"{region_abbreviations()[m['short']].title()} time"
    elif m["named"]:
        # "9:10 p.m. Taiwan time", "8:12 a.m. Central time": read in _clock by the place
        zone = f"{m['named']} time" if _nameable(m["named"]) else ""
    elif zone and not _known_zone(re.split(r"\s?[+−-]", zone)[0]):
        if m["mi3"]:
            return None  # "1500 NATO troops": a count, not a time
        zone = ""  # "at 3pm BBC reported": no zone after all
    span = (minute + lo, minute + hi)
    written = f"{_hhmm(span[0])}" if lo == hi else f"{_hhmm(span[0])}-{_hhmm(span[1])}"
    said = f"{m['pre']} {s}" if m["pre"] else s
    return None, None, f"'{said}' → {written} {zone or '(no zone given)'}", False, (*span, zone)


@per_pack
def named_times() -> dict[str, int]:
    """ "midnight" -> 0, "noon" -> 720 (rules/lexicon/clock.yaml)."""
    return {str(k).lower(): int(v) for k, v in (lexicon("clock").get("named") or {}).items()}


def _named_regex() -> str:
    hedges = clock_words()[0]
    hedge = "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True))
    named = "|".join(map(re.escape, named_times()))
    # lower case: "Midnight Oil" and "Noon Street" are names
    return rf"(?<![\w.:-])(?:(?P<pre>(?i:{hedge})){SP})?(?P<named>{named})(?![\w-])"


@_pattern(_named_regex(), needs=("clockword",), form="clock")
def _named_time(m: re.Match[str], published: date | None, s: str) -> Resolved | None:
    """ "just after midnight", "at noon": a time of day told by its name."""
    lo, hi = clock_words()[0].get(re.sub(r"\s+", " ", (m["pre"] or "at").lower()), (0, 0))
    minute = named_times()[m["named"].lower()]
    if minute == 0 and hi <= 0 < hi - lo:
        minute = 24 * 60  # "just before midnight" closes the day
    span = (minute + lo, minute + hi)
    written = f"{_hhmm(span[0])}" if lo == hi else f"{_hhmm(span[0])}-{_hhmm(span[1])}"
    said = f"{m['pre']} {s}" if m["pre"] else s
    return None, None, f"'{said}' → {written} (no zone given)", False, (*span, "")


# Words a bare 24-hour time of day follows ("at 14:30", "from 09:00 to 17:00", "by 18:00");
# a time taken follows a verb or "in" ("won in 2:13", "ran 2:13").
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|to|between|and|since|before|after|around|about)\s*$", re.I
)


def _nameable(place: str) -> bool:
    """A place or region a zone may be named by ("Taiwan", "Central")."""
    return place.lower() in zone_regions() or place.lower() in place_zones()


@per_pack
def zone_regions() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (lexicon("clock").get("regions") or {}).items()}


def _known_zone(abbreviation: str) -> bool:
    return abbreviation in clock_words()[2].split("|") or abbreviation in known_abbreviations()


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
