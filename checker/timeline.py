"""TIMELINES: a running figure (a toll, an injured count, arrests) outlet by outlet, in time order.

A count that changes during a story is given by each outlet as it stood when the outlet wrote.
Set in time order, each outlet's figure is one of:

- `current`: no later figure differs from it;
- `superseded`: a later figure differs (a toll that has since risen), named with who gave it;
- `out of order`: a count that can only grow is lower than a figure given before it: a
  conflict, since one of the two is wrong (or the later outlet repeats an old figure);
- `contested`: another outlet gives a different figure for the same time, and nothing tells
  which came first (the number rule judges the pair);
- `earlier`: a figure the outlet itself gives as an earlier one ("113 earlier today").

This module holds the records and the ordering; what a figure's time is, read from its
article, is the timeline kind's work (checker/kinds/timeline.py). The records travel in a
finding's details as parallel lists (`point_*`), which the formats read back with `points_of`
to draw the table, the Markdown section and the HTML chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

CURRENT = "current"
SUPERSEDED = "superseded"
OUT_OF_ORDER = "out of order"
CONTESTED = "contested"
EARLIER = "earlier"
STATES = (CURRENT, SUPERSEDED, OUT_OF_ORDER, CONTESTED, EARLIER)


@dataclass(frozen=True)
class When:
    """The time a figure holds at: a day, maybe an hour, and how that was found."""

    day: date | None
    basis: str  # in words: "published 2020-08-07", "said on Thursday", "undated"
    clock: int | None = None  # minutes after midnight, when the text gives an "as of" hour
    zone: str = ""  # the clock's zone as written ("GMT", "local time", "")

    def key(self) -> tuple[int, int]:
        """Sort key: undated figures last (they are placed by the reader, not by the day)."""
        if self.day is None:
            return (10**9, 0)
        return (self.day.toordinal(), -1 if self.clock is None else self.clock)

    def before(self, other: When) -> bool:
        """Strictly earlier: an earlier day, or the same day at an earlier given hour."""
        if self.day is None or other.day is None:
            return False
        if self.day != other.day:
            return self.day < other.day
        if self.clock is None or other.clock is None or self.zone != other.zone:
            return False  # hours in two zones are left unordered (the clock rule converts)
        return self.clock < other.clock

    def label(self) -> str:
        if self.day is None:
            return "undated"
        hour = f" {self.clock // 60:02d}:{self.clock % 60:02d}" if self.clock is not None else ""
        return self.day.isoformat() + hour


@dataclass(frozen=True)
class Point:
    """One figure of one outlet in a series."""

    source: str
    figure: str  # as written, with its qualifier ("at least 137 people")
    low: float  # the interval the figure reads as (checker/extract/hedges.py)
    high: float
    when: When
    value: float = 0.0  # the number as written ("at least 137": 137)
    order: int = 0  # position in the article: the lede states the current figure
    state: str = CURRENT
    by: str = ""  # what decides a state other than current: "158 (tass, 2020-08-08)"
    # whose count it is, where the sentence credits one ("the prefect's office confirming a
    # death toll of 35"): a lower figure of another counter is no count gone backwards
    counter: str = ""

    def below(self, other: Point) -> bool:
        return self.high < other.low

    def differs(self, other: Point) -> bool:
        return self.high < other.low or other.high < self.low

    def cited(self) -> str:
        return f"{self.figure} ({self.source}, {self.when.label()})"


@dataclass(frozen=True)
class Timeline:
    measure: str  # the measure's class, as in rules/lexicon/measures.yaml ("death")
    growing: bool  # a count that can only grow (a toll), so a later lower figure is wrong
    points: tuple[Point, ...]  # in time order, each with its state

    @property
    def out_of_order(self) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.state == OUT_OF_ORDER)

    @property
    def latest(self) -> tuple[Point, ...]:
        """The figures no later one differs from (several when contested); when every figure
        is superseded, those of the last time."""
        heads = [p for p in self.points if p.state != EARLIER]
        current = [p for p in heads if p.state in (CURRENT, CONTESTED)]
        if current:
            return tuple(current)
        dated = [p for p in heads if p.when.day is not None]
        if not dated:
            return ()
        last = max(p.when.key() for p in dated)
        return tuple(p for p in dated if p.when.key() == last)


def order(points: Iterable[Point], growing: bool) -> list[Point]:
    """Time order; on one day a growing count's lower figure first, else article order."""
    return sorted(
        points,
        key=lambda p: (p.when.key(), p.low if growing else 0, p.source, p.order),
    )


def latest_of_outlet(points: Sequence[Point], growing: bool) -> Point:
    """The figure an outlet gives as the latest: the one of its last time; on one time, the
    highest of a count that only grows ("rose to 154 from 137"), else the first it states."""
    last = max(p.when.key() for p in points)
    tied = [p for p in points if p.when.key() == last]
    if growing:
        return max(tied, key=lambda p: (p.high, p.low, -p.order))
    return min(tied, key=lambda p: p.order)


