"""The fact-checker's commands: diff, claims, rules, explain, eval; errors and determinism."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).parent.parent
STORY = ROOT / "fixtures" / "hk-data-requests"
GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_state_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where no baseline or config lies about, so every finding is `new`."""
    monkeypatch.chdir(tmp_path)


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {c.name or c.callback.__name__: c for c in app.registered_commands}
    assert {"diff", "claims", "rules", "explain", "eval", "baseline", "resolve", "ci"} <= set(
        commands
    )
    for name in commands:
        result = run(name, "--help")
        assert result.exit_code == 0
        assert len(result.output.strip().splitlines()) > 3
        assert f"checker {name}" in readme, f"README does not show `checker {name}`"


def test_version() -> None:
    from checker import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"checker {__version__}"


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_report_matches_its_golden_file(fmt: str) -> None:
    """Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and read the diff."""
    result = run("diff", str(STORY), "--format", fmt)
    assert result.exit_code == 0
    text = result.output.replace(str(STORY), "fixtures/hk-data-requests")
    golden = GOLDEN / f"hk-data-requests.{ {'markdown': 'md'}.get(fmt, fmt) }"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_json_report_follows_the_schema_of_the_design() -> None:
    doc = json.loads(run("diff", str(STORY), "--format", "json").output)
    assert set(doc) == {"schema", "story", "sources", "findings", "summary"}
    assert doc["schema"] == "checker.report/1"
    assert set(doc["sources"][0]) == {"source", "outlet", "url", "published", "path"}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in STORY.glob("*.txt")}
    for f in doc["findings"]:
        assert set(f) == {
            "id",
            "rule",
            "kind",
            "verdict",
            "severity",
            "confidence",  # an addition to the design's fields: how sure the finding is
            "message",
            "state",
            "claims",
            "details",
        }
        assert 0.0 <= f["confidence"] <= 1.0
        assert f["state"] == "new"
        for c in f["claims"]:
            assert texts[c["source"]][c["start"] : c["end"]] == c["text"]


def test_headline_cases_are_explained() -> None:
    findings = json.loads(run("diff", str(STORY), "--format", "json").output)["findings"]
    quote = [f for f in findings if f["rule"] == "quote-wording" and "accessing" in f["message"]]
    assert quote and quote[0]["verdict"] == "conflict" and "near-homograph" in quote[0]["message"]
    fine = [f for f in findings if f["rule"] == "currency"]
    assert fine and fine[0]["verdict"] == "consistent"
    assert "2020-07-08" in fine[0]["message"] and "HKD" in fine[0]["message"]
    counts = [
        f for f in findings if f["verdict"] == "not-comparable" and "81 accounts" in f["message"]
    ]
    assert counts, "81 accounts against 358 devices is not reported as not-comparable"
    assert re.search(r"subject \((Apple vs Microsoft|Microsoft vs Apple)\)", counts[0]["message"])


def test_shuffled_inputs_give_byte_identical_reports(tmp_path: Path) -> None:
    outputs = set()
    files = sorted(p for p in STORY.iterdir())
    for seed in (1, 2):
        copy = tmp_path / f"copy{seed}" / "hk-data-requests"
        copy.mkdir(parents=True)
        order = files[:]
        random.Random(seed).shuffle(order)
        for p in order:
            shutil.copy(p, copy / p.name)
        result = run("diff", str(copy), "--format", "json")
        outputs.add(result.output.replace(str(copy), "STORY"))
    assert len(outputs) == 1


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert run("diff", str(STORY), "--format", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# checker report: hk-data-requests")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _story_with(folder: Path, content: bytes) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_bytes(content)
    return folder


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: d / "missing", "missing"),
        (lambda d: _story_with(d / "empty", b""), "a.txt"),
        (lambda d: _story_with(d / "bin", b"\x00\x01\x02" * 50), "a.txt"),
        (lambda d: _story_with(d / "latin", b"\xff\xfe\x00\xd8" * 40), "a.txt"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, setup, expected: str
) -> None:
    story = setup(tmp_path)
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["diff", str(story), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("checker: error:") and expected in lines[0]
    assert "Traceback" not in result.output and not out.exists()


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["diff", str(STORY), "--format", "pdf"])
    assert result.exit_code == 2 and "unknown format" in result.output


def test_diff_exit_code_option_reports_conflicts() -> None:
    assert run("diff", str(STORY), "--exit-code").exit_code == 1
    one = ROOT / "tests" / "stories" / "court-fine"
    assert run("diff", str(one), "--exit-code", "--select", "currency,date").exit_code == 0


def test_claims_lists_every_claim_with_exact_spans() -> None:
    doc = json.loads(run("claims", str(STORY), "--format", "json").output)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in STORY.glob("*.txt")}
    assert len(doc["claims"]) > 50
    for c in doc["claims"]:
        assert texts[c["source"]][c["start"] : c["end"]] == c["text"]
    assert {s["source"]: s["published"] for s in doc["sources"]}["1news"] == "2020-07-08"
    table = run("claims", str(STORY)).output
    assert "borrowed" in table  # the BBC capture has no date: the report says which it used


def test_rules_and_explain() -> None:
    listing = run("rules").output
    for rule in ("quote-wording", "currency", "not-comparable", "single-source"):
        assert rule in listing
    text = run("explain", "quote-wording").output
    assert "near-homograph" in text and "Example (fires" in text and "stays quiet" in text
    doc = json.loads(run("diff", str(STORY), "--format", "json").output)
    fid = doc["findings"][0]["id"]
    detail = run("explain", fid, "--story", str(STORY))
    assert detail.exit_code == 0 and fid in detail.output
    assert runner.invoke(app, ["explain", "no-such-rule"]).exit_code == 2


def test_eval_on_the_reference_story_meets_the_targets() -> None:
    result = run("eval", str(STORY), "--gold", str(STORY / "gold.toml"), "--format", "json")
    scores = json.loads(result.output)
    assert scores["recall"]["core"] >= 0.9
    assert scores["verdict_accuracy"] >= 0.9
    assert scores["conflict_precision"] >= 0.6
    assert scores["single_source_recall"] >= 0.75


def test_eval_rejects_a_broken_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "gold.toml"
    bad.write_text('story = "x"\n[[discrepancy]]\nid = "a"\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(STORY), "--gold", str(bad)])
    assert result.exit_code == 2 and re.search(r"gold\.toml.*missing", result.output)


def test_eval_pools_several_stories_and_shows_what_each_match_compared() -> None:
    blind = sorted(p for p in (Path(__file__).parent / "blind").iterdir() if p.is_dir())[:2]
    result = run("eval", *map(str, blind), "--format", "json")
    doc = json.loads(result.output)
    assert [s["story"] for s in doc["stories"]] == [
        json.loads(run("eval", str(p), "--format", "json").output)["story"] for p in blind
    ]
    # pooled counts: the pooled recall lies between the stories' own
    recalls = [s["core_recall"] for s in doc["stories"]]
    assert min(recalls) <= doc["core_recall"] <= max(recalls)
    assert all("compared" in m for s in doc["stories"] for m in s["matches"])
    table = run("eval", *map(str, blind)).output
    assert "POOLED" in table


def test_eval_without_a_gold_file_names_the_story(tmp_path: Path) -> None:
    story = tmp_path / "nogold"
    story.mkdir()
    (story / "a.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(story)])
    assert result.exit_code == 2 and "no gold file" in result.output
