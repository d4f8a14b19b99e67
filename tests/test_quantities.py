"""Numbers, money, percentages and durations found in one sentence, with what they count."""

from __future__ import annotations

import pytest

from checker.extract.quantities import (
    ambiguity_note,
    currency_ambiguity,
    find_quantities,
    to_base,
)
from checker.extract.vocab import singular, word_value
from checker.records import Quantity


def only(sentence: str) -> Quantity:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


def summary(sentence: str) -> list[tuple[float, str, str | None, str | None, str]]:
    return [(q.value, q.unit, q.currency, q.approx, q.dimension) for q in find_quantities(sentence)]


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The regulator may impose a fine of HK$250,000 on the bank.", "HK$250,000", 250e3, "HKD"),
        ("Donors pledged NZ$12,400 overnight.", "NZ$12,400", 12_400, "NZD"),
        ("The airline borrowed US$5 million from the state.", "US$5 million", 5e6, "USD"),
        ("The chipmaker booked a $3.2bn charge.", "$3.2bn", 3.2e9, "USD"),
        ("The museum raised €1.5 million for the roof.", "€1.5 million", 1.5e6, "EUR"),
        ("The striker joined for a £85m transfer fee.", "£85m", 85e6, "GBP"),
        ("A court in Lyon ordered EUR 40,000 in damages.", "EUR 40,000", 40e3, "EUR"),
        ("The baker was ordered to repay 40,000 euros.", "40,000 euros", 40e3, "EUR"),
        ("The factory was fined 3 million yuan for pollution.", "3 million yuan", 3e6, "CNY"),
        ("The state approved Rs 500 crore for new roads.", "Rs 500 crore", 5e9, "INR"),
        ("The ministry set aside R$ 2.5 billion for schools.", "R$ 2.5 billion", 2.5e9, "BRL"),
        ("The estate sold for 5 million dollars.", "5 million dollars", 5e6, "USD"),
        ("Tickets cost 300 Hong Kong dollars each.", "300 Hong Kong dollars", 300, "HKD"),
        ("The café charged €3,50 for a coffee.", "€3,50", 3.5, "EUR"),
        ("The ferry ticket rose to 50 pence.", "50 pence", 0.5, "GBP"),
        ("Savers lost 1,00,000 rupees each.", "1,00,000 rupees", 100_000, "INR"),
        # a compound adjective: the amount before the noun it prices
        ("They agreed a 100-million-pound deal.", "100-million-pound", 100e6, "GBP"),
        ("The club paid a 20-euro fee.", "20-euro", 20, "EUR"),
        # an ISO code after a dollar sign says which dollar
        ("It costs $1,083 CAD in Toronto.", "$1,083 CAD", 1083, "CAD"),
        ("It starts at $799 USD, Orvix said.", "$799 USD", 799, "USD"),
    ],
)
def test_money_in_any_currency_is_an_iso_amount(sentence, text, value, currency) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.currency, q.unit, q.dimension) == (
        text,
        pytest.approx(value),
        currency,
        "money",
        "money",
    )


def test_a_fine_and_a_jail_term_are_two_quantities_not_one_number() -> None:
    sentence = "Offenders face a fine of HK$100,000 and six months behind bars."
    fine, jail = find_quantities(sentence)
    assert (fine.text, fine.value, fine.currency) == ("HK$100,000", 100_000, "HKD")
    assert (jail.text, jail.value, jail.unit, jail.dimension) == (
        "six months",
        6,
        "month",
        "duration",
    )


def test_a_court_fine_reported_in_euros_and_in_pounds() -> None:
    euro = only("A Paris court fined the retailer €2.5 million on Friday.")
    pound = only("The retailer was fined £2.1m by a French court.")
    assert (euro.currency, euro.value) == ("EUR", 2.5e6)
    assert (pound.currency, pound.value) == ("GBP", 2.1e6)


def test_an_ambiguous_symbol_takes_the_lexicon_default_and_says_so() -> None:
    q = only("The fine was ¥10,000.")
    assert q.currency == "JPY"
    assert currency_ambiguity(q) == ("CNY",)
    assert "yuan" in ambiguity_note(q)
    assert currency_ambiguity(only("It cost US$40.")) == ()


