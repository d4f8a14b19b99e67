"""CSV for editors: one row per finding and cited claim, safe to open in Excel or Sheets.

UTF-8 with a BOM (Excel reads accents right only then), RFC 4180 quoting with CRLF line ends,
and every text cell that a spreadsheet would take for a formula gets a `'` prefix. The
`state` and `resolution_note` columns are the ones an editor fills in for
`checker resolve --from-csv` (see checker/csv_import.py).
"""

from __future__ import annotations

from checker.records import Finding, Report, Source

COLUMNS = (
    "finding_id",
    "verdict",
    "rule",
    "severity",
    "message",
    "source",
    "outlet",
    "published",
    "claim_text",
    "start",
    "end",
    "url",
    "state",
    "resolution_note",
)
NUMERIC = frozenset({"start", "end"})

# What Excel, LibreOffice and Sheets read as the start of a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE_PREFIX = "'"


def neutralise(cell: str) -> str:
    """Prefix a text cell that a spreadsheet would evaluate, so it shows as typed."""
    return QUOTE_PREFIX + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise` on a cell read back from an exported CSV."""
    if cell.startswith(QUOTE_PREFIX) and cell[1:].startswith(FORMULA_TRIGGERS):
        return cell[1:]
    return cell


def rows(report: Report) -> list[dict[str, str | int]]:
    """The rows of the CSV, in report order, before any spreadsheet-safety escaping."""
    by_id: dict[str, Source] = {s.source: s for s in report.sources}
    out: list[dict[str, str | int]] = []
    for finding in sorted(report.findings, key=Finding.sort_key):
        claims = sorted(finding.claims, key=lambda c: (c.source, c.start, c.end, c.text))
        for claim in claims:
            src = by_id.get(claim.source)
            out.append(
                {
                    "finding_id": finding.id,
                    "verdict": finding.verdict.value,
                    "rule": finding.rule,
                    "severity": finding.severity,
                    "message": finding.message,
                    "source": claim.source,
                    "outlet": src.outlet if src else "",
                    "published": src.published.isoformat() if src and src.published else "",
                    "claim_text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "url": src.url if src else "",
                    "state": finding.state.value,
                    "resolution_note": finding.note,
                }
            )
    return out


def render(report: Report) -> str:
    # pandas costs ~0.5 s to import: load it only when a CSV is actually asked for.
    import csv

    import pandas as pd

    table = pd.DataFrame(rows(report), columns=list(COLUMNS))
    for column in COLUMNS:
        if column in NUMERIC:
            table[column] = table[column].astype("int64")
        else:
            table[column] = table[column].astype(object).map(lambda v: neutralise(str(v)))
    text = table.to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return "\ufeff" + text
