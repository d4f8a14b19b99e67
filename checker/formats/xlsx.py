"""The editors' sheet as an Excel workbook (openpyxl): the columns of the CSV, typed.

Every cell is a string or a number, never a formula: a text that starts with `=` is stored as
a string (openpyxl would otherwise write it as a formula), and the columns editors fill in are
formatted as text, so what they type there (`=ok`, `+1`) stays text and comes back as typed.
Frozen header, filters, column widths, wrapped message and evidence, and one colour per
verdict. The bytes are deterministic: fixed document dates and zip timestamps.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from checker.formats.sheet import COLUMNS, EDITABLE, NUMERIC, rows
from checker.records import Report, Verdict

# Characters per column: enough for a fingerprint, a verdict, a rule id; wide for the text.
WIDTHS = {
    "finding_id": 15,
    "verdict": 15,
    "rule": 18,
    "severity": 9,
    "confidence": 11,
    "state": 9,
    "outlets": 8,
    "sources": 20,
    "message": 50,
    "evidence": 80,
    "resolution": 30,
    "assignee": 14,
    "decision": 14,
    "note": 40,
    "decided_by": 14,
}
WRAPPED = frozenset({"message", "evidence", "resolution", "note", "sources"})
# Light fills, one per verdict, dark enough to tell apart in print.
COLOURS = {
    Verdict.CONFLICT.value: "F8D7DA",
    Verdict.NOT_COMPARABLE.value: "FFF3CD",
    Verdict.CONSISTENT.value: "D1E7DD",
    Verdict.SINGLE_SOURCE.value: "E2E3E5",
}
_FIXED_TIME = datetime(2000, 1, 1)  # no timestamps: the same report gives the same bytes
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these; openpyxl refuses them. Article text rarely has them.
_ILLEGAL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)], " ")
# Excel and LibreOffice hold at most 32,767 characters in a cell and cut (or refuse) the rest.
CELL_LIMIT = 32_767
_CUT = " [… cut: the cell is full; the JSON report has the whole text]"


def _text(value: object) -> str:
    text = str(value).translate(_ILLEGAL)
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - len(_CUT)] + _CUT


def render(report: Report) -> bytes:
    from openpyxl import Workbook  # loaded only when a workbook is asked for
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    sheet.title = "findings"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    fills = {v: PatternFill("solid", start_color=c, end_color=c) for v, c in COLOURS.items()}
    for number, row in enumerate(rows(report), start=2):
        for col, name in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=number, column=col)
            value = row[name]
            if name in NUMERIC:
                cell.value = value if isinstance(value, int | float) else int(value)
            else:
                cell.value = _text(value)
                cell.data_type = "s"  # a string, even when it starts with "="
            if name in EDITABLE:
                cell.number_format = "@"  # what the editor types stays text
            cell.alignment = wrapped if name in WRAPPED else top
        sheet.cell(row=number, column=COLUMNS.index("verdict") + 1).fill = fills[
            str(row["verdict"])
        ]
    for col, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = WIDTHS[name]
    sheet.freeze_panes = "B2"  # the header and the id stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 1)}"
    book.properties.creator = "checker"
    book.properties.created = book.properties.modified = _FIXED_TIME

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()
    return _fixed_zip_times(raw.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every member dated 1980-01-01, so reruns are byte-identical."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()
