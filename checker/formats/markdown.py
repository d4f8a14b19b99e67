"""Markdown: a summary table and a section per finding, for an issue or a CMS."""

from __future__ import annotations

from tabulate import tabulate

from checker.records import Report, State, Verdict


def _escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(report: Report) -> str:
    s = report.summary()
    out = [f"# checker report: {report.story}", ""]
    out.append(
        f"{len(report.sources)} sources, {s['total']} findings: "
        + ", ".join(f"{s[v.value]} {v.value}" for v in Verdict)
    )
    out.append("")
    out.append(
        tabulate(
            [
                (
                    src.source,
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
                    f.rule,
                    ", ".join(f.sources),
                    f.state.value,
                )
                for f in report.findings
            ],
            headers=("finding", "verdict", "rule", "sources", "state"),
            tablefmt="github",
        )
    )
    for f in report.findings:
        out += ["", f'<a id="{f.id}"></a>', f"## {f.verdict.value}: {f.rule} `{f.id}`", ""]
        out.append(_escape(f.message))
        out.append("")
        for c in f.claims:
            out.append(f"> **{c.source}** ({c.start}–{c.end}): {_escape(c.text)}")
            out.append(">")
        if out[-1] == ">":
            out.pop()
        if f.state is State.RESOLVED:
            out += ["", f"*Resolved:* {_escape(f.note)}"]
    return "\n".join(out) + "\n"