def test_a_country_named_in_the_sentence_settles_an_ambiguous_symbol() -> None:
    lanka = only("Sri Lanka's cabinet approved Rs 3 billion for flood relief.")
    india = only("The council approved Rs 3 billion for flood relief.")
    assert (lanka.currency, lanka.value) == ("LKR", 3e9)
    assert india.currency == "INR" and "LKR" in currency_ambiguity(india)
    assert only("A court in China imposed a ¥50,000 penalty.").currency == "CNY"


def test_the_ends_of_an_age_span_are_ages() -> None:
    for sentence in ("The victims were between the ages of 14 and 27.",
                     "The victims ranged in age from 14 to 27."):
        assert [(q.value, q.dimension) for q in find_quantities(sentence)] == [
            (14, "age"), (27, "age")]


def test_kilometres_per_hour_are_a_speed_not_a_distance() -> None:
    assert summary("Winds reached 241 kilometers per hour.") == [(241, "km/h", None, None, "speed")]
    assert summary("Gusts of 90 kilometres an hour hit the coast.")[0][1] == "km/h"
    assert summary("The road runs 241 kilometres.")[0][1] == "km"


def test_pounds_of_something_are_a_weight() -> None:
    assert summary("Customs seized 50 pounds of heroin.") == [(50, "lb", None, None, "mass")]
    assert only("He sold the bike for 50 pounds.").currency == "GBP"
    assert only("Midwives delivered a 10-pound baby.").dimension != "money"
    # a weight written as a compound adjective is read as the weight it is, so that "a
    # 1,260-pound spacecraft" meets "a 1,340-pound spacecraft" (and "572 kilograms")
    assert summary("They launched a 1,260-pound spacecraft.") == [
        (1260, "lb", None, None, "mass")]
    assert only("They agreed a 100-million-pound deal.").currency == "GBP"


def test_an_acronym_glued_to_digits_is_not_a_currency_code() -> None:
    assert find_quantities("Delegates gathered for COP26 in Glasgow.") == ()


def test_a_money_range_shares_the_scale_and_currency() -> None:
    low, high = find_quantities("The repairs will cost $5-7 million.")
    assert (low.value, high.value) == (5e6, 7e6)
    assert low.currency == high.currency == "USD"
    assert low.approx == high.approx == "between"


# ---------------------------------------------------------------- counts and their units


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "text"),
    [
        ("The insurer received claims on 81 accounts last year.", 81, "account", "81 accounts"),
        ("Investigators examined 358 devices.", 358, "device", "358 devices"),
        (
            "The app reached 200 million daily meeting participants.",
            200e6,
            "participant",
            "200 million daily meeting participants",
        ),
        ("The state recorded 191 new Covid-19 cases.", 191, "case", "191 new Covid-19 cases"),
        ("Police arrested 370 people.", 370, "person", "370 people"),
        # modifiers joined by "and" on the way to the noun
        (
            "Orvix runs 2,273 retail food and drug stores.",
            2273,
            "store",
            "2,273 retail food and drug stores",
        ),
        ("The club signed 5 left and right backs.", 5, "back", "5 left and right backs"),
        ("The storm damaged 12 churches.", 12, "church", "12 churches"),
        ("Rescuers freed 14 children.", 14, "child", "14 children"),
        ("The port handled 14 million containers.", 14e6, "container", "14 million containers"),
        ("A 15-member panel will review the case.", 15, "member", "15-member"),
        # a spelled-out number joined to a noun by a hyphen counts it in the singular
        ("A five-member panel will review the case.", 5, "member", "five-member"),
        ("She is an eight-time All-Star.", 8, "time", "eight-time"),
        ("Doctors saw five of the victims.", 5, "victim", "five of the victims"),
        ("Some 3,000 troops were deployed.", 3000, "troop", "3,000 troops"),
        ("Wildfires destroyed 5m trees.", 5e6, "tree", "5m trees"),
    ],
)
def test_a_count_carries_its_head_noun_in_the_singular(sentence, value, unit, text) -> None:
    q = only(sentence)
    assert (q.value, q.unit, q.text, q.dimension) == (pytest.approx(value), unit, text, "count")


