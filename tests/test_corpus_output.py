"""The corpus output folder is replaced whole or not at all."""

from __future__ import annotations

import pytest
from corpus_support import STORIES, story_feed

from checker.corpus import output
from checker.corpus.inputs import read_corpus
from checker.corpus.output import write_corpus
from checker.corpus.running import check_story
from checker.rulepack import load_rules


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    feed = tmp_path_factory.mktemp("feed") / "day.jsonl"
    story_feed(feed, stories=[s for s in STORIES if s.name == "court-fine"])
    stories = read_corpus(feed).stories
    return stories, {s.id: check_story(s.story, load_rules(), None) for s in stories}


def test_a_run_that_fails_while_writing_leaves_the_previous_output_whole(
    checked, tmp_path, monkeypatch
):
    write_corpus(tmp_path / "out", *checked)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def disk_full(*_args) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_write_parquet", disk_full)
    with pytest.raises(OSError):
        write_corpus(tmp_path / "out", *checked)
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # no staging folder left beside it either


def test_a_second_run_replaces_the_first(checked, tmp_path):
    stories, outcomes = checked
    write_corpus(tmp_path / "out", stories, outcomes, html_pages=True)
    write_corpus(tmp_path / "out", stories, outcomes)
    assert not (tmp_path / "out" / "index.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
