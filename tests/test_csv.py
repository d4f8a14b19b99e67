"""The CSV export: a spreadsheet an editor can open, sort, assign and annotate safely."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from checker.cli import app
from checker.formats.csv_report import COLUMNS, neutralise, render, unneutralise
from checker.records import ClaimRef, Finding, Report, Source, State, Verdict


def source(sid: str, outlet: str, url: str = "", published: date | None = None) -> Source:
    return Source(sid, outlet, url, published, "sources.csv", "en", f"{sid}.txt", "utf-8")


SOURCES = (
    source("tagesblatt", "Münchner Tagesblatt", "https://tagesblatt.example/a", date(2024, 3, 12)),
    source("folha", "Folha Global de São Paulo", "https://folha.example/b"),
    source("wire", "=cmd|' /C calc'!A0", "https://wire.example/c", date(2024, 3, 13)),
)


def report() -> Report:
    jobs = Finding(
        "c1a0000000aa", "number-mismatch", "number", Verdict.CONFLICT, "error",
        'Jobs: 1,200 (Tagesblatt, wire) vs 1,500 (Folha), "same plant"',
        (ClaimRef("wire", "The company plans to employ 1,200 people.", 90, 131),
         ClaimRef("folha", "The plant will employ 1,500 people,\nthe company said.", 40, 93),
         ClaimRef("tagesblatt", "Jürgen Müller said the plant will employ 1,200 people.", 10, 64)),
    )
    formula = Finding(
        "c1b0000000bb", "single-source", "single-source", Verdict.SINGLE_SOURCE, "info",
        "-2+3 is reported by one outlet only",
        (ClaimRef("wire", '=HYPERLINK("http://x","y")', 200, 226),),
        state=State.RESOLVED, note="@editor: checked with the wire",
    )
    injections = Finding(
        "c1c0000000cc", "quote-wording", "quote-wording", Verdict.CONFLICT, "warning",
        "+ differs", (ClaimRef("folha", "-2+3", 5, 9), ClaimRef("tagesblatt", "\tTab", 0, 4),
                      ClaimRef("wire", "\rCR", 0, 3), ClaimRef("wire", "+1 more", 7, 14)),
    )
    return Report("são-paulo", SOURCES, (formula, injections, jobs))


def frame(text: str) -> pd.DataFrame:
    assert text.startswith("\ufeff")
    data = io.BytesIO(text.encode("utf-8"))
    return pd.read_csv(data, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_one_row_per_finding_in_report_order_with_every_outlets_evidence():
    table = frame(render(report()))
    assert tuple(table.columns) == COLUMNS
    assert list(table["finding_id"]) == ["c1a0000000aa", "c1c0000000cc", "c1b0000000bb"]
    jobs = table.iloc[0]
    assert (jobs["verdict"], jobs["rule"], jobs["outlets"]) == ("conflict", "number-mismatch", "3")
    assert jobs["sources"] == "folha, tagesblatt, wire"
    # One line per outlet, by source: outlet, id and date, then the claim on one line.
    assert jobs["evidence"].split("\n") == [
        "Folha Global de São Paulo (folha): The plant will employ 1,500 people, the company said.",
        "Münchner Tagesblatt (tagesblatt, 2024-03-12): "
        "Jürgen Müller said the plant will employ 1,200 people.",
        "=cmd|' /C calc'!A0 (wire, 2024-03-13): The company plans to employ 1,200 people.",
    ]
    # The message is there once, not once per claim.
    assert list(table["message"]).count(jobs["message"]) == 1


def test_editors_columns_are_there_and_empty():
    table = frame(render(report()))
    for column in ("assignee", "decision", "note", "decided_by"):
        assert set(table[column]) == {""}


def test_accents_survive_as_utf8_with_bom():
    raw = render(report()).encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for name in ("Münchner Tagesblatt", "Folha Global de São Paulo", "Jürgen Müller"):
        assert name in text


def test_rfc4180_crlf_records_and_quoted_fields():
    text = render(report())[1:]
    assert text.endswith("\r\n")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert len(records) == 1 + 3 and all(len(r) == len(COLUMNS) for r in records)
    assert '"Jobs: 1,200 (Tagesblatt, wire) vs 1,500 (Folha), ""same plant"""' in text


