"""One vocabulary of number words and calendar names, read by every extractor."""

from __future__ import annotations

from datetime import date

from checker.extract import vocab
from checker.extract.dates import find_dates
from checker.extract.entities import EntityVocabulary, find_mentions
from checker.ingest.pubdate import header_date


def test_month_forms_resolve_to_one_number() -> None:
    assert vocab.month_number("September") == 9
    assert vocab.month_number("Sept.") == 9
    assert vocab.month_number("sep") == 9
    assert vocab.month_number("Septic") is None


def test_number_words_read_once_for_dates_and_amounts() -> None:
    assert vocab.word_value("twenty-three") == 23
    assert vocab.word_value("thirty one") == 31
    assert vocab.word_value("lots") is None
    (ago,) = find_dates("The mill shut twenty-three years ago.", 0, date(2021, 3, 10))
    assert ago.first == date(1998, 1, 1)


def test_header_and_sentence_readers_share_the_month_names() -> None:
    assert header_date("By Ana Ruiz\n8 Sept 2020\n")[0] == date(2020, 9, 8)
    (mention,) = find_dates("The port reopened on 8 Sept 2020.", 0, None)
    assert mention.first == date(2020, 9, 8)


def test_a_weekday_or_month_is_no_name() -> None:
    text = "Late on Thursday, Mira Okafor met the board of Velta Mining in June."
    names = [m.name for m in find_mentions(text, 0, len(text), EntityVocabulary())]
    assert names == ["Mira Okafor", "Velta Mining"]


def test_a_hashtag_a_handle_or_a_sentence_after_a_closing_quote_is_no_name() -> None:
    def names(text: str) -> list[str]:
        return [m.name for m in find_mentions(text, 0, len(text), EntityVocabulary())]

    assert names("#CycloneVessa made landfall near Sittwe, @KessaWeather said.") == ["Sittwe"]
    # a sentence that opens after a quotation closed on its full stop
    assert names("Four were missing after “last night’s tornadoes.” It did not say more.") == []
    # a capitalised word after a closing quotation mark inside a sentence is still a name
    assert names("The storm, “a monster” Reuters said, hit Sittwe.") == ["Reuters", "Sittwe"]


def test_a_clock_suffix_or_zone_after_a_figure_is_no_name() -> None:
    def names(text: str) -> list[str]:
        return [m.name for m in find_mentions(text, 0, len(text), EntityVocabulary())]

    assert names("The ferry docked at 9.52 PM, Harbour Police said.") == ["Harbour Police"]
    assert names("At 6 A.M. Mira Okafor opened the gates; the vote closed at 1400 GMT.") == [
        "Mira Okafor"
    ]
    # the same letters as a name: the prime minister, a number-led brand
    assert names("The PM visited 7 Eleven on Monday.") == ["PM", "7 Eleven"]
