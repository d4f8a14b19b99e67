"""JSONL feeds: `checker diff FEED.jsonl` reads one article per line, bad lines named by number."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.ingest import load_story
from checker.ingest.feed import Rejected, feed_line, read_feed, read_feed_lines
from checker.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "fixtures" / "hk-data-requests"


def line(**fields) -> str:
    doc = {"source": "bbc", "outlet": "BBC", "url": "https://bbc.example/a"}
    doc |= {"published": "2024-05-01", "title": "Port reopens", "text": "The port reopened."}
    return json.dumps(doc | fields)


def write(tmp_path: Path, *lines: str, name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_feed_is_a_story_of_one_article_per_line_in_source_order(tmp_path):
    feed = write(tmp_path, line(source="zeit", outlet="Die Zeit"), line(), name="port.jsonl")
    story = load_story(feed)
    assert story.name == "port"
    assert [a.source.source for a in story.articles] == ["bbc", "zeit"]
    bbc = story.articles[0]
    assert bbc.text == "Port reopens\n\nThe port reopened."  # title, blank line, text
    assert bbc.source.outlet == "BBC"
    assert bbc.source.published == date(2024, 5, 1)
    assert bbc.source.date_basis == "feed field 'published'"


def test_a_line_without_a_date_is_dated_from_its_url_else_its_first_lines(tmp_path):
    feed = write(
        tmp_path,
        line(source="a", published=None, url="https://a.example/2024/04/30/port-reopens/"),
        line(source="b", published=None, text="Lagos, 29 April 2024 - The port reopened."),
        line(source="c", published=None, text="The port reopened on Monday."),
        line(source="d", published="Tue, 30 Apr 2024 18:05:00 GMT"),  # an RSS pubDate
    )
    got = {
        a.source.source: (a.source.published, a.source.date_basis)
        for a in load_story(feed).articles
    }
    assert got == {
        "a": (date(2024, 4, 30), "url: '/2024/04/30'"),
        "b": (date(2024, 4, 29), "article text: '29 April 2024'"),
        "c": (None, "unknown: no date in the feed, the URL or the article's first lines"),
        "d": (date(2024, 4, 30), "feed field 'published'"),
    }


def test_a_feed_line_reads_back_as_the_article_it_was_written_from(tmp_path):
    story = load_story(REFERENCE)
    feed = write(tmp_path, *(feed_line(a) for a in reversed(story.articles)))
    again = load_story(feed)
    assert [a.text for a in again.articles] == [a.text for a in story.articles]
    assert [a.source.published for a in again.articles] == [
        a.source.published for a in story.articles
    ]


def test_a_feed_story_reports_the_same_findings_as_its_folder(tmp_path):
    import checker

    story = load_story(REFERENCE)
    feed = write(tmp_path, *(feed_line(a) for a in story.articles))
    assert {f.id for f in checker.check(feed).findings} == {
        f.id for f in checker.check(REFERENCE).findings
    }


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"text": "No source."}), "missing or empty 'source' field"),
        (line(text=""), "missing or empty 'text' field"),
        (line(title=3), "field 'title' must be a string"),
        (line(published="last Tuesday"), "not a valid ISO date"),
    ],
)
def test_a_bad_line_is_one_error_naming_its_line_number(tmp_path, bad, what):
    feed = write(tmp_path, line(source="a"), "", line(source="b"), bad)
    with pytest.raises(CheckerError) as info:
        load_story(feed)
    assert info.value.where == f"{feed.as_posix()}:4"
    assert what in info.value.what


def test_a_story_feed_has_one_article_per_source(tmp_path):
    feed = write(tmp_path, line(), line(text="Again."))
    with pytest.raises(CheckerError) as info:
        load_story(feed)
    assert info.value.where.endswith("feed.jsonl:2")
    assert "duplicate source 'bbc' (already on line 1)" in info.value.what


def test_a_corpus_feed_needs_a_unique_id_on_every_line(tmp_path):
    feed = write(tmp_path, line(id="a1"), line(source="cnn"))
    with pytest.raises(CheckerError, match="missing or empty 'id'"):
        read_feed(feed, need_ids=True)
    feed = write(tmp_path, line(id="a1"), line(id="a1", source="cnn"))
    with pytest.raises(CheckerError) as info:
        read_feed(feed, need_ids=True)
    assert info.value.where.endswith(":2")
    assert "duplicate id 'a1' (already on line 1)" in info.value.what


def test_a_corpus_reads_the_good_lines_and_names_each_bad_one(tmp_path):
    feed = write(
        tmp_path,
        line(id="a1"),
        "{not json",
        line(id="a3", text=""),
        line(id="a1", source="cnn"),
        line(source="zeit"),
        line(id="a6", text="The port reopened. " * 20),
        line(id="a7", source="zeit"),
    )
    read = read_feed_lines(feed, need_ids=True, limits=Limits(max_article_chars=200))
    assert [a.id for a in read.articles] == ["a1", "a7"]
    shown = feed.as_posix()
    assert read.rejected == (
        Rejected(shown, 2, "", "invalid JSON: Expecting property name enclosed in double quotes"),
        Rejected(shown, 3, "a3", "missing or empty 'text' field"),
        Rejected(shown, 4, "a1", "duplicate id 'a1' (already on line 1)"),
        Rejected(shown, 5, "", "missing or empty 'id' field (a corpus feed needs one per line)"),
        Rejected(
            shown,
            6,
            "a6",
            "article of 394 characters is longer than max-article-chars = 200 "
            "(raise it in checker.toml)",
        ),
    )


def test_an_over_long_line_is_refused_before_it_is_parsed(tmp_path):
    feed = write(tmp_path, line(), "[" * 5000)
    with pytest.raises(CheckerError) as info:
        read_feed(feed, limits=Limits(max_file_bytes=1000))
    assert info.value.where == f"{feed.as_posix()}:2"
    assert "file of 5,000 bytes is larger than max-file-bytes = 1,000" in info.value.what


def test_an_empty_feed_is_an_error(tmp_path):
    with pytest.raises(CheckerError, match="empty"):
        load_story(write(tmp_path, "", "  "))


def test_checker_diff_on_a_bad_feed_prints_one_error_line_and_exits_2(tmp_path):
    from typer.testing import CliRunner

    from checker.cli import app

    feed = write(tmp_path, line(), "{oops")
    result = CliRunner().invoke(app, ["diff", str(feed)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"checker: error: {feed.as_posix()}:2: invalid JSON: Expecting property name enclosed "
        "in double quotes"
    ]
