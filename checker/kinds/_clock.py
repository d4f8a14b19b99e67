"""Clock times of one event across outlets, normalised to UTC.

A time with a zone ("1400 GMT", "09:30 EDT") is read with the tz database's offset for that
abbreviation on the article's date. A time without one, or "local time", is local to the
story's place. Its offset comes, first, from the article itself when it converts a local time
("5 p.m. (1400 GMT)"); otherwise from the place the article names most, looked up in the tz
database (checker/extract/zones.py); otherwise it stays unread and nothing is said. Two local
times need no date: undated articles' are compared as written.

A span of the day ("from 9am to 5.30pm") is compared end for end; spans that share an end
are one span whatever their verbs; a lone time meets a span as the whole span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from checker.events import event_matches, idiom_apart, same_event
from checker.extract.dates.clock import zone_regions
from checker.extract.zones import abbreviation_offset, named_offset, story_zone
from checker.kinds._dated import event_words, same_verb
from checker.kinds._shared import Variants, subjects_differ
from checker.kinds.base import WORDED_ALIKE, Context, Rule, confidence_of, finding
from checker.lexicon import lexicon, per_pack
from checker.records import Claim, DateMention, Finding, Verdict

_DAY = 24 * 60


def _local(d: DateMention) -> bool:
    return d.zone in ("", "local time")


def _fixed_offset(d: DateMention, on: date, near: str | None = None) -> timedelta | None:
    """The offset a written zone stands for: "GMT" 0, "GMT+3" 3 h, "EDT" -4 h on that day; an
    abbreviation several zones use, the one of the story's place (`near`, a tz zone)."""
    if _local(d):
        return None
    if d.zone.endswith(" time"):  # "Taiwan time", "Central time"
        return named_offset(d.zone[: -len(" time")], on, zone_regions())
    zone = d.zone.replace("−", "-")
    head, sign, rest = zone.partition("+") if "+" in zone else zone.partition("-")
    base = abbreviation_offset(head.strip(), on, near)
    if base is None:
        return None
    if not sign:
        return base
    digits = rest.replace(":", "").strip()
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    extra = timedelta(hours=hours, minutes=minutes)
    return base + (extra if sign == "+" else -extra)


def _stated_offset(claims: Iterable[Claim], on: date) -> tuple[timedelta, str] | None:
    """An article's own conversion: a local time with a zoned one beside it ("6 p.m. (1500
    GMT)") gives the local offset."""
    for c in claims:
        clocks = [d for d in c.dates if d.clock]
        for local, zoned in pairwise(clocks):
            gap = c.text[local.end - c.start : zoned.start - c.start]
            offset = _fixed_offset(zoned, on)
            if _local(local) and offset is not None and gap.strip() in ("(", "/", "or", "-", "–"):
                diff = (local.clock[0] - zoned.clock[0]) % _DAY
                diff = diff - _DAY if diff > _DAY // 2 else diff
                return (
                    timedelta(minutes=diff) + offset,
                    f"the article gives '{local.text}' as '{zoned.text}'",
                )
    return None


