"""HTML article pages as newsrooms publish them: the article text and the page's metadata,
without cookie banners, ads, newsletter pitches or "read more" blocks."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

import checker
from checker.errors import InputWarning
from checker.ingest import load_story

PAGES = Path(__file__).parent / "pages"

# page -> (a sentence of the article, furniture that must be gone, outlet, url, published)
CASES = {
    "news-site": (
        "A council spokesman said the extra money would pay for 40 new boats",
        [
            "cookies",
            "Get 40% off flights",
            "Sign up to our newsletter",
            "Bus drivers strike",
            "All rights reserved",
            "Home",
        ],
        "Harbour Times",
        "https://harbourtimes.example/news/ferry-fares",
        date(2024, 3, 5),
    ),
    "blog": (
        "A monthly pass rises from 80 pounds to 84 pounds",
        [
            "cookies",
            "Become a member",
            "Ten years of bus cuts",
            "Share this",
            "Fares went up 20% in my town",
            "Powered by",
        ],
        "Tideline Notes",
        "https://tideline.example/2024/03/ferry-fare-rise/",
        date(2024, 3, 6),
    ),
    "amp": (
        "The council said the money would buy 40 new boats.",
        ["200 partners", "win 1,000 pounds", "Harbour dredging", "Strike called off"],
        "Coastal Express",
        "https://www.coastalexpress.example/news/ferry-fares-up",
        date(2024, 3, 5),
    ),
    "jsonld-only": (
        "The council said the rise would raise 2 million pounds a year",
        ["1 pound a week", "sign up to our free daily newsletter"],
        "Northgate Courier",
        "",
        date(2024, 3, 5),
    ),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("fares")
    for name in CASES:
        shutil.copy(PAGES / f"{name}.html", folder / f"{name}.html")
    return {a.source.source: a for a in load_story(folder).articles}


@pytest.mark.parametrize("page", CASES)
def test_the_article_text_is_kept_and_the_page_furniture_dropped(story: dict, page: str) -> None:
    sentence, furniture, *_ = CASES[page]
    text = story[page].text
    assert sentence in text
    for gone in furniture:
        assert gone.lower() not in text.lower(), f"{page}: {gone!r} is still in the text"


@pytest.mark.parametrize("page", CASES)
def test_outlet_url_and_date_come_from_the_page_metadata(story: dict, page: str) -> None:
    *_, outlet, url, published = CASES[page]
    source = story[page].source
    assert (source.outlet, source.url, source.published) == (outlet, url, published)
    assert source.date_basis == "html page metadata"


def test_the_text_is_headline_then_paragraphs_separated_by_blank_lines(story: dict) -> None:
    text = story["news-site"].text
    assert text.startswith("Council raises ferry fares by 12%\n\nThe city council voted on Monday")
    assert "\n\nOpposition councillors said" in text


def test_sources_csv_wins_over_page_metadata(tmp_path: Path) -> None:
    shutil.copy(PAGES / "blog.html", tmp_path / "blog.html")
    (tmp_path / "sources.csv").write_text(
        "source,outlet,published\nblog,Tideline,2024-03-07\n", encoding="utf-8"
    )
    source = load_story(tmp_path).articles[0].source
    assert (source.outlet, source.published, source.date_basis) == (
        "Tideline",
        date(2024, 3, 7),
        "sources.csv",
    )


def test_furniture_does_not_become_single_source_facts(tmp_path: Path) -> None:
    for name in CASES:
        shutil.copy(PAGES / f"{name}.html", tmp_path / f"{name}.html")
    report = checker.check(tmp_path)
    evidence = " ".join(c.text for f in report.findings for c in f.claims)
    for furniture in ("cookies", "40% off", "3 months free", "1 pound a week", "1,000 pounds"):
        assert furniture not in evidence


def test_an_unclosed_script_that_hides_the_page_text_is_a_warning(tmp_path: Path) -> None:
    page = (PAGES / "news-site.html").read_text(encoding="utf-8")
    broken = page.replace("<main>", "<main><script>var x = 1;", 1)
    (tmp_path / "broken.html").write_text(broken, encoding="utf-8")
    (tmp_path / "other.txt").write_text("The council raised fares by 12%.\n", encoding="utf-8")
    with pytest.warns(InputWarning, match="never closed") as caught:
        load_story(tmp_path)
    assert any(str(w.message).startswith(f"{tmp_path.as_posix()}/broken.html") for w in caught)
