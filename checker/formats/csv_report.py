"""CSV for editors: the sheet of checker/formats/sheet.py, safe to open in Excel or Sheets.

UTF-8 with a BOM (Excel reads accents right only then), RFC 4180 quoting with CRLF line ends,
and every text cell that a spreadsheet would take for a formula gets a `'` prefix (OWASP's
advice for CSV injection), which `unneutralise` removes again on import.
"""

from __future__ import annotations

import csv
import io

from checker.formats.sheet import COLUMNS, NUMERIC, rows
from checker.records import Report

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


def render(report: Report) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows(report):
        writer.writerow(row[c] if c in NUMERIC else neutralise(str(row[c])) for c in COLUMNS)
    return "\ufeff" + out.getvalue()