def test_an_earthquake_toll_with_qualifiers() -> None:
    assert summary("At least 1,200 dead and nearly two dozen missing after the quake.") == [
        (1200, "dead", None, "at least", "count"),
        (24, "missing", None, "nearly", "count"),
    ]


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("about 370 people were arrested", "about"),
        ("around 40 ships", "around"),
        ("nearly 9,000 commuters", "nearly"),
        ("almost 300 staff", "almost"),
        ("over 200 million users", "over"),
        ("more than 1,000 people", "more than"),
        ("fewer than 10 children", "fewer than"),
        ("fines of up to NZ$19,700", "up to"),
        ("at least 12 homes", "at least"),
        ("roughly 40 percent", "roughly"),
        ("approximately 12 km", "approximately"),
        ("an estimated 2.3 million refugees", "an estimated"),
        ("~50 boats", "about"),
        ("200+ cases", "or more"),
        ("1,200 or more", "or more"),
        ("100 people or so", None),
    ],
)
def test_qualifiers_are_kept_as_written_in_lower_case(sentence, approx) -> None:
    assert only(sentence).approx == approx


def test_exact_numbers_have_no_qualifier() -> None:
    assert only("The club sold 4,500 season tickets.").approx is None


def test_ranges_share_the_unit_and_are_approximate() -> None:
    assert summary("between 5 and 7 million people") == [
        (5e6, "person", None, "between", "count"),
        (7e6, "person", None, "between", "count"),
    ]
    assert [q.unit for q in find_quantities("two or three days")] == ["day", "day"]
    low, high = find_quantities("Prices rose from 10 to 15 points.")
    assert (low.unit, low.approx, high.approx) == ("point", None, None)


# ---------------------------------------------------------------- percentages, durations, measures


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Data was provided in 91% of the cases.", 91, "percent"),
        ("Turnout fell 3.5 per cent.", 3.5, "percent"),
        ("Support grew by 12 percent.", 12, "percent"),
        ("The bank cut rates by 25 basis points.", 25, "basis point"),
        ("Labour's lead is 5 percentage points.", 5, "percentage point"),
        ("Two-thirds of voters backed the plan.", pytest.approx(66.667, abs=0.01), "percent"),
        ("One in five adults smokes.", 20, "percent"),
        ("Half of the wells were dry.", 50, "percent"),
    ],
)
def test_percentages(sentence, value, unit) -> None:
    q = only(sentence)
    assert (q.value, q.unit, q.dimension) == (value, unit, "percent")


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approx", "text"),
    [
        ("He was jailed for six months.", 6, "month", None, "six months"),
        ("It carries a jail term of up to a year.", 1, "year", "up to", "a year"),
        ("She emigrated 23 years ago.", 23, "year", None, "23 years"),
        ("The ceasefire lasted 10 days.", 10, "day", None, "10 days"),
        ("The talks took half an hour.", 0.5, "hour", None, "half an hour"),
        ("He served two and a half years.", 2.5, "year", None, "two and a half years"),
        ("A 30-day deadline was set.", 30, "day", None, "30-day"),
        ("The virus-free streak ended after 10 day.", 10, "day", None, "10 day"),
        ("The law went into effect less than a week ago.", 1, "week", "less than", "a week"),
        # one duration in two units is one measure, in the smaller unit
        ("The flight lasted 10 minutes and 20 seconds.", 620, "second", None,
         "10 minutes and 20 seconds"),
        ("after the 10-minute, 10-second excursion", 610, "second", None, "10-minute, 10-second"),
        ("She won the marathon in 2 hours, 3 minutes.", 123, "minute", None, "2 hours, 3 minutes"),
        # a point of a span, counted in its unit: as far into the span
        ("Lind restored the lead in the 108th minute.", 108, "minute", None, "108th minute"),
        ("He scored a 23rd-minute penalty.", 23, "minute", None, "23rd-minute"),
        # a hedge before the first part hedges the whole
        ("Contact was lost about an hour and 45 minutes into the dive.", 105, "minute", "about",
         "an hour and 45 minutes"),
        # one unit written as an adjective
        ("They ended their month-long strike.", 1, "month", None, "month-long"),
        ("It ended a monthlong strike.", 1, "month", None, "monthlong"),
        # a half after a whole number in digits
        ("He was jailed for 22 and a half years.", 22.5, "year", None, "22 and a half years"),
        ("The guidelines call for 12 1/2 years.", 12.5, "year", None, "12 1/2 years"),
    ],
)
def test_durations(sentence, value, unit, approx, text) -> None:
    q = only(sentence)
    assert (q.value, q.unit, q.approx, q.text, q.dimension) == (
        value,
        unit,
        approx,
        text,
        "duration",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A 13-year-old was found safe.",
        "The driver, 45 years old, was unhurt.",
        "The victim, aged 45, died.",
        "Maria Costa, 45, said she was leaving.",
    ],
)
def test_ages(sentence) -> None:
    q = only(sentence)
    assert (q.unit, q.dimension) == ("year", "age")