class _Offsets:
    """Per outlet: the offset its local times are read with, and why (None: unknown)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.held: dict[str, tuple[timedelta, str] | None] = {}
        self.zones: dict[tuple[str, date], list[str]] = {}

    def local(self, source: str, on: date) -> tuple[timedelta, str] | None:
        if source not in self.held:
            claims = self.ctx.claims_in(source)
            found = _stated_offset(claims, on)
            if found is None:
                found = self._named(claims, on, "the article")
            if found is None:
                # The article names several places (where the flight left from, where it
                # crashed): the outlets report one event, so the place they all name most.
                found = self._named(self.ctx.every, on, "the story's articles")
            self.held[source] = found
        return self.held[source]

    def places(self, source: str, on: date) -> list[str]:
        """The tz zones the story is in: the place the article names most, the story's, and
        the regions its times are written in ("8:33 am Central Time")."""
        if (source, on) not in self.zones:
            self.zones[(source, on)] = self._places(source, on)
        return self.zones[(source, on)]

    def _places(self, source: str, on: date) -> list[str]:
        out = []
        for claims in (self.ctx.claims_in(source), self.ctx.every):
            zone = story_zone([c.text for c in claims], on)
            if zone is not None:
                out.append(zone.name)
        regions = zone_regions()
        for c in self.ctx.every:
            for d in c.dates:
                region = d.zone.removesuffix(" time").lower() if d.clock else ""
                if region in regions and regions[region] not in out:
                    out.append(regions[region])
        return out

    @staticmethod
    def _named(claims: Iterable[Claim], on: date, who: str) -> tuple[timedelta, str] | None:
        zone = story_zone([c.text for c in claims], on)
        offset = zone.offset(on) if zone else None
        if zone is None or offset is None:
            return None
        return (
            offset,
            f"local time in {zone.name} (UTC{_hours(offset)} on {on.isoformat()}), "
            f"the place {who} name{'s' if who == 'the article' else ''} most "
            f"('{zone.place}', {zone.mentions}×)",
        )


def _hours(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _utc(claim: Claim, d: DateMention, offsets: _Offsets, on: date) -> tuple[int, int, str] | None:
    """The mention's minutes in UTC, first..last, and how they were read."""
    offset = _fixed_offset(d, on)
    why = f"'{d.zone}' is UTC{_hours(offset)} on {on.isoformat()}" if offset is not None else ""
    for near in offsets.places(claim.source, on) if offset is None and not _local(d) else ():
        offset = _fixed_offset(d, on, near)
        if offset is not None:
            why = f"'{d.zone}' is UTC{_hours(offset)} on {on.isoformat()} in {near}, the story's zone"
            break
    if offset is None and _local(d):
        found = offsets.local(claim.source, on)
        if found is None:
            return None
        offset, why = found
    if offset is None:
        return None
    shift = int(offset.total_seconds() // 60)
    first, last = d.clock[0] - shift, d.clock[1] - shift
    summer = _summer_of(d.zone, on)
    if summer is not None:
        # "9:10 a.m. EST" in July: the standard name is often written for the local clock, on
        # summer time that day; either reading may be meant
        first -= int((summer - offset).total_seconds() // 60)
        why += f"; on summer time that day ('{d.zone[:-2]}DT', UTC{_hours(summer)}), as often meant"
    return first, last, why


def _summer_of(zone: str, on: date) -> timedelta | None:
    """For a standard-time abbreviation ("EST", "CST"), the offset of its summer name that
    day ("EDT"), when the summer name is in use then; else None."""
    if len(zone) < 3 or not zone.isupper() or not zone.endswith("ST"):
        return None
    standard, summer = abbreviation_offset(zone, on), abbreviation_offset(zone[:-2] + "DT", on)
    return summer if standard is not None and summer is not None and summer != standard else None


def _as_local(d: DateMention) -> tuple[int, int, str]:
    return d.clock[0], d.clock[1], "local time, as both outlets give it"


@per_pack
def _rounding() -> tuple[tuple[int, int], ...]:
    table = lexicon("clock").get("rounding", {})
    return tuple(sorted(((int(k), int(v)) for k, v in table.items()), reverse=True))


def _rounded(d: DateMention, u: tuple[int, int, str]) -> tuple[int, int]:
    """The minutes an unhedged round time may stand for: "7:40 pm" may be 7:41 rounded."""
    if d.clock[0] != d.clock[1]:
        return u[0], u[1]  # a hedge ("around 7:45") already gives its interval
    past = d.clock[0] % 60
    slack = next((slack for step, slack in _rounding() if past % step == 0), 0)
    return u[0] - slack, u[1] + slack


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # on a 24-hour dial: 23:50 UTC and 00:10 UTC are twenty minutes apart
    return any(a[0] <= b[1] + k and b[0] + k <= a[1] for k in (-_DAY, 0, _DAY))


def clock_findings(ctx: Context, rule: Rule) -> list[Finding]:
    offsets = _Offsets(ctx)
    variants = Variants()
    # Sentences worded apart ("The soft landing occurred at 18:03 IST" / "At 18:04 local
    # time ... made a precise landing") are paired when the tree shows one act.
    worded = float(rule.param("min_score", 45.0))
    pairs = ctx.counterparts(
        "clock",
        lambda c: any(d.clock for d in c.dates),
        min(worded, float(rule.param("tree_min_score", 25.0))),
        best_only=False,
    )
    for pair in pairs:
        a, b = pair.a, pair.b
        ends_a, ends_b = _span_ends(a), _span_ends(b)
        if pair.score < worded and not any(
            same_event(da, db) or _one_span(ends_a, da, ends_b, db)
            for da in a.dates
            if da.clock
            for db in b.dates
            if db.clock
        ):
            continue
        if subjects_differ(a, b):
            continue
        on_a, on_b = ctx.published(a.source), ctx.published(b.source)
        on = on_a or on_b  # None: neither is dated, and only local times can be read
        for ma in (d for d in a.dates if d.clock):
            for mb in (d for d in b.dates if d.clock):
                if ma.clock == mb.clock and _local(ma) == _local(mb) and ma.zone in (mb.zone, ""):
                    continue  # the same time written the same way
                end_a, end_b = ends_a.get(ma.start), ends_b.get(mb.start)
                if end_a and end_b and end_a[0] != end_b[0]:
                    continue  # a span's opening is set against an opening, its close a close
                one_span = _one_span(ends_a, ma, ends_b, mb)
                # a time against a span ("around 1.30 am", "between 2 am and 3 am"): against
                # the whole span
                da = _whole(a, ma, end_a) if end_a and not end_b else ma
                db = _whole(b, mb, end_b) if end_b and not end_a else mb
                if da is None or db is None:
                    continue
                ua = ub = None
                if on is not None:
                    ua, ub = _utc(a, da, offsets, on_a or on), _utc(b, db, offsets, on_b or on)
                if ua is None and ub is None and _local(da) and _local(db):
                    # Two local times of one event, neither placed: of one place, compared as written
                    ua, ub = _as_local(da), _as_local(db)
                if ua is None or ub is None:
                    continue
                agree = _overlap(_rounded(da, ua), _rounded(db, ub))
                rounding = agree and not _overlap(ua[:2], ub[:2])
                tree = same_event(da, db)
                if tree is False and not agree and not one_span:
                    continue  # the tree shows two acts
                # one act in other words ("derailed" / "came off the rails") in sentences
                # alike enough to be one report
                idiom = tree is None and idiom_apart(da, db) and pair.score >= WORDED_ALIKE
                if not (tree or idiom or one_span) and not _worded_alike(
                    a, da, b, db, agree, pair.score, rule
                ):
                    continue
                verdict = Verdict.CONSISTENT if agree else Verdict.CONFLICT
                (x, dx, ux), (y, dy, uy) = sorted(
                    ((a, da, ua), (b, db, ub)), key=lambda t: (_local(t[1]), t[0].source)
                )
                matched = event_matches(da, db) + int(pair.score >= WORDED_ALIKE)
                # one clash however each outlet writes its time ("5:26 p.m.", "5:26 pm"):
                # one finding citing every outlet
                variants.add(
                    (frozenset({(dx.clock, dx.zone), (dy.clock, dy.zone)}), verdict),
                    [x, y],
                    (verdict, x, dx, ux, y, dy, uy, rounding, confidence_of(matched, 4)),
                )
    out = []
    for _, claims, payload in variants.items():
        verdict, x, dx, ux, y, dy, uy, rounding, confidence = payload
        read = [_read(d, u) for d, u in ((dx, ux), (dy, uy))]
        how = "the same time" if verdict is Verdict.CONSISTENT else "different times"
        if rounding:
            how += ", one of them rounded to a round minute"
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {"times_utc": [_range(ux), _range(uy)], "resolution": "; ".join(read)},
                a_source=ctx.sources_of([x]),
                a_date=dx.text,
                b_source=ctx.sources_of([y]),
                b_date=dy.text,
                resolution="; ".join(read),
                relation=f"{'; '.join(read)}: {how}",
                confidence=confidence,
            )
        )
    return out


