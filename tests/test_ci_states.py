"""Finding states from the baseline and the resolutions, stale entries, and what fails CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from ci_support import by_rule, report

from checker.baseline import BaselineEntry, save_baseline
from checker.errors import CheckerError
from checker.records import StaleEntry, State
from checker.resolutions import Resolution, save_resolutions
from checker.states import apply_states, failing


def test_without_files_every_finding_is_new(tmp_path: Path) -> None:
    rep = apply_states(report(), baseline=tmp_path / "b.json", resolutions=tmp_path / "r.json")
    assert {f.state for f in rep.findings} == {State.NEW}
    assert rep.stale == ()
    assert [f.rule for f in failing(rep)] == ["number-mismatch"]
    assert [f.rule for f in failing(rep, "any")] == ["number-mismatch", "aspect"]


def test_known_resolved_and_stale(tmp_path: Path) -> None:
    rep = report()
    conflict, aspect = by_rule(rep, "number-mismatch"), by_rule(rep, "aspect")
    gone_id, retired_id = "c100000000aa", "c100000000bb"
    save_baseline(tmp_path / "b.json", [
        *(BaselineEntry.of(f) for f in rep.findings if f is not aspect),
        BaselineEntry(gone_id, "number-mismatch", ("citywire", "valleypost"), "conflict"),
    ])
    save_resolutions(tmp_path / "r.json", [
        Resolution(conflict.id, "accepted", "the rise differs by route", "ana"),
        Resolution(retired_id, "corrected", "fixed"),
    ])
    out = apply_states(rep, baseline=tmp_path / "b.json", resolutions=tmp_path / "r.json")
    states = {f.rule: (f.state, f.note) for f in out.findings}
    assert states["number-mismatch"] == (State.RESOLVED, "accepted: the rise differs by route (ana)")
    assert states["aspect"] == (State.NEW, "")
    assert states["single-source"] == (State.KNOWN, "")
    assert out.stale == (
        StaleEntry(gone_id, "baseline", "number-mismatch", ("citywire", "valleypost")),
        StaleEntry(retired_id, "resolutions", note="corrected: fixed"),
    )
    assert failing(out) == ()  # the only conflict is resolved
    assert [f.rule for f in failing(out, "any")] == ["aspect"]


def test_a_broken_file_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text("{", encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        apply_states(report(), baseline=tmp_path / "b.json", resolutions=tmp_path / "r.json")
    assert "r.json" in err.value.where


def test_single_source_and_consistent_findings_never_fail() -> None:
    rep = report()
    assert {f.verdict.value for f in failing(rep, "any")} == {"conflict", "not-comparable"}
