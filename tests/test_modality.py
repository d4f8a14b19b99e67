"""Modality comes from the main verb of the subject's clause: what a fact-checker compares when
one outlet reports a plan and another a done deed."""

from __future__ import annotations

import pytest

from checker.extract.modality import read_modality
from checker.pipeline import analyse
from checker.records import Article, Source
from checker.rulepack import load_rules

RULES = [r for r in load_rules() if r.id == "modality"]


def _level(text: str) -> str:
    return read_modality(text).level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a noun, an infinitive or a relative clause does not set the subject's modality
        # "going to" a place or a person is no plan; "going to close" is
        ("The record jackpot is going to someone who bought a ticket in Arnby.", "done"),
        ("The company is going to close the Arnby plant.", "plans"),
        ("Orlin Bank said it suspended its reviews of loan files last month.", "done"),
        ("Velka and Tamar are the latest retailers to review their suppliers.", "said"),
        (
            "Velka on Monday joined other retailers that have stopped considering new suppliers.",
            "done",
        ),
        ("Velka has joined several chains who have decided not to stock the brand.", "done"),
        # the reported clause is what outlets disagree on
        ("Velka has confirmed it will pause deliveries to the island.", "plans"),
        ("Velka said on Friday that it has paused deliveries to the island.", "done"),
        ("The mayor said the bridge would reopen in May.", "plans"),
        # future arrangement against a done deed
        ("Kestrel Air is to be fined 4 million euros by the regulator.", "plans"),
        ("Kestrel Air has been fined 4 million euros by the regulator.", "done"),
        # a notice of intention against the deed
        ("The regulator issued a notice of intention to fine Kestrel Air.", "plans"),
        ("The regulator said it intended to fine Kestrel Air.", "plans"),
        ("The regulator issued a 4 million euro fine to Kestrel Air.", "done"),
        ("The regulator levied a fine on Kestrel Air in March.", "done"),
        # a parenthetical inside the subject is not its verb
        (
            "Dunmore - which is owned by a Swiss group - has said it plans to sell the mill.",
            "plans",
        ),
        ("The council is considering a ban on night flights.", "considering"),
        # a present progressive reports an act under way, unless a future time follows it
        ("Velka said it is pausing deliveries to the island.", "done"),
        ("Velka is closing its island depot next month.", "said"),
        ("Velka is planning to close its island depot.", "plans"),
        # a deliberation yet to come is a plan, not one under way
        ("Velka said it would study the ruling before deciding.", "plans"),
        ("The council will review the contract next week.", "plans"),
        # an -ed adjective before the reported clause's subject is no verb
        ("The agency said insured savers will get their money back.", "plans"),
        # the month is no modal: a deed dated "May 8" is done; the modal still says "could"
        ("Then, at 7:06pm on Thursday, May 8, the smoke appeared.", "done"),
        ("On Tuesday, May 14, the storm reached the coast.", "done"),
        ("The council may close the bridge in May.", "could"),
        ("The mayor is to open the bridge next week.", "plans"),
    ],
)
def test_modality_is_read_from_the_main_verb(text: str, level: str) -> None:
    assert _level(text) == level


def _modality_findings(articles: dict[str, str]) -> list:
    story = [
        Article(Source(s, s, "", None, "test", "en", f"{s}.txt", "utf-8"), t)
        for s, t in articles.items()
    ]
    return list(analyse("story", story, RULES).findings)


@pytest.mark.parametrize(
    "text",
    [
        "The gauge, which shows how close the reservoir is to running dry, was reset.",
        "The clock, a dial showing how close the world is to ending, has been moved forward.",
    ],
)
def test_to_before_a_gerund_is_no_arrangement_for_the_future(text: str) -> None:
    # "is to be fined" is a plan; in "how close it is to ending", "to" is a preposition
    assert _level(text) != "plans"


def test_a_future_pause_against_a_pause_already_made_conflicts() -> None:
    found = _modality_findings(
        {
            "harbour-post": "Velka and Tamar have said that they will pause deliveries to the island.",
            "isle-times": "Velka and Tamar said on Tuesday that they have paused deliveries to the island.",
        }
    )
    assert found and "plans" in found[0].message and "done" in found[0].message


def test_two_different_acts_are_not_a_plan_against_a_deed() -> None:
    # "will refuse orders" and "have suspended deliveries" may both be true.
    assert not _modality_findings(
        {
            "harbour-post": "Velka and Tamar say they will refuse new orders from the island.",
            "isle-times": "Velka and Tamar have suspended deliveries to the island.",
        }
    )


def test_announcing_a_thing_is_no_deed_of_the_plan_to_make_it() -> None:
    # "plans to raise levies" and "announced new levies": one object, two acts
    assert not _modality_findings(
        {
            "harbour-post": "The administration plans to raise levies on imported grain.",
            "isle-times": "The president announced new levies Tuesday on imported grain.",
        }
    )


def test_claims_paired_by_their_wording_alone_are_no_plan_against_a_deed() -> None:
    # no actor the parse names for both, no act in common: "examining" is no plan to release
    assert not _modality_findings(
        {
            "harbour-post": "Inspectors are examining water samples which show two pollutants "
            "in the Arn river.",
            "isle-times": "Inspectors released detailed water samples of the pollutants.",
        }
    )


