"""The terminal report: findings grouped by verdict, conflicts first, evidence under each."""

from __future__ import annotations

import re
import textwrap

from tabulate import tabulate

from checker.records import Finding, Report, State, Verdict
from checker.timeline import points_of, state_text, title, when_text

WIDTH = 60  # message/evidence column: the whole table fits a 120-column terminal

# What a terminal obeys instead of printing: C0 and C1 controls (ESC starts CSI and OSC
# sequences: title change, screen clear, hyperlinks), DEL, and the bidirectional overrides
# that make text display in another order than it reads. Newlines are the table's own.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """Text safe to print on a terminal: every control character becomes a space."""
    return _CONTROL.sub(" ", str(text))


def _state(f: Finding) -> str:
    if f.state is State.RESOLVED:
        return f"resolved: {clean(f.note)}" if f.note else "resolved"
    return f.state.value


def _confidence(f: Finding) -> str:
    return f"{f.confidence:.2f} {f.confidence_level}"


def _cell(f: Finding) -> str:
    lines = textwrap.wrap(clean(f.message), WIDTH)
    for c in f.claims:
        text = " ".join(clean(c.text).split())
        lines += textwrap.wrap(
            f"{clean(c.source)}: {text}", WIDTH, initial_indent="  ", subsequent_indent="    "
        )
    return "\n".join(lines)


def header(report: Report) -> str:
    s = report.summary()
    counts = ", ".join(f"{s[v.value]} {v.value}" for v in Verdict)
    lines = [
        f"{clean(report.story)}: {len(report.sources)} sources, {s['total']} findings ({counts})",
        "",
    ]
    rows = [
        (
            clean(src.source),
            clean(src.outlet),
            src.published.isoformat() if src.published else "unknown",
            clean(src.date_basis),
        )
        for src in report.sources
    ]
    lines.append(
        tabulate(
            rows, headers=("source", "outlet", "date used", "why that date"), tablefmt="simple"
        )
    )
    return "\n".join(lines)


def timelines(report: Report) -> list[str]:
    """A section per running figure: each outlet's figure in time order, and its state."""
    found = [f for f in report.findings if f.kind == "timeline" and points_of(f.details)]
    if not found:
        return []
    parts = [f"\nTIMELINES ({len(found)})"]
    for f in found:
        parts.append(f"{clean(title(f.details))}: {f.verdict.value}, finding {f.id}")
        rows = [
            (
                when_text(r),
                clean(r.source),
                clean(r.figure),
                "\n".join(textwrap.wrap(clean(state_text(r)), 44)),
                "\n".join(textwrap.wrap(clean(r.basis), 30)),
            )
            for r in points_of(f.details)
        ]
        headers = ("when", "outlet", "figure", "state", "time from")
        parts.append(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True))
    return parts


def families(report: Report) -> list[str]:
    """The outlets that run copies of one story: each family is one witness."""
    if not report.families:
        return []
    parts = [f"\nFAMILIES ({len(report.families)}): outlets running copies of one story"]
    for fam in report.families:
        parts.append(f"  {clean(fam.label)}")
        parts.extend(
            "\n".join(
                textwrap.wrap(clean(w), WIDTH, initial_indent="    ", subsequent_indent="      ")
            )
            for w in fam.why
        )
    return parts


def render(report: Report) -> str:
    parts = [header(report), *families(report), *timelines(report)]
    for verdict in Verdict:
        group = [f for f in report.findings if f.verdict is verdict]
        if not group:
            continue
        rows = [(f.id, clean(f.rule), _state(f), _confidence(f), _cell(f)) for f in group]
        parts.append(f"\n{verdict.value.upper()} ({len(group)})")
        parts.append(
            tabulate(
                rows,
                headers=("id", "rule", "state", "confidence", "message and evidence"),
                tablefmt="simple",
                disable_numparse=True,
            )
        )
    if report.stale:
        parts.append(f"\nSTALE ({len(report.stale)}): recorded but no longer found")
        parts.extend(f"  {clean(getattr(e, 'id', e))}" for e in report.stale)
    return "\n".join(parts) + "\n"
