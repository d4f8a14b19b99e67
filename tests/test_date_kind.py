"""The date rule on invented stories: differently written readings of one day or instant are
consistent with both readings in the message; different acts stay quiet."""

from __future__ import annotations

from pathlib import Path

import checker
from checker.records import Verdict


def story(tmp_path: Path, published: str | dict[str, str], **articles: str) -> list:
    """The date findings of a story; `published`: one date for every article, or one each."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = ["source,outlet,url,published,language"]
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        day = published if isinstance(published, str) else published[name]
        rows.append(f"{name},{name.title()},https://example.org/{name},{day},en")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return [f for f in checker.check(str(tmp_path)).findings if f.rule == "date"]


def test_local_time_and_gmt_agree_at_the_story_place(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-07-14",
        harbour=(
            "A crane collapsed at the container port of Lisbon shortly after 4 p.m. local time, "
            "blocking two berths.\n\nLisbon port officials closed the quay.\n"
        ),
        courier=(
            "A crane collapsed at the container port of Lisbon at 1510 GMT, blocking two "
            "berths.\n\nDockers in Lisbon stopped work.\n"
        ),
    )
    (f,) = found
    assert f.verdict is Verdict.CONSISTENT
    assert "Europe/Lisbon" in f.message and "15:10 UTC" in f.message


def test_a_weekday_inside_last_week_is_consistent(tmp_path: Path) -> None:
    # Monday 14 March 2022: Wednesday is 9 March, inside last week (7-13 March)
    found = story(
        tmp_path,
        "2022-03-14",
        harbour="On Wednesday, when the tariff took effect, the ferry firm raised its fares.\n",
        courier="The ferry firm raised its fares after the tariff took effect last week.\n",
    )
    (f,) = found
    assert f.verdict is Verdict.CONSISTENT
    assert "2022-03-09" in f.message and "2022-03-07..2022-03-13" in f.message


def test_times_of_two_different_acts_are_not_compared(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-07-14",
        harbour="In Lisbon, the crane collapsed at 4 p.m. local time.\n",
        courier="In Lisbon, the mayor held a press conference at 1900 GMT.\n",
    )
    assert found == []


def test_an_earlier_day_named_two_ways_is_consistent_whatever_the_verbs(tmp_path: Path) -> None:
    # Thursday 17 March 2022: "Tuesday" is 15 March
    found = story(
        tmp_path,
        "2022-03-17",
        harbour="A warehouse fire destroyed the grain stores of the river depot on 15 March.\n",
        courier="Flames gutted the grain stores of the river depot on Tuesday.\n",
    )
    (f,) = found
    assert f.verdict is Verdict.CONSISTENT
    assert "'Tuesday' (2022-03-15) is the same day as '15 March' (2022-03-15)" in f.message


def test_the_news_day_in_two_relative_words_is_not_reported(tmp_path: Path) -> None:
    # "today" and "Thursday" in articles of Thursday 17 March 2022 both mean the news day; a
    # calendar date for that day against either would still be reported
    found = story(
        tmp_path,
        "2022-03-17",
        harbour="A warehouse fire destroyed the grain stores of the river depot today.\n",
        courier="A warehouse fire destroyed the grain stores of the river depot on Thursday.\n",
    )
    assert found == []


def test_a_date_that_qualifies_a_noun_clashes_only_with_that_noun(tmp_path: Path) -> None:
    # "the 2 March ballot" dates the ballot; "on Wednesday" dates the recount
    (tmp_path / "quiet").mkdir()
    quiet = story(
        tmp_path / "quiet",
        "2022-03-17",
        harbour="A recount of the 2 March ballot confirmed the mayor's narrow win.\n",
        courier="A recount on Wednesday confirmed the mayor's narrow win.\n",
    )
    assert quiet == []
    (tmp_path / "clash").mkdir()
    clash = story(
        tmp_path / "clash",
        "2022-03-17",
        harbour="A recount of the 2 March ballot confirmed the mayor's narrow win.\n",
        courier="A recount of the 9 March ballot confirmed the mayor's narrow win.\n",
    )
    assert [f.verdict for f in clash] == [Verdict.CONFLICT]


def test_when_a_state_began_never_clashes_with_a_dated_event(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-03-17",
        harbour="It is the first strike by the ferry crews since 2011, union leaders said.\n",
        courier="The ferry crews began a strike on Monday, union leaders said.\n",
    )
    assert not [f for f in found if f.verdict is Verdict.CONFLICT]


def test_the_same_weekday_with_and_without_its_date_is_not_reported(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-03-17",
        harbour="Flames gutted the grain stores of the river depot on Tuesday, March 15.\n",
        courier="Flames gutted the grain stores of the river depot on Tuesday morning.\n",
    )
    assert found == []


def test_a_zone_abbreviation_is_read_from_the_tz_database(tmp_path: Path) -> None:
    # EDT is UTC-4 in July: 09:30 EDT is 13:30 UTC
    (f,) = story(
        tmp_path,
        "2022-07-14",
        harbour="The grain exchange halted trading at 09:30 EDT after the index fell sharply.\n",
        courier="The grain exchange halted trading at 1330 GMT after the index fell sharply.\n",
    )
    assert f.verdict is Verdict.CONSISTENT
    assert "13:30 UTC" in f.message and "UTC-04:00" in f.message


def test_one_event_timed_three_hours_apart_is_a_conflict(tmp_path: Path) -> None:
    (f,) = story(
        tmp_path,
        "2022-07-14",
        harbour=(
            "The old crane at the Lisbon container port collapsed at 4 p.m. local time, "
            "blocking two berths.\n"
        ),
        courier=(
            "The old crane at the Lisbon container port collapsed at 1800 GMT, "
            "blocking two berths.\n"
        ),
    )
    assert f.verdict is Verdict.CONFLICT
    assert "15:00 UTC" in f.message and "18:00 UTC" in f.message


def test_a_month_inside_last_year_is_consistent(tmp_path: Path) -> None:
    (f,) = story(
        tmp_path,
        "2020-10-16",
        harbour="The regulator first proposed the record penalty for the airline in July 2019.\n",
        courier="The regulator first proposed the record penalty for the airline last year.\n",
    )
    assert f.verdict is Verdict.CONSISTENT
    assert "'last year' (2019-01-01..2019-12-31) covers 'July 2019'" in f.message


def test_two_dated_acts_both_outlets_give_are_not_set_against_each_other(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2021-03-02",
        harbour=(
            "Valdor ordered operators to strip Kalo equipment from their networks by 2028, and "
            "they will be banned from buying new Kalo kit from next year.\n"
        ),
        courier=(
            "From next year operators will be banned from buying new Kalo kit, and they must "
            "strip all Kalo equipment from their networks by 2028, Valdor said.\n"
        ),
    )
    assert [f for f in found if f.verdict is Verdict.CONFLICT] == []


def test_a_date_one_outlet_gives_otherwise_is_still_a_conflict(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2021-03-02",
        harbour="Valdor ordered operators to strip Kalo equipment from their networks by 2028.\n",
        courier="Valdor ordered operators to strip Kalo equipment from their networks by 2027.\n",
    )
    assert [f.verdict for f in found] == [Verdict.CONFLICT]


def _derailment(tmp_path: Path, first: str, second: str) -> list:
    return story(
        tmp_path,
        "2022-07-14",
        # the first article names the train's origin as often as the place it derailed
        harbour=f"A train from Madrid derailed outside Lisbon at {first}, injuring 12 passengers.\n",
        courier=(
            f"A train derailed outside Lisbon at {second}, injuring 12 passengers.\n\n"
            "Lisbon hospitals took in the injured.\n"
        ),
    )


def test_a_round_time_agrees_with_the_minute_it_rounds(tmp_path: Path) -> None:
    clocks = [f for f in _derailment(tmp_path, "7.41 p.m.", "7:40 p.m.") if "UTC" in f.message]
    (f,) = clocks
    assert f.verdict is Verdict.CONSISTENT
    # the local time is read at the place the story's articles name most
    assert "Europe/Lisbon" in f.message and "rounded" in f.message


def test_times_further_apart_than_rounding_conflict(tmp_path: Path) -> None:
    clocks = [f for f in _derailment(tmp_path, "7.41 p.m.", "7:55 p.m.") if "UTC" in f.message]
    (f,) = clocks
    assert f.verdict is Verdict.CONFLICT


def test_one_launch_in_two_named_zones_is_one_time(tmp_path: Path) -> None:
    # 8:12 a.m. Central time and 9:12 p.m. Taiwan time are both 13:12 UTC on 20 July 2021
    (f,) = story(
        tmp_path,
        "2021-07-20",
        harbour="The New Orla rocket lifted off from its Arnby pad at 8:12 a.m. Central time.\n",
        courier="The New Orla rocket lifted off from its Arnby pad at 9:12 p.m. Taiwan time.\n",
    )
    assert f.verdict is Verdict.CONSISTENT
    assert "13:12 UTC" in f.message


def test_a_standard_zone_written_in_summer_may_mean_the_summer_clock(tmp_path: Path) -> None:
    # "9:12 a.m. EST" in July is as often written for Eastern summer time (13:12 UTC)
    (f,) = story(
        tmp_path,
        "2021-07-20",
        harbour="The New Orla rocket lifted off from its Arnby pad at 9:12 a.m. EST.\n",
        courier="The New Orla rocket lifted off from its Arnby pad at 1312 GMT.\n",
    )
    assert f.verdict is Verdict.CONSISTENT


def test_two_ranges_of_one_span_with_another_start_conflict(tmp_path: Path) -> None:
    # both ranges overlap, but each end is told as a fact: 1998 and 2003 cannot both be the start
    found = story(
        tmp_path,
        "2022-05-10",
        harbour="The thefts were dated between 1998 and 2011, the court in Arnby heard.\n",
        courier="The thefts were dated from 2003 to 2011, the court in Arnby heard.\n",
    )
    (f,) = [f for f in found if f.verdict is Verdict.CONFLICT]
    assert "another start" in f.message


def test_a_year_inside_a_range_agrees_with_it(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-05-10",
        harbour="The thefts were dated between 1998 and 2011, the court in Arnby heard.\n",
        courier="The thefts were dated to 2004, the court in Arnby heard.\n",
    )
    assert not [f for f in found if f.verdict is Verdict.CONFLICT]


def test_the_day_of_a_statement_is_not_the_day_of_what_it_reports(tmp_path: Path) -> None:
    # "said Feb. 8 that residents could return" dates the statement; the derailment was on
    # February 3rd: two acts, no clash
    found = story(
        tmp_path,
        "2023-02-20",
        harbour=(
            "Arnby's mayor and other local officials said Feb. 8 that evacuated residents could "
            "safely return home.\n"
        ),
        courier=(
            "Following the derailment of 40 freight cars in Arnby on February 3rd, officials "
            "permitted residents to return home last week.\n"
        ),
    )
    assert not [f for f in found if f.verdict is Verdict.CONFLICT]


def test_a_verdict_reached_and_one_returned_on_two_days_conflict(tmp_path: Path) -> None:
    # "reach" and "return" carry the verdict's act; the date hung on the noun is the verb's,
    # and a figure of another measure in each sentence is no reading taken on the day
    found = story(
        tmp_path,
        "2023-07-27",
        harbour=(
            "After more than 10 hours of deliberation, the jury at Arnby Crown Court reached the "
            "not guilty verdict on Wednesday afternoon.\n"
        ),
        courier="The jury at Arnby Crown Court returned the verdicts on Thursday after a two-week trial.\n",
    )
    assert [f for f in found if f.verdict is Verdict.CONFLICT]


def test_an_act_that_did_not_happen_dates_nothing(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2023-07-27",
        harbour="The jury at Arnby Crown Court returned the verdicts on Thursday.\n",
        courier=(
            "The jury at Arnby Crown Court had been unable to return the verdicts on Monday "
            "afternoon.\n"
        ),
    )
    assert not [f for f in found if f.verdict is Verdict.CONFLICT]


def test_the_second_of_two_days_joined_by_and_is_a_date_of_its_own(tmp_path: Path) -> None:
    # "March 12 and 16": the hearing of the 16th is in both outlets, and no year is put back
    # by the past tense of a sentence that schedules it
    found = story(
        tmp_path,
        "2023-03-02",
        harbour=(
            "The ruling cancels the port director's hearings, scheduled for March 12 and 16, "
            "in Arnby.\n"
        ),
        courier=(
            "The port director was facing a fine, with a hearing scheduled in Arnby for "
            "March 16.\n"
        ),
    )
    assert [f for f in found if f.verdict is Verdict.CONFLICT] == []


def test_the_dates_of_two_ascents_told_by_their_count_are_not_compared(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2023-05-24",
        harbour=(
            "The guide Pema Dorje climbed Mount Kessel for a record 20th time on Wednesday, "
            "officials said.\n"
        ),
        courier='"He climbed Mount Kessel on May 12 for the 19th time," an official said.\n',
    )
    assert [f for f in found if f.verdict is Verdict.CONFLICT] == []


def test_just_after_midnight_is_not_two_in_the_morning(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2024-08-15",
        harbour="In Arnby, the zoo's panda Lin Lin gave birth to twins just after midnight.\n",
        courier="In Arnby, the zoo's panda Lin Lin gave birth to twins at 2:05 a.m. on Thursday.\n",
    )
    assert [f.verdict for f in found if "midnight" in f.message] == [Verdict.CONFLICT]


def test_a_span_later_counts_from_the_date_before_it(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2023-12-02",
        harbour=(
            "In June, the port director Ivo Marek was convicted of bribery. Two months later, "
            "Ivo Marek pleaded guilty to tax charges.\n"
        ),
        courier="Ivo Marek pleaded guilty to tax charges in September, after his June conviction.\n",
    )
    (f,) = [f for f in found if "later" in f.message]
    assert f.verdict is Verdict.CONFLICT
    assert "2023-08-01..2023-08-31" in f.message


def test_a_span_later_in_a_separate_case_is_another_act(tmp_path: Path) -> None:
    # the sentencing four days after the 12th is of another case: no clash with the 12th
    found = story(
        tmp_path,
        "2023-12-02",
        harbour=(
            "Ivo Marek is due to be sentenced on December 12 for bribery. He is also scheduled "
            "to be sentenced in a separate case four days later.\n"
        ),
        courier="Ivo Marek is due to be sentenced on December 12 for bribery, his lawyer said.\n",
    )
    assert [f for f in found if f.verdict is Verdict.CONFLICT] == []


def test_two_records_measured_since_two_dates_are_not_one_date(tmp_path: Path) -> None:
    # two indexes, each the biggest rise since its own month: no clash; the same index
    # with two baselines does clash
    apart = story(
        tmp_path / "apart",
        "2022-07-13",
        harbour=(
            "Velka's consumer prices rose 9.1% in the year to June, the biggest increase since "
            "the period ending November 1981.\n"
        ),
        courier=(
            "Velka's food index rose 10.4% in the year to June, the largest increase since the "
            "period ending February 1981. Velka's overall energy prices posted their biggest "
            "increase since April 1980.\n"
        ),
    )
    assert [f for f in apart if f.verdict is Verdict.CONFLICT] == []
    one = story(
        tmp_path / "one",
        "2022-07-13",
        harbour=(
            "Velka's consumer prices rose 9.1% in the year to June, the biggest increase since "
            "the period ending November 1981.\n"
        ),
        courier=(
            "Velka's consumer prices rose 9.1% in the year to June, the biggest increase since "
            "the period ending December 1981.\n"
        ),
    )
    assert [f.verdict for f in one if "1981" in f.message] == [Verdict.CONFLICT]


def test_one_statement_dated_on_two_weekdays_conflicts(tmp_path: Path) -> None:
    """ "said on Friday" against "said on Thursday": news dates its events by weekday, and two
    outlets that name two weekdays for one statement disagree."""
    found = story(
        tmp_path,
        "2023-04-24",
        harbour="A UN official said on Friday that the Kessel dam collapse killed 400 people.\n",
        courier="A UN official said on Thursday that the Kessel dam collapse killed 400 people.\n",
    )
    (f,) = found
    assert f.verdict is Verdict.CONFLICT
    assert "Thursday" in f.message and "Friday" in f.message


def test_one_weekday_in_both_is_no_clash_whatever_the_articles_dates(tmp_path: Path) -> None:
    """Both write "late Monday": a reader sees agreement, however each date resolves."""
    text = "Storm Arla is predicted to reach the Kessel coast late Monday, forecasters said.\n"
    found = story(
        tmp_path,
        {"harbour": "2021-08-14", "courier": "2021-08-17"},
        harbour=text,
        courier=text.replace("forecasters", "weather forecasters"),
    )
    assert Verdict.CONFLICT not in [f.verdict for f in found]


def test_one_weekday_with_and_without_its_time_of_day_is_no_clash(tmp_path: Path) -> None:
    """ "ousted on Sunday" in a copy posted a week later against "ousted on a Sunday night":
    both say Sunday, whatever their articles' days make of it."""
    found = story(
        tmp_path,
        {"harbour": "2022-05-09", "courier": "2022-05-16"},
        harbour="The board of Kessel Rail ousted its chief executive on a Sunday night.\n",
        courier="The board of Kessel Rail ousted its chief executive on Sunday.\n",
    )
    assert Verdict.CONFLICT not in [f.verdict for f in found]


