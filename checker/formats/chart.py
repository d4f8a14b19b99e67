"""The HTML report's timeline chart: an inline SVG, laid out here, drawn by the template.

Python computes every coordinate and hands the template numbers and plain strings (which
Jinja2 escapes); no script runs. The chart's box is 360 units wide, the width of a phone's
column, so at 400 px its text is the page's small print and on a desktop it scales up to a
capped width. Days run left to right, one column each (undated figures last); each figure is
a marker at its value with a bar over the interval its hedge gives ("at least 137" reaches up
to 151), shaped and coloured by its state; a line joins the highest figure of each day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from checker.timeline import CONTESTED, CURRENT, EARLIER, OUT_OF_ORDER, SUPERSEDED, Row

WIDTH, HEIGHT = 360, 230
LEFT, RIGHT, TOP, BOTTOM = 52, 14, 18, 40
STATE_CLASS = {
    CURRENT: "current",
    SUPERSEDED: "superseded",
    OUT_OF_ORDER: "out-of-order",
    CONTESTED: "contested",
    EARLIER: "earlier",
}
LEGEND = (
    ("current", "current: no later figure differs"),
    ("superseded", "superseded by a later figure"),
    ("out-of-order", "out of order: lower than an earlier figure"),
    ("contested", "contested: another figure the same day"),
    ("earlier", "an outlet's own earlier figure"),
)


@dataclass(frozen=True)
class Tick:
    at: float  # x or y in the box
    label: str


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    low: float  # y of the interval's ends (low is further down)
    high: float
    cls: str  # the state's CSS class
    label: str  # the figure as drawn beside the marker
    title: str  # what a pointer or a screen reader gets: "b92: 135, superseded by ..."
    diamond: bool  # out of order: a shape as well as a colour


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot: tuple[float, float, float, float]  # left, top, right, bottom of the plot area
    xticks: tuple[Tick, ...]
    yticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]
    line: str  # SVG points of the line through each day's highest figure
    summary: str  # one sentence for screen readers
    legend: tuple[tuple[str, str], ...]  # the states present: (class, text)
    slanted: bool  # day labels turned, when the columns are too narrow for them level


def _day_label(iso: str) -> str:
    if not iso:
        return "undated"
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b')}"


def _nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    """Round values covering lo..hi: a step of 1, 2 or 5 times a power of ten."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    value = first
    while value <= hi + step * 0.001:
        ticks.append(value)
        value += step
    if ticks[-1] < hi:
        ticks.append(ticks[-1] + step)
    return ticks


def _number(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 10 or x == int(x) else f"{x:,.2g}"


def chart(rows: list[Row]) -> Chart | None:
    """The chart of a timeline's rows; None when there is nothing to draw."""
    if not rows:
        return None
    columns = sorted({r.day for r in rows if r.day})
    if any(not r.day for r in rows):
        columns.append("")
    left, top, right, bottom = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM
    span = right - left
    step = span / len(columns)
    xs = {day: left + step * (i + 0.5) for i, day in enumerate(columns)}
    ticks = _nice_ticks(min(r.low for r in rows), max(r.high for r in rows))
    lo, hi = ticks[0], ticks[-1]

    def y(value: float) -> float:
        return bottom - (value - lo) / (hi - lo) * (bottom - top)

    marks = []
    seen: dict[tuple[str, float, float], int] = {}
    for r in sorted(rows, key=lambda r: (r.day or "~", r.low, r.source)):
        key = (r.day, r.low, r.high)
        if seen.get(key):
            continue  # the same figure the same day: one marker, counted in its label
        seen[key] = 1
        same = [q.source for q in rows if (q.day, q.low, q.high) == key]
        x = xs[r.day]
        value = r.value if r.low <= r.value <= r.high else (r.low + r.high) / 2
        title = f"{', '.join(same)}: {r.figure}, {r.state}"
        marks.append(
            Mark(
                x=round(x, 1),
                y=round(y(value), 1),
                low=round(y(r.low), 1),
                high=round(y(r.high), 1),
                cls=STATE_CLASS.get(r.state, "current"),
                label=_number(value) + (f" ×{len(same)}" if len(same) > 1 else ""),
                title=title,
                diamond=r.state == OUT_OF_ORDER,
            )
        )
    line = []
    for day in columns:
        if not day:
            continue
        top_rows = [r for r in rows if r.day == day and r.state != EARLIER]
        if top_rows:
            best = max(top_rows, key=lambda r: (r.value, r.high))
            value = best.value if best.low <= best.value <= best.high else best.low
            line.append(f"{xs[day]:.1f},{y(value):.1f}")
    states = {STATE_CLASS.get(r.state, "current") for r in rows}
    first, last = rows[0], rows[-1]
    summary = (
        f"{len(rows)} figures from {len({r.source for r in rows})} outlets, "
        f"{_day_label(first.day)} to {_day_label(last.day)}, "
        f"from {_number(min(r.low for r in rows))} to {_number(max(r.high for r in rows))}."
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        plot=(left, top, right, bottom),
        xticks=tuple(Tick(round(xs[d], 1), _day_label(d)) for d in columns),
        yticks=tuple(Tick(round(y(v), 1), _number(v)) for v in ticks),
        marks=tuple(marks),
        line=" ".join(line),
        summary=summary,
        legend=tuple((cls, text) for cls, text in LEGEND if cls in states),
        slanted=step < 44,
    )
