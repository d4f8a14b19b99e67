"""What `checker corpus` reads: a feed, or a folder of story folders, feeds and article files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.corpus.inputs import read_corpus
from checker.errors import CheckerError

ROOT = Path(__file__).resolve().parents[1]


def line(id: str, source: str, text: str, day: str = "2024-06-03") -> str:
    doc = {"id": id, "source": source, "outlet": source.title(), "url": "", "published": day}
    return json.dumps(doc | {"title": "", "text": text})


TRAM = (
    "A tram derailed near Ostbahnhof station in Lindau on Monday, injuring 12 passengers. "
    "Driver Piet Amsel was questioned by police; Lindauer Verkehrsbetriebe suspended line 7."
)


def test_a_folder_keeps_its_story_folders_and_groups_the_rest(tmp_path):
    corpus = tmp_path / "day"
    shutil.copytree(ROOT / "tests" / "stories" / "court-fine", corpus / "court-fine")
    (corpus / "wires.jsonl").write_text(line("w1", "wire", TRAM) + "\n", encoding="utf-8")
    (corpus / "courier.txt").write_text("3 June 2024\n\n" + TRAM.replace("12", "twelve"))
    (corpus / ".hidden.txt").write_text("ignored")
    stories = {s.id: s for s in read_corpus(corpus).stories}
    assert "court-fine" in stories
    assert [a.source.source for a in stories["court-fine"].story.articles] == [
        "alps-wire",
        "channel-courier",
        "rhine-post",
    ]
    (tram,) = [s for i, s in stories.items() if i != "court-fine"]
    assert sorted(m.id for m in tram.members) == ["courier.txt", "w1"]
    assert tram.story.name == tram.id


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CheckerError, match="no story folders, feeds or article files"):
        read_corpus(tmp_path)


def test_a_loose_article_without_a_date_is_a_story_of_its_own_and_stays_undated(tmp_path):
    (tmp_path / "undated.txt").write_text("Something happened somewhere.")
    (story,) = read_corpus(tmp_path).stories
    (member,) = story.members
    assert (member.id, member.published) == ("undated.txt", None)
    assert member.date_basis.startswith("unknown")


def test_index_titles_come_from_the_first_article(tmp_path):
    feed = tmp_path / "day.jsonl"
    doc = json.loads(line("a", "wire", TRAM)) | {"title": "Tram derails in Lindau"}
    feed.write_text(json.dumps(doc) + "\n" + line("b", "courier", TRAM, "2024-06-04") + "\n")
    (story,) = read_corpus(feed).stories
    assert story.title == "Tram derails in Lindau"


def test_the_command_refuses_an_outdir_it_did_not_write_before_running(tmp_path):
    from typer.testing import CliRunner

    from checker.cli import app

    feed = tmp_path / "day.jsonl"
    feed.write_text(line("a", "wire", TRAM) + "\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("mine")
    result = CliRunner().invoke(app, ["corpus", str(feed), "-o", str(tmp_path / "notes")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: {tmp_path / 'notes'}: exists and is not a corpus output "
        "(no index.json): refusing to replace it"
    ]
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["todo.txt"]
