"""Read editors' decisions back from a CSV export (`checker resolve --from-csv FILE`).

An editor fills `state` (corrected | accepted | false-alarm) and `resolution_note` in the CSV
that `checker diff --format csv` wrote. Only `finding_id`, `state` and `resolution_note` are
read: messages, claim texts and every other cell may have been edited in the spreadsheet and
are not trusted. Rows that cannot be used are returned with their line number and the reason,
never silently dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError
from checker.fingerprint import is_id
from checker.formats.csv_report import unneutralise
from checker.resolutions import STATUSES, Resolution, add_resolutions

# States the export writes for findings nobody has decided on yet (or decided earlier):
# a re-imported export leaves them alone.
UNDECIDED = frozenset({"", "new", "known", "resolved"})


@dataclass(frozen=True)
class Decision:
    finding_id: str
    status: str  # one of STATUSES
    note: str
    lines: tuple[int, ...]  # CSV lines the decision was read from


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
    """Record the decisions an editor typed into a CSV export in the resolutions file.

    Each finding's rows (one per cited claim) give one decision: `state` corrected, accepted
    or false-alarm, and `resolution_note`. With `known_ids` (the ids of the story's current
    report), a row naming any other finding is unmatched rather than recorded. Everything is
    checked before the one atomic write; unmatched rows are skipped, not fatal. Raises
    CheckerError when the CSV is not a checker export or the resolutions file is malformed.
    """
    decisions, unmatched, undecided = read_decisions(Path(csv_path), known_ids)
    decisions.sort(key=lambda d: d.finding_id)
    if not decisions:
        return ImportResult((), tuple(unmatched), undecided)
    changes = add_resolutions(
        resolutions_path, [Resolution(d.finding_id, d.status, d.note, by) for d in decisions]
    )
    return ImportResult(
        imported=tuple(d.finding_id for d in decisions),
        unmatched=tuple(unmatched),
        undecided=undecided,
        changed=tuple(sorted(changes.added + changes.updated)),
    )


def normalise_status(value: str) -> str | None:
    """'False alarm', 'FALSE_ALARM', ' accepted ' -> canonical status; '' for undecided;
    None when the value means nothing to checker."""
    folded = re.sub(r"[\s_-]+", "-", value.strip().casefold()).strip("-")
    if folded in UNDECIDED:
        return ""
    if folded == "falsealarm":
        folded = "false-alarm"
    return folded if folded in STATUSES else None


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CheckerError(path, "no such file") from None
    except OSError as exc:
        raise CheckerError(path, f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise CheckerError(path, "empty file")
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


def read_decisions(
    csv_path: Path, known_ids: Collection[str] | None = None
) -> tuple[list[Decision], list[UnmatchedRow], int]:
    """Parse the CSV into one decision per finding, the rows that could not be used, and the
    number of rows without a decision. Raises CheckerError when the file is not a checker CSV."""
    text = _decode(csv_path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n")[0]))
    header = [h.strip().casefold() for h in next(reader, [])]
    for required in ("finding_id", "state"):
        if required not in header:
            raise CheckerError(csv_path, f"no '{required}' column: is this a checker CSV export?")
    col_id, col_state = header.index("finding_id"), header.index("state")
    col_note = header.index("resolution_note") if "resolution_note" in header else None

    unmatched: list[UnmatchedRow] = []
    rows: dict[str, list[_Row]] = {}  # finding id -> its rows, in file order
    undecided = 0
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue

        def cell(index: int | None, cells: list[str] = cells) -> str:
            if index is None or index >= len(cells):
                return ""
            return unneutralise(cells[index].strip()).strip()

        fid, raw_state, note = cell(col_id), cell(col_state), cell(col_note)
        status = normalise_status(raw_state)
        if status == "" and not note:
            undecided += 1
        elif status is None:
            unmatched.append(
                UnmatchedRow(
                    start,
                    fid,
                    f"unknown state {raw_state!r} (use corrected, accepted or false-alarm)",
                )
            )
        elif not is_id(fid):
            unmatched.append(UnmatchedRow(start, fid, f"{fid!r} is not a checker finding id"))
        elif known_ids is not None and fid not in known_ids:
            unmatched.append(UnmatchedRow(start, fid, "no such finding in the current report"))
        else:
            rows.setdefault(fid, []).append(_Row(start, raw_state, status, note))

    decisions: list[Decision] = []
    for fid, group in rows.items():
        decision, problems, quiet = _decide(fid, group)
        undecided += quiet
        unmatched += problems
        if decision:
            decisions.append(decision)
    unmatched.sort(key=lambda u: u.line)
    return decisions, unmatched, undecided


@dataclass(frozen=True)
class _Row:
    line: int
    raw_state: str
    status: str  # canonical status, or "" when the row decides nothing
    note: str


def _decide(fid: str, group: list[_Row]) -> tuple[Decision | None, list[UnmatchedRow], int]:
    """One finding's rows (one per cited claim) -> its decision. The editor may have filled the
    state on one row and the note on another; two different decisions are an error."""
    decided = [r for r in group if r.status]
    if not decided:
        # A resolved finding exported again carries its old note: nothing to do. A note on a
        # new finding without a state cannot be recorded.
        pending = [r for r in group if r.raw_state.casefold() != "resolved"]
        problems = [
            UnmatchedRow(
                r.line, fid, "a note but no state: set state to corrected, accepted or false-alarm"
            )
            for r in pending
        ]
        return None, problems, len(group) - len(pending)
    notes = {r.note for r in decided if r.note} or {
        r.note for r in group if r.note and r.raw_state.casefold() != "resolved"
    }
    if len({r.status for r in decided}) > 1 or len(notes) > 1:
        where = ", ".join(str(r.line) for r in group)
        reason = f"lines {where} give different decisions for this finding"
        return None, [UnmatchedRow(r.line, fid, reason) for r in group], 0
    lines = tuple(r.line for r in group)
    return Decision(fid, decided[0].status, notes.pop() if notes else "", lines), [], 0
