"""Markdown: a summary table and a section per finding, for an issue or a CMS.

Every cell taken from articles, metadata or rule files goes through `_escape`, because a
tracker or CMS renders Markdown and the HTML inside it: `<script>`, `<img onerror>` or a `|`
in a source id must show as text, not become markup or break the table.
"""

from __future__ import annotations

import re

from tabulate import tabulate

from checker.formats.table import clean
from checker.records import Report, State, Verdict
from checker.timeline import points_of, state_text, title, when_text

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Markdown's inline syntax (emphasis, code, links, images, tables) and its own escape.
_MARKDOWN = re.compile(r"([\\`*_\[\]|#!~])")


def _escape(text: object) -> str:
    """One line of plain text that renders as itself in Markdown and in HTML."""
    flat = " ".join(clean(text).split())
    flat = "".join(_HTML.get(ch, ch) for ch in flat)
    return _MARKDOWN.sub(r"\\\1", flat)


def render(report: Report) -> str:
    s = report.summary()
    out = [f"# checker report: {_escape(report.story)}", ""]
    out.append(
        f"{len(report.sources)} sources, {s['total']} findings: "
        + ", ".join(f"{s[v.value]} {v.value}" for v in Verdict)
    )
    out.append("")
    out.append(
        tabulate(
            [
                (
                    _escape(src.source),
                    _escape(src.outlet),
                    src.published or "unknown",
                    _escape(src.date_basis),
                )
                for src in report.sources
            ],
            headers=("source", "outlet", "date used", "why that date"),
            tablefmt="github",
        )
    )
    out.append("")
    out.append(
        tabulate(
            [
                (
                    f"[`{f.id}`](#{f.id})",
                    f.verdict.value,
                    _escape(f.rule),
                    _escape(", ".join(f.sources)),
                    f.state.value,
                    f"{f.confidence:.2f} {f.confidence_level}",
                )
                for f in report.findings
            ],
            headers=("finding", "verdict", "rule", "sources", "state", "confidence"),
            tablefmt="github",
            disable_numparse=True,
        )
    )
    out += _families(report)
    out += _timelines(report)
    for f in report.findings:
        out += ["", f'<a id="{f.id}"></a>', f"## {f.verdict.value}: {_escape(f.rule)} `{f.id}`", ""]
        out.append(_escape(f.message))
        out.append("")
        out.append(f"*Confidence:* {f.confidence:.2f} ({f.confidence_level})")
        out.append("")
        for c in f.claims:
            out.append(f"> **{_escape(c.source)}** ({c.start}–{c.end}): {_escape(c.text)}")
            out.append(">")
        if out[-1] == ">":
            out.pop()
        if f.state is State.RESOLVED:
            out += ["", f"*Resolved:* {_escape(f.note)}"]
    return "\n".join(out) + "\n"


def _families(report: Report) -> list[str]:
    if not report.families:
        return []
    out = ["", "## Families of copies", ""]
    out.append("Outlets running copies of one story count as one witness.")
    out.append("")
    for fam in report.families:
        why = "; ".join(fam.why)
        out.append(f"- **{_escape(fam.label)}**: {_escape(why)}")
    return out


def _timelines(report: Report) -> list[str]:
    found = [f for f in report.findings if f.kind == "timeline" and points_of(f.details)]
    if not found:
        return []
    out = ["", "## Timelines"]
    for f in found:
        out += ["", f"### {_escape(title(f.details))}: {f.verdict.value} [`{f.id}`](#{f.id})", ""]
        out.append(
            tabulate(
                [
                    (
                        when_text(r),
                        _escape(r.source),
                        _escape(r.figure),
                        _escape(state_text(r)),
                        _escape(r.basis),
                    )
                    for r in points_of(f.details)
                ],
                headers=("when", "outlet", "figure", "state", "time from"),
                tablefmt="github",
                disable_numparse=True,
            )
        )
    return out
