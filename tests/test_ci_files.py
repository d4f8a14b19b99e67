"""The baseline and resolutions files: sorted, stamp-free, one line per entry, strict on read."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from ci_support import report

from checker.baseline import BaselineEntry, load_baseline, save_baseline
from checker.errors import CheckerError
from checker.resolutions import (
    Resolution,
    add_resolutions,
    load_resolutions,
    parse_status,
    save_resolutions,
)


def _entries() -> list[BaselineEntry]:
    return [BaselineEntry.of(f) for f in report().findings]


def test_baseline_round_trips_sorted_one_entry_per_line(tmp_path: Path) -> None:
    path = tmp_path / "checker-baseline.json"
    assert save_baseline(path, reversed(_entries()))
    lines = path.read_text(encoding="utf-8").splitlines()
    ids = sorted(e.id for e in _entries())
    assert lines[0] == "{" and lines[-1] == "}"
    assert lines[-2] == '  "schema": "checker.baseline/1"'
    assert [json.loads("{" + line.rstrip(",") + "}").popitem()[0] for line in lines[1:-2]] == ids
    assert all(line.endswith(",") for line in lines[1:-2])  # no line depends on the next
    assert load_baseline(path) == {e.id: e for e in _entries()}


def test_rewriting_an_unchanged_baseline_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    save_baseline(path, _entries())
    first = path.read_bytes()
    assert not save_baseline(path, list(reversed(_entries())))
    assert path.read_bytes() == first


def test_missing_files_are_empty(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "nope.json") == {}
    assert load_resolutions(tmp_path / "nope.json") == {}


BAD_FILES = {
    "not json": ("{\n  oops\n}\n", "baseline.json:2: not valid JSON"),
    "empty": ("", "empty file"),
    "a list": ("[]\n", "expected a checker.baseline/1 JSON object"),
    "no schema": ('{"c1abcdef01235": {}}\n', 'no "schema" key'),
    "future version": ('{"schema": "checker.baseline/2"}\n', "unknown version '2'"),
    "other file": ('{"schema": "checker.resolutions/1"}\n', "not a checker.baseline file"),
    "bad id": ('{"fares": {}, "schema": "checker.baseline/1"}\n', "not a finding id"),
    "bad entry": ('{"c1abcdef0123": {"rule": 3, "sources": [], "verdict": "conflict"},'
                  ' "schema": "checker.baseline/1"}\n', "field 'rule' must be a string"),
    "duplicate": ('{"c1abcdef0123": {}, "c1abcdef0123": {}, "schema": "checker.baseline/1"}\n',
                  "appears twice"),
    "merge markers": ('{\n<<<<<<< HEAD\n  "a": 1,\n=======\n  "b": 2,\n>>>>>>> x\n}\n',
                      "merge conflict markers"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_malformed_baseline_is_an_error_naming_the_file(tmp_path: Path, case: str) -> None:
    text, says = BAD_FILES[case]
    path = tmp_path / "checker-baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        load_baseline(path)
    assert str(path) in err.value.where
    assert says in str(err.value)


def test_a_resolution_with_an_unknown_status_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{\n  "c1abcdef0123": {"by": "", "note": "", "status": "maybe"},\n'
                    '  "schema": "checker.resolutions/1"\n}\n', encoding="utf-8")
    with pytest.raises(CheckerError, match="unknown status 'maybe'"):
        load_resolutions(path)


def test_statuses_as_editors_type_them() -> None:
    assert parse_status("False alarm", "x") == "false-alarm"
    assert parse_status(" ACCEPTED ", "x") == "accepted"
    with pytest.raises(CheckerError, match="unknown status 'fixed'"):
        parse_status("fixed", "--status")


def test_add_resolutions_reports_what_changed_and_the_last_decision_wins(tmp_path: Path) -> None:
    path = tmp_path / "checker-resolutions.json"
    ids = [f.id for f in report().findings]
    first = add_resolutions(path, [Resolution(ids[0], "accepted", "fine", "ana")])
    assert first.added == (ids[0],)
    again = add_resolutions(path, [
        Resolution(ids[0], "accepted", "fine", "ana"),
        Resolution(ids[1], "corrected", "draft"),
        Resolution(ids[1], "corrected", "fixed in print", "bo"),
    ])
    assert (again.added, again.updated, again.unchanged) == ((ids[1],), (), (ids[0],))
    assert load_resolutions(path)[ids[1]] == Resolution(ids[1], "corrected", "fixed in print", "bo")
    changed = add_resolutions(path, [Resolution(ids[0], "false-alarm", "same boats")])
    assert changed.updated == (ids[0],)


def test_nothing_is_written_when_one_decision_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "checker-resolutions.json"
    good = report().findings[0].id
    bad = Resolution("zz", "accepted", "")
    with pytest.raises(CheckerError, match="not a finding id"):
        add_resolutions(path, [Resolution(good, "accepted", "ok"), bad])
    assert not path.exists()


def test_resolution_summary_is_what_reports_show() -> None:
    assert Resolution("c1abcdef0123", "accepted", "both true", "ana").summary() == \
        "accepted: both true (ana)"
    assert Resolution("c1abcdef0123", "corrected", "").summary() == "corrected"


# ---------------------------------------------------------------- git


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("attributes", [True, False], ids=["union-driver", "default-driver"])
def test_two_branches_adding_resolutions_merge_without_conflict(
    tmp_path: Path, attributes: bool
) -> None:
    """Each branch resolves a different finding. With `merge=union` (docs/ci.md) any two
    additions merge; with git's default driver, additions that are not next to each other do."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    for args in (("init", "-q", "-b", "main"), ("config", "user.name", "Test Editor"),
                 ("config", "user.email", "editor@example.org"),
                 ("config", "commit.gpgsign", "false")):
        assert _git(repo, *args).returncode == 0
    path = repo / "checker-resolutions.json"
    ids = sorted(f.id for f in report().findings)
    # Base: the first and last id resolved. Branches add ids 1 and 2: adjacent lines, the
    # case only the union driver merges; without it, branches add ids at either end.
    save_resolutions(path, [Resolution(ids[0], "accepted", "base"),
                            Resolution(ids[3], "accepted", "base")])
    if attributes:
        (repo / ".gitattributes").write_text("checker-resolutions.json merge=union\n")
    _git(repo, "add", ".")
    assert _git(repo, "commit", "-q", "-m", "base").returncode == 0
    left, right = ((ids[1], ids[2]) if attributes else (ids[1], ids[3] + "-1"))
    for branch, fid in (("left", left), ("right", right)):
        _git(repo, "checkout", "-q", "-b", branch, "main")
        add_resolutions(path, [Resolution(fid, "false-alarm", f"decided on {branch}", branch)])
        assert _git(repo, "commit", "-q", "-am", branch).returncode == 0
    merge = _git(repo, "merge", "-q", "-m", "merge", "left")
    assert merge.returncode == 0, merge.stdout + merge.stderr
    merged = load_resolutions(path)
    assert {left, right, ids[0], ids[3]} <= merged.keys()
    assert merged[left].note == "decided on left" and merged[right].by == "right"