# "from 9am to 5.30pm", "between 9am and 5pm", "09:00-17:00": two times that open and
# close one span (general English)
_SPAN_OPEN = re.compile(r"\bbetween\s+$", re.I)
_SPAN_JOIN = re.compile(r"\s*(?:to|and|until|till|through|-|–|—)\s*", re.I)


Ends = dict[int, tuple[str, DateMention]]  # where a time starts -> its end, the other end


def _span_ends(claim: Claim) -> Ends:
    """The clock times of a claim that open or close a span, by where they start: "opening"
    or "closing", and the span's other end. A time of no span is absent."""
    clocks = [d for d in claim.dates if d.clock]
    out: Ends = {}
    for first, second in pairwise(clocks):
        gap = claim.text[first.end - claim.start : second.start - claim.start]
        before = claim.text[max(0, first.start - claim.start - 12) : first.start - claim.start]
        # "9am to 5pm" is a span as written; "2 am and 3 am" only after "between"
        joined = _SPAN_JOIN.fullmatch(gap)
        if joined and (gap.strip().lower() != "and" or _SPAN_OPEN.search(before)):
            out[first.start], out[second.start] = ("opening", second), ("closing", first)
    return out


def _whole(claim: Claim, d: DateMention, end: tuple[str, DateMention] | None) -> DateMention | None:
    """The span a time opens or closes, as one mention from its opening to its close; None
    for a span across midnight, which no interval of one day holds."""
    if end is None:
        return d
    opening, closing = (d, end[1]) if end[0] == "opening" else (end[1], d)
    if closing.clock[1] < opening.clock[0]:
        return None
    return replace(
        d,
        start=opening.start,
        end=closing.end,
        text=claim.text[opening.start - claim.start : closing.end - claim.start],
        clock=(opening.clock[0], closing.clock[1]),
        zone=closing.zone or opening.zone,
    )


