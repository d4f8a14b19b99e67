"""The story folder is a boundary: nothing outside it is read, and checker's own reports in it
are not articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import checker
from checker.errors import CheckerError, InputWarning
from checker.ingest import load_story

ARTICLE = "The council said 40 buses were late on Monday.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    return folder


def refused(folder: Path) -> CheckerError:
    with pytest.raises(CheckerError) as err:
        load_story(folder)
    return err.value


@pytest.mark.parametrize("entry", ["../secret.txt", "{outside}", "sub/../../secret.txt"])
def test_a_sources_csv_path_leading_outside_the_folder_is_refused(story: Path, entry: str) -> None:
    entry = entry.format(outside=story.parent / "secret.txt")
    (story / "sources.csv").write_text(f"source,file\nb,{entry}\n", encoding="utf-8")
    (story / "sub").mkdir()
    err = refused(story)
    assert err.where.endswith("sources.csv:2")
    assert "outside the story folder" in err.what and entry in err.what


def test_a_symlinked_article_pointing_outside_is_refused(story: Path) -> None:
    (story / "passwd.txt").symlink_to(story.parent / "secret.txt")
    err = refused(story)
    assert err.where.endswith("story/passwd.txt")
    assert "outside the story folder" in err.what


def test_a_symlinked_folder_outside_is_refused_through_sources_csv(story: Path) -> None:
    (story / "elsewhere").symlink_to(story.parent, target_is_directory=True)
    (story / "sources.csv").write_text("source,file\nb,elsewhere/secret.txt\n", encoding="utf-8")
    assert "outside the story folder" in refused(story).what


def test_a_symlink_loop_is_refused_naming_the_entry(story: Path) -> None:
    (story / "loop.txt").symlink_to(story / "loop.txt")
    err = refused(story)
    assert err.where.endswith("loop.txt") and "symlink loop" in err.what


def test_a_symlink_inside_the_folder_is_read(story: Path) -> None:
    (story / "sub").mkdir()
    (story / "sub" / "b.md").write_text("The council said 45 buses were late.\n", encoding="utf-8")
    (story / "b.txt").symlink_to(story / "sub" / "b.md")
    assert [a.source.source for a in load_story(story).articles] == ["a", "b"]


def test_a_file_name_that_is_not_utf8_is_refused_by_its_escaped_name(story: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (story / name).write_text(ARTICLE, encoding="utf-8")
    err = refused(story)
    assert err.where.endswith("story/caf\\xe9.txt")
    str(err).encode("utf-8")  # printable: no lone surrogate left


def test_a_report_written_into_the_story_folder_is_not_read_back(story: Path) -> None:
    from checker.formats import renderer

    (story / "b.txt").write_text("The council said 45 buses were late.\n", encoding="utf-8")
    before = checker.check(story)
    for fmt, name in (
        ("json", "report.json"),
        ("markdown", "report.md"),
        ("html", "report.html"),
        ("table", "report.txt"),
    ):
        (story / name).write_text(renderer(fmt)(before), encoding="utf-8")
    with pytest.warns(InputWarning, match="report checker wrote"):
        after = checker.check(story)
    assert [s.source for s in after.sources] == ["a", "b"]
    assert after.findings == before.findings


def test_an_article_json_is_still_an_article(story: Path) -> None:
    (story / "b.json").write_text(json.dumps({"text": "The schema: checker. 45 buses."}))
    assert [a.source.source for a in load_story(story).articles] == ["a", "b"]


def test_a_url_given_as_the_story_says_to_fetch_it_first() -> None:
    with pytest.raises(CheckerError) as err:
        load_story(Path("https://www.bbc.co.uk/news/world-asia-china-53286432"))
    assert err.value.where == "https://www.bbc.co.uk/news/world-asia-china-53286432"
    assert "checker fetch" in err.value.what