@pytest.mark.parametrize(
    ("sentence", "unit", "dimension", "base"),
    [
        ("The convoy drove 12 km.", "km", "distance", (12_000, "m")),
        ("A 5m wall collapsed.", "m", "distance", (5, "m")),
        ("They walked 200 miles.", "mile", "distance", (321_868.8, "m")),
        ("Police seized 3 tonnes of cocaine.", "tonne", "mass", (3000, "kg")),
        ("Temperatures reached 40C.", "celsius", "temperature", (40, "celsius")),
        ("A 7.8-magnitude earthquake struck.", "magnitude", "magnitude", (7.8, "magnitude")),
    ],
)
def test_measures_know_their_dimension_and_base_unit(sentence, unit, dimension, base) -> None:
    q = only(sentence)
    assert (q.unit, q.dimension) == (unit, dimension)
    value, base_unit = to_base(q)
    assert (value, base_unit) == (pytest.approx(base[0]), base[1])


# ---------------------------------------------------------------- never quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 2019.",
        "It was approved on June 30th.",
        "It was approved on 30 June.",
        "08th Jul, 2020. 11:37 am",
        "Requests rose between July and December 2019.",
        "Covid-19 spread quickly.",
        "The firm offers Office 365 and Windows 10 to schools.",
        "Leaders of the G7 met.",
        "Adsense 300 x 250",
        "Call +44 20 7946 0958 for details.",
        "Call 555-123-4567 for details.",
        "The meeting starts at 11:37 am, or 9am at the latest.",
        "1\n01:22\nMayor says the bridge will reopen",
        "The runner finished 2nd in the 19th edition.",
        "The shop is open 24/7.",
        "Rovers won 3-1 and then drew 2-2.",
        "See page 5 and Article 23 of the treaty.",
        "The family lives at No. 10 Downing Street.",
        "The two met in the 1990s.",
        "Police may require providers to remove content.",
        "The council twice a year reviews fees.",
        "No one was hurt, one of the officers said.",
        "<script>alert(1)</script>",
    ],
)
def test_dates_times_names_and_labels_are_not_quantities(sentence) -> None:
    assert find_quantities(sentence) == ()


def test_a_time_taken_in_hours_minutes_and_seconds_is_a_duration() -> None:
    # a time of day is not written with seconds in prose, and no day has a 60th minute
    assert summary("Mara Lindqvist won the marathon in 2:19:40.") == [
        (8380, "second", None, None, "duration")
    ]
    assert summary("She reached halfway in 1:09:05, or 69:05 by the stadium clock.") == [
        (4145, "second", None, None, "duration"),
        (4145, "second", None, None, "duration"),
    ]
    # a time of day stays no amount, with or without its seconds' zone
    assert summary("The polls closed at 20:00:00 GMT.") == []
    assert summary("The ferry left at 6:40 pm.") == []


