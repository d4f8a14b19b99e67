"""Figures bound to what they are about, read as intervals: given these articles, the report
compares like with like and says which intervals it compared."""

from __future__ import annotations

from datetime import date

import pytest

from checker.claims import build_claims
from checker.clean import clean
from checker.extract.hedges import Interval, interval, rule_cues
from checker.extract.quantities import find_quantities
from checker.facts import build_facts
from checker.pipeline import analyse
from checker.records import Article, Source, Verdict
from checker.rulepack import load_rules

RULES = load_rules()


def article(source: str, text: str, published: date | None = date(2024, 3, 5)) -> Article:
    basis = "sources.csv" if published else "unknown"
    return Article(
        Source(source, source, "", published, basis, "en", f"{source}.txt", "utf-8"), text
    )


def report(*articles: Article):
    return analyse("story", articles, RULES)


def facts(text: str):
    claims = build_claims([clean(article("a", text))])
    return [f for c in claims for f in build_facts(claims).get(c.id, ())]


def verdicts(rep, rule: str) -> list[Verdict]:
    return [f.verdict for f in rep.findings if f.rule == rule]


# ---------------------------------------------------------------- intervals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than 4,000 people were hurt.", Interval(4000, 4400, low_open=True)),
        ("Nearly 4,000 people were hurt.", Interval(3600, 4000, high_open=True)),
        ("About 2,000 people were hurt.", Interval(1800, 2200)),
        ("At least 100 people were hurt.", Interval(100, 110)),
        ("Dozens of people were hurt.", Interval(24, 99)),
        ("Several thousand people were hurt.", Interval(3000, 9999)),
        # FORMAT.md: a whole number with at most one trailing zero is exact ...
        ("Exactly 183 people were hurt.", Interval(183, 183)),
        ("190 people were on board.", Interval(190, 190)),
        ("Some 400,000 people were hurt.", Interval(360_000, 440_000)),
        # ... with two or more it is round at 5% either side; a scale word rounds to half its unit
        ("Exactly 400,000 people were hurt.", Interval(380_000, 420_000)),
        ("The fine was 18 billion yuan.", Interval(17.5e9, 18.5e9, high_open=True)),
        # a decimal keeps its written precision
        ("The fine was 18.2 billion yuan.", Interval(18.15e9, 18.25e9, high_open=True)),
        # a share in per cent is a measured ratio: rounded to its last digit, not exact
        ("Shares rose 38% on Tuesday.", Interval(37.5, 38.5, high_open=True)),
        ("Turnout was 63 per cent.", Interval(62.5, 63.5, high_open=True)),
        # a decimal's trailing zero is written precision: a tenth, not a unit
        ("The tremor measured 7.0 on the scale.", Interval(6.95, 7.05, high_open=True)),
        ("The tremor measured 7 on the scale.", Interval(7, 7)),
        # a span told in whole coarse units is rounded to the unit: "two months" ± half a month,
        # half-open like any rounded figure, so that two and three months never meet
        ("The outbreak lasted two months.", Interval(1.5, 2.5, high_open=True)),
        # dots of thousands ("5.000", European style) make a round figure, not a decimal
        ("In all, 5.000 people were hurt.", Interval(4750, 5250)),
        # a half is written as it is meant; with a scale word it is a round figure
        ("He was jailed for 22 and a half years.", Interval(22.5, 22.5)),
        ("In all, 3 and a half million people voted.", Interval(3_325_000, 3_675_000)),
        # a duration in two units is as exact as its last part: to the second
        ("The flight lasted 10 minutes and 20 seconds.", Interval(619.5, 620.5, high_open=True)),
    ],
)
def test_a_figure_reads_as_the_interval_its_qualifier_gives(sentence, expected) -> None:
    got = interval(find_quantities(sentence)[0])
    assert (got.low, got.high) == (pytest.approx(expected.low), pytest.approx(expected.high))
    assert (got.low_open, got.high_open) == (expected.low_open, expected.high_open)


