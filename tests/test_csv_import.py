"""The round trip: an editor decides in the spreadsheet, checker records it."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.csv_import import import_csv_decisions, normalise_status
from checker.errors import CheckerError
from checker.formats.csv_report import render
from checker.records import ClaimRef, Finding, Report, Source, Verdict
from checker.resolutions import load_resolutions
from checker.states import apply_states

A, B, C = "c1a0a0a0a0a0", "c1b0b0b0b0b0", "c1c0c0c0c0c0"


def report() -> Report:
    sources = tuple(Source(s, s.title(), "", date(2024, 1, 2), "", "en", f"{s}.txt", "utf-8")
                    for s in ("north", "south", "west"))
    return Report("story", sources, (
        Finding(A, "number-mismatch", "number", Verdict.CONFLICT, "error", "1,200 vs 1,500",
                (ClaimRef("north", "It will employ 1,200 people,\nthe firm said.", 0, 40),
                 ClaimRef("south", "It will employ 1,500 people.", 0, 28))),
        Finding(B, "quote-wording", "quote-wording", Verdict.CONFLICT, "error", "expanding",
                (ClaimRef("north", '"We are expanding"', 50, 68),
                 ClaimRef("west", '"We are extending"', 10, 28))),
        Finding(C, "single-source", "single-source", Verdict.SINGLE_SOURCE, "info", "only west",
                (ClaimRef("west", "=1+1 people attended.", 90, 111),)),
    ))


def export(tmp_path: Path, edit, *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """Write the CSV of report(), after `edit(rows)` changed its cells as an editor would."""
    rows = list(csv.DictReader(io.StringIO(render(report())[1:], newline="")))
    edit(rows)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter,
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "report.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def row_of(rows: list[dict[str, str]], fid: str, n: int = 0) -> dict[str, str]:
    return [r for r in rows if r["finding_id"] == fid][n]


def test_decisions_typed_in_the_spreadsheet_become_resolutions(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "Corrected"
        row_of(rows, A)["note"] = "South fixed its figure on 3 Jan"
        row_of(rows, A)["assignee"] = "bo"  # for the desk; not recorded
        row_of(rows, B)["decision"] = "false alarm"
        row_of(rows, B)["note"] = "'-both are in the video"  # the prefix the export adds
        row_of(rows, B)["decided_by"] = "ana"
        row_of(rows, A)["message"] = "edited by hand: ignored"
        row_of(rows, A)["evidence"] = "also ignored"

    resolutions = tmp_path / "checker-resolutions.json"
    result = import_csv_decisions(export(tmp_path, edit), resolutions, by="desk")
    assert result.imported == (A, B)
    assert result.unmatched == ()
    saved = load_resolutions(resolutions)
    assert (saved[A].status, saved[A].note, saved[A].by) == (
        "corrected", "South fixed its figure on 3 Jan", "desk")  # no decided_by: --by
    assert (saved[B].status, saved[B].note, saved[B].by) == (
        "false-alarm", "-both are in the video", "ana")
    assert C not in saved
    states = apply_states(report(), resolutions=resolutions)
    assert [f.state.value for f in states.findings] == ["resolved", "resolved", "new"]


def lines_of(path: Path) -> dict[str, int]:
    """The line each finding's row starts on (evidence cells span several lines)."""
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    next(reader)
    out, line = {}, 2
    for cells in reader:
        out[cells[0]] = line
        line = reader.line_num + 1
    return out


