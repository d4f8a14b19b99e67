"""Clock times, zones and spans of time: how one outlet's "6 p.m. local time" meets another's
"1500 GMT", and "stored for nine years" meets "since 2013"."""

from __future__ import annotations

from datetime import date, timedelta

from checker.extract.dates import find_dates
from checker.extract.zones import abbreviation_offset, place_zones, story_zone

SUMMER = date(2022, 7, 14)


def mentions(sentence: str, published: date | None = SUMMER):
    return find_dates(sentence, 0, published)


def test_a_clock_time_is_an_interval_of_minutes_from_its_hedge() -> None:
    (d,) = mentions("The roof fell in shortly after 4 p.m. local time.")
    assert (d.form, d.clock, d.zone, d.first) == ("clock", (960, 990), "local time", None)
    (d,) = mentions("Sirens sounded at around 9.40pm.")
    assert d.clock == (21 * 60 + 25, 21 * 60 + 55)
    (d,) = mentions("Trading halted at 1430 GMT.")
    assert (d.clock, d.zone) == ((870, 870), "GMT")


def test_midnight_and_noon_are_times_of_day_with_their_hedge() -> None:
    (d,) = mentions("The cub was born just after midnight.")
    assert (d.form, d.clock) == ("clock", (0, 15))
    # before midnight is the end of the day, not the start
    (d,) = mentions("The polls closed shortly before midnight.")
    assert d.clock == (23 * 60 + 30, 24 * 60)
    (d,) = mentions("Ferries stopped at noon.")
    assert d.clock == (720, 720)
    # a name, a compound: no time
    assert mentions("Midnight Oil played a midnight-blue stage.") == ()


def test_a_time_with_seconds_and_no_zone_is_a_time_taken_not_a_time_of_day() -> None:
    assert mentions("Lindqvist won the marathon in 2:19:40 and Ross was second in 2:21:05.") == ()
    (d,) = mentions("The polls closed at 20:00:00 GMT.")
    assert (d.clock, d.zone) == ((1200, 1200), "GMT")
    # capitals after it that are no zone ("CNN reports") leave it a time taken
    assert mentions("Nobody had run the race in less than 2:01:00, CNN reports.") == ()


def test_a_bare_24_hour_time_needs_a_word_of_time_before_it() -> None:
    assert mentions("I never thought I would run 2:13 in my life.") == ()
    (d,) = mentions("Polls close at 20:00.")
    assert d.clock == (1200, 1200)
    first, second = mentions("The counters are open from 09:00 to 17:30.")
    assert (first.clock, second.clock) == ((540, 540), (1050, 1050))


def test_numbers_that_are_no_times_stay_amounts() -> None:
    assert mentions("The club has 1500 members.") == ()
    assert mentions("Gusts of up to 70 mph hit the coast.") == ()


def test_the_tz_database_maps_places_and_abbreviations_to_offsets() -> None:
    assert place_zones()["lisbon"] == ("Europe/Lisbon",)
    assert "Europe/Lisbon" in place_zones()["portugal"]
    assert abbreviation_offset("BST", SUMMER) == timedelta(hours=1)
    assert abbreviation_offset("GMT", SUMMER) == timedelta(0)
    # an abbreviation two zones use with different offsets is not guessed
    assert abbreviation_offset("IST", SUMMER) is None
    # ... unless the story is in one of them: India's IST, Chicago's CDT (not Cuba's)
    assert abbreviation_offset("IST", SUMMER, near="Asia/Kolkata") == timedelta(hours=5, minutes=30)
    assert abbreviation_offset("CDT", SUMMER) is None
    assert abbreviation_offset("CDT", SUMMER, near="America/Chicago") == timedelta(hours=-5)
    assert abbreviation_offset("CDT", SUMMER, near="Europe/Lisbon") is None


def test_local_time_is_read_at_the_place_the_article_names_most() -> None:
    zone = story_zone(["Floods hit Lisbon.", "In Lisbon, crews worked.", "Madrid sent help."], SUMMER)
    assert (zone.name, zone.place, zone.mentions) == ("Europe/Lisbon", "Lisbon", 2)
    assert zone.offset(SUMMER) == timedelta(hours=1)
    # two places with different clocks, neither leading: no local time is read
    assert story_zone(["Lisbon and Athens", "Athens and Lisbon"], SUMMER) is None
    assert story_zone(["The council met."], SUMMER) is None


def test_a_span_up_to_now_dates_its_start_within_one_unit() -> None:
    (d,) = mentions("The grain had been stored at the depot for nine years.", date(2022, 3, 17))
    assert (d.form, d.first, d.last, d.background) == (
        "duration",
        date(2012, 3, 17),
        date(2014, 3, 17),
        True,
    )
    # without a perfect the span is not anchored to the article date
    (d,) = mentions("He was jailed for nine years.", date(2022, 3, 17))
    assert (d.form, d.first, d.background) == ("duration", None, True)


def test_since_marks_a_start_even_at_the_end_of_a_clause() -> None:
    (d,) = mentions("It has been kept there ever since it was seized from a barge in 2013.")
    assert d.since
    (d,) = mentions("It was seized from a barge in 2013.")
    assert not d.since


def test_elapsed_time_is_background() -> None:
    (d,) = mentions("The mill shut twenty years ago.")
    assert d.background
    (d,) = mentions("The mill shut in 2002.")
    assert not d.background


def test_capitals_after_a_number_are_a_zone_only_when_the_tz_database_knows_them() -> None:
    assert mentions("Some 1500 NATO troops arrived.") == ()
    (d,) = mentions("Trading resumed at 09:30 EDT.")
    assert (d.clock, d.zone) == ((570, 570), "EDT")


def test_a_zone_named_by_a_place_or_a_region_before_time() -> None:
    (d,) = mentions("The capsule landed at 9:10 p.m. Taiwan time.")
    assert (d.clock, d.zone) == ((1270, 1270), "Taiwan time")
    (d,) = mentions("It lifted off at 8:12 a.m. Central time.")
    assert d.zone == "Central time"
    (d,) = mentions("The talks began at 3pm Time magazine reported.")
    assert d.zone == ""  # a name the tz database and the regions do not know is no zone