def test_a_year_followed_by_what_it_counts_is_a_count() -> None:
    assert summary("About 2000 people marched.") == [(2000, "person", None, "about", "count")]
    assert summary("In 2019 cases rose.") == []


# ---------------------------------------------------------------- spans and helpers


def test_spans_index_the_article_through_the_offset() -> None:
    sentence = "Officials said about 370 people were detained."
    offset = 1_000
    article = " " * offset + sentence
    q = only(sentence)
    shifted = find_quantities(sentence, offset)[0]
    assert (shifted.start, shifted.end) == (q.start + offset, q.end + offset)
    assert article[shifted.start : shifted.end] == "370 people" == q.text


def test_every_text_is_the_exact_slice_of_the_sentence() -> None:
    sentence = (
        "Over 200 million participants paid US$5 million, €1,5 million and 40,000 euros "
        "in two-thirds of cases over 10-15 days, a 13-year-old said."
    )
    found = find_quantities(sentence)
    assert len(found) == 8
    for q in found:
        assert sentence[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("accounts", "account"),
        ("people", "person"),
        ("countries", "country"),
        ("churches", "church"),
        ("viruses", "virus"),
        ("wolves", "wolf"),
        ("series", "series"),
        ("news", "news"),
        ("women", "woman"),
        ("cases", "case"),
        ("analyses", "analysis"),
    ],
)
def test_singular(plural, one) -> None:
    assert singular(plural) == one


def test_word_values() -> None:
    assert word_value("twenty-three") == 23
    assert word_value("twenty three") == 23
    assert word_value("a") == 1
    assert word_value("eleventy") is None
    assert summary("one hundred and fifty people") == [(150, "person", None, None, "count")]
    assert summary("a million people") == [(1e6, "person", None, None, "count")]
    assert summary("half a million people") == [(5e5, "person", None, None, "count")]


def test_over_between_two_figures_spreads_one_across_the_other() -> None:
    # "95 runs over 135 games": 135 games exactly, not "more than 135"
    runs, games = find_quantities("Ruiz drove in 95 runs over 135 games.")
    assert (runs.approx, games.approx, games.value) == (None, None, 135)
    _, years = find_quantities("Ruiz signed for $700 million over 10 years.")
    assert years.approx is None
    # before a figure alone, "over" is "more than"
    (alone,) = find_quantities("Ruiz was sober for over five years.")
    assert alone.approx == "over"


def test_a_change_is_two_values_and_a_price_per_unit_is_one_amount() -> None:
    # the unit of a rate is no figure of its own
    assert summary("The window lasts two weeks in a year.") == [(2, "week", None, None, "duration")]
    before, after = find_quantities("Brent crude rose $2 to $95 a barrel.")
    assert (before.value, after.value, before.approx, after.approx) == (2, 95, None, None)
    assert [q.approx for q in find_quantities("Spending was cut by 10 to 15 percent.")] == [
        "between",
        "between",
    ]


def test_part_of_a_whole_takes_the_whole_unit() -> None:
    assert summary("The ruling party won 301 of the 465 seats.") == [
        (301, "seat", None, None, "count"),
        (465, "seat", None, None, "count"),
    ]


def test_a_year_used_as_an_adjective_is_no_count() -> None:
    assert summary("Emissions must fall below 1990 levels.") == []


def test_scale_word_glued_to_the_number_in_tabloid_copy():
    (q,) = find_quantities("swallowed up in a €4.2billion deal")
    assert (q.value, q.currency, q.text) == (4.2e9, "EUR", "€4.2billion")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tens of thousands marched.", [(20000, "", None, "tens of thousands", "count")]),
        ("Hundreds of people watched.", [(200, "person", None, "hundreds", "count")]),
        ("Dozens of houses burned.", [(24, "house", None, "dozens", "count")]),
        ("Several thousand were evacuated.", [(3000, "", None, "several thousand", "count")]),
    ],
)
def test_vague_magnitudes_are_counts_read_by_their_lower_bound(sentence, expected) -> None:
    assert summary(sentence) == expected


