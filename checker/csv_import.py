"""Read editors' decisions back from a sheet export (`checker resolve --from-csv FILE`).

An editor fills `decision` (corrected | accepted | false-alarm), `note` and `decided_by` in the
CSV or xlsx that `checker diff --format csv|xlsx` wrote (checker/formats/sheet.py). Only those
and `finding_id` are read: messages, evidence and every other cell may have been edited in
the spreadsheet and are not trusted. Exports of the earlier layout (one row per claim, the
decision in `state` and `resolution_note`) are read too. Rows that cannot be used are returned
with their line (CSV) or row (xlsx) number and the reason, never silently dropped; a file
from which nothing can be imported is an error naming its first bad row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError
from checker.fingerprint import is_id
from checker.formats.csv_report import unneutralise
from checker.resolutions import STATUSES, Resolution, add_resolutions

# States the export writes for findings nobody has decided on yet (or decided earlier):
# a re-imported export leaves them alone.
UNDECIDED = frozenset({"", "new", "known", "resolved"})

# What LibreOffice, Excel and Sheets show in a cell whose text they evaluated as a formula:
# the editor's words are gone, so such a note is refused rather than recorded.
_EVALUATED = re.compile(
    r"Err:\d{3}|#(?:NAME\?|VALUE!|REF!|DIV/0!|N/A|NUM!|NULL!|ERROR!|SPILL!|CALC!)", re.I
)
_ZIP = b"PK\x03\x04"  # an xlsx workbook is a zip archive


@dataclass(frozen=True)
class Decision:
    finding_id: str
    status: str  # one of STATUSES
    note: str
    lines: tuple[int, ...]  # CSV lines (xlsx rows) the decision was read from
    by: str = ""  # the `decided_by` cell, when the editor filled it


@dataclass(frozen=True)
class UnmatchedRow:
    line: int  # 1-based line of the CSV where the row starts (the header is line 1)
    finding_id: str
    reason: str


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[str, ...]  # finding ids whose decision is now in the resolutions file
    unmatched: tuple[UnmatchedRow, ...]  # rows not used, in file order, with the reason
    undecided: int = 0  # rows left as new/known/resolved/empty: nothing to import
    changed: tuple[str, ...] = ()  # of `imported`, those added or replaced (not already there)


def import_csv_decisions(
    csv_path: Path,
    resolutions_path: Path,
    *,
    known_ids: Collection[str] | None = None,
    by: str = "",
) -> ImportResult:
    """Record the decisions an editor typed into a CSV or xlsx export in the resolutions file.

    Each finding's row gives one decision: `decision` corrected, accepted or false-alarm,
    `note`, and `decided_by` (else `by`). With `known_ids` (the ids of the story's current
    report), a row naming any other finding is unmatched rather than recorded. Everything is
    checked before the one atomic write; unmatched rows are skipped, not fatal, unless no row
    at all can be imported. Raises CheckerError when the file is not a checker export, when
    it has rows but none that can be imported, or when the resolutions file is malformed.
    """
    path = Path(csv_path)
    decisions, unmatched, undecided = read_decisions(path, known_ids)
    decisions.sort(key=lambda d: d.finding_id)
    if not decisions:
        if unmatched:
            first = unmatched[0]
            raise CheckerError(
                f"{path}:{first.line}",
                f"{first.finding_id or '(no id)'}: {first.reason}; nothing imported",
            )
        if not undecided:
            raise CheckerError(path, "no rows below the header: nothing to import")
        return ImportResult((), (), undecided)
    changes = add_resolutions(
        resolutions_path,
        [Resolution(d.finding_id, d.status, d.note, d.by or by) for d in decisions],
    )
    return ImportResult(
        imported=tuple(d.finding_id for d in decisions),
        unmatched=tuple(unmatched),
        undecided=undecided,
        changed=tuple(sorted(changes.added + changes.updated)),
    )


import_decisions = import_csv_decisions  # the same for an xlsx file: the content decides


def normalise_status(value: str) -> str | None:
    """'False alarm', 'FALSE_ALARM', ' accepted ' -> canonical status; '' for undecided;
    None when the value means nothing to checker."""
    folded = re.sub(r"[\s_-]+", "-", value.strip().casefold()).strip("-")
    if folded in UNDECIDED:
        return ""
    if folded == "falsealarm":
        folded = "false-alarm"
    return folded if folded in STATUSES else None


def _read(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CheckerError(path, "no such file") from None
    except OSError as exc:
        raise CheckerError(path, f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise CheckerError(path, "empty file")
    return data


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise CheckerError(path, "binary file, not a CSV (save it as 'CSV UTF-8' or plain CSV)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV (Comma delimited)" saves in the Windows code page.
        return data.decode("cp1252", errors="replace")


def _delimiter(header_line: str) -> str:
    # Excel in many European locales saves with ';'; some people export tab-separated.
    for sep in (",", ";", "\t"):
        if "finding_id" in (c.strip().strip('"').casefold() for c in header_line.split(sep)):
            return sep
    return ","


Records = Iterator[tuple[int, list[str]]]  # (line or row number where the row starts, cells)


def _csv_table(path: Path, data: bytes) -> tuple[list[str], Records]:
    text = _decode(path, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n")[0]))
    header = next(reader, [])

    def records() -> Records:
        line = reader.line_num + 1
        for cells in reader:
            start, line = line, reader.line_num + 1
            yield start, [unneutralise(c.strip()).strip() for c in cells]

    return header, records()


def _xlsx_table(path: Path, data: bytes) -> tuple[list[str], Records]:
    import zipfile

    from openpyxl import load_workbook  # loaded only for a workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise CheckerError(path, f"not a readable xlsx workbook: {err}") from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    header = [text(v) for v in next(rows, ())]

    def records() -> Records:
        for number, values in enumerate(rows, start=2):
            yield number, [text(v) for v in values]

    return header, records()


def read_decisions(
    csv_path: Path, known_ids: Collection[str] | None = None
) -> tuple[list[Decision], list[UnmatchedRow], int]:
    """Parse the export into one decision per finding, the rows that could not be used, and
    the number of rows without a decision. Raises CheckerError when the file is not an export."""
    data = _read(csv_path)
    header, records = (
        _xlsx_table(csv_path, data) if data.startswith(_ZIP) else _csv_table(csv_path, data)
    )
    names = [h.strip().casefold() for h in header]
    if "finding_id" not in names:
        raise CheckerError(csv_path, "no 'finding_id' column: is this a checker export?")
    # The current layout has `decision`; the earlier one kept it in `state`.
    decision = "decision" if "decision" in names else "state"
    if decision not in names:
        raise CheckerError(csv_path, "no 'decision' column: is this a checker export?")
    note = "note" if decision == "decision" else "resolution_note"
    col_id, col_state = names.index("finding_id"), names.index(decision)
    col_note = names.index(note) if note in names else None
    col_by = names.index("decided_by") if "decided_by" in names else None

    unmatched: list[UnmatchedRow] = []
    rows: dict[str, list[_Row]] = {}  # finding id -> its rows, in file order
    undecided = 0
    for start, cells in records:
        if not any(cells):
            continue

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return "" if index is None or index >= len(cells) else cells[index]

        fid, raw_state, text, who = cell(col_id), cell(col_state), cell(col_note), cell(col_by)
        status = normalise_status(raw_state)
        evaluated = next((v for v in (text, who) if _EVALUATED.fullmatch(v)), None)
        if status == "" and not text:
            undecided += 1
        elif status is None:
            unmatched.append(
                UnmatchedRow(
                    start,
                    fid,
                    f"unknown decision {raw_state!r} (use corrected, accepted or false-alarm)",
                )
            )
        elif evaluated is not None:
            unmatched.append(
                UnmatchedRow(
                    start,
                    fid,
                    f"the spreadsheet evaluated a cell as a formula and shows {evaluated!r}: "
                    "type the note again, starting with '",
                )
            )
        elif not is_id(fid):
            unmatched.append(UnmatchedRow(start, fid, f"{fid!r} is not a checker finding id"))
        elif known_ids is not None and fid not in known_ids:
            unmatched.append(UnmatchedRow(start, fid, "no such finding in the current report"))
        else:
            rows.setdefault(fid, []).append(_Row(start, raw_state, status, text, who))

    decisions: list[Decision] = []
    for fid, group in rows.items():
        found, problems, quiet = _decide(fid, group)
        undecided += quiet
        unmatched += problems
        if found:
            decisions.append(found)
    unmatched.sort(key=lambda u: u.line)
    return decisions, unmatched, undecided


@dataclass(frozen=True)
class _Row:
    line: int
    raw_state: str
    status: str  # canonical status, or "" when the row decides nothing
    note: str
    by: str = ""


def _decide(fid: str, group: list[_Row]) -> tuple[Decision | None, list[UnmatchedRow], int]:
    """One finding's rows -> its decision. In the earlier layout (a row per cited claim) the
    editor may have filled the decision on one row and the note on another; two different
    decisions are an error."""
    decided = [r for r in group if r.status]
    if not decided:
        # A resolved finding exported again carries its old note: nothing to do. A note on a
        # new finding without a decision cannot be recorded.
        pending = [r for r in group if r.raw_state.casefold() != "resolved"]
        problems = [
            UnmatchedRow(
                r.line,
                fid,
                "a note but no decision: set decision to corrected, accepted or false-alarm",
            )
            for r in pending
        ]
        return None, problems, len(group) - len(pending)
    notes = {r.note for r in decided if r.note} or {
        r.note for r in group if r.note and r.raw_state.casefold() != "resolved"
    }
    who = {r.by for r in group if r.by}
    if len({r.status for r in decided}) > 1 or len(notes) > 1 or len(who) > 1:
        where = ", ".join(str(r.line) for r in group)
        reason = f"lines {where} give different decisions for this finding"
        return None, [UnmatchedRow(r.line, fid, reason) for r in group], 0
    lines = tuple(r.line for r in group)
    note = notes.pop() if notes else ""
    return Decision(fid, decided[0].status, note, lines, who.pop() if who else ""), [], 0
