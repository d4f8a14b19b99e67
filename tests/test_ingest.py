"""Reading a story folder: decoding, manifest, dates, order, and clear errors on bad input."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.ingest import header_date, load_story

ROOT = Path(__file__).resolve().parents[1]
FERRY = ROOT / "tests" / "stories" / "ferry-strike"
REFERENCE = ROOT / "fixtures" / "hk-data-requests"

LEAD = "The council approved the budget on Tuesday, officials said.\n"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


def sources(story) -> dict:
    return {a.source.source: a.source for a in story.articles}


def error_of(path: Path) -> CheckerError:
    with pytest.raises(CheckerError) as info:
        load_story(path)
    return info.value


# ---------------------------------------------------------------- the stories we ship


def test_reference_story_reads_five_articles_in_source_order():
    story = load_story(REFERENCE)
    assert story.name == "hk-data-requests"
    assert [a.source.source for a in story.articles] == [
        "1news",
        "bbc",
        "bolnews",
        "firstonline",
        "hkfp",
    ]
    assert all(a.source.encoding == "utf-8" for a in story.articles)


def test_reference_story_says_where_each_date_came_from():
    src = sources(load_story(REFERENCE))
    assert src["hkfp"].published == date(2020, 7, 7)
    assert src["hkfp"].date_basis == "sources.csv"
    # No date in sources.csv or in the text: the median of the others, and it says so.
    assert src["bbc"].published == date(2020, 7, 8)
    assert src["bbc"].date_basis == (
        "borrowed: median date of the other sources (1news, bolnews, hkfp)"
    )
    assert src["bbc"].outlet == "BBC News"
    assert src["bbc"].url == ""


def test_text_is_kept_exactly_as_on_disk():
    story = load_story(REFERENCE)
    for article in story.articles:
        raw = (REFERENCE / f"{article.source.source}.txt").read_bytes().decode("utf-8")
        assert article.text == raw


def test_source_path_is_the_story_path_as_given_plus_the_file_name(monkeypatch):
    monkeypatch.chdir(ROOT)
    story = load_story(Path("tests/stories/ferry-strike"))
    assert story.path == "tests/stories/ferry-strike"
    assert sources(story)["valley"].path == "tests/stories/ferry-strike/valley.html"
    absolute = load_story(FERRY)
    assert sources(absolute)["valley"].path == f"{FERRY.as_posix()}/valley.html"


def test_metadata_from_csv_json_html_and_article_text():
    src = sources(load_story(FERRY))
    assert set(src) == {"coastline", "harbourwatch", "northgate", "valley"}  # gold.toml ignored
    assert (src["northgate"].outlet, src["northgate"].date_basis) == (
        "Northgate Courier",
        "sources.csv",
    )
    assert src["valley"].outlet == "Valley Post"  # empty in sources.csv: from the page
    assert src["valley"].url == "https://valleypost.example/ferry-strike"
    assert src["valley"].published == date(2021, 3, 1)
    assert src["valley"].date_basis == "html page metadata"
    assert src["harbourwatch"].outlet == "Harbour Watch"
    assert src["harbourwatch"].date_basis == "json field 'published'"
    assert src["coastline"].published == date(2021, 3, 2)
    assert src["coastline"].date_basis == "article text: 'March 2, 2021'"
    assert (src["coastline"].outlet, src["coastline"].url) == ("coastline", "")


def test_html_gives_visible_text_only():
    text = sources_text(FERRY, "valley")
    assert (
        "Ferry crews in Port Elling stopped work on Monday, and 40 sailings were cancelled" in text
    )
    assert "“We regret the disruption,” Bayline Ferries said in a statement." in text
    assert text.startswith("Ferry strike halts Port Elling crossings\n\n")  # the headline
    for hidden in ("font-family", "script text", "window.slots", "Council budget row", "Home"):
        assert hidden not in text


def test_json_text_is_title_then_text():
    text = sources_text(FERRY, "harbourwatch")
    assert text.startswith("Port Elling ferries stop as guild strikes\n\nPort Elling's ferries")


def sources_text(folder: Path, source: str) -> str:
    return next(a.text for a in load_story(folder).articles if a.source.source == source)


def test_a_single_article_file_is_a_one_article_story():
    story = load_story(FERRY / "northgate.txt")
    assert story.name == "northgate"
    assert [a.source.source for a in story.articles] == ["northgate"]
    assert story.articles[0].source.path == (FERRY / "northgate.txt").as_posix()


# ---------------------------------------------------------------- decoding


def test_utf8_with_bom(tmp_path):
    write(tmp_path / "s", {"a.txt": "\ufeff" + LEAD})
    article = load_story(tmp_path / "s").articles[0]
    assert article.source.encoding == "utf-8-sig"
    assert article.text == LEAD  # the mark is not part of the text


def test_cp1252_is_detected_and_read_correctly(tmp_path):
    text = "Herr Müller flew from São Paulo to Zürich on Monday, the café owner said.\n"
    write(tmp_path / "s", {"a.txt": text.encode("cp1252")})
    article = load_story(tmp_path / "s").articles[0]
    assert article.source.encoding == "cp1252 (detected)"
    assert article.text == text


def test_utf16_with_bom(tmp_path):
    write(tmp_path / "s", {"a.txt": LEAD.encode("utf-16")})
    article = load_story(tmp_path / "s").articles[0]
    assert (article.source.encoding, article.text) == ("utf-16", LEAD)


def test_newlines_and_quotes_are_not_normalised(tmp_path):
    text = "Headline\r\n\r\n“Quoted,” she said. It’s done.\r\n"
    write(tmp_path / "s", {"a.txt": text})
    assert load_story(tmp_path / "s").articles[0].text == text


# ---------------------------------------------------------------- order


def test_order_does_not_depend_on_file_or_row_order(tmp_path):
    names = ["zeta", "alpha", "mid"]
    one = write(tmp_path / "one", {f"{n}.txt": f"{n.title()} said so on Monday.\n" for n in names})
    two = write(
        tmp_path / "two", {f"{n}.txt": f"{n.title()} said so on Monday.\n" for n in reversed(names)}
    )
    (one / "sources.csv").write_text(
        "source,outlet,url,published,language\nzeta,Z,,2021-01-02,en\nalpha,A,,,en\n"
    )
    (two / "sources.csv").write_text(
        "source,outlet,url,published,language\nalpha,A,,,en\nzeta,Z,,2021-01-02,en\n"
    )
    a, b = load_story(one), load_story(two)
    assert [x.source.source for x in a.articles] == ["alpha", "mid", "zeta"]
    strip = [
        (x.source.source, x.source.outlet, x.source.published, x.source.date_basis, x.text)
        for x in a.articles
    ]
    assert strip == [
        (x.source.source, x.source.outlet, x.source.published, x.source.date_basis, x.text)
        for x in b.articles
    ]


def test_hidden_and_non_article_files_are_ignored(tmp_path):
    write(
        tmp_path / "s",
        {
            "a.txt": LEAD,
            ".b.txt": LEAD,
            "notes.csv": "x\n",
            "gold.toml": "x=1",
            "photo.jpg": b"\xff\xd8\xff\x00",
        },
    )
    assert [a.source.source for a in load_story(tmp_path / "s").articles] == ["a"]


def test_file_column_maps_a_source_id_to_a_file(tmp_path):
    folder = write(tmp_path / "s", {"capture-01.md": LEAD, "b.txt": LEAD})
    (folder / "sources.csv").write_text(
        "source,outlet,url,published,language,file\ncourier,The Courier,,,en,capture-01.md\n"
    )
    src = sources(load_story(folder))
    assert set(src) == {"b", "courier"}
    assert src["courier"].path.endswith("s/capture-01.md")


def test_spreadsheet_csv_with_bom_and_semicolons(tmp_path):
    folder = write(tmp_path / "s", {"a.txt": LEAD})
    (folder / "sources.csv").write_bytes(
        "\ufeffSource;Outlet;URL;Published;Language\r\na;Café Times;;2021-03-01;fr\r\n".encode(
            "utf-8"
        )
    )
    a = load_story(folder).articles[0].source
    assert (a.outlet, a.published, a.language) == ("Café Times", date(2021, 3, 1), "fr")


# ---------------------------------------------------------------- dates


def test_date_from_article_header_lines(tmp_path):
    write(
        tmp_path / "s",
        {
            "a.txt": "Council backs budget\n\n08th Jul, 2020. 11:37 am\n\n" + LEAD,
            "b.txt": "Council backs budget\nJuly 9, 2020\n" + LEAD,
            "c.txt": "date 2020-07-10 TODAY |\n" + LEAD,
        },
    )
    src = sources(load_story(tmp_path / "s"))
    assert (src["a"].published, src["a"].date_basis) == (
        date(2020, 7, 8),
        "article text: '08th Jul, 2020'",
    )
    assert (src["b"].published, src["b"].date_basis) == (
        date(2020, 7, 9),
        "article text: 'July 9, 2020'",
    )
    assert src["c"].published == date(2020, 7, 10)


def test_date_from_the_url_comes_before_one_in_the_text(tmp_path):
    write(
        tmp_path / "s",
        {
            "a.txt": "Council backs budget\nJuly 9, 2020\n" + LEAD,
            "b.txt": LEAD,
            "c.txt": LEAD,
            "sources.csv": "source,outlet,url,published\n"
            "a,A,https://a.example/news/2020/07/08/council-budget/,\n"
            "b,B,https://b.example/world/2020/jul/10/council,\n"
            "c,C,https://c.example/story/3301234,\n",
        },
    )
    src = sources(load_story(tmp_path / "s"))
    assert (src["a"].published, src["a"].date_basis) == (date(2020, 7, 8), "url: '/2020/07/08'")
    assert (src["b"].published, src["b"].date_basis) == (date(2020, 7, 10), "url: '/2020/jul/10'")
    assert src["c"].date_basis.startswith("borrowed")  # an article number is no date


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2021/08/05/slug", date(2021, 8, 5)),
        ("https://x.example/business/story/2020-07-06/slug", date(2020, 7, 6)),
        ("https://x.example/world/2021/apr/05/slug", date(2021, 4, 5)),
        ("https://x.example/news/20210805/slug.html", date(2021, 8, 5)),
        ("https://x.example/archives/2021/04/03/2003754998", date(2021, 4, 3)),
        ("https://x.example/a/2003754998", None),  # an article number
        ("https://x.example/2020/13/45/slug", None),  # no such day
        ("https://x.example/tag/2020?from=2020-07-06", None),  # the query is not the path
    ],
)
def test_url_date_forms(url, expected):
    from checker.ingest.pubdate import url_date

    found = url_date(url)
    assert (found[0] if found else None) == expected


def test_borrowed_date_is_the_median_of_the_others_and_says_so(tmp_path):
    write(
        tmp_path / "s",
        {
            "a.txt": "2021-05-01\n" + LEAD,
            "b.txt": "2021-05-03\n" + LEAD,
            "c.txt": "2021-05-04\n" + LEAD,
            "d.txt": LEAD,
        },
    )
    d = sources(load_story(tmp_path / "s"))["d"]
    assert d.published == date(2021, 5, 3)
    assert d.date_basis == "borrowed: median date of the other sources (a, b, c)"


def test_a_header_date_years_from_every_other_sources_is_the_pages_not_the_articles(tmp_path):
    # a site's "today" printed above the article when the page was saved
    write(
        tmp_path / "s",
        {
            "a.txt": LEAD,
            "b.txt": LEAD,
            "c.txt": "Arnby Daily\nThursday, Mar 12, 2026\n\n" + LEAD,
            "d.txt": "Council backs budget\nJuly 9, 2020\n" + LEAD,
            "sources.csv": "source,outlet,url,published\n"
            "a,A,https://a.example/1,2020-07-08\nb,B,https://b.example/2,2020-07-10\n"
            "c,C,https://c.example/3,\nd,D,https://d.example/4,\n",
        },
    )
    src = sources(load_story(tmp_path / "s"))
    assert src["c"].published == date(2020, 7, 9)  # the median of the others
    assert src["c"].date_basis.startswith("borrowed") and "'Mar 12, 2026'" in src["c"].date_basis
    assert src["d"].date_basis == "article text: 'July 9, 2020'"  # near the others: kept


def test_no_date_anywhere_is_unknown(tmp_path):
    write(tmp_path / "s", {"a.txt": LEAD, "b.txt": LEAD})
    for source in load_story(tmp_path / "s").articles:
        assert source.source.published is None
        assert source.source.date_basis == "unknown: relative dates are not resolved"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("08th Jul, 2020. 11:37 am", date(2020, 7, 8)),
        ("Published: 8 July 2020", date(2020, 7, 8)),
        ("Wednesday, July 8, 2020", date(2020, 7, 8)),
        ("Sept. 30, 2019", date(2019, 9, 30)),
        ("Updated 2020/07/08 10:00", date(2020, 7, 8)),
        ("1st of March 2021", date(2021, 3, 1)),
        (
            "Operator says it will hold water until the river falls, after three towns are flooded\n"
            "Tue 14 May 2024 10.31 BST",
            date(2024, 5, 14),
        ),  # after a long standfirst
    ],
)
def test_header_date_formats(header, expected):
    assert header_date(f"Headline\n{header}\n\n{LEAD}")[0] == expected


def test_header_date_ignores_dates_in_the_body_and_impossible_dates():
    body = (
        "The council approved the budget that was first drafted on 3 March 2019 after a long "
        "review, officials said.\n"
    )
    assert header_date(f"Headline\n\n{body}") is None
    assert header_date("Headline\n2020-13-45\n" + LEAD) is None
    # A dateline at the start of the first paragraph is the publication date.
    assert header_date("Headline\n\nLONDON, July 8, 2020 — " + LEAD)[0] == date(2020, 7, 8)


# ---------------------------------------------------------------- bad input


def test_missing_path(tmp_path):
    err = error_of(tmp_path / "nope")
    assert err.where.endswith("nope") and err.what == "no such file or directory"


def test_a_file_that_is_not_an_article(tmp_path):
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    assert "not a story folder" in error_of(tmp_path / "story.pdf").what


def test_folder_without_articles(tmp_path):
    write(tmp_path / "s", {"gold.toml": "x = 1\n", "sources.csv": "source\n"})
    assert error_of(tmp_path / "s").what.startswith("no article files")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "file has only white space"),
        (b"Ferry\x00strike\x00" * 10, "binary file (contains NUL bytes), not text"),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "binary file (a PDF file), not text: extract its text first",
        ),
        (bytes(range(1, 9)) * 50 + b"text", "binary file (mostly non-text bytes), not text"),
    ],
)
def test_empty_and_binary_files_name_the_file(tmp_path, content, what):
    write(tmp_path / "s", {"good.txt": LEAD, "bad.txt": content})
    err = error_of(tmp_path / "s")
    assert (err.where, err.what) == (f"{(tmp_path / 's').as_posix()}/bad.txt", what)


def test_undecodable_bytes(tmp_path):
    write(tmp_path / "s", {"bad.txt": bytes(range(0x80, 0x100)) * 8})
    err = error_of(tmp_path / "s")
    assert err.where.endswith("/bad.txt")
    assert err.what.startswith("undecodable bytes: not UTF-8 (byte 0x80 at offset 0)")


def test_json_errors(tmp_path):
    write(tmp_path / "a", {"x.json": '{"title": "T",\n "text": }'})
    err = error_of(tmp_path / "a")
    assert err.where.endswith("/x.json:2") and err.what.startswith("invalid JSON")
    write(tmp_path / "b", {"x.json": '{"title": "T"}'})
    assert error_of(tmp_path / "b").what == "missing or empty 'text' field"
    write(tmp_path / "c", {"x.json": '{"text": "Fine.", "published": "2020-13-45"}'})
    assert "'2020-13-45' is not a valid ISO date" in error_of(tmp_path / "c").what


def test_two_files_with_one_source_id(tmp_path):
    write(tmp_path / "s", {"a.txt": LEAD, "a.md": LEAD})
    err = error_of(tmp_path / "s")
    assert err.what == "duplicate source id 'a': a.md, a.txt"


HEADER = "source,outlet,url,published,language,note\n"


@pytest.mark.parametrize(
    ("csv_text", "line", "what"),
    [
        ("outlet,url\nX,\n", 1, "missing the 'source' column (header is: outlet,url)"),
        (
            HEADER + "a,A,,,en,\nghost,G,,,en,\n",
            3,
            "no article file for source 'ghost' (looked for ghost with .txt, .md, .html, .htm, .json)",
        ),
        (
            HEADER + "a,A,,2020-13-45,en,\n",
            2,
            "published: '2020-13-45' is not a valid ISO date (YYYY-MM-DD)",
        ),
        (
            HEADER + "a,A,,,en,\nb,B,,,en,\na,C,,,en,\n",
            4,
            "duplicate source id 'a' (already on line 2)",
        ),
        (
            HEADER + "a,A,,,en,\nb,B,,en\n",
            3,
            "expected 6 fields (source,outlet,url,published,language,note), found 4",
        ),
        (
            HEADER + "\n\na,A,,2020-13-45,en,\n",
            4,
            "published: '2020-13-45' is not a valid ISO date (YYYY-MM-DD)",
        ),
    ],
)
def test_malformed_sources_csv_names_the_line(tmp_path, csv_text, line, what):
    folder = write(tmp_path / "s", {"a.txt": LEAD, "b.txt": LEAD, "sources.csv": csv_text})
    err = error_of(folder)
    assert (err.where, err.what) == (f"{folder.as_posix()}/sources.csv:{line}", what)


def test_error_where_is_relative_when_the_story_path_is(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "story", {"a.txt": b""})
    assert error_of(Path("story")).where == "story/a.txt"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path):
    folder = write(tmp_path / "s", {"a.txt": LEAD})
    (folder / "a.txt").chmod(0)
    assert error_of(folder).what.startswith("cannot read the file")