def test_an_announcement_years_before_the_story_is_another_announcement(tmp_path: Path) -> None:
    """An old caption ("the company announced Tuesday, Feb. 25, 2020") beside this week's
    news ("announced late Sunday"): two announcements, however alike the sentences."""
    found = story(
        tmp_path,
        "2022-05-09",
        harbour=(
            "Kessel Rail has named Ana Ruiz chief executive, replacing Tom Berg, effective "
            "immediately, the company announced Tuesday, Feb. 25, 2020.\n"
        ),
        courier=(
            '"Kessel Rail announced today that Tom Berg is returning to lead Kessel Rail as chief '
            'executive, effective immediately," the board announced late Sunday.\n'
        ),
    )
    assert Verdict.CONFLICT not in [f.verdict for f in found]


def test_a_clash_cites_every_sentence_where_an_outlet_gives_its_day_to_the_act(
    tmp_path: Path,
) -> None:
    found = story(
        tmp_path,
        "2023-04-25",
        harbour=(
            "Kessel's harvest fell by a fifth, according to official figures released on Monday "
            "by the farm bureau.\n\nThe bureau said wheat suffered most, according to data "
            "released on Monday.\n"
        ),
        courier=(
            "Kessel's harvest shrank by a fifth, according to official figures released on "
            "Tuesday by the farm bureau.\n"
        ),
    )
    (f,) = [f for f in found if f.verdict is Verdict.CONFLICT]
    harbour = [c.text for c in f.claims if c.source == "harbour"]
    assert len(harbour) == 2 and all("released on Monday" in c for c in harbour)


