"""The editors' sheet: one row per finding, shared by the CSV and the xlsx export.

Each row carries what an editor needs to decide without opening another file (the message
and every outlet's claim in one wrapped `evidence` cell) and four empty columns the editor
fills in: `assignee`, `decision`, `note`, `decided_by`. `checker resolve --from-csv` (or
`--from-xlsx`) reads `finding_id`, `decision`, `note` and `decided_by` back
(checker/csv_import.py); every other cell is for people and is ignored on import.
"""

from __future__ import annotations

from checker.records import ClaimRef, Finding, Report, Source

COLUMNS = (
    "finding_id",
    "verdict",
    "rule",
    "severity",
    "confidence",
    "state",
    "outlets",
    "sources",
    "message",
    "evidence",
    "resolution",
    "assignee",
    "decision",
    "note",
    "decided_by",
)
NUMERIC = frozenset({"outlets", "confidence"})  # typed, so a sheet sorts and filters on them
EDITABLE = ("assignee", "decision", "note", "decided_by")

Cell = str | int | float


def evidence_line(claim: ClaimRef, src: Source | None) -> str:
    """'BBC News (bbc, 2020-07-08): the claim, on one line'."""
    about = [claim.source]
    if src is not None and src.published:
        about.append(src.published.isoformat())
    outlet = src.outlet if src is not None and src.outlet else claim.source
    return f"{outlet} ({', '.join(about)}): {' '.join(claim.text.split())}"


def rows(report: Report) -> list[dict[str, Cell]]:
    """The sheet's rows in report order (conflicts first), before any escaping."""
    by_id: dict[str, Source] = {s.source: s for s in report.sources}
    out: list[dict[str, Cell]] = []
    for finding in sorted(report.findings, key=Finding.sort_key):
        claims = sorted(finding.claims, key=lambda c: (c.source, c.start, c.end, c.text))
        out.append(
            {
                "finding_id": finding.id,
                "verdict": finding.verdict.value,
                "rule": finding.rule,
                "severity": finding.severity,
                "confidence": finding.confidence,
                "state": finding.state.value,
                "outlets": len(finding.sources),
                "sources": ", ".join(finding.sources),
                "message": finding.message,
                "evidence": "\n".join(evidence_line(c, by_id.get(c.source)) for c in claims),
                "resolution": finding.note,
                "assignee": "",
                "decision": "",
                "note": "",
                "decided_by": "",
            }
        )
    return out