def build(measure: str, growing: bool, points: Iterable[Point]) -> Timeline:
    """The series with each point's state (see the module's docstring)."""
    by_source: dict[str, list[Point]] = {}
    for p in points:
        by_source.setdefault(p.source, []).append(p)
    heads = {s: latest_of_outlet(ps, growing) for s, ps in by_source.items()}
    judged = [_state(p, list(heads.values()), growing) for p in heads.values()]
    earlier = [
        replace(p, state=EARLIER, by=heads[s].cited())
        for s, ps in by_source.items()
        for p in ps
        if p is not heads[s] and p.differs(heads[s])
    ]
    return Timeline(measure, growing, tuple(order(judged + earlier, growing)))


def _state(p: Point, heads: Sequence[Point], growing: bool) -> Point:
    others = [q for q in heads if q.source != p.source]
    if growing:
        higher_before = [
            q
            for q in others
            if q.when.before(p.when) and p.below(q) and not (p.counter and q.counter != p.counter)
        ]
        if higher_before:
            top = max(higher_before, key=lambda q: (q.low, q.when.key()))
            return replace(p, state=OUT_OF_ORDER, by=top.cited())
    if growing:
        # a higher figure is a later one, unless the days say it came first (then this one is
        # out of order, above); undated figures are placed by their value
        later = [
            q
            for q in others
            if p.below(q) and (p.when.before(q.when) or p.when.day is None or q.when.day is None)
        ]
    else:
        later = [q for q in others if p.when.before(q.when) and q.differs(p)]
    if later:
        # named by the newest figure: the highest of a growing count, else the last in time
        if growing:
            top = max(q.low for q in later)
            newest = [q for q in later if q.low == top]
        else:
            last = max(q.when.key() for q in later)
            newest = [q for q in later if q.when.key() == last]
        return replace(p, state=SUPERSEDED, by="; ".join(q.cited() for q in newest))
    same = [q for q in others if q.when.key() == p.when.key() and q.differs(p)]
    if same and p.when.day is not None:
        return replace(p, state=CONTESTED, by="; ".join(q.cited() for q in same))
    return p


# ---------------------------------------------------------------- in a finding's details

_FIELDS = ("source", "figure", "low", "high", "day", "clock", "basis", "state", "by", "value")


def details_of(t: Timeline) -> dict[str, object]:
    """The timeline as a finding's details: parallel lists, one entry per point."""
    pts = t.points
    out: dict[str, object] = {
        "measure": t.measure,
        "growing": t.growing,
        "point_source": [p.source for p in pts],
        "point_figure": [p.figure for p in pts],
        "point_low": [_num(p.low) for p in pts],
        "point_high": [_num(p.high) for p in pts],
        "point_day": [p.when.day.isoformat() if p.when.day else "" for p in pts],
        "point_clock": [
            "" if p.when.clock is None else f"{p.when.clock // 60:02d}:{p.when.clock % 60:02d}"
            for p in pts
        ],
        "point_basis": [p.when.basis for p in pts],
        "point_state": [p.state for p in pts],
        "point_by": [p.by for p in pts],
        "point_value": [_num(p.value) for p in pts],
    }
    latest = t.latest
    out["latest"] = "; ".join(p.cited() for p in latest)
    return out


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(x)


@dataclass(frozen=True)
class Row:
    """One point as the formats show it."""

    source: str
    figure: str
    low: float
    high: float
    day: str  # ISO date, "" when undated
    clock: str  # "18:00" or ""
    basis: str
    state: str
    by: str
    value: float


def points_of(details: Sequence[tuple[str, object]]) -> list[Row]:
    """The rows of a timeline finding's details (an empty list for any other finding)."""
    d = dict(details)
    lists = [d.get(f"point_{f}") for f in _FIELDS]
    if not all(isinstance(v, tuple) for v in lists):
        return []
    n = len(lists[0])  # type: ignore[arg-type]
    if any(len(v) != n for v in lists):  # type: ignore[arg-type]
        return []
    rows = []
    for i in range(n):
        values = [v[i] for v in lists]  # type: ignore[index]
        try:
            low, high, value = float(values[2]), float(values[3]), float(values[9])
        except ValueError:
            continue
        rows.append(Row(values[0], values[1], low, high, *values[4:9], value))
    return rows


def state_text(row: Row) -> str:
    """A point's state as a reader reads it: "superseded by 158 (tass, 2020-08-08)"."""
    if not row.by:
        return row.state
    word = {
        SUPERSEDED: "superseded by",
        OUT_OF_ORDER: "out of order: after",
        CONTESTED: "contested by",
        EARLIER: "earlier; the outlet's latest is",
    }.get(row.state, row.state)
    return f"{word} {row.by}"


def when_text(row: Row) -> str:
    if not row.day:
        return "undated"
    return f"{row.day} {row.clock}" if row.clock else row.day


def title(details: Sequence[tuple[str, object]]) -> str:
    """What a timeline follows, for section headings: "deaths (Valdera)"."""
    d = dict(details)
    measure = str(d.get("measure", ""))
    name = _MEASURE_NAMES.get(measure, measure)
    subject = d.get("subject")
    return f"{name} ({subject})" if subject else name


_MEASURE_NAMES = {
    "death": "deaths",
    "injury": "injured",
    "missing": "missing",
    "arrest": "arrests",
    "displaced": "displaced",
}
