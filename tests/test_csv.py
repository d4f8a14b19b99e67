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


def test_one_row_per_finding_and_cited_claim_in_report_order():
    table = frame(render(report()))
    assert tuple(table.columns) == COLUMNS
    ids = ["c1a0000000aa"] * 3 + ["c1c0000000cc"] * 4 + ["c1b0000000bb"]
    assert list(table["finding_id"]) == ids
    # Within a finding: by source, then position.
    assert list(table["source"][:3]) == ["folha", "tagesblatt", "wire"]
    assert list(table["start"][3:7]) == ["5", "0", "0", "7"]
    jobs = table[table["finding_id"] == "c1a0000000aa"]
    assert set(jobs["verdict"]) == {"conflict"} and set(jobs["rule"]) == {"number-mismatch"}
    assert list(jobs["outlet"]) == ["Folha Global de São Paulo", "Münchner Tagesblatt",
                                    "'=cmd|' /C calc'!A0"]
    assert list(jobs["published"]) == ["", "2024-03-12", "2024-03-13"]
    assert jobs["claim_text"].iloc[0] == "The plant will employ 1,500 people,\nthe company said."


def test_accents_survive_as_utf8_with_bom():
    raw = render(report()).encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for name in ("Münchner Tagesblatt", "Folha Global de São Paulo", "Jürgen Müller"):
        assert name in text


def test_rfc4180_crlf_records_and_quoted_fields():
    text = render(report())[1:]
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "").replace("people,\nthe", "")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert len(records) == 1 + 8 and all(len(r) == len(COLUMNS) for r in records)
    assert '"Jobs: 1,200 (Tagesblatt, wire) vs 1,500 (Folha), ""same plant"""' in text


def test_cells_a_spreadsheet_would_run_as_formulas_are_prefixed():
    table = frame(render(report()))
    texts = set(table["claim_text"])
    assert {"'=HYPERLINK(\"http://x\",\"y\")", "'-2+3", "'\tTab", "'\rCR", "'+1 more"} <= texts
    assert "'-2+3 is reported by one outlet only" in set(table["message"])
    assert "'+ differs" in set(table["message"])
    assert "'@editor: checked with the wire" in set(table["resolution_note"])
    # No cell anywhere starts with a trigger character.
    for column in table.columns:
        for cell in table[column]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_offsets_stay_numbers():
    table = pd.read_csv(io.StringIO(render(report())))
    assert table["start"].dtype.kind == "i" and table["end"].dtype.kind == "i"
    assert list(table["end"][:3]) == [93, 64, 131]


def test_state_and_note_columns_show_the_decision():
    table = frame(render(report()))
    row = table[table["finding_id"] == "c1b0000000bb"].iloc[0]
    assert row["state"] == "resolved"
    assert unneutralise(row["resolution_note"]) == "@editor: checked with the wire"
    assert set(table[table["finding_id"] == "c1a0000000aa"]["state"]) == {"new"}


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
    # The CLI imports formats lazily; the CSV module itself must not pull in pandas.
    probe = ("import sys, checker.formats.csv_report, checker.csv_import; "
             "print('pandas' in sys.modules)")
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
    assert list(table.columns[: len(COLUMNS)]) == list(COLUMNS)
    assert list(dict.fromkeys(table["finding_id"])) == [f["id"] for f in data["findings"]]
    assert len(table) == sum(len(f["claims"]) for f in data["findings"])
    for finding in data["findings"]:
        rows = table[table["finding_id"] == finding["id"]]
        assert set(rows["verdict"]) == {finding["verdict"]}
        assert set(rows["rule"]) == {finding["rule"]}
        cited = {(c["source"], c["text"], c["start"], c["end"]) for c in finding["claims"]}
        assert {(r.source, unneutralise(r.claim_text), r.start, r.end)
                for r in rows.itertuples()} == cited


def test_accents_of_a_story_survive_the_export(tmp_path):
    raw = export(STORIES / "sao-paulo-plant", "csv", tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(tmp_path / "r.csv", encoding="utf-8-sig", dtype=str,
                        keep_default_na=False)
    assert {"Münchner Tagesblatt", "Folha Global de São Paulo"} <= set(table["outlet"])
    assert any("Jürgen Müller" in text for text in table["claim_text"])
    assert any("São Paulo" in text for text in table["claim_text"])


def test_formula_like_claims_of_an_article_are_prefixed(tmp_path):
    table = pd.read_csv(export(STORIES / "hostile-input", "csv", tmp_path / "r.csv"),
                        encoding="utf-8-sig", dtype=str, keep_default_na=False)
    texts = list(table["claim_text"])
    assert any(t.startswith("'=HYPERLINK(\"http://x\",\"y\")") for t in texts)
    assert any(t.startswith("'-2+3 ") for t in texts)
    assert not any(t.startswith(("=", "-", "+", "@")) for t in texts)
