"""Frames (checker/frames.py): the slots of a figure read off the parse of invented sentences.

Each slot is checked both ways, in several domains: two outlets' figures whose slot differs
(another holder, place, time, counter, status, a narrowed count) are told apart, and the same
fact reworded (passive, reordered, a synonym of the measure, the same day written two ways)
is not. All sentences are parsed once, in one batch, for the module.
"""

from __future__ import annotations

from datetime import date

import pytest
from slot_support import read_all

from checker.facts import build_facts
from checker.frames import (
    ACTUAL,
    counters_differ,
    measures_meet,
    same_name,
    slots_differ,
    times_differ,
)
from checker.pairing import FactBar, FactPair, unit_only

# ---------------------------------------------------------------- cases
# (domain, outlet A's sentence, outlet B's sentence[, what the slot message names])

MEASURE_MEETS = [
    ("disasters", "The earthquake killed 50 people.", "The death toll rose to 51."),
    ("transport", "The bus crash injured 14 people.", "Fourteen people were hurt in the bus crash."),
    ("courts", "Police arrested 45 people.", "Forty-seven people were detained by police."),
    ("courts", "The regulator fined Orvix $5 million.", "Orvix must pay a fine of $6 million."),
    ("markets", "Shares in Orvix fell 3% on Friday.", "Orvix shares dropped 4% on Friday."),
    ("markets", "The stock tanked 65 percent on Thursday.", "Shares plummeted 60% on Thursday."),
    ("economy", "Exports skyrocketed 30% in May.", "Exports rose 28% in May."),
    ("elections", "The Labour Party won 212 seats.", "Labour took 215 seats in the new parliament."),
    ("crime", "The shooting at the Arnby store left 10 people dead.",
     "The gunman killed 11 people at the Arnby store."),
    # a verb of decrease is a fall
    ("markets", "The outage reduced the value of Orvix shares by 6% on Monday.",
     "Orvix shares fell 5% on Monday."),
    # what an act cost is a payment for it
    ("sport", "The fee Wrexford City paid for the striker Tomasz Brezina was 11 million pounds.",
     "Wrexford City signed the striker Tomasz Brezina for 18 million pounds."),
    # a sum the parse hangs on the place before it is still the verb's
    ("agriculture", "The government paid farmers in Barrowfield €1.6 million in drought relief.",
     "Farmers in Barrowfield were paid €1.9 million in drought relief."),
]

MEASURES_APART = [
    ("sport", "Ana Ruiz has made 213 appearances for the club.",
     "Ana Ruiz has scored 32 goals for the club."),
    ("markets", "Orvix reported revenue of $4.2 billion.",
     "Orvix reported a profit of $4.5 billion."),
    ("transport", "The crash killed 12 people.", "The crash injured 40 people."),
    ("health", "The virus has killed 40 people.", "The virus has infected 2,300 people."),
]

HOLDERS_APART = [
    ("disasters", "The fire service sent 191 firefighters to the blaze.",
     "The national park service sent 289 firefighters to the blaze.",
     ("fire service", "national park service")),
    ("courts", "The court fined Brandell Foods $5 million.",
     "The court fined Castor Mills $6 million.", ("Brandell Foods", "Castor Mills")),
    ("sport", "Kestrel United have scored 31 goals this season.",
     "Harwick Rovers have scored 28 goals this season.", ("Kestrel United", "Harwick Rovers")),
    ("markets", "Orvix's revenue rose to $4.2 billion.",
     "Castor Mills' revenue rose to $4.6 billion.", ("Orvix", "Castor Mills")),
    ("elections", "The Labour Party won 212 seats.", "The Green Party won 14 seats.",
     ("Labour Party", "Green Party")),
]

# The same holder however the sentence is turned: the slots say nothing differs.
ONE_HOLDER = [
    ("courts", "The court fined Brandell Foods $5 million.",
     "Brandell Foods was fined $6 million by the court."),
    ("courts", "Brandell Foods was fined $5 million.", "Brandell Foods Group was fined $6 million."),
    ("courts", "Brandell Foods was fined $5 million by Judge Ana Ruiz.",
     "The court fined Brandell Foods $6 million."),
    ("markets", "Shares in Orvix fell 3% on Friday.", "Orvix shares fell 4% on Friday."),
    ("culture", "The Hallam Trust bought the painting for £3 million.",
     "The painting was bought by the Hallam Trust for £4 million."),
    ("elections", "The Labour Party won 212 seats.", "Labour took 215 seats in the new parliament."),
    ("crime", "The shooting at the Arnby store left 10 people dead.",
     "The gunman killed 11 people at the Arnby store."),
]

