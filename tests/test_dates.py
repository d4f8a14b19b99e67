"""Dates in a sentence as inclusive intervals, relative ones resolved against the article date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import checker
from checker.extract.dates import calendar_spans, find_dates
from checker.extract.dates.days import span_text
from checker.records import DateMention, Verdict

# The invented articles below are dated Wednesday 10 March 2021.
PUBLISHED = date(2021, 3, 10)


def only(sentence: str, published: date | None = PUBLISHED) -> DateMention:
    found = find_dates(sentence, 0, published)
    assert len(found) == 1, found
    return found[0]


def interval(sentence: str, published: date | None = PUBLISHED) -> tuple[str, str]:
    d = only(sentence, published)
    return (d.first.isoformat(), d.last.isoformat())


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("The dam burst on 30 June 2020.", "30 June 2020", "2020-06-30", "2020-06-30"),
        ("The vote was held on July 8, 2020.", "July 8, 2020", "2020-07-08", "2020-07-08"),
        ("Filed 2020-07-08 by the clerk.", "2020-07-08", "2020-07-08", "2020-07-08"),
        ("08th Jul, 2020. 11:37 am", "08th Jul, 2020", "2020-07-08", "2020-07-08"),
        ("Posted 13/07/2020.", "13/07/2020", "2020-07-13", "2020-07-13"),
        ("Prices peaked in June 2020.", "June 2020", "2020-06-01", "2020-06-30"),
        ("The mine closed in 2019.", "2019", "2019-01-01", "2019-12-31"),
        (
            "Requests came between July and December 2019.",
            "between July and December 2019",
            "2019-07-01",
            "2019-12-31",
        ),
        ("Output grew from 2010 to 2015.", "from 2010 to 2015", "2010-01-01", "2015-12-31"),
        ("The 2019-20 season was cut short.", "2019-20", "2019-01-01", "2020-12-31"),
        ("Sales fell in Q1 2020.", "Q1 2020", "2020-01-01", "2020-03-31"),
        (
            "Profits rose in the second half of 2019.",
            "the second half of 2019",
            "2019-07-01",
            "2019-12-31",
        ),
        ("The band formed in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31"),
        ("Works start in mid-2022.", "mid-2022", "2022-05-01", "2022-08-31"),
        ("The firm was founded in May 2001.", "May 2001", "2001-05-01", "2001-05-31"),
    ],
)
def test_absolute_dates_need_no_article_date(sentence, text, first, last) -> None:
    d = find_dates(sentence, 0, None)[0]  # a clock time may follow ("11:37 am")
    assert (d.text, d.first.isoformat(), d.last.isoformat(), d.relative) == (
        text,
        first,
        last,
        False,
    )


def test_a_day_without_a_year_takes_the_article_year_and_says_so() -> None:
    d = only("Parliament passed the bill on 30 June.", date(2020, 7, 8))
    assert (d.text, d.first, d.last, d.relative) == (
        "30 June",
        date(2020, 6, 30),
        date(2020, 6, 30),
        True,
    )
    assert "2020" in d.basis and "no year" in d.basis
    assert only("It was approved on June 30th.", date(2020, 7, 8)).first == date(2020, 6, 30)


def test_a_month_without_a_year_is_the_whole_month() -> None:
    assert interval("The outbreak began in January.") == ("2021-01-01", "2021-01-31")


def test_a_date_well_after_the_article_is_last_year() -> None:
    assert interval("Flooding hit the valley in December.") == ("2020-12-01", "2020-12-31")
    assert interval("The ferry stopped on 20 November.") == ("2020-11-20", "2020-11-20")
    # two months ahead is still this year: an announced event
    assert interval("Elections are due in April.") == ("2021-04-01", "2021-04-30")


def test_a_date_without_a_year_is_placed_by_the_tense_of_its_verb() -> None:
    # a past act cannot be weeks after the article (dated 10 March 2021)
    assert interval("The runner had won the race in April.") == ("2020-04-01", "2020-04-30")
    assert interval("She ran it on 2 May.") == ("2020-05-02", "2020-05-02")
    # a future act cannot be months before it
    assert interval("The bridge will reopen in January.") == ("2022-01-01", "2022-01-31")
    assert interval("The council will vote on 15 February.") == ("2022-02-15", "2022-02-15")
    assert interval("The council will vote in March.") == ("2021-03-01", "2021-03-31")
    # a word in -ed may be a participle: nothing said, the article's year
    assert interval("The hearing, scheduled for April, is public.") == ("2021-04-01", "2021-04-30")
    # a day set for an act lies either side of the writing, whatever the clause's tense
    assert interval("He was facing prison, with sentencing scheduled for 28 March.") == (
        "2021-03-28",
        "2021-03-28",
    )
    # the nearest verb tells: "rejected" after "will" is past
    assert interval("The deal will pay more than the offer rejected on 2 March.") == (
        "2021-03-02",
        "2021-03-02",
    )


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Hearings are scheduled for March 12 and 16.", ["2021-03-12", "2021-03-16"]),
        ("Hearings were held on 2 and 5 March.", ["2021-03-02", "2021-03-05"]),
        ("The vote is set for June 3 and 4, 2022, in Arnby.", ["2022-06-03", "2022-06-04"]),
        # a count after "and" is no day, and "between" makes one range
        ("On March 2 and 16 people were hurt.", ["2021-03-02"]),
        ("Talks ran between 2 and 5 March.", ["2021-03-02..2021-03-05"]),
    ],
)
def test_two_days_of_one_month_joined_by_and_are_two_dates(sentence, days) -> None:
    found = find_dates(sentence, 0, PUBLISHED)
    assert [span_text(d.first, d.last) for d in found] == days


def test_a_month_so_many_years_ago_is_that_years_month() -> None:
    # the article is of 10 March 2021
    assert interval("In September two years ago, the mine closed.") == ("2019-09-01", "2019-09-30")
    assert interval("At the beginning of June almost three years ago, the firm warned the public.") == (
        "2018-06-01",
        "2018-06-10",
    )


def test_a_century_is_its_hundred_years() -> None:
    assert interval("The palace was built in the 17th century.") == ("1601-01-01", "1700-12-31")
    assert interval("He was a 16th-century monk.") == ("1501-01-01", "1600-12-31")
    assert interval("The town grew in the late 19th century.") == ("1868-01-01", "1900-12-31")
    # a batsman's hundred, and a century before the common era, are no dates here
    assert find_dates("It was his 17th century of the season.", 0, PUBLISHED) == ()
    assert find_dates("The temple dates from the 5th century BC.", 0, PUBLISHED) == ()


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Police may require providers to hand over data.", 0, PUBLISHED) == ()
    assert find_dates("Photo: May Chan/Reuters", 0, PUBLISHED) == ()
    # less than two months after the article: this year's May
    assert interval("The plant reopens in May.") == ("2021-05-01", "2021-05-31")
    assert interval("The plant reopens on 5 May.") == ("2021-05-05", "2021-05-05")
    assert interval("The plant closed last May.") == ("2020-05-01", "2020-05-31")


def test_an_ambiguous_numeric_date_is_flagged_not_guessed() -> None:
    d = only("Posted 8/7/2020.")
    assert d.first is None and d.last is None
    assert d.basis.startswith("ambiguous")


# ---------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The strike ended last week.", "2021-03-01", "2021-03-07"),
        ("The deal was signed last month.", "2021-02-01", "2021-02-28"),
        ("Exports fell last year.", "2020-01-01", "2020-12-31"),
        ("The mayor resigned yesterday.", "2021-03-09", "2021-03-09"),
        ("The port reopens today.", "2021-03-10", "2021-03-10"),
        ("The jury will decide tomorrow.", "2021-03-11", "2021-03-11"),
        ("Talks resume this week.", "2021-03-08", "2021-03-14"),
        ("Talks resume next week.", "2021-03-15", "2021-03-21"),
        ("The ferry sank two days ago.", "2021-03-08", "2021-03-08"),
        ("The club was founded 23 years ago.", "1998-01-01", "1998-12-31"),
        ("The mine flooded three months ago.", "2020-12-01", "2020-12-31"),
        ("Trains stopped a week ago.", "2021-03-01", "2021-03-07"),
        ("It came into force less than a week ago.", "2021-03-03", "2021-03-10"),
        ("Prices rose earlier this year.", "2021-01-01", "2021-03-10"),
        ("The firm will leave within days.", "2021-03-11", "2021-03-17"),
        ("A ruling is expected within two weeks.", "2021-03-10", "2021-03-24"),
        ("Three ships docked over the past two days.", "2021-03-08", "2021-03-10"),
        ("Results are due in the coming weeks.", "2021-03-11", "2021-04-21"),
        ("The tower will open by the end of next year.", "2022-12-01", "2022-12-31"),
        ("Costs soared late last year.", "2020-09-01", "2020-12-31"),
        ("The chief will step down at the end of the year.", "2021-12-01", "2021-12-31"),
        ("The line reopens in early March.", "2021-03-01", "2021-03-10"),
        # a month of the year the article's date points to
        ("The airline relaunched in April last year.", "2020-04-01", "2020-04-30"),
        ("The vote was held on 3 February this year.", "2021-02-03", "2021-02-03"),
        ("The bridge reopens in May next year.", "2022-05-01", "2022-05-31"),
    ],
)
def test_relative_dates_resolve_against_the_article_date(sentence, first, last) -> None:
    d = only(sentence)
    assert d.relative
    assert (d.first.isoformat(), d.last.isoformat()) == (first, last)
    assert "2021-03-10" in d.basis


def test_last_week_in_a_july_article_covers_30_june() -> None:
    d = only("The security law, passed last week, took effect.", date(2020, 7, 8))
    assert d.text == "last week"
    assert (d.first, d.last) == (date(2020, 6, 29), date(2020, 7, 5))
    assert (
        d.basis == "'last week' in an article of 2020-07-08 (ISO weeks run Monday to Sunday) "
        "→ 2020-06-29..2020-07-05"
    )


def test_a_weekday_is_the_most_recent_one_since_news_reports_the_past() -> None:
    d = only("The minister told reporters on Tuesday that talks had failed.")
    assert (d.text, d.first, d.relative) == ("Tuesday", date(2021, 3, 9), True)
    assert "on or before it, as a past-tense verb dates it" in d.basis
    assert only("The council met on Wednesday.").first == PUBLISHED
    # no verb says either way: news reports the past
    assert "news reports the past" in only("Protests on Monday in the capital.").basis


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one() -> None:
    assert only("The board will meet on Friday.").first == date(2021, 3, 12)
    assert only("Voters go to the polls next Sunday.").first == date(2021, 3, 14)
    assert only("The deal was signed last Monday.").first == date(2021, 3, 8)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # "until", "by" look ahead unless a past-tense verb says the wait is over
        ("The ferry stays in dock until Friday.", date(2021, 3, 12)),
        ("Applicants must register by Monday.", date(2021, 3, 15)),
        ("The ferry stayed in dock until Monday.", date(2021, 3, 8)),
        # the nearest tense cue before the day decides, not any cue in the sentence
        ("The insurer, which will appeal, announced the ruling on Friday.", date(2021, 3, 5)),
        ("Officials said on Monday that the dam will reopen.", date(2021, 3, 8)),
        # a day opening the sentence takes the tense of the clause it heads
        ("On Friday, the assembly will vote on the budget.", date(2021, 3, 12)),
        ("On Friday, the assembly rejected the budget.", date(2021, 3, 5)),
        # a reporting verb after a comma dates the saying, not the day
        ("Crews will clear the road on Friday, the mayor said.", date(2021, 3, 12)),
    ],
)
def test_a_weekday_is_dated_by_the_tense_of_its_clause(sentence: str, day: date) -> None:
    assert only(sentence).first == day


def test_a_possessive_weekday_dates_its_noun() -> None:
    # "Monday's vote" is the vote of last Monday, 8 March
    assert only("Turnout in Monday's vote was low.").first == date(2021, 3, 8)


def test_named_days_and_titles_are_not_weekdays() -> None:
    for sentence in (
        "Black Friday sales were weak.",
        "He wrote for the Sunday Times.",
        "The market opens on Tuesdays.",
    ):
        assert find_dates(sentence, 0, PUBLISHED) == (), sentence


def test_without_an_article_date_relative_dates_stay_unresolved() -> None:
    for sentence in (
        "It happened last week.",
        "It happened on Tuesday.",
        "It happened on 30 June.",
        "It happened two days ago.",
    ):
        d = only(sentence, None)
        assert (d.first, d.last, d.relative) == (None, None, True)
        assert d.basis.startswith("unresolved: the article has no date")


def test_a_datetime_is_read_as_its_day() -> None:
    assert only("The mayor resigned yesterday.", datetime(2021, 3, 10, 23, 59)).first == date(
        2021, 3, 9
    )


# ---------------------------------------------------------------- spans


def test_spans_index_the_article_and_leave_out_the_preposition() -> None:
    sentence = "The plant opened in March and closed on Tuesday."
    offset = 500
    march, tuesday = find_dates(sentence, offset, PUBLISHED)
    article = " " * offset + sentence
    assert article[march.start : march.end] == march.text == "March"
    assert article[tuesday.start : tuesday.end] == tuesday.text == "Tuesday"


def test_calendar_spans_cover_dates_and_years_only() -> None:
    sentence = "On 30 June 2020, 2,000 people marched, as in 2019, two days ago."
    spans = [sentence[a:b] for a, b in calendar_spans(sentence)]
    assert spans == ["30 June 2020", "2019"]


def test_a_year_before_a_counted_noun_is_a_count_not_a_year() -> None:
    assert find_dates("About 2000 people marched.", 0, PUBLISHED) == ()
    assert find_dates("Windows 2000 is old.", 0, PUBLISHED) == ()
    assert interval("In 2019 cases rose.") == ("2019-01-01", "2019-12-31")


def test_a_four_digit_number_before_a_unit_of_measure_is_a_measure_not_a_year() -> None:
    assert find_dates("Fog cut visibility to 2000 metre, the tower said.", 0, PUBLISHED) == ()
    assert find_dates("The trail climbs 1850 feet.", 0, PUBLISHED) == ()
    assert interval("The dam opened in 1850 and flooded the valley.") == ("1850-01-01", "1850-12-31")


def test_the_reference_story_dates_its_law_consistently() -> None:
    report = checker.check("fixtures/hk-data-requests")
    dated = [f for f in report.findings if f.rule == "date"]
    assert any(
        f.verdict is Verdict.CONSISTENT and {"bbc", "1news"} <= set(f.sources) for f in dated
    ), [f.message for f in dated]


def test_reported_future_with_would_takes_the_next_weekday():
    """'said talks would resume on Thursday' in a Tuesday article means the coming Thursday."""
    text = "The union said negotiations would resume on Thursday."
    (d,) = find_dates(text, 0, date(2023, 9, 12))
    assert d.first == d.last == date(2023, 9, 14)


def _later(sentence: str) -> list[str]:
    from checker.extract.dates.later import later_dates

    found = find_dates(sentence, 0, PUBLISHED)
    return [span_text(d.first, d.last) for d in later_dates(sentence, 0, found, taken=found)]


def test_a_span_later_counts_from_the_nearest_date_before_it() -> None:
    assert _later("The boys went in on 23 June 2020 and were found nine days later.") == [
        "2020-07-02"
    ]
    # a month and two months later is the whole of the month two on
    assert _later("Marek was convicted in June 2020 and pleaded guilty two months later.") == [
        "2020-08-01..2020-08-31"
    ]
    # "less than" runs from the date to the span; one span counts from the one before it
    assert _later(
        "The boys went in on 23 June 2020, were found nine days later and were out less than "
        "a week later."
    ) == ["2020-07-02", "2020-07-02..2020-07-09"]
    # with no date before it, a span later is only a span
    assert _later("The boys were found nine days later, on 2 July 2020.") == []
