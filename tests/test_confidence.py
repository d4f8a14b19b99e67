"""Confidence: how much of what a finding compares was positively matched, and the CI gate on it.

A conflict whose measure, holder and time all match is at least as sure as one matched on words
alone; a report lists the surer findings of a verdict first; `checker ci --min-confidence LEVEL`
fails only on new conflicts at least that sure. Stories are invented, through the library and
through the command line (typer's CliRunner, as tests/test_ci_story.py does).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from slot_support import PUBLISHED, conflicts, describe, story
from typer.testing import CliRunner

from checker.cli import app
from checker.records import Report, Verdict, confidence_level

A, B = "alpha", "beta"


@cache
def report(a: str, b: str) -> Report:
    return story({A: a, B: b})


def _only_conflict(a: str, b: str):
    r = report(a, b)
    found = conflicts(r)
    assert len(found) == 1, describe(r)
    return found[0]


# (domain, rule, all slots matched: A, B; words alone: A, B)
SLOTS_AGAINST_WORDS = [
    ("courts", "currency",
     "The regulator fined Brandell Foods $5 million on Monday.",
     "Brandell Foods was fined $6 million by the regulator on Monday.",
     "The fine was $5 million.", "The fine was $6 million."),
    ("disasters", "number",
     "The storm destroyed 300 homes in Valdora on Monday.",
     "The storm destroyed 200 homes in Valdora on Monday.",
     "About 300 homes were destroyed.", "About 200 homes were destroyed."),
    ("transport", "quote-wording",
     '"We are reviewing the derailment at Kessel junction very carefully," said Ian Cole, the '
     "Northline Rail chief executive.",
     '"We are investigating the derailment at Kessel junction very carefully," said Ian Cole, '
     "the Northline Rail chief executive.",
     '"We are reviewing the incident very carefully," a rail spokesperson said.',
     '"We are investigating the accident very carefully," a rail spokesperson said.'),
]


@pytest.mark.parametrize(("domain", "rule", "a", "b", "bare_a", "bare_b"), SLOTS_AGAINST_WORDS,
                         ids=[c[0] for c in SLOTS_AGAINST_WORDS])
def test_matched_slots_are_at_least_as_sure_as_words_alone(domain, rule, a, b, bare_a, bare_b):
    full, bare = _only_conflict(a, b), _only_conflict(bare_a, bare_b)
    assert full.rule == bare.rule == rule
    assert full.confidence >= bare.confidence, (full.confidence, bare.confidence)
    assert full.confidence_level == "high"


def test_confidence_is_a_share_and_its_level_follows_it():
    for f in report(*SLOTS_AGAINST_WORDS[0][2:4]).findings:
        assert 0.0 <= f.confidence <= 1.0
        assert f.confidence_level == confidence_level(f.confidence)
    assert [confidence_level(x) for x in (0.0, 0.49, 0.5, 0.74, 0.75, 1.0)] == [
        "low", "low", "medium", "medium", "high", "high"]


# Three conflicts in one story, of three confidences: a figure with every slot matched, a
# denial, and a misquote of an unnamed speaker with two changed words.
MIXED_A = (
    '"We are reviewing the incident very carefully," a rail spokesperson said. The storm '
    "destroyed 300 homes in Valdora on Monday. Regulators have not approved the Velora vaccine."
)
MIXED_B = (
    '"We are investigating the accident very carefully," a rail spokesperson said. The storm '
    "destroyed 200 homes in Valdora on Monday. Regulators have approved the Velora vaccine."
)


def test_within_a_verdict_the_surer_findings_come_first():
    r = report(MIXED_A, MIXED_B)
    for verdict in Verdict:
        values = [f.confidence for f in r.findings if f.verdict is verdict]
        assert values == sorted(values, reverse=True), (verdict, describe(r))
    values = [f.confidence for f in conflicts(r)]
    assert len(set(values)) >= 3, describe(r)  # the order above was put to the test
    assert {f.rule for f in conflicts(r)} == {"number", "negation", "quote-wording"}


def test_the_json_report_keeps_that_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import json

    folder = _write_story(tmp_path, MIXED_A, MIXED_B)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["diff", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = [f for f in json.loads(result.stdout)["findings"] if f["verdict"] == "conflict"]
    values = [f["confidence"] for f in found]
    assert len(values) == 3 and values == sorted(values, reverse=True), values


# ---------------------------------------------------------------- checker ci --min-confidence

LOW = (  # the only conflict: a misquote of an unnamed speaker, two words changed
    '"We are reviewing the incident very carefully," a rail spokesperson said.',
    '"We are investigating the accident very carefully," a rail spokesperson said.',
)
HIGH = (  # the only conflict: a figure whose measure, holder, place and time all match
    "The storm destroyed 300 homes in Valdora on Monday.",
    "The storm destroyed 200 homes in Valdora on Monday.",
)


def _write_story(tmp_path: Path, a: str, b: str) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / f"{A}.txt").write_text(a + "\n", encoding="utf-8")
    (folder / f"{B}.txt").write_text(b + "\n", encoding="utf-8")
    (folder / "sources.csv").write_text(
        "source,outlet,url,published,language\n"
        + "".join(
            f"{s},{s.title()},https://{s}.example.com/news/1,{PUBLISHED.isoformat()},en\n"
            for s in (A, B)
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run `checker ci` on a two-outlet story in a fresh folder (no baseline: all is new)."""
    monkeypatch.chdir(tmp_path)

    def run(a: str, b: str, *options: str):
        folder = tmp_path / "story"
        if not folder.exists():
            _write_story(tmp_path, a, b)
        return CliRunner().invoke(app, ["ci", str(folder), *options])

    return run


def test_the_stories_conflicts_are_as_sure_as_said():
    low, high = _only_conflict(*LOW), _only_conflict(*HIGH)
    assert low.confidence_level == "low", low.confidence
    assert high.confidence_level == "high", high.confidence


def test_ci_fails_on_a_low_confidence_conflict_without_a_floor(ci):
    result = ci(*LOW)
    assert result.exit_code == 1, result.output


@pytest.mark.parametrize("level", ["high", "medium", "0.5"])
def test_ci_passes_when_the_only_conflict_is_below_the_floor(ci, level):
    result = ci(*LOW, "--min-confidence", level)
    assert result.exit_code == 0, result.output
    assert "below confidence" in result.output


@pytest.mark.parametrize("level", ["high", "low", "0.9"])
def test_ci_fails_when_the_conflict_is_at_least_as_sure(ci, level):
    result = ci(*HIGH, "--min-confidence", level)
    assert result.exit_code == 1, result.output


def test_the_floor_can_come_from_the_configuration(ci, tmp_path: Path):
    (tmp_path / "checker.toml").write_text('min-confidence = "high"\n', encoding="utf-8")
    assert ci(*LOW).exit_code == 0


def test_a_floor_that_is_no_level_is_a_usage_error(ci):
    result = ci(*HIGH, "--min-confidence", "certain")
    assert result.exit_code == 2
    assert "--min-confidence" in result.output