PLACES_APART = [
    ("disasters", "The storm destroyed 300 homes in Valdora.",
     "The storm destroyed 200 homes in Carrowby.", ("valdora", "carrowby")),
    ("culture", "The festival sold 80,000 tickets in Lisbon.",
     "The festival sold 60,000 tickets in Porto.", ("lisbon", "porto")),
]

TIMES_APART = [
    ("disasters", "By Wednesday evening, 40 people had been rescued.",
     "By Thursday evening, 52 people had been rescued.", ("Wednesday evening", "Thursday evening")),
    ("courts", "The regulator fined Orvix $5 million in 2019.",
     "The regulator fined Orvix $7 million in 2021.", ("2019", "2021")),
    ("markets", "Orvix shares closed at $41 on Monday.", "Orvix shares closed at $44 on Tuesday.",
     ("Monday", "Tuesday")),
    ("transport", "Northline Rail carried 4.1 million passengers in 2023.",
     "Northline Rail carried 3.2 million passengers in 2022.", ("2023", "2022")),
    ("culture", "The museum received 2 million visitors last year.",
     "The museum received 1.5 million visitors in 2021.", ("last year", "2021")),
    ("transport", "As of 8 a.m. ET, 1,100 flights had been cancelled.",
     "As of 11 a.m. ET, 3,000 flights had been cancelled.", ("8 a.m. ET", "11 a.m. ET")),
]

# Times that do not tell two snapshots apart: one day written two ways; a year against a day
# (one may be the event's year, the other its day).
TIMES_NOT_APART = [
    ("transport", "The ferry carried 210 people at 6pm GMT.", "The ferry carried 212 people at 7pm BST."),
    ("courts", "Police arrested 45 people on Monday.", "Police arrested 47 people on 11 March."),
    ("courts", "The regulator fined Orvix $5 million in 2019.",
     "The regulator fined Orvix $7 million on Saturday."),
]

COUNTERS_APART = [
    ("elections", "About 100,000 people marched through the capital, according to police.",
     "Organisers said 250,000 people marched through the capital.", ("police", "Organisers")),
    ("labour", "The health ministry said 30% of nurses joined the strike.",
     "The nurses' union said 80% of nurses joined the strike.",
     ("health ministry", "nurses' union")),
]

# One counter written two ways, or a word that names no counter in particular.
COUNTERS_NOT_APART = [
    ("courts", "According to police, 300 people were arrested.",
     "Police said 340 people were arrested."),
    ("disasters", "Officials said 300 homes were flooded.", "Police said 340 homes were flooded."),
    ("labour", "The union said 80% of nurses joined the strike.",
     "The nurses' union said 85% of nurses joined the strike."),
    # who counted and who reported the count: the report's source is one of them
    ("science", "The research institute said its survey team had counted 1,600 puffin nests.",
     "According to the research institute, 2,600 puffin nests were counted."),
]

STATUS = [
    ("labour", "The carmaker plans to cut 500 jobs at its plant.", "500 jobs", "plan"),
    ("labour", "The carmaker cut 500 jobs at its plant.", "500 jobs", ACTUAL),
    ("labour", "The company could cut up to 2,000 jobs.", "2,000 jobs", "possible"),
    ("labour", "The company expects to hire 1,500 workers next year.", "1,500 workers",
     "forecast"),
    ("markets", "Analysts predict the company will sell 4 million phones.", "4 million phones",
     "forecast"),
    ("markets", "The company sold 4 million phones.", "4 million phones", ACTUAL),
    ("elections", "The government aims to build 300,000 homes a year.", "300,000 homes", "target"),
    ("health", "The government has proposed a levy of 5% on sugary drinks.", "5%", "proposal"),
    ("health", "A levy of 5% on sugary drinks took effect in April.", "5%", ACTUAL),
    ("culture", "The minister proposed a cap of 20 students per class.", "20 students", "cap"),
    ("courts", "The regulator could fine Orvix up to $30 million.", "$30 million", "possible"),
    ("courts", "Orvix was fined $30 million.", "$30 million", ACTUAL),
    ("shipping", "The ferry, which was licensed to carry 100 passengers, sank.", "100 passengers",
     "cap"),
    ("shipping", "Investigators plan to board the Vessa, a 948-foot cargo ship.", "948-foot",
     ACTUAL),
    ("markets", "The firm wants to raise $200 million.", "$200 million", "target"),
    ("markets", "The firm raised $200 million.", "$200 million", ACTUAL),
    ("elections", "Party figures believe the Civic Alliance will end up winning 65 seats.",
     "65 seats", "forecast"),
    ("elections", "The Civic Alliance won 65 seats.", "65 seats", ACTUAL),
    # a modal is shared by joined verbs, a verb of planning or judging is not
    ("labour", "The carmaker will close the plant and cut 500 jobs.", "500 jobs", "forecast"),
    ("mining", "The gem is considered flawless and is the largest of the 12 stones found at the "
     "Kessel mine.", "12 stones", ACTUAL),
]

