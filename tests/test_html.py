"""The HTML report: an editor reads the outlets side by side, with differing words marked."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import date
from pathlib import Path

import pytest
from headless import find_browser, load, screenshot
from typer.testing import CliRunner

from checker.cli import app
from checker.formats.html_report import render, safe_url, word_diff
from checker.records import ClaimRef, Finding, Report, Source, StaleEntry, State, Verdict

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def source(sid: str, outlet: str, url: str = "", published: date | None = None) -> Source:
    return Source(sid, outlet, url, published, "sources.csv", "en", f"{sid}.txt", "utf-8")


def report() -> Report:
    sources = (
        source("bol", "Bol Daily", "https://bol.example/apple", date(2024, 5, 2)),
        source("brc", "Broadcast Corp", ""),
        source("evil", "Evil <b>Times</b>", "javascript:alert(3)"),
    )
    quote = Finding(
        "1aaaaaaaaaaa", "quote-wording", "quote-wording", Verdict.CONFLICT, "error",
        'Quotation differs: "accessing" vs "assessing" (near-homograph)',
        (ClaimRef("bol", "Apple says it is “accessing” the rules.", 120, 160),
         ClaimRef("brc", 'Apple says it is "assessing" the rules.', 40, 79)),
    )
    hostile = Finding(
        "1bbbbbbbbbbb", "number-mismatch", "number", Verdict.NOT_COMPARABLE, "warning",
        f"358 devices {SCRIPT} vs 81 accounts",
        (ClaimRef("evil", f"{SCRIPT} Apple received 358 requests {IMG}", 0, 90),
         ClaimRef("bol", "Microsoft received 81 requests.", 200, 231)),
        details=(("subjects", ("Apple", "Microsoft")), ("note", IMG)),
        state=State.RESOLVED, note=f"checked {SCRIPT}",
    )
    lonely = Finding(
        "1cccccccccc0", "single-source", "single-source", Verdict.SINGLE_SOURCE, "info",
        "Only Broadcast Corp reports 370 arrests",
        (ClaimRef("brc", "About 370 people have been arrested.", 300, 336),),
    )
    return Report("apple <demo>", sources, (lonely, hostile, quote))


# ---------------------------------------------------------------- word diff


def marked(segments: list[tuple[str, bool]]) -> list[str]:
    return [text for text, changed in segments if changed]


def test_diff_marks_only_the_word_that_changed_not_the_quote_style():
    a, b = word_diff(["Apple says it is “accessing” the rules.",
                      'Apple says it is "assessing" the rules.'])
    assert marked(a) == ["accessing"]
    assert marked(b) == ["assessing"]


def test_diff_segments_give_the_text_back_unchanged():
    texts = ["Zoom  paused\nrequests on Tuesday.", "Zoom suspended requests  on 7 July."]
    for text, segments in zip(texts, word_diff(texts), strict=True):
        assert "".join(t for t, _ in segments) == text


def test_diff_joins_neighbouring_changes_into_one_mark():
    a, b = word_diff(["Apple is reviewing the new law.", "Apple is reviewing the rules."])
    assert marked(a) == ["new law"]
    assert marked(b) == ["rules"]


def test_diff_does_not_mark_where_one_outlet_only_quoted_more():
    full = "We are reviewing the new law to understand its implications for our users today."
    short, longer = word_diff(["reviewing the new law", full])
    assert marked(short) == [] and marked(longer) == []


def test_diff_marks_a_changed_number_and_a_qualifier():
    a, b = word_diff(["Police arrested about 370 people.", "Police arrested 300 people."])
    assert marked(a) == ["about 370"]
    assert marked(b) == ["300"]


def test_diff_in_reworded_sentences_marks_the_numbers_not_the_rewording():
    a, b = word_diff([
        "The council said that 40 cells of the budget file had been changed by the attackers.",
        "The council said an intruder had edited 45 cells of the budget file last week.",
    ])
    assert marked(a) == ["40"] and marked(b) == ["45"]


def test_diff_ignores_punctuation_only_changes():
    a, b = word_diff(["Google, Twitter, and Telegram paused.", "Google, Twitter and Telegram paused"])
    assert marked(a) == [] and marked(b) == []


def test_single_claim_has_nothing_to_compare():
    (only,) = word_diff(["About 370 people have been arrested."])
    assert marked(only) == []


# ---------------------------------------------------------------- the page as text


def test_article_text_is_escaped_everywhere():
    page = render(report())
    assert SCRIPT not in page
    assert "<img" not in page
    assert page.count("<script>") == 1  # the page's own, at the end
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "Evil &lt;b&gt;Times&lt;/b&gt;" in page
    assert "apple &lt;demo&gt;" in page


def test_only_http_links_are_links():
    page = render(report())
    assert 'href="https://bol.example/apple"' in page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page).__str__()
    assert "javascript:alert(3)" in page  # still shown, as text
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "//x.example",
                "http://", "ftp://x.example/"):
        assert safe_url(bad) is None, bad


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_page_is_self_contained_with_a_strict_csp():
    page = render(report())
    (csp,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    csp = html.unescape(csp)
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.S)
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert f"style-src '{_sha256(style)}'" in csp
    assert f"script-src '{_sha256(script)}'" in csp
    assert not re.search(r"<(link|iframe|object|embed|img)\b", page)
    assert not re.search(r"<[a-z]+[^>]*\ssrc=", page)
    assert "@media print" in style


def test_every_finding_carries_what_the_filters_need():
    page = render(report())
    articles = re.findall(r"<article [^>]*>", page)
    assert len(articles) == 3
    assert 'data-verdict="conflict"' in articles[0]  # conflicts first
    assert 'data-rule="quote-wording"' in articles[0]
    assert 'data-state="resolved"' in articles[1]
    assert 'data-verdict="single-source"' in articles[2]
    assert "Broadcast Corp" in page and "date unknown" in page and "2024-05-02" in page


def test_same_report_gives_the_same_page():
    first = report()
    shuffled = Report(first.story, first.sources[::-1], first.findings[::-1])
    assert render(first) == render(shuffled)


def test_stale_entries_are_listed_with_where_they_came_from():
    stale = (StaleEntry("1ddddddddddd", "resolutions", note="<b>fixed</b> by desk"),
             StaleEntry("1eeeeeeeeeee", "baseline", "number-mismatch", ("a", "b")))
    page = render(Report("s", (), (), stale=stale))
    assert "<code>1ddddddddddd</code>" in page and "&lt;b&gt;fixed&lt;/b&gt; by desk" in page
    assert "in the baseline file, number-mismatch (a, b)" in page


def test_empty_report_says_so():
    page = render(Report("quiet", (source("a", "A"),), ()))
    assert "No findings" in page


# ---------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        pytest.skip("no headless Chromium (Debian: apt-get install chromium; .ci/run does it)")
    return found


def _errors(dom: str, console: tuple[str, ...]) -> list[str]:
    body = re.search(r"<body[^>]*>", dom)
    assert body, "no <body> in the DOM"
    assert 'data-ready="1"' in body.group(0), "the page's script did not run (CSP hash wrong?)"
    errors = re.findall(r'data-errors="([^"]*)"', body.group(0))
    return errors + [m for m in console if "Uncaught" in m or "Content Security Policy" in m]


def test_browser_marks_the_changed_words_and_runs_nothing_from_the_articles(browser, tmp_path):
    page_file = tmp_path / "report.html"
    page_file.write_text(render(report()), encoding="utf-8")
    page = load(browser, page_file.as_uri(), tmp_path)
    assert _errors(page.dom, page.console) == []
    quote = re.search(r'<article [^>]*data-id="1aaaaaaaaaaa".*?</article>', page.dom, re.S)
    assert quote
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", quote.group(0)) == ["accessing", "assessing"]
    # The hostile article's markup is text on the page, not elements.
    assert "data-pwned" not in re.search(r"<body[^>]*>", page.dom).group(0)
    assert "<img" not in page.dom
    assert len(re.findall(r"<script\b", page.dom)) == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.dom
    assert not any("alert" in m for m in page.console)
    screenshot(browser, page_file.as_uri(), tmp_path / "report.png", tmp_path)
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("fragment", "visible"),
    [
        ("verdict=conflict", {"1aaaaaaaaaaa"}),
        ("rule=single-source", {"1cccccccccc0"}),
        ("state=resolved", {"1bbbbbbbbbbb"}),
        ("q=ARRESTED", {"1cccccccccc0"}),
        ("q=bol+daily", {"1aaaaaaaaaaa", "1bbbbbbbbbbb"}),
        ("", {"1aaaaaaaaaaa", "1bbbbbbbbbbb", "1cccccccccc0"}),
    ],
)
def test_browser_filters_hide_the_other_findings(browser, tmp_path, fragment, visible):
    page_file = tmp_path / "report.html"
    page_file.write_text(render(report()), encoding="utf-8")
    page = load(browser, f"{page_file.as_uri()}#{fragment}", tmp_path)
    assert _errors(page.dom, page.console) == []
    shown = set(re.findall(r'<article [^>]*data-id="([^"]+)"(?![^>]*hidden)[^>]*>', page.dom))
    assert shown == visible
    count = re.search(r'<output id="f-count"[^>]*>([^<]*)</output>', page.dom)
    assert count and count.group(1) == f"{len(visible)} of 3 findings shown"


# ---------------------------------------------------------------- through the command line

ROOT = Path(__file__).parents[1]


def export_html(story: Path, out: Path) -> Path:
    done = CliRunner().invoke(app, ["diff", str(story), "--format", "html", "-o", str(out)])
    assert done.exit_code == 0, done.output
    return out


def _finding_with(dom: str, *words: str) -> str | None:
    for article in re.findall(r"<article .*?</article>", dom, re.S):
        if set(words) <= set(re.findall(r"<mark[^>]*>([^<]*)</mark>", article)):
            return article
    return None


def test_browser_shows_the_reference_story_with_its_quote_conflict(browser, tmp_path):
    page_file = export_html(ROOT / "fixtures" / "hk-data-requests", tmp_path / "report.html")
    page = load(browser, page_file.as_uri(), tmp_path)
    assert _errors(page.dom, page.console) == []
    quote = _finding_with(page.dom, "accessing", "assessing")
    assert quote, "accessing/assessing are highlighted in one finding"
    assert 'data-verdict="conflict"' in quote
    screenshot(browser, page_file.as_uri(), tmp_path / "report.png", tmp_path)
    assert (tmp_path / "report.png").stat().st_size > 10_000

    filtered = load(browser, f"{page_file.as_uri()}#verdict=conflict&rule=quote-wording", tmp_path)
    assert _errors(filtered.dom, filtered.console) == []
    articles = re.findall(r"<article [^>]*>", filtered.dom)
    shown = [a for a in articles if "hidden" not in a]
    assert shown and len(shown) < len(articles)
    assert all('data-rule="quote-wording"' in a and 'data-verdict="conflict"' in a for a in shown)
    assert _finding_with(filtered.dom, "accessing", "assessing") in filtered.dom


def test_browser_runs_nothing_from_hostile_articles(browser, tmp_path):
    page_file = export_html(ROOT / "tests" / "stories" / "hostile-input", tmp_path / "r.html")
    page = load(browser, page_file.as_uri(), tmp_path)
    assert _errors(page.dom, page.console) == []
    shown = re.sub(r"</?mark[^>]*>", "", page.dom)  # highlights may split the text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "<img" not in page.dom and len(re.findall(r"<script\b", page.dom)) == 1
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', page.dom))
    assert _finding_with(page.dom, "accessing", "assessing")
