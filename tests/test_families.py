"""Families: copies of one wire story are one witness, and a fact-checker is told so."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from checker.claims import build_claims
from checker.clean import clean
from checker.cli import app
from checker.families import credits, find_families
from checker.formats import renderer
from checker.pipeline import analyse
from checker.records import Article, Report, Source, Verdict
from checker.rulepack import load_rules
from checker.topics import FAMILIES

RULES = load_rules()
DAY = date(2024, 3, 4)


def article(source: str, text: str, outlet: str = "") -> Article:
    return Article(
        Source(source, outlet or source, "", DAY, "sources.csv", "en", f"{source}.txt", "utf-8"),
        text,
    )


def report(*articles: Article) -> Report:
    return analyse("story", articles, RULES)


def families_of(*articles: Article) -> list[tuple[str, ...]]:
    claims = build_claims([clean(a) for a in articles])
    return [f.sources for f in find_families(articles, claims).families]


WIRE = (
    "Portugal's ferry operator Transtejo cancelled all crossings on Monday after a strike by "
    "its engineers entered its third day. The company said the walkout had stranded about "
    "40,000 commuters who rely on the river service every morning. Union leader Rui Matos "
    "said the engineers would stay out until the company reopened pay talks with them. "
    '"We will {} negotiate under pressure," chief executive Marta Lobo told reporters.'
)
OWN = (
    "Ferry crossings between Lisbon and the south bank stopped on Monday as Transtejo "
    "engineers kept up their strike for a third day. Commuters crowded onto buses and trains "
    "instead."
)
QUOTE = ' "We will not negotiate under pressure," chief executive Marta Lobo said.'


# ---------------------------------------------------------------- copies and independents


def test_two_copies_of_one_wire_story_with_one_edited_sentence_are_one_family() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")),
        article("coast-herald", WIRE.format("never")),
        article("river-post", OWN),
    )
    assert [f.sources for f in rep.families] == [("coast-herald", "harbour-times")]
    (quote,) = [f for f in rep.findings if f.rule == "quote-wording"]
    # still reported: a changed quotation in a copy matters
    assert quote.verdict is Verdict.CONFLICT
    details = dict(quote.details)
    assert details["editing_difference"] == "coast-herald, harbour-times"
    assert "(2 outlets, 1 family); an editing difference within one family" in quote.message


def test_an_edit_an_independent_outlet_contradicts_counts_the_families_on_each_side() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")),
        article("coast-herald", WIRE.format("never")),
        article("river-post", OWN + QUOTE),
    )
    (quote,) = [f for f in rep.findings if f.rule == "quote-wording"]
    assert '"never" (coast-herald) vs "not" (harbour-times, river-post)' in quote.message
    assert dict(quote.details)["witnesses"] == "1 outlet, 1 family vs 2 outlets, 2 families"
    assert "editing difference" not in quote.message


def test_outlets_quoting_one_speaker_word_for_word_are_not_copies() -> None:
    quote = (
        '"We have reviewed every flight plan filed since January and found that the checks '
        'were skipped on at least forty occasions," the inspector said.'
    )
    assert (
        families_of(
            article("harbour-times", "Regulators grounded the fleet on Monday. " + quote),
            article("coast-herald", "The airline's planes stayed on the ground all week. " + quote),
        )
        == []
    )


def test_findings_count_the_families_on_each_side() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")),
        article("coast-herald", WIRE.format("not")),
        article(
            "river-post",
            "Ferry crossings between Lisbon and the south bank stopped on Monday as Transtejo "
            "engineers kept up their strike for a third day, stranding about 60,000 commuters "
            "who rely on the river service every morning, the company said.",
        ),
    )
    counted = [dict(f.details).get("witnesses") for f in rep.findings if f.rule == "number"]
    assert "2 outlets, 1 family vs 1 outlet, 1 family" in counted or (
        "1 outlet, 1 family vs 2 outlets, 1 family" in counted
    )


# ---------------------------------------------------------------- agency credits


@pytest.mark.parametrize(
    ("outlet", "text", "expected"),
    [
        ("CBS San Francisco", "MENLO PARK (AP) — Social media platforms paused...", {"AP"}),
        ("TASS", "BEIRUT, August 8. /TASS/. The death toll rose to 158.", {"TASS"}),
        ("Daily Sports", "Grealish joined City.\nHe scored six times last season. (AFP)", {"AFP"}),
        (
            "Deccan Herald",
            "Death toll rises\n\nReuters\nReuters, Beirut,\nThe toll rose.",
            {"Reuters"},
        ),
        ("Deccan Herald (Reuters story)", "The toll rose to 154.", {"Reuters"}),
        ("Deutsche Welle", "The toll rose to 724.\n\nfb/rs (AFP, Reuters)", {"AFP", "Reuters"}),
        # a photo's credit is not the text's
        ("The Guardian", "Lee apologised. Photograph: AP\nThe train derailed.", set()),
        ("Gulf News", "Rescuers at the site. Image Credit: PTI\nThe plane skidded.", set()),
        ("Politico", "Google was fined, according to Reuters.", set()),
    ],
)
def test_the_agency_an_outlet_credits(outlet: str, text: str, expected: set[str]) -> None:
    assert credits(outlet, text) == expected


def test_outlets_crediting_one_agency_are_one_family_however_they_rewrote_it() -> None:
    fams = families_of(
        article("harbour-times", "LISBON (AFP) - Ferries stopped on Monday as engineers struck."),
        article("coast-herald", "Transtejo cancelled its crossings for a third day. (AFP)"),
        article("river-post", "Commuters waited for buses as the ferry strike went on."),
    )
    assert fams == [("coast-herald", "harbour-times")]


def test_an_outlet_crediting_two_agencies_wrote_its_own_story() -> None:
    fams = families_of(
        article("harbour-times", "LISBON (AFP) - Ferries stopped on Monday as engineers struck."),
        article("coast-herald", "Transtejo cancelled its crossings.\n\nfb/rs (AFP, Reuters)"),
    )
    assert fams == []


def test_many_copies_of_one_story_are_one_family() -> None:
    copies = [article(f"outlet-{i:03d}", WIRE.format("not")) for i in range(120)]
    assert families_of(*copies, article("river-post", OWN)) == [
        tuple(a.source.source for a in copies)
    ]


# ---------------------------------------------------------------- single-source by family


def test_a_fact_only_the_copies_of_one_story_print_is_single_source_once() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")),
        article("coast-herald", WIRE.format("never")),
        article("river-post", OWN),
    )
    commuters = [
        f for f in rep.findings if f.rule == "single-source" and "40,000 commuters" in f.message
    ]
    assert len(commuters) == 1
    assert commuters[0].sources == ("coast-herald", "harbour-times")
    assert "one family of copies" in commuters[0].message


def test_a_fact_an_independent_outlet_also_gives_is_not_single_source() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")),
        article("coast-herald", WIRE.format("not")),
        article("river-post", OWN + " About 40,000 commuters rely on the river service."),
    )
    assert not [f for f in rep.findings if f.rule == "single-source" and "40,000" in f.message]


# ---------------------------------------------------------------- reports and explain


def test_reports_list_the_families_and_json_only_when_there_are_some() -> None:
    rep = report(
        article("harbour-times", WIRE.format("not")), article("coast-herald", WIRE.format("never"))
    )
    doc = json.loads(renderer("json")(rep))
    assert doc["families"] == [
        {
            "sources": ["coast-herald", "harbour-times"],
            "agency": None,
            "why": list(rep.families[0].why),
        }
    ]
    assert "FAMILIES (1)" in str(renderer("table")(rep))
    assert "## Families of copies" in str(renderer("markdown")(rep))
    assert 'class="families"' in str(renderer("html")(rep))
    lone = report(article("harbour-times", WIRE.format("not")), article("river-post", OWN))
    assert "families" not in json.loads(renderer("json")(lone))


def test_explain_families_shows_an_example_that_holds() -> None:
    done = CliRunner().invoke(app, ["explain", "families"])
    assert done.exit_code == 0, done.output
    assert "one witness" in done.output and "Example:" in done.output
    rep = report(*(article(s, t) for s, t in FAMILIES.example))
    assert [(f.agency, f.sources) for f in rep.families] == [
        ("AFP", ("coast-herald", "harbour-times"))
    ]
    (quote,) = [f for f in rep.findings if f.rule == "quote-wording"]
    assert "(2 outlets, 1 family)" in quote.message and "editing difference" in quote.message


def test_explain_names_the_topics_when_nothing_matches() -> None:
    done = CliRunner().invoke(app, ["explain", "familys"])
    assert done.exit_code == 2
    assert "topics: families" in done.output