def _one_span(ends_a: Ends, da: DateMention, ends_b: Ends, db: DateMention) -> bool:
    """Two spans of the day that share one end ("from 9am to 5.30pm", "between 9am and
    4pm"): one span, whatever verb each outlet hangs it on, and its other ends are compared."""
    end_a, end_b = ends_a.get(da.start), ends_b.get(db.start)
    if not (end_a and end_b) or end_a[0] != end_b[0]:
        return False
    other_a, other_b = end_a[1], end_b[1]
    return (other_a.clock, _local(other_a)) == (other_b.clock, _local(other_b)) and (
        other_a.zone in (other_b.zone, "") or other_b.zone == ""
    )


def _read(d: DateMention, u: tuple[int, int, str]) -> str:
    if u[2].startswith("local time, as"):
        return f"'{d.text}' is {_range(u)} local time"
    return f"'{d.text}' is {_range(u)} UTC ({u[2]})"


def _worded_alike(
    a: Claim, da: DateMention, b: Claim, db: DateMention, agree: bool, score: float, rule: Rule
) -> bool:
    """Without the tree's reading, the words around the times must show one act."""
    window = int(rule.param("window", 40))
    shared = event_words(a, da, window) & event_words(b, db, window)
    if len(shared) < (1 if agree else int(rule.param("min_shared_words", 2))):
        return False
    return agree or (
        same_verb(a, da, b, db) and score >= rule.param("conflict_min_score", 55.0)
    )


def _range(u: tuple[int, int, str]) -> str:
    return _hhmm(u[0]) if u[0] == u[1] else f"{_hhmm(u[0])}-{_hhmm(u[1])}"
