"""Scanning a sentence: every pattern whose features the text has is tried, the longest
mention wins where two overlap, and each is resolved against the article date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from checker.extract.dates.absolute import PATTERNS as CALENDAR
from checker.extract.dates.clock import PATTERNS as CLOCK
from checker.extract.dates.clock import clock_words, named_times
from checker.extract.dates.patterns import Pattern, date_words
from checker.extract.dates.relative import PATTERNS as RELATIVE
from checker.lexicon import per_pack
from checker.records import DateMention

# Every pattern in the order it is tried: of two mentions of one length, the first pattern's.
PATTERNS = (*CALENDAR, *RELATIVE, *CLOCK)

# A leading preposition is matched (so "on Tuesday" competes as one mention) but left out of
# the mention's text; "last", "next", "between", "within" stay, as they carry meaning.
_DROP_PRE = frozenset(
    "in on since until till by during through throughout before after of for over".split()
)

_SINCE = re.compile(r"\bsince\b[^,;:.()]{0,80}$", re.IGNORECASE)
# "will close from 2025", "starting in March", "as of January": a state's start ("from June
# to November" is a span with both its ends, read as one bounded mention)
_FROM = re.compile(r"\b(?:from|starting(?:\s+(?:in|on|from))?|as\s+of)\s+$", re.IGNORECASE)


def _starts_a_state(text: str, start: int, end: int) -> bool:
    # the words right before the date only: a long sentence of dates costs no more per date
    return bool(_SINCE.search(text, 0, end) or _FROM.search(text, max(0, start - 24), start))


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    pattern: Pattern
    match: re.Match[str]


@per_pack
def _compiled() -> tuple[dict[str, re.Pattern[str]], tuple[tuple[Pattern, re.Pattern[str]], ...]]:
    """The cheap feature tests and every pattern, compiled for the word lists in force."""
    w = date_words()
    features = {
        "digit": re.compile(r"\d"),
        "span": re.compile(r"\b(?i:for)\b"),
        "month": re.compile(w.month),
        "weekday": re.compile(w.weekday),
        "clockword": re.compile("|".join(map(re.escape, named_times()))),
        "relative": re.compile(
            r"\b(?i:ago|last|this|next|past|previous|within|coming|recent|"
            r"today|yesterday|tomorrow|tonight|overnight|end|beginning|start|"
            r"middle)\b"
        ),
    }
    return features, tuple((p, re.compile(p.source(w), p.flags)) for p in PATTERNS)


def _core_start(m: re.Match[str]) -> int:
    """Where a mention's text starts: after a leading "in", "on", "over", ..."""
    pre = m.groupdict().get("pre")
    # a clock's hedge ("shortly after 6 p.m.") is read into its interval, and left out too
    clock_hedge = pre and pre.lower() in clock_words()[0]
    if not pre or (pre.lower() not in _DROP_PRE and not clock_hedge):
        return m.start()
    i = m.end("pre")
    while m.string[i].isspace():
        i += 1
    return i


@per_pack(maxsize=1024)
def _scan(text: str) -> tuple[_Hit, ...]:
    """All candidate mentions, longest first wins; overlapping shorter ones are dropped."""
    features, patterns = _compiled()
    present = {name for name, rx in features.items() if rx.search(text)}
    if not present:
        return ()
    hits = [
        _Hit(m.start(), m.end(), p, m)
        for p, regex in patterns
        if p.needs <= present
        for m in regex.finditer(text)
    ]
    # Rank by the length without a leading preposition: "June 30" beats "on June".
    hits.sort(key=lambda h: (-(h.end - _core_start(h.match)), h.start))
    chosen: list[_Hit] = []
    for h in hits:
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            # a pattern may still decline its match (e.g. "May" as a verb); test with no date
            if h.pattern.resolve(h.match, _PROBE, h.match.group()) is None:
                continue
            chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return tuple(chosen)


_PROBE = date(2000, 6, 15)  # only used to ask a pattern whether its match is a date at all


def calendar_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of calendar dates and years in `text`: never amounts ("30 June", "in 2019")."""
    return tuple((h.start, h.end) for h in _scan(text) if h.pattern.calendar)


def find_dates(
    text: str, offset: int = 0, published: date | None = None
) -> tuple[DateMention, ...]:
    """Every date in one sentence as an interval; spans are shifted by `offset`."""
    if isinstance(published, datetime):
        published = published.date()
    out: list[DateMention] = []
    for h in _scan(text):
        start = _core_start(h.match)
        surface = text[start : h.end]
        resolved = h.pattern.resolve(h.match, published, surface)
        if resolved is None:
            continue
        first, last, basis, relative = resolved[:4]
        clock = resolved[4] if len(resolved) > 4 else None
        out.append(
            DateMention(
                text=surface,
                start=start + offset,
                end=h.end + offset,
                first=first,
                last=last,
                relative=relative,
                basis=basis,
                form=h.pattern.form,
                # "since 2014", "ever since it was seized in 2014": when a state began
                since=h.pattern.form == "calendar"
                and not h.pattern.bounded
                and _starts_a_state(text, start, h.end),
                clock=clock[:2] if clock else None,
                zone=clock[2] if clock else "",
                background=h.pattern.background,
                bounded=h.pattern.bounded,
                yearless=published if relative and h.pattern.form == "calendar" else None,
            )
        )
    return tuple(out)
