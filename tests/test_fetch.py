"""`checker fetch URL... -o STORY`: pages served from 127.0.0.1 become a story folder that
`checker diff` reads like the same articles saved as text."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli import app
from checker.errors import CheckerError
from checker.ingest.fetch import fetch_story, source_id

PAGES = Path(__file__).parent / "pages"

# The articles of three of the pages, as a fact-checker would paste them into text files.
AS_TEXT = {
    "harbourtimes": """Council raises ferry fares by 12%

The city council voted on Monday to raise ferry fares by 12% from next month, the first rise in four years.

A council spokesman said the extra money would pay for 40 new boats, to be delivered by 2026.

Opposition councillors said the rise would hurt commuters who had no other way to reach the city.

The new fares take effect on 1 April.
""",
    "tideline": """Why the ferry fare rise is smaller than it looks

The council says ferry fares will rise by 12% in April, but most commuters will pay about 5% more, because season tickets are capped.

I went through the council's own tables. A monthly pass rises from 80 pounds to 84 pounds, while a single ticket goes from 3 pounds to 3.40 pounds.

The council's spokesman told me the cap was "a deliberate choice to protect daily commuters".

Occasional riders, tourists above all, will carry most of the rise.
""",
    "coastalexpress": """Ferry fares up 12 per cent from April

Ferry fares will rise by 12 per cent from 1 April after a council vote on Monday, the first increase since 2020.

The council said the money would buy 40 new boats. Councillor Ann Ruiz said the vote was "painful but necessary".

Commuter groups said they would protest outside the town hall on Friday.
""",
}
PAGE_OF = {"harbourtimes": "news-site", "tideline": "blog", "coastalexpress": "amp"}


class _Pages(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, directory=str(PAGES), **kwargs)

    def do_GET(self) -> None:
        if self.path.startswith("/slow/"):
            time.sleep(3)  # longer than the test's timeout
            self.path = self.path[len("/slow") :]
        super().do_GET()

    def log_message(self, *args) -> None:  # keep the test output clean
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (the timeout test) is expected


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def urls(server: str, *pages: str) -> list[str]:
    return [f"{server}/{page}.html" for page in pages]


def test_fetch_then_diff_gives_the_findings_of_the_same_articles_as_text(
    server: str, tmp_path: Path
) -> None:
    fetched = tmp_path / "fetched"
    result = fetch_story(urls(server, *PAGE_OF.values()), fetched, allow_private=True)
    assert sorted(f.source for f in result.fetched) == sorted(AS_TEXT)
    assert result.failed == ()

    as_text = tmp_path / "as-text"
    as_text.mkdir()
    for source, text in AS_TEXT.items():
        (as_text / f"{source}.txt").write_text(text, encoding="utf-8")
    (as_text / "sources.csv").write_text(
        (fetched / "sources.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )

    def findings(story: Path) -> list[tuple]:
        report = checker.check(story)
        return [
            (f.id, f.verdict, f.message, [(c.source, c.start, c.end) for c in f.claims])
            for f in report.findings
        ]

    got = findings(fetched)
    assert got and got == findings(as_text)


def test_sources_csv_has_outlet_url_date_and_language_from_each_page(
    server: str, tmp_path: Path
) -> None:
    fetch_story(urls(server, "news-site", "amp"), tmp_path / "story", allow_private=True)
    with (tmp_path / "story" / "sources.csv").open(encoding="utf-8") as handle:
        rows = {row["source"]: row for row in csv.DictReader(handle)}
    assert rows["harbourtimes"] == {
        "source": "harbourtimes",
        "file": "harbourtimes.txt",
        "outlet": "Harbour Times",
        "url": "https://harbourtimes.example/news/ferry-fares",
        "published": "2024-03-05",
        "language": "en",
    }
    assert rows["coastalexpress"]["outlet"] == "Coastal Express"


def test_a_failing_url_is_reported_and_the_others_are_kept(server: str, tmp_path: Path) -> None:
    story = tmp_path / "story"
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "fetch",
            *urls(server, "news-site", "missing", "blog"),
            "ftp://example.org/a",
            "-o",
            str(story),
            "--allow-private-addresses",
        ],
    )
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"checker: error: {server}/missing.html: the server answered HTTP 404" in lines
    assert (
        "checker: error: ftp://example.org/a: only http:// and https:// URLs are fetched" in lines
    )
    assert sorted(p.name for p in story.iterdir()) == [
        "harbourtimes.txt",
        "sources.csv",
        "tideline.txt",
    ]


def test_a_page_slower_than_the_timeout_fails_alone(server: str, tmp_path: Path) -> None:
    result = fetch_story(
        [f"{server}/slow/news-site.html", *urls(server, "blog")],
        tmp_path / "story",
        timeout=1,
        allow_private=True,
    )
    assert [f.source for f in result.fetched] == ["tideline"]
    assert [f.url for f in result.failed] == [f"{server}/slow/news-site.html"]
    assert "download failed" in result.failed[0].reason


def test_fetch_never_overwrites_and_writes_nothing_when_every_url_fails(
    server: str, tmp_path: Path
) -> None:
    existing = tmp_path / "existing"
    existing.mkdir()
    (existing / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CheckerError, match="not empty"):
        fetch_story(urls(server, "blog"), existing, allow_private=True)
    assert [p.name for p in existing.iterdir()] == ["notes.txt"]

    with pytest.raises(CheckerError, match="no page could be fetched"):
        fetch_story(urls(server, "missing"), tmp_path / "new", allow_private=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing"]  # no temp folder left


def test_private_addresses_are_refused_unless_allowed(server: str, tmp_path: Path) -> None:
    with pytest.raises(CheckerError) as err:
        fetch_story(urls(server, "blog"), tmp_path / "story", timeout=2)
    assert "non-public address" in err.value.what


def test_source_ids_come_from_the_site_name() -> None:
    taken: set[str] = set()
    assert source_id("https://www.bbc.co.uk/news/x", taken) == "bbc"
    assert source_id("https://amp.theguardian.com/a", taken) == "theguardian"
    assert source_id("https://www.bbc.com/news/y", taken) == "bbc-2"
