"""The single-source list on invented stories: what only one outlet reports, and what another
outlet gives too, however it writes it."""

from __future__ import annotations

from datetime import date

import pytest

from checker.pipeline import analyse
from checker.records import Article, Source, Verdict
from checker.rulepack import load_rules

RULES = load_rules()


def article(source: str, text: str) -> Article:
    return Article(
        Source(source, source, "", date(2024, 3, 5), "sources.csv", "en", f"{source}.txt", "utf-8"),
        text,
    )


def alone(*articles: Article) -> dict[str, str]:
    """Outlet -> what the single-source findings list for it."""
    rep = analyse("story", articles, RULES)
    out: dict[str, str] = {}
    for f in rep.findings:
        if f.verdict is Verdict.SINGLE_SOURCE:
            for c in f.claims:
                out[c.source] = out.get(c.source, "") + " | " + str(f.message)
    return out


@pytest.mark.parametrize("currency", ["€", "$"])
def test_the_exact_figure_behind_a_rounded_one_is_its_own_fact(currency: str) -> None:
    listed = alone(
        article("northpost", f"The tribunal fined Orvane about {currency}4.1 billion on Monday."),
        article("delta-wire", f"The tribunal fined Orvane {currency}4.1 billion on Monday."),
        article("harbour", f"The tribunal fined Orvane {currency}4,112,583,907 on Monday."),
    )
    assert "4,112,583,907" in listed.get("harbour", "")
    assert "4.1 billion" not in listed.get("northpost", "") + listed.get("delta-wire", "")


def test_a_figure_written_alike_at_the_same_precision_is_echoed() -> None:
    listed = alone(
        article("northpost", "The tribunal fined Orvane $4,112,583,907 on Monday."),
        article("harbour", "The tribunal fined Orvane $4,112,583,907 on Monday, its largest fine."),
    )
    assert "4,112,583,907" not in "".join(listed.values())


def test_a_person_another_outlet_names_another_way_is_not_single_source() -> None:
    listed = alone(
        article(
            "northpost",
            "Ferry operator spokesman Mike Tovar said the crossing would resume on Friday.",
        ),
        article(
            "delta-wire",
            "Michael Tovar, a spokesman for the operator, said crossings resume on Friday.",
        ),
        article(
            "harbour",
            "The operator's spokesman, Mike Tovarr, said the ferry would sail again on Friday.",
        ),
    )
    assert "Tovar" not in "".join(listed.values())


def test_a_person_only_one_outlet_names_is_listed_without_their_title() -> None:
    listed = alone(
        article("northpost", "Port Inspector Lena Vogtmann said the quay would reopen on Friday."),
        article("delta-wire", "The quay will reopen on Friday, the port said."),
    )
    assert "named person Lena Vogtmann" in listed.get("northpost", "")


def test_a_day_only_one_outlet_gives_is_listed_and_one_given_elsewhere_is_not() -> None:
    found = alone(
        article("harbour", "Owners will receive notices from Orvix by April 12, 2024, the regulator said."),
        article("courier", "The regulator said Orvix was recalling 40,000 scooters."),
    )
    assert "date April 12, 2024" in found.get("harbour", "")
    found = alone(
        article("harbour", "Owners will receive notices from Orvix by April 12, 2024, the regulator said."),
        article("courier", "Orvix will mail the notices on 12 April, the regulator said."),
    )
    assert "date" not in found.get("harbour", "")
