"""`checker ci` and `checker baseline` over a corpus output folder: one baseline and one
resolutions file per story id, and a failed story never passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_support import STORIES, story_feed
from typer.testing import CliRunner

from checker.cli import app
from checker.corpus.inputs import read_corpus
from checker.corpus.output import write_corpus
from checker.corpus.running import Outcome, check_story
from checker.rulepack import load_rules

SOME = [s for s in STORIES if s.name in {"court-fine", "quake-toll"}]


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The stories and their outcomes, checked in-process: the gate does not care how."""
    feed = tmp_path_factory.mktemp("feed") / "day.jsonl"
    story_feed(feed, stories=SOME)
    stories = read_corpus(feed).stories
    rules = load_rules()
    return stories, {s.id: check_story(s.story, rules, None) for s in stories}


@pytest.fixture
def output(checked, tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "out", *checked)
    return tmp_path / "out"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def conflicts(checked) -> dict[str, set[str]]:
    _, outcomes = checked
    return {
        i: {f["id"] for f in json.loads(o.json)["findings"] if f["verdict"] == "conflict"}
        for i, o in outcomes.items()
    }


def test_new_conflicts_fail_and_are_listed_by_story(output, checked):
    result = run("ci", str(output))
    assert result.exit_code == 1
    listed = {tuple(line.split()[:2]) for line in result.stdout.splitlines() if line[:1] != " "}
    assert listed == {(s, f) for s, ids in conflicts(checked).items() for f in ids}
    assert "ci: failed" in result.stderr


def test_a_baselined_corpus_passes(output):
    made = run("baseline", str(output), "-o", "baselines")
    assert made.exit_code == 0, made.output
    index = json.loads((output / "index.json").read_text(encoding="utf-8"))
    assert sorted(p.stem for p in Path("baselines").iterdir()) == sorted(
        s["id"] for s in index["stories"]
    )
    result = run("ci", str(output), "--baseline", "baselines")
    assert result.exit_code == 0, result.output
    assert "ci: passed" in result.stderr


def test_resolutions_are_kept_per_story(output, checked):
    story_id, ids = next((s, ids) for s, ids in conflicts(checked).items() if ids)
    for finding in sorted(ids):
        resolved = run(
            "resolve",
            finding,
            "--status",
            "accepted",
            "--note",
            "both figures were reported",
            "--resolutions",
            f"decisions/{story_id}.json",
        )
        assert resolved.exit_code == 0, resolved.output
    result = run("ci", str(output), "--resolutions", "decisions")
    failing_stories = {line.split()[0] for line in result.stdout.splitlines() if line[:1] != " "}
    assert story_id not in failing_stories


def test_an_entry_no_longer_found_is_a_warning_not_a_failure(output):
    run("baseline", str(output), "-o", "baselines")
    story = sorted(Path("baselines").iterdir())[0]
    text = story.read_text(encoding="utf-8")
    stale = '  "c0123456789a": {"rule": "number", "sources": ["a", "b"], "verdict": "conflict"},\n'
    story.write_text(text.replace("{\n", "{\n" + stale, 1), encoding="utf-8")
    result = run("ci", str(output), "--baseline", "baselines")
    assert result.exit_code == 0, result.output
    assert f"warning: {story.as_posix()}: c0123456789a is no longer found" in result.stderr


def test_a_corpus_with_a_failed_story_never_passes(checked, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stories, outcomes = checked
    broken = dict(outcomes) | {stories[0].id: Outcome(stories[0].id, error="internal: boom")}
    write_corpus(tmp_path / "out", stories, broken)
    result = run("baseline", "out", "-o", "baselines")
    assert result.exit_code == 2
    result = run("ci", "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: out/index.json: story {stories[0].id} failed in this run: internal: boom"
    ]


def test_a_corpus_with_a_line_left_out_never_passes(checked, tmp_path, monkeypatch):
    from checker.ingest.feed import Rejected

    monkeypatch.chdir(tmp_path)
    lost = Rejected("day.jsonl", 7, "x7", "missing or empty 'text' field")
    write_corpus(tmp_path / "out", *checked, rejected=[lost])
    result = run("ci", "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "checker: error: out/index.json: 1 line of the feed could not be read in this run "
        "(first day.jsonl:7: missing or empty 'text' field)"
    ]


def test_ci_on_a_feed_with_a_bad_line_stops_before_checking(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    feed = tmp_path / "day.jsonl"
    story_feed(feed, stories=SOME)
    with feed.open("a", encoding="utf-8") as f:
        f.write('{"id": "x", "source": "s"}\n')
    lines = len(feed.read_text(encoding="utf-8").splitlines())
    result = run("ci", "--corpus", str(feed))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: {feed.as_posix()}:{lines}: missing or empty 'text' field",
        f"checker: error: {feed.as_posix()}: 1 line could not be read: CI reads every line",
    ]


def test_a_baseline_file_where_a_folder_is_needed_is_an_error(output):
    Path("one.json").write_text("{}")
    result = run("ci", str(output), "--baseline", "one.json")
    assert result.exit_code == 2
    assert "names a folder of <story-id>.json files" in result.stderr
