"""`checker baseline`, `resolve` and `ci` as a newsroom's CI job and its editors use them.

These run the commands on a small made-up story through a stand-in for checker.check (see
ci_support.fake_check), so they test the commands, not the pipeline; test_ci_story.py runs the
real pipeline on the reference story.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
import typer
from ci_support import ARTICLES, fake_check, write_story
from typer.testing import CliRunner

import checker
from checker.baseline import load_baseline
from checker.cli.ci import register
from checker.resolutions import load_resolutions

app = typer.Typer()
register(app)


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(checker, "check", fake_check)
    return write_story(tmp_path / "fares")


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def _set_fare(story: Path, percent: int) -> None:
    text = ARTICLES["valleypost"].replace("by 15%", f"by {percent}%")
    (story / "valleypost.txt").write_text(text, encoding="utf-8")


def test_the_newsroom_flow(story: Path) -> None:
    first = run("baseline", story)
    assert first.exit_code == 0, first.output
    assert "2 findings" in first.stderr
    assert run("ci", story).exit_code == 0

    _set_fare(story, 16)  # a new figure: a new conflict
    failed = run("ci", story)
    assert failed.exit_code == 1
    listed = [line for line in failed.stdout.splitlines() if not line.startswith(" ")]
    assert len(listed) == 1
    new_id = listed[0].split()[0]
    assert "conflict  number-mismatch" in listed[0]
    assert "fares/valleypost.txt:1:" in failed.stdout  # where to look
    assert "failed: 1 new unresolved conflict" in failed.stderr
    assert "is no longer found" in failed.stderr  # the baselined 15% finding went away

    resolved = run("resolve", new_id, "--status", "accepted", "--note", "16% is right",
                   "--by", "ana")
    assert resolved.exit_code == 0, resolved.output
    assert load_resolutions(Path("checker-resolutions.json"))[new_id].by == "ana"
    assert run("ci", story).exit_code == 0

    _set_fare(story, 15)  # the article edited back
    back = run("ci", story)
    assert back.exit_code == 0
    assert f"{new_id} (accepted: 16% is right (ana)) matches no finding" in back.stderr


def test_prune_drops_stale_baseline_entries_only_when_asked(story: Path) -> None:
    run("baseline", story)
    _set_fare(story, 16)
    run("resolve", fake_check(story).findings[0].id, "--status", "corrected", "--note", "x")
    before = Path("checker-baseline.json").read_bytes()
    assert run("ci", story).exit_code == 0
    assert Path("checker-baseline.json").read_bytes() == before
    pruned = run("ci", story, "--prune")
    assert pruned.exit_code == 0
    assert "pruned 1 stale entry" in pruned.stderr
    assert len(load_baseline(Path("checker-baseline.json"))) == 1
    assert "no longer found" not in run("ci", story).stderr


def test_rebaselining_an_unchanged_story_changes_nothing(story: Path) -> None:
    run("baseline", story)
    before = Path("checker-baseline.json").read_bytes()
    again = run("baseline", story)
    assert "(unchanged)" in again.stderr
    assert Path("checker-baseline.json").read_bytes() == before


@pytest.mark.parametrize("content, says", [
    ("{ not json", "checker-baseline.json:1: not valid JSON"),
    ('{"schema": "checker.baseline/9"}', "unknown version '9'"),
])
def test_a_broken_baseline_exits_2_and_writes_nothing(story: Path, content: str, says: str):
    Path("checker-baseline.json").write_text(content, encoding="utf-8")
    result = run("ci", story, "--format", "sarif", "-o", "out.sarif")
    assert result.exit_code == 2
    assert result.stderr.startswith("checker: error: checker-baseline.json")
    assert says in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not Path("out.sarif").exists()
    # `checker baseline` will not overwrite what is not a baseline either
    assert run("baseline", story).exit_code == 2


def test_a_broken_resolutions_file_exits_2(story: Path) -> None:
    Path("decisions.json").write_text('{"schema": "checker.resolutions/0"}', encoding="utf-8")
    result = run("ci", story, "--resolutions", "decisions.json")
    assert result.exit_code == 2
    assert "decisions.json" in result.stderr and "unknown version" in result.stderr


@pytest.mark.parametrize("args, says", [
    (["c1c4b2f7d35f", "--status", "fixed", "--note", "x"], "--status: unknown status 'fixed'"),
    (["c1c4b2f7d35f", "--status", "accepted"], "give a finding ID, --status and --note"),
    (["fares-1", "--status", "accepted", "--note", "x"], "'fares-1' is not a finding id"),
])
def test_resolve_refuses_what_it_cannot_record(story: Path, args: list[str], says: str) -> None:
    result = run("resolve", *args)
    assert result.exit_code == 2
    assert says in result.stderr
    assert not Path("checker-resolutions.json").exists()


def test_an_internal_error_never_passes(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(checker, "check", broken)
    result = run("ci", story)
    assert result.exit_code == 2
    assert result.stderr == "checker: error: internal: ZeroDivisionError: division by zero\n"


def test_usage_errors_exit_2(story: Path) -> None:
    assert run("ci", story, "--fail-on", "everything").exit_code == 2
    assert run("ci", story, "--format", "pdf").exit_code == 2
    assert run("ci", story / "missing").exit_code == 2
    assert run("ci").exit_code == 2


def test_ci_writes_sarif_and_still_lists_new_conflicts(story: Path) -> None:
    _set_fare(story, 16)
    result = run("ci", story, "--format", "sarif", "-o", "checker.sarif")
    assert result.exit_code == 1
    assert "number-mismatch" in result.stdout
    sarif = json.loads(Path("checker.sarif").read_text(encoding="utf-8"))
    assert [r["baselineState"] for r in sarif["runs"][0]["results"]] == ["new", "new"]


def test_a_report_on_stdout_moves_the_list_to_stderr(story: Path) -> None:
    result = run("ci", story, "--format", "junit")
    assert result.exit_code == 1
    assert result.stdout.startswith("<?xml")
    assert "number-mismatch" in result.stderr


def test_configuration_sets_defaults_and_options_win(story: Path) -> None:
    Path("checker.toml").write_text(
        'baseline = "ci/known.json"\nresolutions = "ci/decided.json"\nformat = "junit"\n',
        encoding="utf-8")
    assert run("baseline", story).exit_code == 0
    assert Path("ci/known.json").is_file()
    assert run("ci", story).exit_code == 0
    assert run("ci", story, "--baseline", "elsewhere.json").exit_code == 1
    junit = run("ci", story, "-o", "report.xml")
    assert Path("report.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert junit.exit_code == 0


def test_configuration_in_a_parent_folder_resolves_paths_there(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("pyproject.toml").write_text('[tool.checker]\nbaseline = "known.json"\n',
                                      encoding="utf-8")
    run("baseline", story)
    monkeypatch.chdir(story)
    assert run("ci", ".").exit_code == 0
    assert Path("../known.json").is_file() and not Path("known.json").exists()


def test_bad_configuration_exits_2_naming_file_and_key(story: Path) -> None:
    Path("checker.toml").write_text('fail_on = "any"\n', encoding="utf-8")
    result = run("ci", story)
    assert result.exit_code == 2
    assert result.stderr == ("checker: error: checker.toml: unknown key 'fail_on' "
                             "(did you mean 'fail-on'?)\n")


def test_resolve_from_csv_hands_over_to_the_csv_import(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def import_csv_decisions(csv_path: Path, resolutions_path: Path, *, known_ids=None,
                             by: str = ""):
        calls.append((csv_path, resolutions_path, known_ids, by))
        return types.SimpleNamespace(imported=("c1c4b2f7d35f",), unmatched=(), undecided=0)

    fake = types.ModuleType("checker.csv_import")
    fake.import_csv_decisions = import_csv_decisions
    monkeypatch.setitem(sys.modules, "checker.csv_import", fake)
    result = run("resolve", "--from-csv", "edited.csv", "--resolutions", "r.json", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert calls == [(Path("edited.csv"), Path("r.json"), None, "ana")]
    assert "1 decision imported" in result.stderr
    assert run("resolve", "c1c4b2f7d35f", "--from-csv", "edited.csv").exit_code == 2


def _ids(story: Path, **options) -> dict[str, str]:
    return {f.rule: f.id for f in fake_check(story, **options).findings}


def test_resolve_with_story_accepts_only_findings_of_its_current_report(story: Path) -> None:
    ids = _ids(story)
    done = run("resolve", ids["number-mismatch"], "--status", "accepted", "--note", "ok",
               "--story", story)
    assert done.exit_code == 0, done.output
    assert set(load_resolutions(Path("checker-resolutions.json"))) == {ids["number-mismatch"]}

    before = Path("checker-resolutions.json").read_bytes()
    stranger = run("resolve", "c100000000bb", "--status", "accepted", "--note", "x",
                   "--story", story)
    assert stranger.exit_code == 2
    assert stranger.stderr == (f"checker: error: c100000000bb: no such finding in the current "
                               f"report of {story}\n")
    # the rule selection is ci's: an ignored rule's finding is not in the report
    ignored = run("resolve", ids["number-mismatch"], "--status", "accepted", "--note", "x",
                  "--story", story, "--ignore", "number-mismatch")
    assert ignored.exit_code == 2 and "no such finding" in ignored.stderr
    Path("checker.toml").write_text('ignore = ["number-mismatch"]\n', encoding="utf-8")
    configured = run("resolve", ids["number-mismatch"], "--status", "accepted", "--note", "x",
                     "--story", story)
    assert configured.exit_code == 2 and "no such finding" in configured.stderr
    assert Path("checker-resolutions.json").read_bytes() == before  # nothing written
    assert run("resolve", ids["single-source"], "--status", "accepted", "--note", "x",
               "--story", story).exit_code == 0
    Path("checker.toml").unlink()
    # a missing story, a malformed id and rule options without a story are errors too
    missing = run("resolve", ids["number-mismatch"], "--status", "accepted", "--note", "x",
                  "--story", story / "missing")
    assert missing.exit_code == 2 and len(missing.stderr.splitlines()) == 1
    assert "is not a finding id" in run("resolve", "fares-1", "--status", "accepted",
                                        "--note", "x", "--story", story).stderr
    assert run("resolve", ids["number-mismatch"], "--status", "accepted", "--note", "x",
               "--ignore", "number-mismatch").exit_code == 2
    assert set(load_resolutions(Path("checker-resolutions.json"))) == {
        ids["number-mismatch"], ids["single-source"]}


def test_resolve_from_csv_with_story_reports_rows_of_other_findings(story: Path) -> None:
    ids = _ids(story)
    Path("edited.csv").write_text(
        "finding_id,state,resolution_note\n"
        f"{ids['number-mismatch']},accepted,different routes\n"
        "c100000000bb,false-alarm,not in this story\n"
        f"{ids['single-source']},new,\n",
        encoding="utf-8",
    )
    result = run("resolve", "--from-csv", "edited.csv", "--story", story, "--by", "ana")
    assert result.exit_code == 0, result.output
    assert ("checker: warning: edited.csv:3: c100000000bb: no such finding in the current "
            "report") in result.stderr
    assert "1 decision imported from edited.csv, 1 row not used" in result.stderr
    decided = load_resolutions(Path("checker-resolutions.json"))
    assert set(decided) == {ids["number-mismatch"]}
    assert decided[ids["number-mismatch"]].by == "ana"  # --by reaches the import
    # without --story, a well-formed id of no current finding is recorded (and goes stale)
    run("resolve", "--from-csv", "edited.csv", "--by", "bo")
    decided = load_resolutions(Path("checker-resolutions.json"))
    assert set(decided) == {ids["number-mismatch"], "c100000000bb"}
    assert decided["c100000000bb"].by == "bo"
