"""The timeline chart in a real browser: seen without script, whole and legible on a laptop and
at a phone's 400 px (tests/headless.py drives Chromium; skipped when there is none)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from headless import find_browser, load, narrow_copy, screenshot
from typer.testing import CliRunner

from checker.cli import app

STORY = Path(__file__).parent / "stories" / "flood-toll"

# Measures each chart once laid out: its box, its smallest text, its markers. Run at the end of
# the body of a copy of the page (the report's own policy allows no script but its own).
PROBE = """<script>
(function () {
  var out = [];
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    var smallest = 1000;
    svg.querySelectorAll("text").forEach(function (t) {
      smallest = Math.min(smallest, t.getBoundingClientRect().height);
    });
    out.push([box.width, box.height, box.left, box.right, smallest,
              svg.querySelectorAll(".mark").length].map(Math.round).join(","));
  });
  document.body.setAttribute("data-charts", out.join(";"));
  document.body.setAttribute("data-page-width",
    String(Math.round(document.documentElement.getBoundingClientRect().width)));
})();
</script></body>"""


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        pytest.skip("no headless Chromium (Debian: apt-get install chromium; .ci/run does it)")
    return found


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("timeline") / "report.html"
    done = CliRunner().invoke(app, ["diff", str(STORY), "--format", "html", "-o", str(out)])
    assert done.exit_code == 0, done.output
    return out


def charts(browser: str, page: Path, tmp_path: Path, width: int) -> tuple[list[list[int]], int]:
    probed = page if width >= 500 else narrow_copy(page, width, tmp_path)
    html = probed.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    copy = tmp_path / f"probe-{width}.html"
    copy.write_text(html.replace("</body>", PROBE), encoding="utf-8")
    dom = load(browser, copy.as_uri(), tmp_path, size=f"{max(width, 500)},1200").dom
    body = re.search(r"<body[^>]*>", dom)
    assert body
    found = re.search(r'data-charts="([^"]*)"', body.group(0))
    page_width = re.search(r'data-page-width="(\d+)"', body.group(0))
    assert found and page_width
    rows = [[int(n) for n in chart.split(",")] for chart in found.group(1).split(";") if chart]
    return rows, int(page_width.group(1))


def test_the_page_with_its_charts_runs_no_script_of_its_own_and_breaks_no_policy(
    browser: str, page: Path, tmp_path: Path
) -> None:
    text = page.read_text(encoding="utf-8")
    assert len(re.findall(r"<svg\b", text)) == 2  # deaths and injured
    loaded = load(browser, page.as_uri(), tmp_path)
    assert not [m for m in loaded.console if "Uncaught" in m or "Content Security" in m]
    assert len(re.findall(r"<script\b", loaded.dom)) == 1  # the report's filters, nothing else


@pytest.mark.parametrize("width", [1280, 400])
def test_the_chart_is_whole_and_legible_on_a_laptop_and_a_phone(
    browser: str, page: Path, tmp_path: Path, width: int
) -> None:
    found, page_width = charts(browser, page, tmp_path, width)
    assert len(found) == 2
    for chart_width, chart_height, left, right, smallest, marks in found:
        assert left >= 0 and right <= page_width, "the chart fits the page"
        assert chart_width >= min(300, page_width - 60) and chart_height >= 180
        assert smallest >= 10, "no text smaller than 10 px"
        assert marks >= 2


def test_screenshots_of_the_chart_at_both_widths(browser: str, page: Path, tmp_path: Path) -> None:
    for size in ("1280,1600", "400,3600"):
        png = tmp_path / f"timeline-{size.split(',')[0]}.png"
        screenshot(browser, f"{page.as_uri()}#rule=timeline", png, tmp_path, size)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
