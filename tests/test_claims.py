"""Segmenting and slot extraction: what `checker claims` shows a fact-checker."""

from __future__ import annotations

import pytest

from checker.claims import after_dateline, build_claims
from checker.extract.entities import EntityVocabulary, find_lists, find_mentions
from checker.extract.modality import read_modality
from checker.extract.quotes import find_quotes
from checker.records import Article, Block, CleanArticle, Source
from checker.segment import split_sentences


def _claims(text: str, source: str = "outlet") -> list:
    article = Article(
        Source(source, source, "", None, "test", "en", f"{source}.txt", "utf-8"), text
    )
    blocks = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            blocks.append(Block(pos, pos + len(para)))
        pos += len(para) + 1
    return build_claims([CleanArticle(article, tuple(blocks))])


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Dr. Ana Ruiz met Mr. Obi in the U.S. capital. They spoke for an hour. Then it rained.",
            ["Dr. Ana Ruiz met Mr. Obi in the U.S. capital.", "They spoke for an hour.",
             "Then it rained."],
        ),
        # a capitalised function word after an abbreviation opens a sentence
        (
            "The stone was found by Orvix Mining Corp. This find is the largest. It came at 5 "
            "p.m. The mine closed.",
            ["The stone was found by Orvix Mining Corp.", "This find is the largest.",
             "It came at 5 p.m.", "The mine closed."],
        ),
    ],
)
def test_sentences_keep_exact_offsets_and_skip_abbreviations(text, sentences) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text, 0, len(text))] == sentences


def test_coordinated_subjects_give_one_claim_each_with_the_same_span() -> None:
    text = "Siemens and Alstom have decided not to bid for the tram contract."
    claims = _claims(text)
    assert [c.subject for c in claims] == ["Siemens", "Alstom"]
    assert {(c.start, c.end) for c in claims} == {(0, len(text))}
    assert all(c.modality == "decided" and c.negated for c in claims)


def test_pronoun_subject_takes_the_last_organisation() -> None:
    claims = _claims("Vestas opened a plant in Porto.\nIt plans to hire 300 workers next year.")
    assert claims[-1].subject == "Vestas"
    assert claims[-1].modality == "plans"


def test_entity_lists_allow_descriptors_and_foreign_conjunctions() -> None:
    text = "They follow Spotify, Deezer and the streaming app Tidal, after Napster e Rhapsody left."
    vocab = EntityVocabulary()
    vocab.observe(text)
    lists = find_lists(text, find_mentions(text, 0, len(text), vocab))
    assert [[m.name for m in group] for group in lists] == [
        ["Spotify", "Deezer", "Tidal"],
        ["Napster", "Rhapsody"],
    ]


def test_quotation_forms_news_copy_uses() -> None:
    text = '"We are monitoring the river - said a spokeswoman - We have closed the bridge".'
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start : q.end] for q in quotes] == [
        "We are monitoring the river",
        "We have closed the bridge",
    ]
    assert {q.speaker_phrase for q in quotes} == {"a spokeswoman"}
    truncated = "The mayor spoke. finish the works while we review the budget.” More followed."
    (q,) = find_quotes(truncated, 0, len(truncated))
    assert truncated[q.start : q.end].startswith("finish the works") and q.partial


def test_speaker_of_a_quote_is_resolved_to_a_name() -> None:
    claims = _claims(
        'Orsted said it is "reviewing" the permits.\n"We expect a decision soon," a spokesperson for Orsted said.'
    )
    speakers = {q.speaker for c in claims for q in c.quotes}
    assert speakers == {"Orsted"}


def test_an_aside_in_brackets_after_the_speaker_is_not_the_speaker() -> None:
    claims = _claims(
        'Commander Ola Brandt (Retd) said: "The crew trained for this."\n'
        '"We were ready," Vice Admiral Ines Marlow (Retd) told reporters.'
    )
    speakers = {q.speaker for c in claims for q in c.quotes}
    assert {s.split()[-1] for s in speakers if s} == {"Brandt", "Marlow"}