def test_an_irregular_past_form_is_the_same_act_as_its_plan() -> None:
    found = _modality_findings(
        {
            "harbour-post": "The Kessel council will rebuild the harbour wall after the storm.",
            "isle-times": "The Kessel council has rebuilt the harbour wall after the storm.",
        }
    )
    assert found and "plans" in found[0].message and "done" in found[0].message


def test_a_relative_clause_does_not_clash_with_the_main_verb() -> None:
    assert not _modality_findings(
        {
            "harbour-post": "Velka joined other retailers that have stopped considering new suppliers.",
            "isle-times": "Velka has joined retailers who have decided not to take new suppliers.",
        }
    )


def test_two_different_fines_are_never_a_plan_against_a_deed() -> None:
    assert not _modality_findings(
        {
            "harbour-post": "The regulator said it had proposed to fine Kestrel Air £30 million.",
            "isle-times": "The regulator had originally levied a fine of £90 million on Kestrel Air.",
        }
    )


def test_the_finding_cites_every_sentence_where_an_outlet_reports_the_plan() -> None:
    (found,) = _modality_findings(
        {
            "harbour-post": (
                "Velka and Tamar have said that they will pause deliveries to the island. "
                "Velka and Tamar will pause deliveries to the island, a spokesman said."
            ),
            "isle-times": "Velka and Tamar said they are pausing deliveries to the island.",
        }
    )
    assert len([c for c in found.claims if c.source == "harbour-post"]) == 2


def test_one_amount_given_as_a_proposal_and_as_a_fine_already_issued_conflicts() -> None:
    # The amount is the referent: both sentences tell the background, years ago.
    (found,) = _modality_findings(
        {
            "harbour-post": "In 2019 the regulator proposed a £40m penalty for Kestrel Air.",
            "isle-times": "The regulator fined Kestrel Air £40m in 2019 after the outage.",
        }
    )
    assert "£40m" in found.message and "plans" in found.message and "done" in found.message


def test_an_amount_outside_the_main_clause_does_not_take_its_verb() -> None:
    # "has fined it £20m, despite saying it would apply a £90m penalty": £90m is not done.
    assert not _modality_findings(
        {
            "harbour-post": (
                "The regulator has fined Kestrel Air £20m, despite saying it would apply "
                "a £90m penalty."
            ),
            "isle-times": "The regulator said it would fine Kestrel Air £90m.",
        }
    )


def test_an_obligation_is_neither_a_plan_nor_a_deed() -> None:
    assert _level("The court said Kestrel Air would have to pay 5 million euros.") == "said"


def test_a_subject_that_acts_and_one_that_undergoes_another_act_do_not_clash() -> None:
    # "is reviewing the ruling" (Velka acts) / "has been fined" (Velka undergoes): two facts.
    assert not _modality_findings(
        {
            "harbour-post": "Velka is reviewing the court ruling with its lawyers.",
            "isle-times": "Velka has been fined three times by the court this year.",
        }
    )


def test_an_amount_in_a_relative_clause_is_told_by_its_own_verb() -> None:
    # "was expected to fetch $4m ... the record set by a skeleton, which sold for $12m": that
    # sale is done, whatever the sentence expects; the control, the sale itself expected, clashes
    story = {
        "harbour-post": (
            "Orvo was expected to fetch between $4 million and $6 million but broke the record "
            "set by a skeleton named Kessel, which sold in 2019 for nearly $12 million."
        ),
        "isle-times": "The previous record-holder, a skeleton named Kessel, fetched nearly $12 million in 2019.",
    }
    _quiet_until_one_plan_is_the_deed(
        story, "harbour-post", "Kessel was expected to fetch nearly $12 million in 2019."
    )


def test_a_plan_and_a_deed_of_two_exact_counts_are_two_facts() -> None:
    # 21 routes flown and 23 routes planned are two facts, not one plan reported as done;
    # the control, one count planned and flown, clashes
    story = {
        "harbour-post": "Kestrel Air operated passenger flights on 21 routes to 17 cities.",
        "isle-times": "Kestrel Air plans to operate up to 530 passenger flights a week on 23 routes.",
    }
    _quiet_until_one_plan_is_the_deed(
        story,
        "isle-times",
        "Kestrel Air plans to operate up to 530 passenger flights a week on 21 routes.",
    )


def test_a_main_clause_after_an_opening_subordinate_one_holds_the_figures() -> None:
    # "Before the ban, Orvalia intended to export 10 million tonnes": the main clause is the
    # sentence's end, and its figure differs from the 7 million tonnes exported: two facts
    story = {
        "harbour-post": (
            "Before the ban on grain exports, Orvalia intended to export 10 million tonnes of "
            "wheat."
        ),
        "isle-times": "Orvalia had exported 7 million tonnes of wheat in the year to March.",
    }
    _quiet_until_one_plan_is_the_deed(
        story,
        "harbour-post",
        "Before the ban on grain exports, Orvalia intended to export 7 million tonnes of wheat.",
    )


def _quiet_until_one_plan_is_the_deed(story: dict[str, str], outlet: str, control: str) -> None:
    """The story stays quiet; with `outlet`'s sentence replaced by `control`, which plans the
    very deed the other outlet reports, it clashes: a quiet test that could never fire proves
    nothing."""
    assert not _modality_findings(story)
    (found,) = _modality_findings({**story, outlet: control})
    assert "plans" in found.message and "done" in found.message
