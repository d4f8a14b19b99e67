"""The HTML report at a phone's width and a laptop's, in headless Chromium, and what its
highlights mark (issue 9, item 7)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from headless import MIN_WIDTH, find_browser, load, narrow_copy, screenshot
from typer.testing import CliRunner

from checker.cli import app
from checker.formats.highlight import highlight
from checker.formats.html_report import render
from checker.records import ClaimRef, Finding, Report, Source, Verdict

ROOT = Path(__file__).parents[1]
FIXTURE = ROOT / "fixtures" / "hk-data-requests"

# Measures the laid-out page and writes what it found on <body data-layout>: the test copy of
# the page drops the CSP so that this one script of the test's may run. Headless Chromium
# will not open a window narrower than 500 px, so the copy lays the page out in a root as
# wide as asked (tests/headless.py: narrow_copy).
MEASURE = """<script>
(function () {
  var width = document.documentElement.getBoundingClientRect().width, bad = [];
  var cells = ".sources td, .sources th, .column, .claim, .message, .meta, .where, .details dd";
  document.querySelectorAll(cells).forEach(function (el) {
    var box = el.getBoundingClientRect();
    if (!box.width && !box.height) { return; }
    var text = (el.textContent || "").trim();
    if (text.length > 3 && box.width < 56) { bad.push("narrow " + el.className + " " + Math.round(box.width)); }
    if (box.right > width + 1) { bad.push("overflows " + el.className + " " + Math.round(box.right)); }
  });
  document.body.setAttribute("data-layout", JSON.stringify(
    {width: Math.round(width), scroll: document.body.scrollWidth, bad: bad}));
})();
</script>"""


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        print("no headless Chromium: the layout tests are skipped (.ci/run installs chromium)")
        pytest.skip("no headless Chromium (Debian: apt-get install chromium; .ci/run does it)")
    return found


def long_report() -> Report:
    """Metadata that squeezed the sources table: a long address, outlet and date note."""
    url = "https://www.example-news-outlet.com/world/asia/2020/07/08/" + "very-long-slug-" * 8
    sources = (
        Source("wire", "The International Wire Service of Record and Commerce", url,
               date(2020, 7, 8), "borrowed: median date of the other sources (a, b, c, d, e)",
               "en", "wire.txt", "utf-8"),
        Source("post", "Post", "https://post.example/a", None, "", "en", "post.txt", "utf-8"),
    )
    finding = Finding(
        "c1a0a0a0a0a0", "number", "number", Verdict.CONFLICT, "error",
        "Jobs: 1,200 (wire) vs 1,500 (post)",
        (ClaimRef("wire", "The plant will employ 1,200 people, the company said.", 0, 52),
         ClaimRef("post", "The plant will employ 1,500 people.", 0, 35)),
        details=(("long", "x" * 300),),
    )
    return Report("layout", sources, (finding,))


def layout(browser: str, html: str, tmp_path: Path, width: int) -> dict:
    page = tmp_path / f"measure-{width}.html"
    page.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    page = narrow_copy(page, width, tmp_path)  # our script runs: the copy has no CSP
    dom = load(browser, page.as_uri(), tmp_path, size=f"{max(width, MIN_WIDTH)},900").dom
    found = re.search(r'data-layout="([^"]*)"', dom)
    assert found, "the measuring script did not run"
    return json.loads(found.group(1).replace("&quot;", '"'))


def reference_html(tmp_path: Path) -> str:
    out = tmp_path / "report.html"
    done = CliRunner().invoke(app, ["diff", str(FIXTURE), "--format", "html", "-o", str(out)])
    assert done.exit_code == 0, done.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [400, 1280])
def test_reference_report_fits_the_width_without_squeezed_columns(browser, tmp_path, width):
    measured = layout(browser, reference_html(tmp_path), tmp_path, width)
    assert measured["width"] == width
    assert measured["scroll"] <= width, "the page scrolls sideways"
    assert measured["bad"] == []


@pytest.mark.parametrize("width", [400, 1280])
def test_long_addresses_and_names_do_not_squeeze_the_sources_table(browser, tmp_path, width):
    measured = layout(browser, render(long_report()), tmp_path, width)
    assert measured["scroll"] <= width, "the page scrolls sideways"
    assert measured["bad"] == []


def test_screenshots_at_both_widths(browser, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(reference_html(tmp_path), encoding="utf-8")
    for size in ("400,1600", "1280,1400"):
        png = tmp_path / f"r-{size}.png"
        screenshot(browser, page.as_uri() + "#rule=entity-list", png, tmp_path, size)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def marks_by_rule(dom: str) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for article in re.findall(r"<article .*?</article>", dom, re.S):
        rule = re.search(r'data-rule="([^"]+)"', article).group(1)
        out.setdefault(rule, []).append(set(re.findall(r"<mark[^>]*>([^<]*)</mark>", article)))
    return out


def test_browser_marks_exactly_what_differs_in_the_reference_story(browser, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(reference_html(tmp_path), encoding="utf-8")
    marks = marks_by_rule(load(browser, page.as_uri(), tmp_path, size="400,900").dom)
    # An entity list: the names some outlets lack, never the ones they all give.
    (names,) = marks["entity-list"]
    assert names == {"Google", "Telegram", "WhatsApp"}
    # Figures: the figures.
    assert marks["not-comparable"] == [{"358 devices", "81 accounts"}]
    assert marks["currency"] == [{"HK$100,000", "up to NZ$19,700"}]
    # A quotation: the changed words.
    assert {"assessing", "accessing"} in marks["quote-wording"]
    # never whole sentences: the changed or dropped words only (a shortened quotation's
    # dropped clause is up to a dozen words)
    assert all(len(m) <= 12 for m in marks["quote-wording"])


# ---------------------------------------------------------------- the marks, without a browser


def claims_marked(finding: Finding) -> dict[str, list[str]]:
    claims = sorted(finding.claims, key=lambda c: (c.source, c.start))
    return {c.source: [t for t, on in segs if on]
            for c, segs in zip(claims, highlight(finding, claims), strict=True)}


def test_entity_list_marks_the_names_one_outlet_has_and_another_lacks():
    finding = Finding(
        "c1a0a0a0a0a0", "entity-list", "entity-list", Verdict.CONFLICT, "error", "names",
        (ClaimRef("a", "They follow Facebook, Google and the chat app Telegram.", 0, 55),
         ClaimRef("b", "Facebook and WhatsApp had already announced it.", 0, 47)),
        details=(("camps", ("a name Google, Telegram", "b name WhatsApp")),
                 ("shared", ("Facebook",))),
    )
    assert claims_marked(finding) == {"a": ["Google", "Telegram"], "b": ["WhatsApp"]}


def test_figures_are_marked_in_the_claims_of_the_outlets_that_give_them():
    finding = Finding(
        "c1a0a0a0a0a0", "number", "number", Verdict.CONFLICT, "error",
        "Jobs: different figures: 1,200 (a) vs 1,500 (b)",
        (ClaimRef("a", "In 2024 the plant will employ 1,200 people.", 0, 44),
         ClaimRef("b", "In 2024 it will employ 1,500 people, not 1,200.", 0, 47)),
    )
    assert claims_marked(finding) == {"a": ["1,200"], "b": ["1,500"]}


def test_a_quotation_marks_the_changed_words_per_outlet():
    finding = Finding(
        "c1a0a0a0a0a0", "quote-wording", "quote-wording", Verdict.CONFLICT, "error", "q",
        (ClaimRef("a", 'She said "we are assessing the rules" today.', 0, 44),
         ClaimRef("b", 'She said: "We are accessing the rules."', 0, 39)),
        details=(("changes", ('"assessing" (a) vs "accessing" (b): near-homograph',)),),
    )
    assert claims_marked(finding) == {"a": ["assessing"], "b": ["accessing"]}