def test_a_span_of_the_day_is_compared_end_for_end(tmp_path: Path) -> None:
    """ "from 8.30am to 4.30pm" and "from 08:30 to 16:00": the closes differ, and no opening is
    set against a close."""
    found = story(
        tmp_path,
        "2024-04-25",
        harbour="Day-trippers must pay the Kessel fee from 8.30am to 4.30pm on busy days.\n",
        courier="Day-trippers must pay the Kessel fee from 08:30 to 16:00 on busy days.\n",
    )
    (conflict,) = [f for f in found if f.verdict is Verdict.CONFLICT]
    assert "'4.30pm' is 16:30" in conflict.message and "'16:00' is 16:00" in conflict.message


def test_spans_that_share_one_end_are_one_span_whatever_their_verbs(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2024-04-25",
        harbour="Visitors must buy a ticket to enter the old town from 8.30am to 4.30pm.\n",
        courier="The Kessel fee will be charged between 8:30am and 4pm on 29 peak days.\n",
    )
    (f,) = found
    assert f.verdict is Verdict.CONFLICT
    assert "4.30pm" in f.message and "4pm" in f.message


def test_two_undated_articles_still_compare_their_local_times(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "",
        harbour="Day-trippers must pay the Kessel fee from 8.30am to 4.30pm on busy days.\n",
        courier="Day-trippers must pay the Kessel fee from 8:30am to 4pm on busy days.\n",
    )
    assert [f.verdict for f in found] == [Verdict.CONFLICT]


