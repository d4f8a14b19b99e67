"""Stories written by editors who never saw the code (tests/blind/): the tool must keep
finding what they annotated, without false alarms. Floors, not targets: raise them as the
tool improves; a drop below one is a regression to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.evaluate import load_gold, score

BLIND = Path(__file__).parent / "blind"
STORIES = sorted(p for p in BLIND.iterdir() if (p / "gold.toml").is_file())


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_blind_story_keeps_its_recall_and_precision(story: Path) -> None:
    scores = score(checker.check(story), load_gold(story / "gold.toml"))
    assert scores.recall["core"] >= 0.7, scores.misses
    assert scores.conflict_precision >= 0.75, [f.message for f in scores.false_alarms]
    assert scores.verdict_accuracy >= 0.8, scores.wrong_verdict
    assert scores.single_source_recall >= 0.75, scores.single_misses


def test_there_are_blind_stories() -> None:
    assert len(STORIES) >= 4
