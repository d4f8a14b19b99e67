"""Quotations compared across outlets: what quote-wording reports and what it leaves alone.
Invented outlets, people and statements throughout."""

from __future__ import annotations

from checker.extract.quotes import find_quotes
from checker.pipeline import analyse
from checker.records import Article, Finding, Source
from checker.rulepack import load_rules

RULES = load_rules()


def _wording(**articles: str) -> list[Finding]:
    story = [
        Article(
            Source(sid, sid, "", None, "test", "en", f"{sid}.md", "utf-8"),
            text,
        )
        for sid, text in articles.items()
    ]
    return [f for f in analyse("quotes", story, RULES).findings if f.rule == "quote-wording"]


def test_a_fragment_ending_in_an_initialism_is_compared_with_the_words_it_stands_for() -> None:
    (found,) = _wording(
        harbour=(
            'The board told Velka to "halt any shipment of raw ore to the European Union'
            ' within five months" of the decision.\n'
        ),
        coast='The board told Velka to "halt any future shipment of raw ore to the EU".\n',
    )
    assert found.verdict.value == "conflict"
    assert '"EU" (coast) vs "European Union" (harbour)' in found.message
    assert '"future" (coast) added' in found.message


def test_a_fragment_whose_words_the_longer_quotation_keeps_is_a_shortened_quotation() -> None:
    found = _wording(
        harbour=(
            '"We will contest the ruling, including the unfair and excessive levy, and ask the'
            ' court for time," the Velka spokesperson said.\n'
        ),
        coast='Velka said it would contest the "unfair and excessive levy" in court.\n',
    )
    assert found and all(f.verdict.value == "consistent" for f in found)


def test_a_title_quoted_inside_a_curly_quotation_leaves_it_whole() -> None:
    text = (
        '“The landfall of Severe Storm "Kira" has begun over the northern Velka coast,” the'
        " weather service said. Crews stood by."
    )
    (quote,) = find_quotes(text, 0, len(text))
    assert text[quote.start : quote.end] == (
        'The landfall of Severe Storm "Kira" has begun over the northern Velka coast'
    )
    assert quote.speaker_phrase == "the weather service" and not quote.partial
    # a straight closing mark after a curly opening one, with no curly one to close it later,
    # still closes the quotation
    text = '“We will appeal," she said. “It is unjust,” he said.'
    assert [text[q.start : q.end] for q in find_quotes(text, 0, len(text))] == [
        "We will appeal",
        "It is unjust",
    ]


def test_two_statements_that_share_only_a_name_are_not_one_quotation() -> None:
    assert not _wording(
        harbour=(
            '“The landfall of Extremely Severe Storm Kira has begun over the Velka coast,” the'
            " weather service said.\n"
        ),
        # straight marks within straight marks: the quotation is cut at the title's
        coast=(
            'In a statement the weather service said, "The Extremely Severe Storm "Kira" (said'
            ' as "Keera") moved north-east and lay centred over the bay at noon."\n'
        ),
    )


def test_a_false_start_a_transcript_keeps_is_no_misquotation() -> None:
    found = _wording(
        harbour=(
            '"For the first time, we have changed the course of a moving body, of a moving'
            ' object," said Ana Ruiz, the mission director.\n'
        ),
        coast=(
            '“For the first time, we have changed the course of a moving object,” said Ana Ruiz,'
            " the mission director.\n"
        ),
    )
    assert all(f.verdict.value != "conflict" for f in found)
    # ... while the same words with a word swapped are still a misquotation
    (swapped,) = _wording(
        harbour=(
            '"For the first time, we have changed the course of a moving body," said Ana Ruiz,'
            " the mission director.\n"
        ),
        coast=(
            '“For the first time, we have changed the course of a moving object,” said Ana Ruiz,'
            " the mission director.\n"
        ),
    )
    assert swapped.verdict.value == "conflict"


def test_a_contraction_is_named_as_the_outlet_wrote_it() -> None:
    (found,) = _wording(
        harbour='"I\'m confident in the target we went after," Defence Minister Ana Ruiz said.\n',
        coast="“We’re confident in the target we went after,” Defence Minister Ana Ruiz said.\n",
    )
    assert '"I\'m" (harbour)' in found.message and '"We’re" (coast)' in found.message


def test_a_pronoun_with_its_verb_contracted_is_the_same_words() -> None:
    # "she's" is "she is" here, and "she has" before a participle; neither is a misquote
    assert not [
        f
        for f in _wording(
            harbour='"She is safe, she is on a plane, she has been freed," Ana Ruiz said.\n',
            coast="“She’s safe, she’s on a plane, she’s been freed,” Ana Ruiz said.\n",
        )
        if f.verdict.value == "conflict"
    ]


def test_a_month_written_in_full_or_abbreviated_is_the_same_word() -> None:
    found = _wording(
        harbour=(
            'The order covers offences "committed or taken part in during the period from '
            'January 1, 2014 through December 1, 2024," the statement said.\n'
        ),
        coast=(
            'The order covers offences "committed or taken part in during the period from '
            'Jan. 1, 2014, through Dec. 1, 2024," the statement said.\n'
        ),
    )
    assert [f for f in found if f.verdict.value == "conflict"] == []


def test_a_clock_time_written_two_ways_is_the_same_words_and_another_time_is_not() -> None:
    said = '"The Kessel Hour will air live at {} starting this evening," the network said.\n'
    found = _wording(harbour=said.format("8pm"), coast=said.format("8 PM ET"))
    assert [f for f in found if f.verdict.value == "conflict"] == []
    found = _wording(harbour=said.format("8pm"), coast=said.format("9 PM ET"))
    assert [f for f in found if f.verdict.value == "conflict"] != []


def test_a_pronoun_for_the_person_another_outlet_names_is_the_same_person() -> None:
    found = _wording(
        harbour=(
            'The guide Pema Dorje reached the summit again. "This morning at 7.49 am, Pema Dorje '
            "broke his own record he had set just nine days earlier. This marks his 20th ascent "
            'to the top of the mountain," Dawa Lhamu, the chief of the field office, said.\n'
        ),
        coast=(
            'The guide Pema Dorje reached the summit again. "He broke his own record … this '
            'marks his 20th ascent to the top of the mountain," Dawa Lhamu, the chief of the '
            "field office, said on social media.\n"
        ),
    )
    assert found, "the two quotations are not compared"
    assert all(f.verdict.value == "consistent" for f in found)


def test_the_noun_a_pronoun_stands_for_written_in_its_place_is_no_misquote() -> None:
    found = _wording(
        harbour=(
            "Fire Chief Ana Ruiz says crews were sent to the Velka warehouse at 2:40pm. "
            '"They arrived on the scene within minutes and immediately entered the building '
            'and found the workers," she says.\n'
        ),
        coast=(
            '"Crews arrived on the scene within minutes and immediately entered the building '
            'and found the workers," Fire Chief Ana Ruiz said at a press conference.\n'
        ),
    )
    assert found, "the two quotations are not compared"
    assert all(f.verdict.value == "consistent" for f in found)
    assert any("pronoun" in f.message or "pronoun" in str(f.details) for f in found)