def test_a_time_against_a_span_is_set_against_the_whole_span(tmp_path: Path) -> None:
    """ "around 2.30 am" falls outside "between 3 am and 4 am", and neither end alone is meant."""
    found = story(
        tmp_path,
        "2020-05-07",
        harbour="The gas leaked from the Kessel plant around 2.30 am on Thursday, police said.\n",
        courier="The gas leaked from the Kessel plant between 3 am and 4 am on Thursday, police "
        "said.\n",
    )
    (f,) = found
    assert f.verdict is Verdict.CONFLICT
    assert "3 am and 4 am" in f.message


def test_a_named_founding_is_no_date_of_what_another_outlet_calls_the_company(
    tmp_path: Path,
) -> None:
    """ "founded the Conservative Alliance in 1989" and "the company has been founded in 1973":
    the second outlet never names the alliance, so its "company" is another thing."""
    found = story(
        tmp_path,
        "2022-09-14",
        harbour="In 1989, Varga founded the Kessel Alliance, which collects dues from firms.\n",
        courier="The outdoor clothing company has been founded in 1973 by Varga.\n",
    )
    assert Verdict.CONFLICT not in [f.verdict for f in found]


def test_a_company_an_outlet_names_may_be_what_its_company_refers_to(tmp_path: Path) -> None:
    found = story(
        tmp_path,
        "2022-09-14",
        harbour="In 1989, Varga founded the Kessel Alliance, which collects dues from firms.\n",
        courier="Varga started the Kessel Alliance long ago. The company has been founded in "
        "1973 by Varga.\n",
    )
    assert Verdict.CONFLICT in [f.verdict for f in found]
