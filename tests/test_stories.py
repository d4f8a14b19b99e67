"""Invented stories (tests/stories/): each rule kind fires where it should and stays quiet
where it should not, on topics, currencies and outlets the reference story never had."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.records import Finding, Report, Verdict

STORIES = Path(__file__).parent / "stories"


@pytest.fixture(scope="module")
def court() -> Report:
    return checker.check(STORIES / "court-fine")


@pytest.fixture(scope="module")
def quake() -> Report:
    return checker.check(STORIES / "quake-toll")


@pytest.fixture(scope="module")
def budget() -> Report:
    return checker.check(STORIES / "minister-budget")


def by_rule(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def cites(f: Finding, source: str, phrase: str) -> bool:
    return any(c.source == source and phrase in c.text for c in f.claims)


# ------------------------------------------------------------ court fine: EUR against GBP


def test_fine_in_euros_and_pounds_is_consistent_at_the_days_rate(court: Report) -> None:
    (fine,) = [
        f for f in by_rule(court, "currency") if cites(f, "channel-courier", "£2.11 million")
    ]
    assert fine.verdict is Verdict.CONSISTENT
    assert "ECB" in fine.message and "2023-03-1" in fine.message
    details = dict(fine.details)
    assert details["from"] == "EUR" and details["to"] == "GBP"
    assert 0.85 < details["rate"] < 0.90


def test_weekday_and_this_week_resolve_to_the_absolute_date(court: Report) -> None:
    dates = by_rule(court, "date")
    assert dates and all(f.verdict is Verdict.CONSISTENT for f in dates)
    assert any(
        cites(f, "rhine-post", "on Tuesday") and cites(f, "channel-courier", "14 March")
        for f in dates
    )


def test_one_letter_in_a_company_name_is_a_spelling_conflict(court: Report) -> None:
    (spelling,) = by_rule(court, "name-spelling")
    assert "Berthellot" in spelling.message and "Berthelot" in spelling.message


def test_a_figure_only_one_outlet_gives_is_single_source(court: Report) -> None:
    singles = by_rule(court, "single-source")
    assert any(cites(f, "rhine-post", "€3 million") for f in singles)
    assert any(cites(f, "alps-wire", "140 drivers") for f in singles)


def test_agreeing_statements_raise_nothing(court: Report) -> None:
    """All three outlets say the firm will appeal: no finding cites that sentence."""
    assert not any("will appeal" in c.text for f in court.findings for c in f.claims)
    assert not by_rule(court, "number") and not by_rule(court, "modality")


# ------------------------------------------------------------ earthquake toll, four outlets


def test_a_changed_toll_is_one_conflict_listing_each_figure(quake: Report) -> None:
    (toll,) = [f for f in by_rule(quake, "number") if f.verdict is Verdict.CONFLICT]
    assert "114" in toll.message and "117" in toll.message
    # "at least 110" agrees with both within the approximate tolerance: consistent, not a
    # clash; and since 114 and 117 clash, it agrees with each in a finding of its own
    assert not cites(toll, "coastal-times", "at least 110")
    agree = [f for f in by_rule(quake, "number") if f.verdict is Verdict.CONSISTENT]
    assert agree and all(cites(f, "coastal-times", "at least 110") for f in agree)
    assert not [f for f in agree if "114" in f.message and "117" in f.message]


def test_a_swapped_country_in_a_list_conflicts_but_a_shorter_list_does_not(quake: Report) -> None:
    (teams,) = by_rule(quake, "entity-list")
    assert "Azerbaijan" in teams.message and "Qatar" in teams.message
    assert "harbour-radio" not in {c.source for c in teams.claims}


def test_a_plan_reported_as_done(quake: Report) -> None:
    (plan,) = by_rule(quake, "modality")
    assert cites(plan, "aegean-daily", "plans to rebuild") and cites(
        plan, "anatolia-news", "has rebuilt"
    )


def test_same_number_different_things_is_not_comparable(quake: Report) -> None:
    (look_alike,) = by_rule(quake, "not-comparable")
    assert look_alike.verdict is Verdict.NOT_COMPARABLE
    assert "aftershock" in look_alike.message and "building" in look_alike.message


# ------------------------------------------------------------ ministry budget, INR against USD


def test_misquoted_minister_and_changed_spokesperson(budget: Report) -> None:
    (quote,) = by_rule(budget, "quote-wording")
    assert '"review"' in quote.message and '"revoke"' in quote.message
    (who,) = by_rule(budget, "attribution")
    assert "gender" in who.message


def test_decided_against_considering(budget: Report) -> None:
    (mod,) = by_rule(budget, "modality")
    assert "considering" in mod.message and "decided" in mod.message


def test_rupees_and_dollars_agree(budget: Report) -> None:
    (money,) = by_rule(budget, "currency")
    assert money.verdict is Verdict.CONSISTENT and "INR" in money.message


def test_outlets_that_agree_word_for_word_give_no_discrepancy(tmp_path: Path) -> None:
    text = (STORIES / "court-fine" / "rhine-post.txt").read_text(encoding="utf-8")
    for name in ("first-outlet", "second-outlet"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = checker.check(tmp_path)
    assert [f for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE] == []