STATUS_XFAIL = [
    pytest.param("courts", "Orvix faces a maximum fine of $30 million.", "$30 million", "cap",
                 id="courts-maximum-fine"),
]

KIND_APART = [
    ("courts", "He pleaded guilty to two lesser charges.", "He pleaded guilty to three charges.",
     ("less", "charge")),
    ("health", "The ministry reported 1,200 new cases.", "The ministry reported 1,300 cases.",
     ("new", "case")),
]

SAME_KIND = [
    ("courts", "He pleaded guilty to two charges.", "He admitted three charges."),
    ("science", "The telescope observed 14 new exoplanets.",
     "The telescope found 16 new exoplanets."),
]


CASES = [
    *MEASURE_MEETS, *MEASURES_APART, *HOLDERS_APART, *ONE_HOLDER, *PLACES_APART, *TIMES_APART,
    *TIMES_NOT_APART, *COUNTERS_APART, *COUNTERS_NOT_APART, *KIND_APART, *SAME_KIND,
]
# A figure the parse glues into the time phrase after it.
YEAR_OVER_YEAR = "Velka's natural gas prices increased 38.4% year over year in June."
# A whole and a part of it named after "including".
INCLUDING = (
    "There were 459 accidents involving e-bikes or similar vehicles in Arnby last year, including "
    "three fatalities, according to a police report."
)
MORE = [
    "More than 1,100 flights were cancelled and 1,700 were delayed as of 8 a.m. ET.",
    "With nearly 3,000 flights canceled and over 28,000 delayed as of 11 a.m. ET, airports filled.",
    "Orvix shares fell 38% on Friday, the biggest fall since the firm's 2004 listing.",
    "The storm brought 41 cm of snow, the most since 1987.",
    "The clinic has treated 300 patients since 2019.",
    # (new entries go here: the tests index the first five and the last two)
    "Firefighters were called to Kessel, where twelve fire engines tackled a blaze on Monday.",
    "Turnout in Arnby was 46.2%, down from 59.3%.",
    "The Arnby toll rose from 10 to 12 on Friday.",
    "Another 1500 people had been evacuated from Arnby.",
    "Only four previous jackpots have topped $1 billion.",
    "Only two previous jackpots have surpassed $1.5 billion.",
    "The strike on Arnby killed 22 fighters from the Kessel Brigades, the monitor said.",
    "The strike on Arnby killed around 17 fighters, the monitor said.",
    "The strike on the Arnby depot killed three soldiers, officials said.",
    "Another strike on the Arnby depot killed two soldiers, officials said.",
    "More than 400,000 customers were affected by the Arnby breach.",
    "The Varn portrait previously sold for $250 million.",
    "The Varn portrait sold for $250 million.",
    "Shares of Orvix fell 4% on Tuesday.",
    "Orvix's stock fell 3% on Tuesday.",
    "The recall comes more than a month after the chief executive asked owners to check "
    "warnings.",
    "The figure was 40.",
    "The crash killed 41 people.",
    "The earthquake killed 50 people.",
    "The quake killed 51 people.",
    "The flood killed 12 people in Valdora on Monday.",
    "Kestrel United scored 3 goals in Madrid.",
    "Kestrel United scored 2 goals in Lisbon.",
    "In Corvale, police arrested 45 people.",
    "Police arrested 46 people in Corvale on Saturday.",
    "The carmaker plans to cut 500 jobs at its plant.",
    "The carmaker cut 500 jobs at its plant.",
    "The train was carrying 212 passengers, and 14 people were injured.",
    "Brandell Foods was fined $5 million by the regulator in 2019.",
    "The telescope observed 14 new exoplanets.",
    "Orvix faces a maximum fine of $30 million.",
    "The share of farms with solar panels is now 31.4 percent, compared to 22.5 percent in 2015.",
    "The share of farms with solar panels was 31.4%, down from 22.5% in the survey in 2015.",
    "The number of members increased by 1.2 million.",
    "The number of members rose to 3.9 million, up from 2.7 million in 2019.",
    "Orvix saw its daily users decline by 1 million in the quarter.",
    "Orvix reported a 3% drop in daily users.",
    "Orvix reported a decline of 2 million daily users.",
    "Orvix shares fell 3% on Friday.",
    "The council said the science council had awarded the Vellanby observatory 880,000 euros "
    "for a new telescope on Wednesday.",
    "The council said the science council had awarded the university observatory €2.3 million "
    "for a new telescope on Wednesday.",
]
# A person's age, however the sentence gives it: (sentence, the age, whose it is).
AGES = [
    ("Police detained 30-year-old Ivo Marek and 32-year-old Tomas Verhoek.", "32", "Verhoek"),
    ("Ivo Marek, 30, and Tomas Verhoek, 32, were detained by police.", "32", "Verhoek"),
    ("Police named Ivo Marek and Tomas Verhoek, a 32-year-old mechanic.", "32", "Verhoek"),
    # a list the parser hangs on the first name: each age is still the name after it
    ("Czech citizens 32-year-old Tomas Verhoek, 30-year-old Ivo Marek and 25-year-old Jan "
     "Sobota are detained.", "30", "Marek"),
]
# Diamonds named by the name before the common noun.
NAMED_NOUNS = [
    "The 3,106-carat Varna diamond was found in 1905.",
    "The 3,016-carat Varna Diamond is the largest ever found.",
    "The 1,109-carat Kessel diamond was found in 1905.",
]
# Figures of acts planned for a day.
DUE = [
    "Orvix is due to pay a fine of $4 million in May.",
    "Orvix is scheduled to pay a fine of $4 million in May.",
]
# Lengths told with the extent they measure.
EXTENTS = [
    ("The crane stands 40 feet tall and 12 feet wide.", "40 feet", "tall"),
    ("The crane stands 40 feet tall and 12 feet wide.", "12 feet", "wide"),
    ("The hull is 9.5 metres long.", "9.5 metres", "long"),
    ("Arnby's new 6.15-km-long bridge opened on Monday.", "6.15-km", "long"),
    # a comparative tells by how much, not which extent
    ("The river rose 2 metres higher than in 1998.", "2 metres", ""),
]
# A range's models, each priced by its own name.
MODELS = [
    "The Orvix Phone 9 Pro starts at $999.",
    "The cheapest model is the Orvix Phone 9, which starts at $800.",
]