def test_neighbouring_whole_months_of_one_absence_conflict() -> None:
    rep = report(
        article("northpost", "The Arnby Rovers captain will be out injured for two months."),
        article("delta-wire", "The injury will keep the Arnby Rovers captain out for three months."),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_time_elapsed_since_a_start_is_counted_or_rounded_alike() -> None:
    # a firm founded 17.9 years ago is "17 years" old to one writer and "18" to another
    rep = report(
        article("northpost", "For the first time since its founding 18 years ago, Arnby Mail lost users."),
        article("delta-wire", "For the first time since its founding 17 years ago, Arnby Mail lost users."),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "number")
    apart = report(
        article("northpost", "For the first time since its founding 18 years ago, Arnby Mail lost users."),
        article("delta-wire", "For the first time since its founding 12 years ago, Arnby Mail lost users."),
    )
    assert verdicts(apart, "number") == [Verdict.CONFLICT]


def test_nearly_and_more_than_the_same_figure_do_not_overlap() -> None:
    nearly = interval(find_quantities("nearly 4,000 people")[0])
    more = interval(find_quantities("more than 4,000 people")[0])
    assert not nearly.overlaps(more)
    assert nearly.overlaps(interval(find_quantities("4,000 people")[0]))


def test_a_tenth_written_out_tells_a_figure_from_its_neighbour() -> None:
    rep = report(
        article("northpost", "The survey said the tremor off Arnby measured 7.0 on the scale."),
        article("delta-wire", "The survey said the tremor off Arnby measured 6.8 on the scale."),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_hedged_counts_that_cannot_both_be_true_are_a_conflict_naming_the_intervals() -> None:
    rep = report(
        article("northpost", "The storm injured nearly 4,000 people in the delta, officials said."),
        article(
            "delta-wire", "The storm injured more than 4,000 people in the delta, officials said."
        ),
    )
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.CONFLICT
    assert "[3,600, 4,000)" in finding.message and "(4,000, 4,400]" in finding.message


def test_overlapping_hedges_are_consistent() -> None:
    rep = report(
        article("northpost", "The storm injured at least 100 people in the delta, officials said."),
        article("delta-wire", "The storm injured about 105 people in the delta, officials said."),
    )
    assert verdicts(rep, "number") == [Verdict.CONSISTENT]


def test_a_vague_magnitude_against_a_figure_outside_it_is_a_conflict() -> None:
    rep = report(
        article("northpost", "Dozens of people are missing after the landslide, the mayor said."),
        article(
            "delta-wire",
            "More than a hundred people are missing after the landslide, the mayor said.",
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


# ---------------------------------------------------------------- referents


def test_two_fines_for_two_parties_in_one_sentence_are_two_facts() -> None:
    found = facts("A court fined Northwind $98 million and Southgate $27 million on Friday.")
    assert [(f.party_name, f.quantity.value) for f in found] == [
        ("Northwind", 98_000_000),
        ("Southgate", 27_000_000),
    ]
    assert all(f.measured == {"fine"} for f in found)


def test_two_fines_for_two_parties_are_never_compared() -> None:
    rep = report(
        article(
            "northpost", "A court fined Northwind $98 million and Southgate $27 million on Friday."
        ),
        article(
            "delta-wire", "A court on Friday fined Southgate $27 million and Northwind $98 million."
        ),
    )
    assert not [f for f in rep.findings if f.verdict is Verdict.CONFLICT]


def test_the_party_named_after_a_fine_on_it() -> None:
    (f,) = facts("The regulator also slapped a $27 million fine on Southgate for the leak.")
    assert f.party_name == "Southgate"


def test_a_title_in_quotation_marks_is_not_the_party() -> None:
    (f,) = facts(
        "Orvix will buy Castor Mills, the maker of “Kessel Quest” and “Varna Wars”, for $68.7 "
        "billion in cash."
    )
    assert f.party_name == "Castor Mills"


def test_a_place_that_qualifies_a_noun_is_not_the_party() -> None:
    (f,) = facts("A Lisbon court fined Northwind $98 million.")
    assert f.party_name == "Northwind"


def test_the_outlets_own_conversion_is_one_fact_with_two_readings() -> None:
    (f,) = facts("The court fined Northwind 1.9 billion rubles ($25.8 million) on Friday.")
    assert [r.currency for r in f.readings] == ["RUB", "USD"]


def test_a_legal_cap_is_never_compared_with_an_actual_figure() -> None:
    rep = report(
        article(
            "northpost", "Under the law, regulators can fine a company up to 4% of its turnover."
        ),
        article(
            "delta-wire", "The regulators fined the company 1.5% of its turnover, the filing shows."
        ),
    )
    assert not [
        f for f in rep.findings if f.rule == "number" and f.verdict is not Verdict.SINGLE_SOURCE
    ]
    (cap,) = facts("Under the law, regulators can fine a company up to 4% of its turnover.")
    assert cap.cap


def test_a_cap_granted_as_a_permission_is_never_compared_with_the_fine_announced() -> None:
    rep = report(
        article(
            "northpost",
            "Under the statute, the board had the right to fine Korvell up to 4% of its sales.",
        ),
        article(
            "delta-wire",
            "The board said it would hit Korvell with its largest fine, which came to 1.5% of its sales.",
        ),
    )
    assert not [
        f for f in rep.findings if f.rule == "number" and f.verdict is not Verdict.SINGLE_SOURCE
    ]


@pytest.mark.parametrize(
    ("sentence", "may"),
    [
        ("The board has the right to fine members.", True),
        ("The agency is entitled to keep the deposit.", True),
        ("The firm could face a penalty.", True),
        ("A breach would carry a penalty.", True),
        ("He was right to leave early.", False),
        ("The board said it would fine the firm.", False),
        ("The board went on to announce that it would fine the firm.", False),
    ],
)
def test_what_may_happen_is_read_from_phrases_but_not_from_reported_plans(sentence, may) -> None:
    assert rule_cues(sentence)[0] is may


def test_a_price_is_never_compared_with_a_total() -> None:
    rep = report(
        article(
            "northpost", "The token was trading at around $9,000 on Wednesday as the scheme grew."
        ),
        article(
            "delta-wire",
            "The scheme's wallet was worth over $110,000 on Wednesday as the scheme grew.",
        ),
    )
    assert not [f for f in rep.findings if f.verdict is Verdict.CONFLICT]


def test_a_product_number_is_never_a_figure() -> None:
    assert facts("The firm moved its staff to Office 365 last year.") == []


# ---------------------------------------------------------------- time


def test_a_running_toll_reported_on_different_days_is_not_comparable() -> None:
    rep = report(
        article("northpost", "The death toll from the landslide rose to 135.", date(2024, 3, 5)),
        article(
            "delta-wire", "The death toll from the landslide has risen to 154.", date(2024, 3, 7)
        ),
    )
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.NOT_COMPARABLE
    assert "2024-03-05 vs 2024-03-07" in finding.message


def test_an_undated_article_takes_the_day_of_the_outlet_whose_toll_it_shares() -> None:
    rep = report(
        article(
            "northpost",
            "The death toll rose to 135. More than 4,000 people were injured.",
            date(2024, 3, 5),
        ),
        article("hillside", "The death toll rose to 135. About 5,000 people were injured.", None),
        article("delta-wire", "The death toll has risen to 154, officials said.", date(2024, 3, 7)),
    )
    by_verdict = {f.verdict: f for f in rep.findings if f.rule == "number"}
    assert "4,000" in by_verdict[Verdict.CONFLICT].message  # same day: the injured clash
    assert "154" in by_verdict[Verdict.NOT_COMPARABLE].message  # other day: a snapshot


def test_a_count_of_bodies_measures_the_toll() -> None:
    (bodies,) = facts("Divers brought 21 bodies ashore near Port Ellery on Monday.")
    assert bodies.measured == {"death"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Divers have recovered 21 bodies from the lake near Port Ellery.",
        "Officials said 21 people have died so far after the ferry sank near Port Ellery.",
    ],
)
def test_a_count_given_as_it_stands_now_is_provisional(sentence) -> None:
    (count,) = facts(sentence)
    assert count.provisional


def test_a_count_of_the_same_day_given_as_it_stands_now_is_a_snapshot() -> None:
    rep = report(
        article(
            "northpost", "Divers have recovered 21 bodies so far, officials in Port Ellery said."
        ),
        article(
            "delta-wire",
            "The ferry sank near Port Ellery and 48 bodies were found, officials said.",
        ),
    )
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.NOT_COMPARABLE
    assert "so far" in finding.message


def test_a_same_day_toll_without_a_word_of_now_still_clashes() -> None:
    rep = report(
        article("northpost", "The ferry sank near Port Ellery and 21 people died, officials said."),
        article(
            "delta-wire", "The ferry sank near Port Ellery and 48 people died, officials said."
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


# ---------------------------------------------------------------- parts and wholes

_FOUR_FIREFIGHTERS = (
    "Four firefighters died when the warehouse collapsed in Brantmoor on Monday, police said."
)
_ELEVEN_PEOPLE = (
    "Eleven people died when the warehouse collapsed in Brantmoor on Monday, police said."
)


def test_a_count_of_a_group_the_story_calls_part_of_a_whole_is_no_clash_with_the_whole() -> None:
    part = " The four firefighters were among the 11 people killed."
    rep = report(
        article("northpost", _FOUR_FIREFIGHTERS), article("delta-wire", _ELEVEN_PEOPLE + part)
    )
    assert verdicts(rep, "number") == []
    rep = report(article("northpost", _FOUR_FIREFIGHTERS), article("delta-wire", _ELEVEN_PEOPLE))
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_the_part_itself_is_still_compared_with_the_same_part() -> None:
    whole = "Eleven people, including two firefighters, died when the warehouse collapsed in Brantmoor on Monday, police said."
    rep = report(article("northpost", _FOUR_FIREFIGHTERS), article("delta-wire", whole))
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.CONFLICT
    assert "two firefighters" in finding.message and "Four firefighters" in finding.message


def test_a_count_of_people_is_never_a_look_alike_of_a_measure() -> None:
    rep = report(
        article(
            "northpost",
            "The ferry carrying 40 people struck the pier at Dunmore Quay on Monday night, the coastguard said.",
        ),
        article(
            "delta-wire",
            "The ferry carrying 38 tonnes of cargo struck the pier at Dunmore Quay on Monday night, the coastguard said.",
        ),
    )
    assert verdicts(rep, "not-comparable") == []


def test_a_figure_before_an_aside_naming_some_of_it_measures_what_the_verb_after_says() -> None:
    (f,) = facts("At least 12, including the ferry's captain (a Tarrow man), died on Monday.")
    assert f.measured == {"death"}
    (f,) = facts("At least 12, the coastguard said, were on board the ferry.")
    assert f.measured == frozenset()


# ---------------------------------------------------------------- earlier figures, agents


def test_an_agent_phrase_ends_at_the_next_preposition() -> None:
    (f,) = facts("The fine of €300 million imposed by Valdor on Zentro was upheld.")
    assert f.party_name == "Zentro"


def test_a_previous_record_is_never_set_against_the_figure_now_reported() -> None:
    (f,) = facts("It beats the previous record fine of €300 million, levied on Zentro.")
    assert f.earlier
    rep = report(
        article(
            "northpost",
            "Regulators in Valdor fined Kalo a record €500 million on Monday. "
            "It beats the previous record fine of €300 million.",
        ),
        article("delta-wire", "Regulators in Valdor fined Kalo a record €500 million on Monday."),
    )
    assert verdicts(rep, "currency") == []


def test_a_proposed_figure_is_never_set_against_the_one_decided() -> None:
    (f,) = facts("The regulator had proposed to fine Kalo £30 million, but settled on less.")
    assert f.proposed
    decided = "The Valdor regulator fined Kalo £20 million on Monday for the leak."
    rep = report(
        article(
            "northpost",
            "The Valdor regulator had proposed to fine Kalo £30 million for the leak in May.",
        ),
        article("delta-wire", decided),
    )
    assert verdicts(rep, "currency") == [] and verdicts(rep, "number") == []


def test_two_proposals_for_the_same_fine_are_still_compared() -> None:
    rep = report(
        article(
            "northpost", "The Valdor regulator proposed to fine Kalo £30 million for the leak."
        ),
        article(
            "delta-wire", "The Valdor regulator proposed to fine Kalo £50 million for the leak."
        ),
    )
    assert Verdict.CONFLICT in verdicts(rep, "currency") + verdicts(rep, "number")


# ---------------------------------------------------------------- groups and parts of a count


def test_a_count_narrowed_by_a_capitalised_group_is_never_set_against_the_whole() -> None:
    rep = report(
        article("northpost", "The ferry was carrying 40 people when it sank off Valdor on Monday."),
        article(
            "delta-wire", "The ferry was carrying 31 Valdorian passengers when it sank on Monday."
        ),
    )
    assert verdicts(rep, "number") == []


def test_two_counts_of_the_same_group_are_still_compared() -> None:
    rep = report(
        article("northpost", "The ferry was carrying 31 Valdorian passengers when it sank."),
        article("delta-wire", "The ferry was carrying 35 Valdorian passengers when it sank."),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_capitals_for_emphasis_or_a_headline_narrow_nothing() -> None:
    (emphatic,) = facts("Keepers said A DOZEN animals got out overnight.")
    assert emphatic.group == frozenset()
    (headline,) = facts("Ferry With 40 People On Board Sinks Off Valdor, Officials Say.")
    assert headline.group is None


def test_a_part_of_a_numbered_group_is_never_set_against_the_group() -> None:
    (part,) = facts("Four of the five Valdorians on board were identified on Tuesday.")
    assert part.partitive
    (jets,) = facts("The carrier grounded 142 of its jets on Friday.")
    assert not jets.partitive  # the whole has no number: 142 jets
    bare = facts("Nine of the 30 bodies have been identified, police said.")
    assert [f.partitive for f in bare] == [True, False]  # "Nine", then the whole
    rep = report(
        article("northpost", "Four of the five Valdorians on board were identified on Tuesday."),
        article("delta-wire", "Five Valdorians were on board, officials said on Tuesday."),
    )
    assert verdicts(rep, "number") == []


def test_figures_one_outlet_gives_side_by_side_are_no_clash_between_outlets() -> None:
    both = "At least 14 people were killed, 12 of them in Valdor, officials said on Monday."
    rep = report(
        article("northpost", both),
        article(
            "delta-wire", "At least 12 people were killed in the quake, officials said on Monday."
        ),
        article(
            "east-herald", "At least 14 people were killed in the quake, officials said on Monday."
        ),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "number")


def test_a_clash_no_outlet_explains_is_still_a_conflict() -> None:
    rep = report(
        article(
            "delta-wire", "At least 12 people were killed in the quake, officials said on Monday."
        ),
        article(
            "east-herald", "At least 19 people were killed in the quake, officials said on Monday."
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_a_name_the_figure_is_measured_against_is_not_its_party() -> None:
    (f,) = facts("The recount confirmed her win over Ana Ruiz, this time by 47 votes.")
    assert f.party_name != "Ana Ruiz"


def test_a_proposal_is_read_past_a_qualifier_before_the_figure() -> None:
    (f,) = facts("A draft decision proposed a fine of more than $425 million for Kalo.")
    assert f.proposed


def test_an_original_amount_and_the_reduced_one_an_outlet_gives_are_no_clash() -> None:
    both = "The court cut the fine of €4.3 billion imposed on Kalo in 2018 to €4.1 billion."
    rep = report(
        article("northpost", both),
        article("delta-wire", "Kalo was fined €4.3 billion in 2018, the court recalled on Monday."),
        article("east-herald", "The court set the fine on Kalo at €4.1 billion on Monday."),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "currency")


def test_two_counts_of_people_are_one_fact_only_by_what_they_measure() -> None:
    rep = report(
        article("northpost", "About 70 people were injured when the Valdor footbridge collapsed."),
        article(
            "delta-wire", "Around 500 people had gathered on the Valdor footbridge before it fell."
        ),
    )
    assert verdicts(rep, "number") == []
    rep = report(
        article("northpost", "About 70 people were injured when the Valdor footbridge collapsed."),
        article(
            "delta-wire", "About 200 people were injured when the Valdor footbridge collapsed."
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_a_group_on_board_is_never_a_misreport_of_the_people_killed() -> None:
    rep = report(
        article("northpost", "The plane had 62 adults on board when it crashed near Valdor."),
        article("delta-wire", "At least 42 people were killed when the plane crashed near Valdor."),
    )
    assert verdicts(rep, "number") == []


def test_a_group_and_a_crowd_said_alike_are_still_compared() -> None:
    rep = report(
        article("northpost", "About 3,200 people were forced from their homes by the Valdor fire."),
        article(
            "delta-wire", "Around 2,300 residents were forced from their homes by the Valdor fire."
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


# ---------------------------------------------------------------- what is counted

_NINE_ON_BOARD = "There were nine {} on board the coach when it overturned."
_ELEVEN = (
    "Police later said the coach was carrying a total of 11 {}, including two guides' children."
)


def test_one_noun_counted_word_for_word_by_two_outlets_is_one_fact_however_told() -> None:
    rep = report(
        article("northpost", _NINE_ON_BOARD.format("tourists")),
        article("delta-wire", _ELEVEN.format("tourists")),
    )
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.CONFLICT
    assert "nine tourists" in finding.message and "11 tourists" in finding.message


def test_counts_far_apart_with_only_their_noun_in_common_may_be_two_facts() -> None:
    # nine against 40 tourists, nothing else tying them: shown side by side, no clash claimed
    rep = report(
        article("northpost", _NINE_ON_BOARD.format("tourists")),
        article("delta-wire", _ELEVEN.format("tourists").replace("11", "40")),
    )
    (finding,) = [f for f in rep.findings if f.rule == "number"]
    assert finding.verdict is Verdict.NOT_COMPARABLE
    assert "too far apart for a slip" in finding.message and "40 tourists" in finding.message


def test_counts_one_digit_apart_are_a_typing_slip_however_far_apart() -> None:
    rep = report(
        article(
            "northpost",
            "The combined insurer will cut 1,800 jobs, mainly in claims handling, as it targets "
            "savings of €90mn.",
        ),
        article("delta-wire", "Some 2,800 jobs will go at the two insurers, bosses confirmed."),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_counts_far_apart_clash_when_their_holder_is_named_in_both() -> None:
    rep = report(
        article("northpost", "There were nine tourists on board the Arnby Express when it overturned."),
        article(
            "delta-wire",
            "Police said the Arnby Express was carrying a total of 40 tourists when it overturned.",
        ),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_a_narrowed_count_is_no_misreport_of_the_plain_one() -> None:
    # "injured tourists" are some of the tourists on board
    rep = report(
        article("northpost", _NINE_ON_BOARD.format("injured tourists")),
        article("delta-wire", _ELEVEN.format("tourists")),
    )
    assert verdicts(rep, "number") == []


def test_counts_of_people_clash_when_both_say_what_they_count() -> None:
    # "people" is any crowd; "on board" and "carrying" say which: the people aboard
    rep = report(
        article("northpost", _NINE_ON_BOARD.format("people")),
        article("delta-wire", _ELEVEN.format("people")),
    )
    assert verdicts(rep, "number") == [Verdict.CONFLICT]


def test_an_earlier_figure_may_still_agree_with_the_same_figure_unmarked() -> None:
    rep = report(
        article(
            "northpost",
            "The court cut the original fine of €2.54 billion imposed on Kalo in 2019 to €2.1 "
            "billion on Wednesday.",
        ),
        article(
            "delta-wire",
            "Kalo failed on Wednesday to annul a record fine of 2,500 million euros imposed in 2019.",
        ),
    )
    assert verdicts(rep, "currency") == [Verdict.CONSISTENT]


def test_one_amount_converted_two_ways_that_no_rate_reconciles_is_a_conflict() -> None:
    rep = report(
        article("northpost", "Castor City agreed a 100-million-pound (118-million-dollar) deal."),
        article("delta-wire", "Castor City agreed a £100 million ($139 million) deal."),
    )
    found = [f for f in rep.findings if f.rule == "currency"]
    assert [f.verdict for f in found] == [Verdict.CONFLICT]
    assert "converted into USD two ways" in found[0].message


def test_one_amount_converted_at_two_rates_of_the_day_is_not() -> None:
    rep = report(
        article("northpost", "Castor City agreed a £100 million ($138 million) deal."),
        article("delta-wire", "Castor City agreed a £100 million ($139 million) deal."),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "currency")


def test_a_clock_times_zone_or_a_day_is_no_ones_figure() -> None:
    (six,) = facts("Orvix services went down at 11:40 a.m. ET and stayed down for six hours.")
    assert six.party_name == ""


def test_a_place_after_in_is_where_a_figure_holds_not_whose_it_is() -> None:
    text = "A dozen rockets hit the air base in Iraqi Kurdistan, wounding nine other people."
    (wounded,) = facts(text)[1:]
    assert wounded.quantity.text == "nine other people"
    assert wounded.party_name != "Iraqi Kurdistan"


def test_nearly_a_share_meets_the_share_rounded_and_two_shares_a_point_apart_do_not() -> None:
    # "surged nearly 38%" and "soared 38%" are one rise of 37.9%, told two ways
    assert interval(find_quantities("nearly 38%")[0]).overlaps(interval(find_quantities("38%")[0]))
    assert not interval(find_quantities("2%")[0]).overlaps(interval(find_quantities("3%")[0]))


def test_an_interval_is_written_with_as_many_decimals_as_tell_its_ends_apart() -> None:
    """ "3,016.75 carats" against "3,106" must not read "[3,017, 3,017)" in a message."""
    assert str(Interval(3016.745, 3016.755, high_open=True)) == "[3,016.745, 3,016.755)"
    assert str(Interval(18.15, 18.25, high_open=True)) == "[18.15, 18.25)"
    assert str(Interval(974.7, 1191.3)) == "[975, 1,191]"


# ---------------------------------------------------------------- ages


def test_two_ages_of_one_person_in_unlike_sentences_conflict() -> None:
    rep = report(
        article(
            "northpost",
            "Four men are detained: 32-year-old Tomas Verhoek, 30-year-old Ivo Marek, "
            "25-year-old Jan Sobota and 19-year-old Emil Dvorak.",
        ),
        article(
            "delta-wire",
            "Tomas Verhoek, a 33-year-old mechanic from Brno, confessed to his part in the raid. "
            "Jan Sobotta, 25, who worked at a sawmill, has a young son.",
        ),
    )
    clashes = [f for f in rep.findings if f.rule == "number" and f.verdict is Verdict.CONFLICT]
    assert len(clashes) == 1, [f.message for f in clashes]
    assert "32 years" in clashes[0].message and "33 years" in clashes[0].message


def test_a_bracketed_figure_after_a_name_is_no_age_to_compare() -> None:
    rep = report(
        article("northpost", "Veteran striker Tomas Verhoek (35) lifted the cup at last."),
        article("delta-wire", "Ivo Marek took the scoring award, ahead of Tomas Verhoek (7)."),
    )
    assert not [f for f in rep.findings if f.verdict is Verdict.CONFLICT]


def test_a_dropped_minus_sign_is_a_conflict_but_a_fall_told_with_or_without_it_is_not() -> None:
    minus = report(
        article("northpost", "Temperatures in Varnsk fell to minus 40C on Monday."),
        article("delta-wire", "Temperatures in Varnsk fell to 40C on Monday."),
    )
    assert verdicts(minus, "number") == [Verdict.CONFLICT]
    for sign, none in (("fell −2.3% last year", "fell 2.3% last year"),
                       ("closed down -2.3% on Friday", "closed down 2.3% on Friday")):
        fall = report(
            article("northpost", f"The Varnsk index {sign}."),
            article("delta-wire", f"The Varnsk index {none}."),
        )
        assert Verdict.CONFLICT not in verdicts(fall, "number"), sign


def test_parts_of_two_tallies_of_a_toll_are_two_moments_not_a_clash() -> None:
    two = report(
        article("northpost", "At least 74 people, including 12 children, died in the Arnby fire, "
                "officials said."),
        article("delta-wire", "At least 73 people have died, including seven children, in the "
                "Arnby fire."),
    )
    assert Verdict.CONFLICT not in verdicts(two, "number")
    assert Verdict.NOT_COMPARABLE in verdicts(two, "number")
    one = report(
        article("northpost", "At least 74 people, including 12 children, died in the Arnby fire, "
                "officials said."),
        article("delta-wire", "At least 74 people have died, including seven children, in the "
                "Arnby fire."),
    )
    assert Verdict.CONFLICT in verdicts(one, "number")


def test_a_measure_in_two_units_shows_the_conversion_to_three_digits() -> None:
    rep = report(
        article("a", "The Arnby tomb was found about 2.4 kilometres west of the Kessel valley."),
        article("b", "The Arnby tomb lies roughly 1.5 miles west of the Kessel valley."),
    )
    (found,) = [f for f in rep.findings if f.rule == "unit"]
    assert found.verdict is Verdict.CONSISTENT
    # 2.4 km is 1.49 miles: "1 mile" would hide the conversion a reader checks
    assert "is 1.49 mile" in found.message


def test_a_figure_both_claims_give_is_accounted_for_before_a_unit_clash() -> None:
    """Both outlets give the depth and the distance: no depth is set against a distance."""
    rep = report(
        article("a", "The Kessel trust said the Arnby was found at a depth of 3,008 metres and "
                "approximately four miles south of the position recorded by its captain."),
        article("b", "The team has now located the Arnby at a depth of 3,008 metres and "
                "approximately four miles south of the position recorded by the ship's "
                "captain, the Kessel trust said."),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "unit")


def test_a_converted_figure_that_agrees_leaves_the_rest_of_a_list_unclashed() -> None:
    """8,022 m is the list's 26,247 feet; the list's other depth is another trench's."""
    rep = report(
        article("a", "The team explored the Kessel and Arnby trenches at 26,247 feet (8,000m) "
                "and 23,950 feet (7,300m) deep respectively, during a 10-year study of deep fish."),
        article("b", "The team caught two snailfish in the Kessel trench at a depth of 8,022m "
                "during the study of deep fish."),
    )
    assert verdicts(rep, "unit") == [Verdict.CONSISTENT]


def test_greater_than_hedges_a_measure_in_another_unit() -> None:
    """ "greater than 8,000 metres" is a little over 8,000 m: 27,349 feet (8,336 m) fits."""
    rep = report(
        article("a", "The Arnby lander collected two Kesselia fish from depths greater than "
                "8,000 metres, the university said."),
        article("b", "The Arnby lander collected two Kesselia fish from a depth of 27,349 feet, "
                "the university said."),
    )
    assert verdicts(rep, "unit") == [Verdict.CONSISTENT]


def test_a_clash_in_two_units_needs_the_evidence_a_clash_in_one_unit_needs() -> None:
    """A depth filmed now and a depth seen in 2008 are two measures, whatever their units:
    the pairing of facts (checker/pairing.py) finds nothing that makes them one."""
    rep = report(
        article("a", "The Kesselia snailfish was filmed at a depth of 8,336m in the Arnby Trench, "
                "south of Kessel, using a robotic lander."),
        article("b", "Kesselia snailfish had only ever been seen at a depth of 25,272 feet in 2008."),
    )
    assert Verdict.CONFLICT not in verdicts(rep, "unit")