def test_cells_a_spreadsheet_would_run_as_formulas_are_prefixed():
    table = frame(render(report()))
    assert "'-2+3 is reported by one outlet only" in set(table["message"])
    assert "'+ differs" in set(table["message"])
    assert "'@editor: checked with the wire" in set(table["resolution"])
    # No cell anywhere starts with a trigger character.
    for column in table.columns:
        for cell in table[column]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_outlet_count_stays_a_number():
    table = pd.read_csv(io.StringIO(render(report())))
    assert table["outlets"].dtype.kind == "i" and list(table["outlets"]) == [3, 3, 1]


def test_state_and_resolution_columns_show_the_decision():
    table = frame(render(report()))
    row = table[table["finding_id"] == "c1b0000000bb"].iloc[0]
    assert row["state"] == "resolved"
    assert unneutralise(row["resolution"]) == "@editor: checked with the wire"
    assert table.iloc[0]["state"] == "new"


def test_neutralise_round_trips():
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "", "'quoted"):
        assert unneutralise(neutralise(cell)) == cell
    assert neutralise("São Paulo") == "São Paulo"


def test_same_report_in_any_order_gives_the_same_bytes():
    first = report()
    shuffled = Report(first.story, first.sources[::-1], first.findings[::-1])
    assert render(first) == render(shuffled)


def test_empty_report_is_just_the_header():
    assert render(Report("quiet", SOURCES, ())) == "\ufeff" + ",".join(COLUMNS) + "\r\n"


def test_choosing_csv_does_not_slow_down_every_other_command():
    # The CLI imports formats lazily; the CSV module itself must not pull in pandas or openpyxl.
    probe = ("import sys, checker.formats.csv_report, checker.csv_import; "
             "print('pandas' in sys.modules or 'openpyxl' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# ---------------------------------------------------------------- through the command line

ROOT = Path(__file__).parents[1]
FIXTURE = ROOT / "fixtures" / "hk-data-requests"
STORIES = ROOT / "tests" / "stories"


def export(story: Path, fmt: str, out: Path) -> Path:
    done = CliRunner().invoke(app, ["diff", str(story), "--format", fmt, "-o", str(out)])
    assert done.exit_code == 0, done.output
    return out


def test_fixture_csv_holds_the_same_findings_as_the_json(tmp_path):
    table = pd.read_csv(export(FIXTURE, "csv", tmp_path / "r.csv"), encoding="utf-8",
                        dtype={"finding_id": str}, keep_default_na=False)
    data = json.loads(export(FIXTURE, "json", tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["findings"], "the reference story has findings"
    assert list(table["finding_id"]) == [f["id"] for f in data["findings"]]
    for finding, row in zip(data["findings"], table.itertuples(), strict=True):
        assert (row.verdict, row.rule) == (finding["verdict"], finding["rule"])
        lines = unneutralise(row.evidence).split("\n")
        assert len(lines) == len(finding["claims"])
        for claim in finding["claims"]:
            assert any(" ".join(claim["text"].split()) in line for line in lines)


def test_accents_of_a_story_survive_the_export(tmp_path):
    raw = export(STORIES / "sao-paulo-plant", "csv", tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for words in ("Münchner Tagesblatt", "Folha Global de São Paulo", "Jürgen Müller"):
        assert words in text


def test_formula_like_messages_of_an_article_are_prefixed(tmp_path):
    table = pd.read_csv(export(STORIES / "hostile-input", "csv", tmp_path / "r.csv"),
                        encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "=HYPERLINK" in " ".join(table["evidence"])
    for column in table.columns:
        assert not any(c.startswith(("=", "-", "+", "@")) for c in table[column]), column