def _ids(cases) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.fixture(scope="module")
def read():
    sentences = [s for c in CASES for s in c[1:3]] + [c[1] for c in STATUS] + MORE + MODELS + NAMED_NOUNS + [a[0] for a in AGES] + [e[0] for e in EXTENTS] + DUE + [INCLUDING, YEAR_OVER_YEAR]
    readings = read_all(sentences)
    return lambda text: readings[text]


def _pair(read, a: str, b: str):
    return read(a).frame(), read(b).frame()


# ---------------------------------------------------------------- measure


@pytest.mark.parametrize(("domain", "a", "b"), MEASURE_MEETS, ids=_ids(MEASURE_MEETS))
def test_one_measure_in_other_words_meets(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert measures_meet(fa, fb) is True, (sorted(fa.measure), sorted(fb.measure))


@pytest.mark.parametrize(("domain", "a", "b"), MEASURES_APART, ids=_ids(MEASURES_APART))
def test_two_measures_do_not_meet(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert measures_meet(fa, fb) is False, (sorted(fa.measure), sorted(fb.measure))


def test_killed_and_death_toll_share_the_class_death(read):
    killed = read("The earthquake killed 50 people.").frame()
    toll = read("The death toll rose to 51.").frame()
    assert "death" in killed.classes and "death" in toll.classes


def test_a_time_phrase_after_a_figure_is_no_measure_of_it(read):
    # "38.4% year over year" is parsed as a kind of year: the figure is the increase
    frame = read(YEAR_OVER_YEAR).frame()
    assert "year" not in frame.measure and "increase" in frame.measure


def test_a_part_named_after_including_is_no_measure_of_the_whole(read):
    reading = read(INCLUDING)
    whole, part = reading.frame("459"), reading.frame("three")
    assert "death" not in whole.classes and "accident" in whole.measure
    assert "death" in part.classes


def test_a_figure_that_says_not_what_it_measures_neither_meets_nor_parts(read):
    silent = read("The figure was 40.").frame()
    killed = read("The crash killed 41 people.").frame()
    assert not silent.measure
    assert measures_meet(silent, killed) is None


# ---------------------------------------------------------------- holder


@pytest.mark.parametrize(("domain", "a", "b", "names"), HOLDERS_APART, ids=_ids(HOLDERS_APART))
def test_another_holder_is_another_fact(read, domain, a, b, names):
    fa, fb = _pair(read, a, b)
    why = slots_differ(fa, fb)
    assert why.startswith("holder:"), why
    assert names[0] in why and names[1] in why, why


@pytest.mark.parametrize(("domain", "a", "b"), ONE_HOLDER, ids=_ids(ONE_HOLDER))
def test_one_holder_however_the_sentence_is_turned(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert slots_differ(fa, fb) == "", (fa.holder_name, fb.holder_name)


def test_who_undergoes_the_act_holds_the_figure_in_either_voice(read):
    active = read("The court fined Brandell Foods $5 million.").frame()
    passive = read("Brandell Foods was fined $6 million by the court.").frame()
    assert active.holder_name == passive.holder_name == "Brandell Foods"


def test_a_models_name_with_its_number_holds_its_price(read):
    pro = read("The Orvix Phone 9 Pro starts at $999.").frame()
    base = read("The cheapest model is the Orvix Phone 9, which starts at $800.").frame()
    assert (pro.holder_name, base.holder_name) == ("Orvix Phone 9 Pro", "Orvix Phone 9")
    assert slots_differ(pro, base).startswith("holder:")


@pytest.mark.parametrize(("sentence", "figure", "extent"), EXTENTS)
def test_a_length_knows_which_extent_it_measures(read, sentence, figure, extent):
    assert read(sentence).frame(figure).extent == extent


def test_a_height_and_a_width_are_two_measures(read):
    reading = read("The crane stands 40 feet tall and 12 feet wide.")
    tall, wide = reading.frame("40 feet"), reading.frame("12 feet")
    assert slots_differ(tall, wide).startswith("what is measured")
    hull = read("The hull is 9.5 metres long.").frame()
    assert slots_differ(hull, hull) == ""


def test_a_common_noun_named_by_the_name_before_it_holds_its_size(read):
    f = read("The 3,106-carat Varna diamond was found in 1905.").frame()
    g = read("The 3,016-carat Varna Diamond is the largest ever found.").frame()
    assert f.holder_name == "Varna diamond"
    assert slots_differ(f, g) == ""
    other = read("The 1,109-carat Kessel diamond was found in 1905.").frame()
    assert slots_differ(f, other).startswith("holder:")


@pytest.mark.parametrize(("sentence", "age", "person"), AGES)
def test_an_age_is_held_by_its_person(read, sentence, age, person):
    assert read(sentence).frame(age).holder_name.endswith(person)


def test_an_agent_is_never_the_holder(read):
    f = read("Brandell Foods was fined $5 million by Judge Ana Ruiz.").frame()
    assert f.holder_name == "Brandell Foods"


def test_a_holder_given_as_a_common_noun_keeps_its_narrowing_words(read):
    f = read("The fire service sent 191 firefighters to the blaze.").frame()
    assert f.holder_noun.split()[0] == "service"
    assert "fire" in f.holder_noun.split()


@pytest.mark.parametrize(
    ("a", "b"),
    [pytest.param("The earthquake killed 50 people.", "The quake killed 51 people.",
                  id="disasters-earthquake-quake")],
)
def test_one_cause_named_by_a_synonym_is_one_holder(read, a, b):
    fa, fb = _pair(read, a, b)
    assert slots_differ(fa, fb) == ""


# ---------------------------------------------------------------- place


@pytest.mark.parametrize(("domain", "a", "b", "places"), PLACES_APART, ids=_ids(PLACES_APART))
def test_another_place_is_another_fact(read, domain, a, b, places):
    fa, fb = _pair(read, a, b)
    assert slots_differ(fa, fb) == f"place: {places[0]} vs {places[1]}"


def test_one_place_before_or_after_the_clause(read):
    fa, fb = _pair(read, "In Corvale, police arrested 45 people.",
                   "Police arrested 46 people in Corvale on Saturday.")
    assert fa.place == fb.place == "corvale"
    assert slots_differ(fa, fb) == ""


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        pytest.param("The flood killed 12 people in Valdora on Monday.", "12 people", "valdora",
                     id="disasters-killed-people-in"),
        pytest.param("Kestrel United scored 3 goals in Madrid.", "3 goals", "madrid",
                     id="sport-scored-goals-in"),
    ],
)
def test_a_place_after_the_counted_noun_is_the_figures_place(read, text, figure, place):
    assert read(text).frame(figure).place == place


def test_a_where_clause_is_in_the_place_it_hangs_on(read):
    text = "Firefighters were called to Kessel, where twelve fire engines tackled a blaze on Monday."
    assert read(text).frame("twelve fire engines").place == "kessel"


@pytest.mark.parametrize(
    ("a", "b"),
    [pytest.param("Kestrel United scored 3 goals in Madrid.",
                  "Kestrel United scored 2 goals in Lisbon.",
                  id="sport-madrid-lisbon")],
)
def test_goals_in_two_cities_are_two_facts(read, a, b):
    fa, fb = _pair(read, a, b)
    assert slots_differ(fa, fb).startswith("place:")


# ---------------------------------------------------------------- time


@pytest.mark.parametrize(("domain", "a", "b", "times"), TIMES_APART, ids=_ids(TIMES_APART))
def test_two_times_are_two_snapshots(read, domain, a, b, times):
    fa, fb = _pair(read, a, b)
    assert times_differ(fa, fb)
    assert slots_differ(fa, fb) == f"time: {times[0]} vs {times[1]}"


@pytest.mark.parametrize(("domain", "a", "b"), TIMES_NOT_APART, ids=_ids(TIMES_NOT_APART))
def test_times_that_do_not_tell_two_snapshots_apart(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert not times_differ(fa, fb)
    assert not slots_differ(fa, fb).startswith("time:")


def test_a_relative_time_is_resolved_to_its_day(read):
    wednesday = read("By Wednesday evening, 40 people had been rescued.").frame()
    assert wednesday.time == "Wednesday evening"
    assert wednesday.when == (date(2024, 3, 13), date(2024, 3, 13), "day")


def test_one_day_written_two_ways_is_one_value(read):
    fa, fb = _pair(read, "Police arrested 45 people on Monday.",
                   "Police arrested 47 people on 11 March.")
    assert fa.when is not None and fb.when is not None
    assert fa.when[:2] == fb.when[:2] == (date(2024, 3, 11), date(2024, 3, 11))


def test_a_year_is_a_years_value(read):
    f = read("Brandell Foods was fined $5 million by the regulator in 2019.").frame()
    assert f.time == "2019"
    assert f.when == (date(2019, 1, 1), date(2019, 12, 31), "year")


# ---------------------------------------------------------------- credited


@pytest.mark.parametrize(("domain", "a", "b", "names"), COUNTERS_APART, ids=_ids(COUNTERS_APART))
def test_two_counters_give_two_counts(read, domain, a, b, names):
    fa, fb = _pair(read, a, b)
    assert counters_differ(fa, fb)
    why = slots_differ(fa, fb)
    assert why.startswith("counted by:") and names[0] in why and names[1] in why, why


@pytest.mark.parametrize(("domain", "a", "b"), COUNTERS_NOT_APART, ids=_ids(COUNTERS_NOT_APART))
def test_one_counter_or_no_particular_counter(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert fa.credited and fb.credited
    assert not counters_differ(fa, fb)
    assert slots_differ(fa, fb) == ""


def test_according_to_and_said_credit_the_count(read):
    police = read(
        "About 100,000 people marched through the capital, according to police.").frame()
    organisers = read("Organisers said 250,000 people marched through the capital.").frame()
    assert police.credited == "police"
    assert organisers.credited == "organiser"
    assert organisers.credited_name == "Organisers"


def test_a_figure_no_one_is_credited_with(read):
    assert read("The carmaker cut 500 jobs at its plant.").frame().credited == ""


# ---------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("domain", "text", "figure", "status"),
    [*[pytest.param(*c, id=f"{c[0]}-{c[3]}-{i}") for i, c in enumerate(STATUS)], *STATUS_XFAIL],
)
def test_status_of_a_figure(read, domain, text, figure, status):
    assert read(text).frame(figure).status == status


def test_a_plan_against_the_deed_differs_in_status(read):
    fa, fb = _pair(read, "The carmaker plans to cut 500 jobs at its plant.",
                   "The carmaker cut 500 jobs at its plant.")
    assert slots_differ(fa, fb) == "status: plan vs actual"


# ---------------------------------------------------------------- counted and kind


@pytest.mark.parametrize(("domain", "a", "b", "words"), KIND_APART, ids=_ids(KIND_APART))
def test_a_narrowed_count_is_another_count(read, domain, a, b, words):
    fa, fb = _pair(read, a, b)
    why = slots_differ(fa, fb)
    assert why.startswith("what is counted:"), why
    assert all(w in why for w in words), why


@pytest.mark.parametrize(("domain", "a", "b"), SAME_KIND, ids=_ids(SAME_KIND))
def test_the_same_kind_in_other_words(read, domain, a, b):
    fa, fb = _pair(read, a, b)
    assert fa.counted == fb.counted and fa.kind == fb.kind
    assert slots_differ(fa, fb) == ""


def test_counted_noun_and_its_narrowing_word(read):
    f = read("The telescope observed 14 new exoplanets.").frame()
    assert f.counted == "exoplanet"
    assert f.kind == frozenset({"new"})


# ---------------------------------------------------------------- several figures


def test_each_figure_of_a_sentence_has_its_own_frame(read):
    r = read("The train was carrying 212 passengers, and 14 people were injured.")
    passengers, injured = r.frame("212"), r.frame("14")
    assert "aboard" in passengers.classes and "injury" not in passengers.classes
    assert "injury" in injured.classes and "aboard" not in injured.classes
    assert passengers.counted == "passenger"


def test_a_date_on_another_figure_of_the_sentence_is_that_figures(read):
    for text in (
        "The share of farms with solar panels is now 31.4 percent, compared to 22.5 percent in "
        "2015.",
        "The share of farms with solar panels was 31.4%, down from 22.5% in the survey in 2015.",
    ):
        r = read(text)
        assert r.frame("22.5").time == "2015", text
        assert r.frame("31.4").time == "", text


def test_a_time_closing_two_joined_clauses_is_both_clauses_time(read):
    first = read(MORE[0])
    assert first.frame("1,100").time == first.frame("1,700").time == "8 a.m. ET"
    second = read(MORE[1])
    assert second.frame("3,000").time == "11 a.m. ET"
    assert times_differ(first.frame("1,100"), second.frame("3,000"))


def test_a_date_a_superlative_is_measured_against_is_no_figures_time(read):
    # "the biggest fall since 2004" compares with 2004; it does not date the fall
    assert read(MORE[2]).frame("38%").time == "Friday"
    assert read(MORE[3]).frame("41 cm").time == ""
    # "since" on the verb is when the count started: kept
    assert read(MORE[4]).frame("300").time == "2019"


def test_a_change_and_a_level_are_two_measures(read):
    change = read("The number of members increased by 1.2 million.").frame()
    level = read("The number of members rose to 3.9 million, up from 2.7 million in 2019.")
    assert change.move == "change"
    assert level.frame("3.9").move == level.frame("2.7").move == "level"
    assert slots_differ(change, level.frame("3.9")) == "what is measured: the change vs the level"
    # where no preposition says, a figure is either: nothing tells it from the others
    assert read("Orvix shares fell 3% on Friday.").frame().move == ""
    # a verb or noun of rising or falling says it as well as a level verb does
    for text in (
        "Orvix saw its daily users decline by 1 million in the quarter.",
        "Orvix reported a 3% drop in daily users.",
        "Orvix reported a decline of 2 million daily users.",
    ):
        assert read(text).frame().move == "change", text


def test_a_compound_the_parse_splits_into_two_objects_is_one_holder(read):
    named = read(MORE[-2]).frame()
    described = read(MORE[-1]).frame()
    # "the university observatory": an observatory, narrowed by "university"
    assert described.holder_noun == "observatory university"
    assert slots_differ(named, described).startswith("holder:")


def _facts(reading):
    return [f for c in reading.claims for f in build_facts([c], reading.parses).get(c.id, ())]


def test_no_shared_word_makes_a_clash_of_two_measures_the_tree_tells_apart():
    dead = "The mass shooting at the Arnby store left 10 people dead, including an officer."
    children = "The victims included a police officer with seven children."
    readings = read_all([dead, children])
    (fa,), (fb,) = _facts(readings[dead]), _facts(readings[children])
    assert measures_meet(fa.frame, fb.frame) is False
    # both count people ("people", "children"): a word reading would anchor them as one crowd
    pair = FactPair(fa, fb, 100.0, anchored=True, evidence=3, bar=FactBar(),
                    tree_measure=measures_meet(fa.frame, fb.frame))
    assert not pair.clash_ok()


def test_two_spans_of_time_that_share_only_their_unit_need_more_to_clash():
    scheme = "Marek was accused of running a four-year scheme to evade taxes."
    sober = "Marek has been sober for over five years, his father said."
    evacuation = ("The evacuation of Arnby lasted three days.", "The evacuation of Arnby lasted four days.")
    readings = read_all([scheme, sober, *evacuation])
    (fa,), (fb,) = _facts(readings[scheme]), _facts(readings[sober])
    # the word "year" is all the two frames share: the tree reads them as one measure
    assert measures_meet(fa.frame, fb.frame) is True
    assert unit_only(fa, fb)
    (ea,), (eb,) = (_facts(readings[t]) for t in evacuation)
    assert not unit_only(ea, eb)
    # as well worded as two figures need to be with this much evidence, but for the unit
    bar = FactBar()
    score = bar.needed(2)
    weak = FactPair(fa, fb, score, evidence=2, bar=bar, tree_measure=True, by_unit=True)
    same = FactPair(fa, fb, score, evidence=2, bar=bar, tree_measure=True)
    assert same.clash_ok() and not weak.clash_ok()


def test_one_holder_named_two_ways_is_one_holder(read):
    # "Shares of Orvix" and "Orvix's stock": one holder by its one name, two common nouns
    fa, fb = _pair(read, "Shares of Orvix fell 4% on Tuesday.", "Orvix's stock fell 3% on Tuesday.")
    assert slots_differ(fa, fb) == ""
    # one person behind two titles
    assert same_name("CEO Ana Ruiz", "Officer Ana Ruiz")
    assert not same_name("CEO Ana Ruiz", "CEO Dana Kell")


def test_an_interval_up_to_an_act_takes_no_status_from_the_act(read):
    # "a month after he asked owners to check": what he asked is no plan of the month's
    frame = read(
        "The recall comes more than a month after the chief executive asked owners to check "
        "warnings."
    ).frame()
    assert frame.status == ACTUAL


def test_an_act_done_previously_is_of_an_earlier_state(read):
    assert read("The Varn portrait previously sold for $250 million.").frame().earlier
    assert not read("The Varn portrait sold for $250 million.").frame().earlier


def test_another_instance_is_told_apart_and_a_hedge_is_no_step(read):
    whole = read("The strike on the Arnby depot killed three soldiers, officials said.").frame()
    step = read("Another strike on the Arnby depot killed two soldiers, officials said.").frame()
    assert step.part == "another" and whole.part == ""
    assert slots_differ(whole, step).startswith("what is counted")
    # "more than" hedges a figure; it does not make it "six more"
    assert read("More than 400,000 customers were affected by the Arnby breach.").frame().part == ""


def test_a_group_narrowed_by_where_it_comes_from_is_another_count(read):
    narrowed = read(
        "The strike on Arnby killed 22 fighters from the Kessel Brigades, the monitor said."
    ).frame()
    plain = read("The strike on Arnby killed around 17 fighters, the monitor said.").frame()
    assert slots_differ(narrowed, plain).startswith("what is counted")


def test_another_on_the_number_and_a_threshold_the_verb_acts_on_narrow_a_count(read):
    assert read("Another 1500 people had been evacuated from Arnby.").frame("1500").part == (
        "another"
    )
    over_one = read("Only four previous jackpots have topped $1 billion.").frame("four")
    over_one_half = read("Only two previous jackpots have surpassed $1.5 billion.").frame("two")
    assert slots_differ(over_one, over_one_half).startswith("what is counted")


def test_where_a_change_started_is_an_earlier_state(read):
    down = read("Turnout in Arnby was 46.2%, down from 59.3%.")
    assert down.frame("59.3%").earlier and not down.frame("46.2%").earlier
    rose = read("The Arnby toll rose from 10 to 12 on Friday.")
    assert rose.frame("10").earlier and not rose.frame("12").earlier


def test_one_person_romanised_two_ways_is_one_holder_and_a_couple_is_two():
    assert same_name("Timur Khalilov", "Timur Chalilow")
    assert same_name("Oleksandr Kharchenko", "Oleksandr Charchenko")
    assert not same_name("Jan Kowalski", "Anna Kowalska")


def test_a_surname_alone_is_its_person_however_romanised():
    assert same_name("Verhuek", "Tomas Verhoek")
    assert same_name("Chalilow", "Timur Khalilov")
    assert not same_name("Marek", "Tomas Verhoek")


def test_a_figure_due_or_scheduled_is_a_plan(read):
    due = read("Orvix is due to pay a fine of $4 million in May.").frame()
    scheduled = read("Orvix is scheduled to pay a fine of $4 million in May.").frame()
    assert due.status == scheduled.status == "plan"