def test_modality_levels_and_aspect() -> None:
    assert read_modality("the council is considering a ban").level == "considering"
    assert read_modality("the airline plans to close its base").level == "plans"
    assert read_modality("the airline has closed its base").level == "done"
    assert read_modality("the bank has announced it will raise rates").level == "plans"
    stop = read_modality("the firms say they'll no longer share data")
    assert stop.aspect == "permanent" and stop.negated
    assert read_modality("the service is paused while they review it").aspect == "temporary"


def test_single_quotation_marks_as_british_outlets_use_them() -> None:
    text = "‘We will rebuild the stand before the new season,’ club president Ana Ruiz said. It's the club's call."
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start : q.end] for q in quotes] == [
        "We will rebuild the stand before the new season"
    ]
    assert quotes[0].speaker_phrase == "club president Ana Ruiz"


def _lists(text: str) -> list[list[str]]:
    vocab = EntityVocabulary()
    vocab.observe(text)
    mentions = find_mentions(text, 0, len(text), vocab)
    return [[m.name for m in lst] for lst in find_lists(text, mentions)]


def test_a_person_in_a_list_is_one_item_with_the_word_that_describes_them() -> None:
    text = (
        "On board were Norwegian skipper Ola Brandt, Chilean diver Paul-Henri Roux"
        " and Velta engineer Mira Okafor."
    )
    assert _lists(text) == [["Ola Brandt", "Paul-Henri Roux", "Mira Okafor"]]
    # a verb between two names makes no modifier: Velta is an item of its own
    text = "The fund backs Orvik, Talma and Velta hired Mira Okafor last year."
    assert ["Orvik", "Talma", "Velta"] in _lists(text)


def test_he_said_stands_for_the_person_who_acts_never_an_organisation() -> None:
    claims = _claims(
        "Speaking on Monday, Ola Brandt, head of the Harbour Board, said the quay was safe."
        " The report also named the engineer Mira Okafor.\n"
        '"We will reopen it on Friday," he said.'
    )
    assert {q.speaker for c in claims for q in c.quotes} == {"Ola Brandt"}
    # no person before it: "he" names no one rather than the board
    claims = _claims('The Harbour Board met on Monday.\n"We will reopen it on Friday," he said.')
    assert {q.speaker for c in claims for q in c.quotes} == {None}


def test_a_stray_closing_mark_after_the_attribution_quotes_nothing() -> None:
    text = '“We will appeal, and ask for a stay,” the company said in a statement.”'
    assert [text[q.start : q.end] for q in find_quotes(text, 0, len(text))] == [
        "We will appeal, and ask for a stay"
    ]
    # a closing mark after another sentence still ends a quotation cut at its start
    text = "“We will go,” she said. It is too late to stop now,” the mayor added."
    assert [text[q.start : q.end] for q in find_quotes(text, 0, len(text))] == [
        "We will go",
        "It is too late to stop now",
    ]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("PARIS, May 17 (Wire) - The fire spread.", "PARIS, May 17 (Wire) - "),
        ("Rio de Janeiro, Brazil (AP) — The fire spread.", "Rio de Janeiro, Brazil (AP) — "),
        # a clause before a dash is the sentence's own grammar, whatever digits it has
        ("Arlen Voss was arrested on spying charges in December 2018 — charges he denies — and "
         "was sentenced in June 2020.", ""),
        # no dash after the agency: still a dateline when it carries a date or opens in capitals
        ("Kessel, Nov 27 (Wire) The council passed the budget.", "Kessel, Nov 27 (Wire) "),
        ("KESSEL (Wire) The council passed the budget.", "KESSEL (Wire) "),
        # ... but a name in brackets inside a clause is no agency's
        ("The firm (Acme) Said it would appeal.", ""),
        ("Officials in Kessel (north of Dunmore) Said nothing.", ""),
    ],
)
def test_a_dateline_is_cut_before_the_parse_and_a_clause_is_not(text, cut):
    assert text[: after_dateline(text, 0, len(text))] == cut
