"""date: the same event dated differently; a relative date that resolves to the absolute one
is `consistent`, and the message shows how it was resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from checker.events import event_matches, refers_only, same_event
from checker.extract.vocab import month_pattern, weekday_pattern
from checker.facts import same_unit
from checker.kinds._clock import clock_findings
from checker.kinds._dated import event_words, noun_dated, same_verb, verb_before
from checker.kinds._shared import Variants, subjects_differ
from checker.kinds.base import WORDED_ALIKE, Context, Rule, confidence_of, finding
from checker.pairing import long_before
from checker.records import Claim, DateMention, Finding, Verdict

FIELDS = ("a_source", "a_date", "b_source", "b_date", "resolution", "relation")
PARAMS = {
    "min_score": 45.0,
    "conflict_min_score": 55.0,
    "window": 40,
    "min_shared_words": 2,
    "tree_min_score": 25.0,
}
_CALENDAR = re.compile(rf"\d|\b(?:{month_pattern()})\b", re.I)
_DEICTIC = re.compile(
    r"\b(?:ago|last|next|this|yesterday|today|tomorrow|within|past|coming)\b", re.I
)


def deictic(d: DateMention) -> bool:
    """Resolved from the article's date ("last week", "on Tuesday"), not a calendar date
    whose year alone was taken from the article ("30 June")."""
    return d.relative and (not _CALENDAR.search(d.text) or bool(_DEICTIC.search(d.text)))


def _span(d: DateMention) -> str:
    if d.first == d.last:
        return d.first.isoformat()
    return f"{d.first.isoformat()}..{d.last.isoformat()}"


def _act_at(claim: Claim, d: DateMention) -> DateMention:
    """A start given in a "since" clause dates the verb before "since" ("stored ... ever since
    it was seized in 2014"): the mention as seen from there."""
    if not d.since:
        return d
    head = claim.text[: d.start - claim.start]
    at = head.lower().rfind("since")
    if at < 0:
        return d
    return replace(d, start=claim.start + at, end=claim.start + at + 5)


def _comparable(da: DateMention, db: DateMention) -> bool:
    """A span's start ("for six years") meets only another start ("since 2014") or span."""
    spans = (da.form == "duration", db.form == "duration")
    if any(spans):
        return all(spans) or (spans[0] and db.since) or (spans[1] and da.since)
    return True


def _absolute(d: DateMention) -> bool:
    return d.form == "calendar" and not d.since and not deictic(d)


_YEAR_NAMED = re.compile(r"\b(?:last|this|next)\s+year\b", re.I)


def _dated_in_full(d: DateMention) -> bool:
    """Written with its year ("2018", "June 2020", "April last year"), not a day or month whose
    year was taken from the article's date."""
    return (_absolute(d) and not d.relative) or bool(
        d.form == "calendar" and _YEAR_NAMED.search(d.text) and _CALENDAR.search(d.text)
    )


def _now(d: DateMention, on: date | None) -> bool:
    return on is not None and d.first <= on <= d.last


def _named_two_ways(da: DateMention, db: DateMention, on_a: date | None, on_b: date | None) -> bool:
    """The same interval in two forms ("Tuesday", "August 4"), before both articles' dates: an
    earlier day the outlets name differently. (The day of publication itself is in every
    dateline and "today", so it alone is no evidence that two claims speak of one event.)"""
    if (da.first, da.last) != (db.first, db.last) or da.form == db.form:
        return False
    return all(on is not None and da.last < on for on in (on_a, on_b))


_WEEKDAY = re.compile(rf"\b(?:{weekday_pattern()})\b", re.I)


def _same_reading(da: DateMention, db: DateMention) -> bool:
    """Written the same way and read the same: nothing a reader could take for a clash
    ("Wednesday morning" and "Wednesday, December 27" both say Wednesday)."""
    if (da.first, da.last) != (db.first, db.last):
        return False
    wa, wb = _WEEKDAY.search(da.text), _WEEKDAY.search(db.text)
    same_weekday = bool(wa and wb and wa.group().lower() == wb.group().lower())
    return da.form == db.form or same_weekday


def _weekday_only(d: DateMention) -> bool:
    """One day named by its weekday alone ("on Thursday", "late Monday"): the commonest way
    news dates its event, and the one two outlets most often disagree on."""
    return d.first == d.last and bool(_WEEKDAY.search(d.text)) and not _DEICTIC.search(d.text)


def _same_weekday(da: DateMention, db: DateMention) -> bool:
    """Both name one weekday, and at most one a calendar day too ("on Sunday", "late Sunday
    night", "Sunday, May 3"): the outlets agree on the day; only the articles' dates, which
    resolve a bare weekday, differ."""
    return (
        _weekday_of(da) != ""
        and _weekday_of(da) == _weekday_of(db)
        and not (_CALENDAR.search(da.text) and _CALENDAR.search(db.text))
    )


def _weekday_of(d: DateMention) -> str:
    found = _WEEKDAY.search(d.text)
    return found.group().lower() if found else ""


def _grain(d: DateMention) -> str:
    days = (d.last - d.first).days
    return "day" if days == 0 else "week" if days < 8 else "month" if days < 32 else "year"


def _tree_clash(p: _Pairing, da: DateMention, db: DateMention) -> bool:
    """Two dates of one act (the tree's reading) clash when they are given as finely as each
    other ("in 2019" against "on Friday" may date two steps of it) or both with their year
    ("in 2018" against "in June 2020"), are not both relative to the articles' own dates
    ("today" in two articles of two days), and are not written alike."""
    if "duration" in (da.form, db.form):
        return False
    if _grain(da) != _grain(db) and not (_dated_in_full(da) and _dated_in_full(db)):
        return False
    if deictic(da) and deictic(db) and not (_WEEKDAY.search(da.text) and _WEEKDAY.search(db.text)):
        return False  # "today" and "yesterday" in articles of two days: the days they name
    return da.text.casefold() != db.text.casefold()


def _other_ends(da: DateMention, db: DateMention) -> bool:
    """Two ranges written with both their ends, one of them told differently ("between 2001
    and 2013", "from 2004 to 2013"): they overlap, yet they cannot both be the span."""
    return da.bounded and db.bounded and (da.first, da.last) != (db.first, db.last)


# A superlative or a first before "since" in its clause: the date is a record's baseline
_RECORD = re.compile(r"\b(?:[a-z]+est|most|first|record)\b[^.;:]{0,60}\bsince\b[^.;:]{0,40}$", re.I)


_PERIODS = frozenset({"duration", "age"})


def _holders_apart(a: str | None, b: str | None) -> bool:
    """Two descriptions of one kind of thing narrowed two ways ("the consumer prices", "the
    overall energy prices"): two holders of a record."""
    if not (a and b):
        return False
    (*ma, ha), (*mb, hb) = (
        [w for w in x.lower().split() if w not in ("the", "a", "an")] or [""] for x in (a, b)
    )
    return ha == hb and bool(ma and mb) and not set(ma) & set(mb)


def _record_since(c: Claim, d: DateMention) -> bool:
    """The date is what a record is measured against ("the biggest increase since 1981")."""
    return d.since and bool(_RECORD.search(c.text, 0, max(0, d.start - c.start)))


def _figures_apart(a: Claim, b: Claim) -> bool:
    """Both claims give figures of one dimension and none of them agree: two records. Spans
    of time are left out: "for the 12 months ending June" is the period, not the record."""
    own = [[q for q in c.quantities if q.dimension not in _PERIODS] for c in (a, b)]
    dims = {q.dimension for q in own[0]} & {q.dimension for q in own[1]}
    return bool(dims) and not any(
        qa.dimension == qb.dimension
        and abs(qa.value - qb.value) <= 0.005 * max(abs(qa.value), abs(qb.value))
        for qa in own[0]
        for qb in own[1]
    )


def _both_nouns(da: DateMention, db: DateMention) -> bool:
    return bool(da.event and db.event and da.event.noun and db.event.noun)


@dataclass(frozen=True)
class _Pairing:
    """What is known of two claims before their dates are weighed one against another."""

    a: Claim
    b: Claim
    score: float
    on_a: date | None  # the articles' dates
    on_b: date | None
    others: bool  # two different named subjects
    first_day: date | None = None  # the story's earliest article


def _judge(p: _Pairing, da: DateMention, db: DateMention, rule: Rule) -> Verdict | None:
    """The verdict on two dates of paired claims, or None when there is nothing to tell."""
    if not (da.first and db.first and da.last and db.last):
        return None
    if not _comparable(da, db) or _same_reading(da, db):
        return None
    window = int(rule.param("window", 40))
    a, b = p.a, p.b
    ea, eb = _act_at(a, da), _act_at(b, db)
    overlap = da.first <= db.last and db.first <= da.last and not _other_ends(da, db)
    tree = same_event(da, db) if not (da.since or db.since) else None
    if tree is False and not overlap:
        return None  # the tree shows two acts: "opened on Monday", "adjourned on Friday"
    if not overlap and _same_weekday(da, db):
        return None  # "late Monday" in both: the outlets agree, their articles' days differ
    past = not overlap and long_before(da.last, p.first_day) != long_before(db.last, p.first_day)
    old, recent = (da, db) if long_before(da.last, p.first_day) else (db, da)
    if past and _dated_in_full(old) and not _dated_in_full(recent):
        # "announced Tuesday, Feb. 25, 2020" and "announced late Sunday": an outlet that
        # writes out a past year tells a past act, whatever the tree reads ("in April 2024"
        # against "in April", read as last year's, is one act given two years)
        return None
    if tree and not overlap and _tree_clash(p, da, db):
        return Verdict.CONFLICT  # one act dated by both outlets, active or passive
    shared = event_words(a, ea, window) & event_words(b, eb, window)
    # Agreeing on the very day, one shared word is enough to call it one event; a clash must
    # show more that the two dates belong to the same event.
    same_day = da.first == da.last == db.first == db.last
    spans = "duration" in (da.form, db.form)
    needed = 1 if same_day or spans else int(rule.param("min_shared_words", 2))
    if _named_two_ways(da, db, p.on_a, p.on_b):
        needed = 0  # one earlier day named two ways in claims alike enough to pair
    if len(shared) < needed:
        return None
    if spans:
        verb_a, verb_b = verb_before(a, ea), verb_before(b, eb)
        span_verb = verb_a if da.form == "duration" else verb_b
        if not (span_verb and (span_verb in shared or verb_a == verb_b)):
            return None  # "stored for six years" needs "stored" by the start date too
    if overlap:
        if _now(da, p.on_a) and _now(db, p.on_b) and "calendar" not in (da.form, db.form):
            return None  # "today", "Friday", "this year" on the day of publication
        if _absolute(da) and _absolute(db):
            return None  # "9 March" and "March 9th", "2019" and "July 2019": they agree
        return Verdict.CONSISTENT
    weekdays = _weekday_only(da) and _weekday_only(db)
    if deictic(da) and deictic(db) and not weekdays:
        return None  # two relative dates that disagree: too often two events
    if past:
        # "Katrina made landfall in 2005" and "Ida made landfall on Sunday": a past event
        # beside the story's, not one event dated twice
        return None
    if p.others or da.since != db.since:
        return None  # two subjects; or when a state began against when something happened
    if (
        _record_since(a, da)
        and _record_since(b, db)
        and (_figures_apart(a, b) or _holders_apart(a.actor, b.actor))
    ):
        # "all items rose 9.1%, the biggest increase since November 1981", "the food index
        # rose 10.4%, the largest increase since February 1981": two records, two baselines
        return None
    if not (noun_dated(a, da, b, eb, window) and noun_dated(b, db, a, ea, window)):
        return None  # "the Oct. 6 vote" and "a recount on Wednesday": two events
    if not same_verb(a, ea, b, eb):
        return None  # "grounded on Friday" and "diverted on May 14" are two events
    if p.score < rule.param("conflict_min_score", 55.0):
        return None  # a clash needs closer claims than an agreement does
    if _both_nouns(da, db) and p.score < WORDED_ALIKE:
        # "a November memo" and "the memo on Wednesday", "the 2011 election" and "the 2021
        # election": two of a kind as often as one misdated, unless one report tells both
        return None
    return Verdict.CONFLICT


def _date_pairs(ctx: Context, rule: Rule, variants: Variants) -> None:
    # Several dated events may share a claim's wording: every good match is checked, and the
    # words around each date decide whether two dates belong to the same event. The claim's
    # subject need not be the dated act's ("Google paused requests on Wednesday, when the law
    # took effect"), so subjects do not weigh in the pairing; they only rule out a clash.
    pairs = ctx.counterparts(
        "date",
        lambda c: any(d.first for d in c.dates),
        rule.param("min_score", 45.0),
        subjects=False,
        best_only=False,
    )
    for pair in pairs:
        a, b = pair.a, pair.b
        on_a, on_b = ctx.published(a.source), ctx.published(b.source)
        p = _Pairing(a, b, pair.score, on_a, on_b, subjects_differ(a, b), ctx.first_day())
        for da in a.dates:
            for db in b.dates:
                verdict = _judge(p, da, db, rule)
                if verdict is None:
                    continue
                if verdict is Verdict.CONFLICT and _snapshots(ctx, a, da, b, db):
                    continue
                if verdict is Verdict.CONFLICT and (_echoed(da, b.dates) or _echoed(db, a.dates)):
                    continue  # "by 2027 ... from next year" in both: each date has its match
                if verdict is Verdict.CONFLICT and _another_referent(ctx, (a, da), (b, db)):
                    continue
                matched = event_matches(da, db) + int(pair.score >= WORDED_ALIKE)
                if verdict is Verdict.CONFLICT and _loosely_tied(ctx, a, da, b, db, matched):
                    continue
                (x, dx), (y, dy) = sorted(
                    ((a, da), (b, db)), key=lambda t: (deictic(t[1]), t[0].source)
                )
                # one act dated on two days is one finding, however each outlet writes the
                # days ("Thursday", "20 May"; "Friday", "last Friday")
                act = (dx.event or dy.event).verb if (dx.event or dy.event) else ""
                variants.add(
                    (frozenset((_span(dx), _span(dy))), verdict, act),
                    [x, y],
                    (verdict, x, dx, y, dy, confidence_of(matched, 4)),
                )


def _loosely_tied(
    ctx: Context, a: Claim, da: DateMention, b: Claim, db: DateMention, matched: int
) -> bool:
    """Two days tied by one referent at most, in sentences that share hardly a word: two
    dated statements, as likely of two events as of one. Two clock times are left to the
    clock's own checks: a story's times are of its few events, and their sentences are short."""
    if "clock" in (da.form, db.form) or _a_slip(da, db):
        return False
    return matched <= 1 and ctx.worded_apart(a, b)


def _a_slip(da: DateMention, db: DateMention) -> bool:
    """Two whole years, or two days, one apart: the misreport of one date ("2018" / "2019"),
    as a count off by one is of one count (FactPair.a_slip)."""
    if not (da.first and da.last and db.first and db.last):
        return False
    years = all(
        d.first.year == d.last.year and (d.first.month, d.first.day, d.last.month, d.last.day) == (1, 1, 12, 31)
        for d in (da, db)
    )
    if years:
        return abs(da.first.year - db.first.year) == 1
    days = da.first == da.last and db.first == db.last
    return days and abs((da.first - db.first).days) == 1


def _another_referent(
    ctx: Context, one: tuple[Claim, DateMention], other: tuple[Claim, DateMention]
) -> bool:
    """One act names what it is done to ("founded the Kessel Trust in 1989"), the
    other only refers to a thing ("the company has been founded in 1973"), and the referring
    outlet never names the first thing: its noun refers to something else of its story."""
    for (_, dx), (y, dy) in ((one, other), (other, one)):
        if dx.event is None or dy.event is None or not dx.event.named:
            continue
        if not refers_only(dy.event):
            continue
        said = " ".join(c.text for c in ctx.claims_in(y.source)).lower()
        if not any(name in said for name in dx.event.named):
            return True
    return False


def _snapshots(ctx: Context, a: Claim, da: DateMention, b: Claim, db: DateMention) -> bool:
    """Each date is the time of a figure in its sentence, and the figures differ: two readings
    taken on two days ("5% on March 1", "2% on February 22"), not one event dated twice."""
    fa, fb = _figures_at(ctx, a, da), _figures_at(ctx, b, db)
    # only readings of one measure tell two snapshots ("after 12 hours of deliberation" and
    # "after a three-week trial" are not), and a span is no reading taken on a day
    alike = [
        (x, y)
        for x in fa
        for y in fb
        if same_unit(x.quantity, y.quantity) and x.quantity.dimension != "duration"
    ]
    if not alike:
        return False
    return not any(x.interval().overlaps(y.interval()) for x, y in alike)


def _figures_at(ctx: Context, claim: Claim, d: DateMention) -> list:
    out = []
    for f in ctx.facts.get(claim.id, ()):
        at = f.frame.time_span
        if at is not None and at[0] < d.end and d.start < at[1]:
            out.append(f)
    return out


def _echoed(d: DateMention, others: tuple[DateMention, ...]) -> bool:
    """The other claim gives this very date too: it is paired there, not with another date."""
    return any(o.first == d.first and o.last == d.last for o in others)


def _restated(
    ctx: Context, claims: list[Claim], dates: tuple[DateMention, DateMention]
) -> list[Claim]:
    """Other sentences in which an outlet of the finding gives the same day to the same act
    ("figures released on Monday ... data released on Monday"): the reader sees every place
    the outlet says it, not the one the pairing happened to take."""
    cited = {c.id for c in claims}
    out = []
    for claim in claims:
        for d in (d for d in claim.dates if any(d == x for x in dates)):
            if d.event is None or not d.event.verb:
                continue
            for other in ctx.claims_in(claim.source):
                if other.id in cited:
                    continue
                if any(
                    (o.first, o.last) == (d.first, d.last)
                    and o.event is not None
                    and o.event.verb == d.event.verb
                    for o in other.dates
                ):
                    cited.add(other.id)
                    out.append(other)
    return out


def _reading(d: DateMention) -> str:
    return f"'{d.text}' ({'began ' if d.form == 'duration' else ''}{_span(d)})"


def _relation(verdict: Verdict, dx: DateMention, dy: DateMention) -> str:
    if (dx.first, dx.last) == (dy.first, dy.last):
        how = "is the same day as" if dx.first == dx.last else "is the same period as"
    elif verdict is Verdict.CONFLICT and _other_ends(dx, dy):
        how = "has another end than" if dx.first == dy.first else "has another start than"
    elif dy.first <= dx.first and dx.last <= dy.last:
        how = "covers"
    elif dx.first <= dy.first and dy.last <= dx.last:
        how = "falls within"
    else:
        how = "overlaps" if verdict is Verdict.CONSISTENT else "does not overlap"
    return f"{_reading(dy)} {how} {_reading(dx)}"


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    _date_pairs(ctx, rule, variants)
    out = []
    for _, claims, payload in variants.items():
        verdict, x, dx, y, dy, confidence = payload
        if verdict is Verdict.CONFLICT:
            claims = sorted(
                claims + _restated(ctx, claims, (dx, dy)), key=lambda c: (c.source, c.start)
            )
        resolution = "; ".join(d.basis for d in (dx, dy) if d.relative and d.basis)
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {"dates": [_span(dx), _span(dy)], "resolution": resolution},
                a_source=ctx.sources_of([x]),
                a_date=dx.text,
                b_source=ctx.sources_of([y]),
                b_date=dy.text,
                resolution=resolution or "both dates are absolute",
                relation=_relation(verdict, dx, dy),
                confidence=confidence,
            )
        )
    out.extend(clock_findings(ctx, rule))
    return out
