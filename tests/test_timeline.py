"""Timelines: a fact-checker sees each outlet's toll in time order, and who is out of date."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from checker.formats import renderer
from checker.pipeline import analyse
from checker.records import Article, Report, Source, Verdict
from checker.rulepack import load_rules
from checker.timeline import (
    CONTESTED,
    CURRENT,
    EARLIER,
    OUT_OF_ORDER,
    SUPERSEDED,
    Point,
    When,
    build,
    points_of,
)

RULES = load_rules()


def article(source: str, text: str, published: date | None) -> Article:
    basis = "sources.csv" if published else "unknown"
    return Article(
        Source(source, source, "", published, basis, "en", f"{source}.txt", "utf-8"), text
    )


def report(*articles: Article) -> Report:
    return analyse("story", articles, RULES)


def timelines(rep: Report) -> list:
    return [f for f in rep.findings if f.rule == "timeline"]


def states(finding) -> dict[str, str]:
    """Each outlet's latest figure's state."""
    return {r.source: r.state for r in points_of(finding.details) if r.state != EARLIER}


MON, TUE, WED = date(2023, 3, 6), date(2023, 3, 7), date(2023, 3, 8)
TOLL = "The death toll from the earthquake near Port Ellery has risen to {}, the civil defence agency said."


# ---------------------------------------------------------------- a count that only grows


def test_an_earlier_lower_toll_is_superseded_by_the_later_one_not_a_conflict() -> None:
    rep = report(
        article("harbour-times", TOLL.format(112), MON),
        article("coast-herald", TOLL.format(140), TUE),
        article("valley-wire", TOLL.format(171), WED),
    )
    (found,) = timelines(rep)
    assert found.verdict is Verdict.NOT_COMPARABLE
    assert states(found) == {
        "harbour-times": SUPERSEDED,
        "coast-herald": SUPERSEDED,
        "valley-wire": CURRENT,
    }
    rows = points_of(found.details)
    assert [r.source for r in rows] == ["harbour-times", "coast-herald", "valley-wire"]
    assert all("171 (valley-wire, 2023-03-08)" in r.by for r in rows if r.state == SUPERSEDED)
    assert "112 (harbour-times; 2023-03-06) -> 140 (coast-herald; 2023-03-07)" in found.message
    assert not [f for f in rep.findings if f.verdict is Verdict.CONFLICT]


def test_a_later_lower_toll_is_out_of_order_a_conflict_naming_the_figure_before_it() -> None:
    rep = report(
        article("harbour-times", TOLL.format(171), MON),
        article("coast-herald", TOLL.format(140), WED),
    )
    (found,) = timelines(rep)
    assert found.verdict is Verdict.CONFLICT
    assert states(found) == {"harbour-times": CURRENT, "coast-herald": OUT_OF_ORDER}
    assert "coast-herald gives 140 after 171 (harbour-times, 2023-03-06)" in found.message


def test_a_later_lower_toll_of_another_counter_is_no_count_gone_backwards() -> None:
    rep = report(
        article("harbour-times", TOLL.format(171), MON),
        article(
            "coast-herald",
            "The death toll from the earthquake near Port Ellery has risen to 140, the Red "
            "Crescent said.",
            WED,
        ),
    )
    assert not [f for f in rep.findings if f.verdict is Verdict.CONFLICT]
    (found,) = timelines(rep)
    assert OUT_OF_ORDER not in states(found).values()


def test_one_toll_given_by_every_outlet_has_no_timeline() -> None:
    rep = report(
        article("harbour-times", TOLL.format(112), MON),
        article("coast-herald", TOLL.format(112), WED),
    )
    assert timelines(rep) == []


def test_hedged_figures_that_overlap_are_one_figure_over_time() -> None:
    # "at least 110" (110 to 121) holds 114: nothing superseded it
    rep = report(
        article("harbour-times", TOLL.format("114"), MON),
        article("coast-herald", TOLL.format("at least 110"), WED),
    )
    assert timelines(rep) == []


# ---------------------------------------------------------------- when a figure holds


def test_the_day_a_statement_gives_orders_an_article_that_has_no_date() -> None:
    said = "The death toll from the earthquake near Port Ellery has risen to {}, the civil defence agency said on {}."
    rep = report(
        article("harbour-times", said.format(112, "Monday"), MON),
        article("valley-wire", said.format(171, "Wednesday"), WED),
        article("river-post", said.format(140, "Tuesday"), None),
    )
    (found,) = timelines(rep)
    rows = {r.source: r for r in points_of(found.details)}
    assert rows["river-post"].day == "2023-03-07" and "Tuesday" in rows["river-post"].basis
    assert [r.source for r in points_of(found.details)] == [
        "harbour-times",
        "river-post",
        "valley-wire",
    ]


def test_an_undated_article_printing_a_dated_outlets_figure_takes_its_day() -> None:
    rep = report(
        article("harbour-times", TOLL.format(112), MON),
        article("river-post", TOLL.format(112), None),
        article("valley-wire", TOLL.format(171), WED),
    )
    (found,) = timelines(rep)
    rows = {r.source: r for r in points_of(found.details)}
    assert rows["river-post"].day == "2023-03-06"
    assert "harbour-times gives 112" in rows["river-post"].basis
    assert rows["river-post"].state == SUPERSEDED


def test_the_day_of_the_event_is_not_the_day_of_the_count() -> None:
    # "killed on Saturday" dates the quake; the count is Monday's, the article's date
    rep = report(
        article(
            "harbour-times", "The earthquake on Saturday killed 171 people, officials said.", MON
        ),
        article(
            "valley-wire", "The earthquake on Saturday killed 112 people, officials said.", WED
        ),
    )
    (found,) = timelines(rep)
    rows = {r.source: r for r in points_of(found.details)}
    assert rows["harbour-times"].day == "2023-03-06"
    assert rows["valley-wire"].state == OUT_OF_ORDER


def test_the_hour_a_count_is_given_as_of_orders_two_figures_of_one_day() -> None:
    asof = (
        "The death toll from the earthquake near Port Ellery stood at {} as of {}, the agency said."
    )
    rep = report(
        article("harbour-times", asof.format(112, "9 a.m."), TUE),
        article("valley-wire", asof.format(140, "6 p.m."), TUE),
    )
    (found,) = timelines(rep)
    assert states(found) == {"harbour-times": SUPERSEDED, "valley-wire": CURRENT}
    rows = {r.source: r for r in points_of(found.details)}
    assert rows["harbour-times"].clock == "09:00" and rows["valley-wire"].clock == "18:00"
    assert rows["valley-wire"].basis == "as of 6 p.m."


def test_an_outlets_own_earlier_figure_is_shown_and_its_latest_judged() -> None:
    rep = report(
        article(
            "harbour-times",
            "Earlier on Monday, the agency said 98 people were killed in the earthquake near "
            "Port Ellery. The death toll from the earthquake near Port Ellery has since risen "
            "to 112, the civil defence agency said.",
            MON,
        ),
        article("valley-wire", TOLL.format(171), WED),
    )
    (found,) = timelines(rep)
    rows = points_of(found.details)
    assert [(r.figure, r.state) for r in rows if r.source == "harbour-times"] == [
        ("98 people", EARLIER),
        ("112", SUPERSEDED),
    ]


def test_a_count_that_may_fall_is_superseded_by_a_later_lower_figure_not_out_of_order() -> None:
    missing = (
        "At least {} people are still missing after the landslide near Port Ellery, officials said."
    )
    rep = report(
        article("harbour-times", missing.format(40), MON),
        article("valley-wire", missing.format(12), WED),
    )
    (found,) = timelines(rep)
    assert found.verdict is Verdict.NOT_COMPARABLE
    assert states(found) == {"harbour-times": SUPERSEDED, "valley-wire": CURRENT}


def test_a_toll_of_another_event_long_ago_is_not_part_of_the_series() -> None:
    rep = report(
        article(
            "harbour-times",
            TOLL.format(112) + " In 1981, a quake near the town killed 31 people.",
            MON,
        ),
        article("valley-wire", TOLL.format(171), WED),
    )
    (found,) = timelines(rep)
    assert "31 people" not in [r.figure for r in points_of(found.details)]


# ---------------------------------------------------------------- the ordering itself


def point(source: str, value: float, day: date | None, low: float | None = None) -> Point:
    return Point(
        source, str(value), low if low is not None else value, value, When(day, ""), value=value
    )


def test_figures_of_one_day_that_differ_are_contested_not_ordered() -> None:
    t = build("death", True, [point("a", 114, MON), point("b", 117, MON)])
    assert {p.source: p.state for p in t.points} == {"a": CONTESTED, "b": CONTESTED}


def test_an_undated_higher_toll_supersedes_dated_lower_ones() -> None:
    t = build("death", True, [point("a", 724, MON), point("b", 1297, None)])
    assert {p.source: p.state for p in t.points} == {"a": SUPERSEDED, "b": CURRENT}
    assert [p.source for p in t.latest] == ["b"]


# ---------------------------------------------------------------- in every format

FORMAT_STORY = (
    article("harbour-times", TOLL.format(171), MON),
    article("coast-herald", TOLL.format(140), WED),
    article("valley-wire", TOLL.format(112), TUE),
)


@pytest.fixture(scope="module")
def rising() -> Report:
    return report(*FORMAT_STORY)


def test_the_terminal_and_markdown_reports_have_a_timelines_section(rising: Report) -> None:
    table = renderer("table")(rising)
    assert "TIMELINES (1)" in table
    section = table.split("TIMELINES (1)")[1]
    assert re.search(r"2023-03-08\s+coast-herald\s+140\s+out of order: after 171", section)
    markdown = renderer("markdown")(rising)
    assert "## Timelines" in markdown
    assert re.search(r"\|\s*2023-03-06\s*\|\s*harbour-times\s*\|\s*171\s*\|\s*current", markdown)


def test_json_csv_and_sarif_carry_the_timeline_finding(rising: Report) -> None:
    doc = json.loads(renderer("json")(rising))
    (found,) = [f for f in doc["findings"] if f["rule"] == "timeline"]
    assert found["verdict"] == "conflict"
    assert found["details"]["point_source"] == ["harbour-times", "valley-wire", "coast-herald"]
    assert found["details"]["point_state"] == [CURRENT, OUT_OF_ORDER, OUT_OF_ORDER]
    rows = list(csv.DictReader(io.StringIO(str(renderer("csv")(rising)).lstrip("\ufeff"))))
    assert [r["rule"] for r in rows].count("timeline") == 1
    sarif = json.loads(renderer("sarif")(rising))
    assert any(r["ruleId"] == "timeline" for r in sarif["runs"][0]["results"])


def test_the_html_chart_is_an_inline_svg_with_its_figures_as_text(rising: Report) -> None:
    page = str(renderer("html")(rising))
    chart = re.search(r'<svg class="chart".*?</svg>', page, re.S)
    assert chart
    svg = chart.group(0)
    assert "<script" not in svg and "onload" not in svg
    assert re.search(r"<title[^>]*>deaths \(Port Ellery\) over time</title>", svg)
    assert {"171", "140", "112"} <= set(re.findall(r"<text[^>]*>([^<]+)</text>", svg))
    assert svg.count("<rect") == 2  # the two out-of-order figures are diamonds
    assert 'class="points"' in page  # and a table of the figures beside it