def test_rows_that_cannot_be_used_are_reported_with_line_and_reason(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "accepted"
        row_of(rows, B)["decision"] = "accepted"
        row_of(rows, B)["finding_id"] = "c1deadbeef000"  # tampered
        row_of(rows, C)["decision"] = "fixed it"

    path = export(tmp_path, edit)
    where = lines_of(path)
    result = import_csv_decisions(path, tmp_path / "res.json")
    assert result.imported == (A,)
    assert [(u.line, u.finding_id) for u in result.unmatched] == [
        (where["c1deadbeef000"], "c1deadbeef000"), (where[C], C)]
    assert "not a checker finding id" in result.unmatched[0].reason
    assert "unknown decision 'fixed it'" in result.unmatched[1].reason
    assert where[C] > where["c1deadbeef000"] > 2  # rows start after multi-line cells


@pytest.mark.parametrize("shown", ["Err:501", "#NAME?", "#VALUE!", "#REF!"])
def test_a_note_the_spreadsheet_evaluated_is_refused_with_its_row(tmp_path, shown):
    def edit(rows):
        row_of(rows, A)["decision"] = "accepted"
        row_of(rows, A)["note"] = "fine"
        row_of(rows, C)["decision"] = "accepted"
        row_of(rows, C)["note"] = shown  # what LibreOffice shows for a note typed as =...

    path = export(tmp_path, edit)
    result = import_csv_decisions(path, tmp_path / "r.json")
    assert result.imported == (A,)
    assert [u.line for u in result.unmatched] == [lines_of(path)[C]]
    assert "evaluated" in result.unmatched[0].reason and shown in result.unmatched[0].reason
    assert C not in load_resolutions(tmp_path / "r.json")


def test_a_file_with_rows_but_nothing_to_import_is_an_error_naming_the_first_bad_row(tmp_path):
    def edit(rows):
        row_of(rows, B)["decision"] = "maybe"
        row_of(rows, C)["decision"] = "accepted"
        row_of(rows, C)["note"] = "Err:501"

    path = export(tmp_path, edit)
    with pytest.raises(CheckerError) as err:
        import_csv_decisions(path, tmp_path / "r.json")
    assert err.value.where == f"{path}:{lines_of(path)[B]}"
    assert "unknown decision 'maybe'" in err.value.what and "nothing imported" in err.value.what
    assert not (tmp_path / "r.json").exists()


def test_a_header_without_rows_is_an_error(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("finding_id,decision,note\r\n", encoding="utf-8")
    with pytest.raises(CheckerError, match="no rows below the header"):
        import_csv_decisions(path, tmp_path / "r.json")


def test_ids_that_look_right_but_are_not_in_the_report_are_refused(tmp_path):
    def edit(rows):
        rows[0]["decision"] = "accepted"
        rows[0]["finding_id"] = "c1abcdefabcd"
        rows[1]["decision"] = "accepted"

    result = import_csv_decisions(export(tmp_path, edit), tmp_path / "r.json",
                                  known_ids={A, B, C})
    assert result.imported == (B,)
    assert [(u.line, u.reason) for u in result.unmatched] == [
        (2, "no such finding in the current report")]


def test_two_rows_of_one_finding_that_disagree_are_both_refused(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "accepted"
        rows.append({**row_of(rows, B), "decision": "accepted"})
        rows.append({**row_of(rows, B), "decision": "corrected"})

    result = import_csv_decisions(export(tmp_path, edit), tmp_path / "r.json")
    assert result.imported == (A,)
    assert len(result.unmatched) == 2
    assert "give different decisions" in result.unmatched[0].reason


def test_a_note_without_a_decision_is_reported(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "accepted"
        row_of(rows, C)["note"] = "looks fine"

    result = import_csv_decisions(export(tmp_path, edit), tmp_path / "r.json")
    assert result.imported == (A,)
    assert [u.finding_id for u in result.unmatched] == [C]
    assert "no decision" in result.unmatched[0].reason


def test_an_untouched_export_imports_nothing(tmp_path):
    result = import_csv_decisions(export(tmp_path, lambda rows: None), tmp_path / "r.json")
    assert result == type(result)((), (), undecided=3)
    assert not (tmp_path / "r.json").exists()


def test_importing_twice_changes_nothing_the_second_time(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "accepted"

    path, resolutions = export(tmp_path, edit), tmp_path / "r.json"
    assert import_csv_decisions(path, resolutions).changed == (A,)
    before = resolutions.read_bytes()
    again = import_csv_decisions(path, resolutions)
    assert again.imported == (A,) and again.changed == ()
    assert resolutions.read_bytes() == before


def test_excel_semicolon_csv_in_the_windows_code_page(tmp_path):
    def edit(rows):
        row_of(rows, A)["decision"] = "ACCEPTED"
        row_of(rows, A)["note"] = "Zahl geprüft, São Paulo bestätigt"

    path = export(tmp_path, edit, delimiter=";", encoding="cp1252")
    result = import_csv_decisions(path, tmp_path / "r.json")
    assert result.imported == (A,)
    assert load_resolutions(tmp_path / "r.json")[A].note == "Zahl geprüft, São Paulo bestätigt"


def test_an_export_of_the_earlier_layout_is_still_read(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        "finding_id,verdict,source,state,resolution_note\r\n"
        f"{A},conflict,north,accepted,checked\r\n{A},conflict,south,,\r\n"
        f"{B},conflict,north,new,\r\n",
        encoding="utf-8-sig",
    )
    result = import_csv_decisions(path, tmp_path / "r.json")
    assert result.imported == (A,)
    assert load_resolutions(tmp_path / "r.json")[A].note == "checked"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"a,b,c\r\n1,2,3\r\n", "no 'finding_id' column"),
        (b"finding_id,verdict\r\nc1a0a0a0a0a0,conflict\r\n", "no 'decision' column"),
        (b"\x00\x01PK\x03\x04", "binary file"),
    ],
)
def test_a_file_that_is_not_a_checker_csv_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(CheckerError) as err:
        import_csv_decisions(path, tmp_path / "r.json")
    assert err.value.where == str(path) and message in err.value.what
    assert not (tmp_path / "r.json").exists()


def test_missing_csv_is_a_clear_error(tmp_path):
    with pytest.raises(CheckerError, match="no such file"):
        import_csv_decisions(tmp_path / "nope.csv", tmp_path / "r.json")


@pytest.mark.parametrize(
    ("typed", "status"),
    [("corrected", "corrected"), (" Accepted ", "accepted"), ("False alarm", "false-alarm"),
     ("FALSE_ALARM", "false-alarm"), ("false-alarm", "false-alarm"), ("falsealarm", "false-alarm"),
     ("", ""), ("new", ""), ("Known", ""), ("resolved", ""), ("fixed", None), ("yes", None)],
)
def test_status_spellings(typed, status):
    assert normalise_status(typed) == status


# ---------------------------------------------------------------- through the command line

FIXTURE = Path(__file__).parents[1] / "fixtures" / "hk-data-requests"


def cli(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_round_trip_on_the_reference_story_then_ci_passes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story"
    shutil.copytree(FIXTURE, story)
    assert cli("ci", story).exit_code == 1  # new conflicts, nobody has decided yet
    assert cli("diff", story, "--format", "csv", "-o", "report.csv").exit_code == 0

    # The editor's spreadsheet session: decide every conflict on one of its rows, and damage
    # one other row's id the way Excel does to long numbers.
    table = pd.read_csv("report.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    conflicts = list(dict.fromkeys(table.loc[table["verdict"] == "conflict", "finding_id"]))
    assert conflicts
    for n, fid in enumerate(conflicts):
        row = table.index[table["finding_id"] == fid][0]
        table.loc[row, "decision"] = "False alarm" if n % 2 else "accepted"
        table.loc[row, "note"] = f"checked by the desk ({n})"
    tampered = table.index[table["verdict"] == "single-source"][0]
    table.loc[tampered, ["finding_id", "decision"]] = ["1.23457E+11", "accepted"]
    table.to_csv("report.csv", index=False, encoding="utf-8-sig")

    done = cli("resolve", "--from-csv", "report.csv")
    assert done.exit_code == 0, done.output
    assert re.search(r"report\.csv:\d+: 1\.23457E\+11: .*not a checker finding id", done.output)
    saved = load_resolutions(tmp_path / "checker-resolutions.json")
    assert sorted(saved) == sorted(conflicts)
    assert saved[conflicts[0]].status == "accepted"
    assert saved[conflicts[0]].note == "checked by the desk (0)"

    gate = cli("ci", story)
    assert gate.exit_code == 0, gate.output

    # A fresh export shows those findings as resolved; importing it again changes nothing.
    before = (tmp_path / "checker-resolutions.json").read_bytes()
    assert cli("diff", story, "--format", "csv", "-o", "again.csv").exit_code == 0
    again = pd.read_csv("again.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(again.loc[again["finding_id"].isin(conflicts), "state"]) == {"resolved"}
    assert set(again.loc[again["finding_id"].isin(conflicts), "decision"]) == {""}
    assert import_csv_decisions(Path("again.csv"), Path("checker-resolutions.json")).imported == ()
    assert (tmp_path / "checker-resolutions.json").read_bytes() == before


def test_nothing_importable_is_exit_2_with_the_row_and_nothing_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = export(tmp_path, lambda rows: row_of(rows, B).update(decision="sure"))
    done = cli("resolve", "--from-csv", path)
    assert done.exit_code == 2
    assert done.output.splitlines() == [
        f"checker: error: {path}:{lines_of(path)[B]}: {B}: unknown decision 'sure' "
        "(use corrected, accepted or false-alarm); nothing imported"
    ]
    assert not (tmp_path / "checker-resolutions.json").exists()


# ---------------------------------------------------------------- the workbook


def workbook(tmp_path: Path, edit) -> Path:
    """The xlsx export of report(), after `edit(sheet, row_of_id)` typed into it."""
    from openpyxl import load_workbook

    from checker.formats.xlsx import render as render_xlsx

    path = tmp_path / "report.xlsx"
    path.write_bytes(render_xlsx(report()))
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}

    def put(fid: str, column: str, value: str) -> None:
        cell = sheet.cell(row=rows[fid], column=header.index(column) + 1)
        cell.value = value
        cell.data_type = "s"  # as a cell formatted as text keeps what is typed

    edit(put)
    book.save(path)
    return path


def test_workbook_decisions_come_back_with_resolve_from_xlsx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def edit(put):
        put(A, "decision", "accepted")
        put(A, "note", "=both figures are in the filing")  # text, not a formula
        put(B, "decision", "corrected")
        put(B, "decided_by", "ana")

    path = workbook(tmp_path, edit)
    done = cli("resolve", "--from-xlsx", path, "--by", "desk")
    assert done.exit_code == 0, done.output
    saved = load_resolutions(tmp_path / "checker-resolutions.json")
    assert (saved[A].note, saved[A].by) == ("=both figures are in the filing", "desk")
    assert (saved[B].status, saved[B].by) == ("corrected", "ana")
    # --from-csv takes the workbook too: the content, not the name, decides.
    again = cli("resolve", "--from-csv", path, "--resolutions", "other.json", "--by", "desk")
    assert again.exit_code == 0, again.output
    assert load_resolutions(tmp_path / "other.json") == load_resolutions(
        tmp_path / "checker-resolutions.json")


def test_a_damaged_workbook_is_a_clear_error(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CheckerError) as err:
        import_csv_decisions(path, tmp_path / "r.json")
    assert err.value.where == str(path) and "not a readable xlsx workbook" in err.value.what