def test_scores_alone_is_a_result_not_a_number() -> None:
    assert find_quantities("The scores were level at half time.") == ()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The number of people hurt was 5.000, the agency said.", 5000),
        ("About 1.500 residents left the valley.", 1500),
        ("The rod is 2.750 metres long.", 2.75),
    ],
)
def test_a_dot_groups_thousands_only_in_counts_of_whole_things(sentence, value) -> None:
    assert find_quantities(sentence)[0].value == value


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a space groups thousands as many European outlets print them ...
        ("The mayor said the toll could reach 20 000.", [20000]),
        ("Exports rose to 1 250 000 tonnes.", [1250000]),
        # ... but a year and a count beside it stay two numbers
        ("In 2023 100 people were evacuated.", [100]),
    ],
)
def test_a_space_groups_thousands(sentence, values) -> None:
    assert [q.value for q in find_quantities(sentence)] == values


def test_a_fraction_in_digits_is_a_share_on_the_percent_scale() -> None:
    (q,) = find_quantities("The fine can reach 1/20 of the firm's revenue.")
    assert (q.value, q.dimension) == (5.0, "percent")
    (w,) = find_quantities("The fine can reach a twentieth of the firm's revenue.")
    assert w.value == q.value


def test_dollar_with_the_country_after_it() -> None:
    (q,) = find_quantities("The court imposed a $US27.2 million penalty.")
    assert (q.value, q.currency) == (27_200_000, "USD")


def test_a_length_in_feet_and_inches_is_one_length() -> None:
    q = only("The fence is 5 feet 10 inches high.")
    assert (q.value, q.unit, q.dimension) == (70, "inch", "distance")


def test_two_durations_of_two_things_stay_two() -> None:
    # "and" between two measures of different things is no compound: the larger unit is second
    assert [q.text for q in find_quantities("He served 20 days and paid 3 months of rent.")] == [
        "20 days",
        "3 months",
    ]


def test_further_ones_of_a_kind_count_the_noun_after_other_or_more() -> None:
    assert [(q.text, q.unit) for q in find_quantities("It wounded nine other people.")] == [
        ("nine other people", "person")
    ]
    (more,) = find_quantities("The hearing was adjourned for 20 more minutes.")
    assert (more.unit, more.dimension) == ("minute", "duration")


def test_a_day_named_by_a_relative_clause_is_no_duration() -> None:
    assert find_quantities("Voters went to the polls on May 6, a day that earned a nickname.") == ()
    (day,) = find_quantities("The strike lasted a day.")
    assert (day.value, day.unit, day.dimension) == (1, "day", "duration")


def test_a_conversion_that_lost_its_brackets_is_no_second_part() -> None:
    """ "800 meters 2,624 feet": the feet are the metres again, not 2,624 feet more."""
    found = find_quantities("Lava flowed up to 800 meters 2,624 feet to a nearby river.")
    assert [(q.value, q.unit, q.approx) for q in found] == [
        (800, "m", "up to"),
        (2624, "foot", None),
    ]


def test_a_conversion_in_brackets_is_as_hedged_as_the_figure_it_converts() -> None:
    found = find_quantities("The runway is around 2,700 metres (8,858 feet) long.")
    assert [(q.text, q.approx) for q in found] == [("2,700 metres", "around"), ("8,858 feet", "around")]
    found = find_quantities("The runway is 2,850 metres (9,350 feet) long, about 30 metres wide.")
    assert [(q.text, q.approx) for q in found][:2] == [("2,850 metres", None), ("9,350 feet", None)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The rate was raised from minus 0.1 per cent.", "minus 0.1 per cent", -0.1),
        ("The rate was raised from -0.1% to zero.", "-0.1%", -0.1),
        ("Temperatures fell to −40C overnight.", "−40C", -40.0),
        ("Prices rose 2-3% in May.", "3%", 3.0),  # a range, not a sign
    ],
)
def test_a_sign_before_a_rate_or_a_temperature_is_read(sentence, text, value) -> None:
    found = {q.text: q.value for q in find_quantities(sentence)}
    assert found[text] == value
