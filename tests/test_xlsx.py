"""The workbook for editors (`--format xlsx`): typed cells, nothing that can run, the same
columns as the CSV, and a round trip through LibreOffice where it is installed."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from checker.cli import app
from checker.csv_import import import_csv_decisions
from checker.formats.sheet import COLUMNS
from checker.formats.xlsx import COLOURS, render
from checker.records import ClaimRef, Finding, Report, Source, State, Verdict
from checker.resolutions import load_resolutions

A, B = "c1a0a0a0a0a0", "c1b0b0b0b0b0"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "hk-data-requests"


def report() -> Report:
    sources = (
        Source("north", "=cmd|' /C calc'!A0", "", date(2024, 1, 2), "", "en", "n.txt", "utf-8"),
        Source("south", "Süd Post", "", None, "", "en", "s.txt", "utf-8"),
    )
    return Report("story", sources, (
        Finding(A, "number-mismatch", "number", Verdict.CONFLICT, "error",
                '=HYPERLINK("http://x","y") vs 1,500',
                (ClaimRef("north", "=1+1 people, \x07said the firm.", 0, 20),
                 ClaimRef("south", "It will employ 1,500 people.", 0, 28))),
        Finding(B, "single-source", "single-source", Verdict.SINGLE_SOURCE, "info", "only south",
                (ClaimRef("south", "@SUM(A1) attended.", 90, 108),),
                state=State.RESOLVED, note="-accepted: fine"),
    ))


@pytest.fixture
def book(tmp_path: Path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(render(report()))
    return load_workbook(path)


def test_same_columns_as_the_csv_with_text_and_numbers_only(book):
    sheet = book.active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    types = {c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
    assert types <= {"s", "inlineStr", "n"}  # string or number, never "f" (formula)
    row = {name: sheet.cell(row=2, column=i + 1).value for i, name in enumerate(COLUMNS)}
    assert row["message"] == '=HYPERLINK("http://x","y") vs 1,500'  # shown as typed
    assert row["outlets"] == 2 and isinstance(row["outlets"], int)
    assert row["evidence"].splitlines()[0].startswith("=cmd|' /C calc'!A0 (north, 2024-01-02): ")


def test_no_formula_anywhere_in_the_file(tmp_path):
    data = render(report())
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_header_frozen_filtered_sized_wrapped_and_coloured_by_verdict(book):
    sheet = book.active
    assert sheet.freeze_panes == "B2"
    last = chr(ord("A") + len(COLUMNS) - 1)
    assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    confidence = sheet.cell(row=2, column=COLUMNS.index("confidence") + 1).value
    assert isinstance(confidence, float) and 0.0 <= confidence <= 1.0  # a number, to sort on
    width = {name: sheet.column_dimensions[chr(ord("A") + i)].width
             for i, name in enumerate(COLUMNS)}
    assert width["evidence"] > width["message"] > width["verdict"]
    evidence = sheet.cell(row=2, column=COLUMNS.index("evidence") + 1)
    assert evidence.alignment.wrap_text
    verdict = COLUMNS.index("verdict") + 1
    fills = {sheet.cell(row=r, column=verdict).value:
             sheet.cell(row=r, column=verdict).fill.start_color.rgb[-6:] for r in (2, 3)}
    assert fills == {"conflict": COLOURS["conflict"], "single-source": COLOURS["single-source"]}
    for name in ("decision", "note", "decided_by", "assignee"):
        assert sheet.cell(row=2, column=COLUMNS.index(name) + 1).number_format == "@"


def test_evidence_longer_than_a_cell_holds_is_cut_with_a_note(tmp_path):
    from checker.formats.xlsx import CELL_LIMIT

    long = "word " * 10_000
    finding = Finding(A, "single-source", "single-source", Verdict.SINGLE_SOURCE, "info", "x",
                      (ClaimRef("south", long, 0, len(long)),))
    path = tmp_path / "r.xlsx"
    path.write_bytes(render(Report("s", report().sources, (finding,))))
    evidence = load_workbook(path).active.cell(row=2, column=COLUMNS.index("evidence") + 1).value
    assert len(evidence) == CELL_LIMIT and evidence.endswith("the JSON report has the whole text]")


def test_same_report_gives_the_same_bytes():
    first = report()
    assert render(first) == render(Report(first.story, first.sources[::-1], first.findings[::-1]))


def test_xlsx_through_the_command_line_and_not_to_a_terminal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, ["diff", str(FIXTURE), "-f", "xlsx", "-o", "r.xlsx"])
    assert done.exit_code == 0, done.output
    assert load_workbook(tmp_path / "r.xlsx").active.max_row > 10


# ---------------------------------------------------------------- LibreOffice


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        print("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc")
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc")
    return found


def convert(tool: str, path: Path, to: str, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    subprocess.run(
        [tool, "--headless", f"-env:UserInstallation=file://{out}/profile",
         "--convert-to", to, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    return out / f"{path.stem}.{to.split(':')[0]}"


def test_libreoffice_reads_the_workbook_and_saves_decisions_that_come_back(tmp_path):
    tool = soffice()
    path = tmp_path / "r.xlsx"
    path.write_bytes(render(report()))
    book = load_workbook(path)
    sheet = book.active
    sheet.cell(row=2, column=COLUMNS.index("decision") + 1).value = "accepted"
    note = sheet.cell(row=2, column=COLUMNS.index("note") + 1)
    note.value, note.data_type = "=checked with both desks", "s"
    book.save(path)

    # LibreOffice opens it and writes it back as its own xlsx ...
    saved = convert(tool, path, "xlsx", tmp_path / "lo")
    again = load_workbook(saved).active
    assert [c.value for c in again[1]] == list(COLUMNS)
    assert again.cell(row=2, column=COLUMNS.index("message") + 1).value.startswith("=HYPERLINK")
    assert all(c.data_type != "f" for row in again.iter_rows() for c in row)
    # ... and the decision typed in it imports as typed.
    result = import_csv_decisions(saved, tmp_path / "res.json", by="desk")
    assert result.imported == (A,)
    assert load_resolutions(tmp_path / "res.json")[A].note == "=checked with both desks"


def test_libreoffice_opens_the_csv_with_every_cell_as_text(tmp_path):
    from checker.formats.csv_report import render as render_csv

    tool = soffice()
    path = tmp_path / "r.csv"
    path.write_text(render_csv(report()), encoding="utf-8")
    # Import as UTF-8 CSV (filter options: comma, quote, UTF-8), save as a workbook.
    out = tmp_path / "lo"
    out.mkdir()
    subprocess.run(
        [tool, "--headless", f"-env:UserInstallation=file://{out}/profile",
         "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    sheet = load_workbook(out / "r.xlsx").active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert "'=HYPERLINK" in str(sheet.cell(row=2, column=COLUMNS.index("message") + 1).value)
    assert "Süd Post (south): It will employ 1,500 people." in str(
        sheet.cell(row=2, column=COLUMNS.index("evidence") + 1).value)


def test_xlsx_on_standard_output_is_the_workbook_but_never_onto_a_terminal(tmp_path):
    import io
    import os
    import pty
    import sys

    command = [sys.executable, "-c", "from checker.cli import main; main()",
               "diff", str(FIXTURE), "-f", "xlsx"]
    piped = subprocess.run(command, capture_output=True, timeout=120, cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    assert load_workbook(io.BytesIO(piped.stdout)).active.max_row > 10
    # A terminal would show binary noise: refused, with one line saying what to do.
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(command, stdout=follower, stderr=subprocess.PIPE, text=True,
                              timeout=120, cwd=tmp_path)
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "checker: error: --output: this format is binary: give -o FILE"]
