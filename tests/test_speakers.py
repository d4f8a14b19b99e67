"""Speakers (checker/speakers.py): a quotation's speaker read off the parse.

A quoted label inside a noun phrase is nobody's words; a reporting verb's named subject is the
speaker, whichever side of the quotation it stands; a quotation over several sentences, and a
paragraph that only continues a quotation, keep the speaker the attribution gave. Sentences are
invented, in several domains, and parsed once for the module.
"""

from __future__ import annotations

import pytest
from slot_support import read_all

from checker.parse.model import pipeline
from checker.speakers import check_speakers, embedded, reporting_verb, speaker_of

LABELS = [  # (domain, sentence, the quoted label)
    ("sport", 'Harwick Rovers on Thursday announced the signing of "the most exciting young '
     'talent in Europe" Tomas Brenner from Aldport.', "the most exciting young talent in Europe"),
    ("sport", 'The club confirmed the arrival of "the best young goalkeeper in the country" Ivo '
     "Marek from Aldport.", "the best young goalkeeper in the country"),
]
NOT_SPEECH = (  # a quoted noun phrase under a verb that is not one of speech
    "elections",
    'The ministry condemned the so-called "special measures" imposed on the region.',
    "special measures",
)
SO_CALLED = (
    'Health minister Ana Ruiz announced the so-called "winter plan for hospital care" on Monday.'
)

SPOKEN = [  # (domain, sentence, quoted words, the speaker's name, its reporting verb)
    ("sport", '"The most exciting young talent in Europe has joined us," Harwick Rovers said on '
     "Thursday.", "The most exciting young talent in Europe has joined us", "Harwick Rovers",
     "said"),
    ("courts", '"We will appeal," said Maria Okonjo, the defence lawyer.', "We will appeal",
     "Maria Okonjo", "said"),
    ("courts", 'Maria Okonjo, the defence lawyer, said: "We will appeal against this verdict."',
     "We will appeal against this verdict.", "Maria Okonjo", "said"),
    ("courts", '"The verdict is a travesty," the defence lawyer, Maria Okonjo, told reporters.',
     "The verdict is a travesty", "Maria Okonjo", "told"),
    ("health", '"It is a cynical stunt," said Joan Pike, a councillor.', "It is a cynical stunt",
     "Joan Pike", "said"),
    # the parser hangs the role under the quotation's verb and leaves "said" without a
    # subject: the words between the quotation and the verb still speak
    ("elections", '"Tonight the people of Northfold chose hope over fear," the leader of the '
     "Rural Party, Hedwig Lindemann, said.", "Tonight the people of Northfold chose hope over fear",
     "Hedwig Lindemann", "said"),
]

SIGNING = LABELS[0][1]
CONTINUED = (
    '"We will strike until the offer improves," said Tom Reilly, the union\'s general '
    'secretary.\n\n"Our members have had enough. They will not be bullied by this management."'
)
OVER_SENTENCES = (
    '"Our members have had enough. They will not be bullied by this management," said Tom '
    "Reilly."
)
OTHER_SPEAKER_AFTER = (
    '"We will strike until the offer improves," said Tom Reilly.\n\nThe company said it was '
    'disappointed.\n\n"We remain open to talks," it added.'
)
TEXTS = [SIGNING, CONTINUED, OVER_SENTENCES, OTHER_SPEAKER_AFTER, SO_CALLED]


def _ids(cases) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.fixture(scope="module")
def quoted():
    """The span of the quoted words `words` in `sentence`, parsed with the pipeline."""
    sentences = [c[1] for c in [*LABELS, *SPOKEN, NOT_SPEECH]]
    docs = dict(zip(sentences, pipeline().pipe(sentences), strict=True))

    def get(sentence: str, words: str):
        doc = docs[sentence]
        at = doc.text.index(words)
        return doc.char_span(at, at + len(words), alignment_mode="expand")

    return get


@pytest.fixture(scope="module")
def quotes():
    """Each text's quotations (words, speaker, phrase) before and after check_speakers."""
    readings = read_all(TEXTS)

    def get(text: str):
        r = readings[text]
        after = check_speakers(r.claims, r.parses)
        before = [(q.words, q.speaker) for c in r.claims for q in c.quotes]
        now = [(q.words, q.speaker, q.speaker_phrase) for c in after for q in c.quotes]
        return before, now

    return get


@pytest.mark.parametrize(("domain", "sentence", "words"), LABELS, ids=_ids(LABELS))
def test_a_quoted_label_inside_a_noun_phrase_is_embedded(quoted, domain, sentence, words):
    assert embedded(quoted(sentence, words))


@pytest.mark.parametrize(("domain", "sentence", "words", "name", "verb"), SPOKEN,
                         ids=_ids(SPOKEN))
def test_spoken_words_are_not_embedded(quoted, domain, sentence, words, name, verb):
    assert not embedded(quoted(sentence, words))


@pytest.mark.parametrize(("domain", "sentence", "words", "name", "verb"), SPOKEN,
                         ids=_ids(SPOKEN))
def test_the_named_subject_of_the_reporting_verb_speaks(quoted, domain, sentence, words, name,
                                                        verb):
    span = quoted(sentence, words)
    assert reporting_verb(span) is not None and reporting_verb(span).text == verb
    found = speaker_of(span)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("sentence", "words", "whole"),
    [
        (SPOKEN[1][1], SPOKEN[1][2], ("Maria Okonjo, the defence lawyer", "Maria Okonjo")),
        (SPOKEN[4][1], SPOKEN[4][2], ("Joan Pike, a councillor", "Joan Pike")),
    ],
    ids=["courts-lawyer", "health-councillor"],
)
def test_the_speakers_phrase_is_whole(quoted, sentence, words, whole):
    assert speaker_of(quoted(sentence, words))[1] in whole


def test_a_phrase_with_the_role_before_the_name_is_whole(quoted):
    sentence, words = SPOKEN[3][1], SPOKEN[3][2]
    assert speaker_of(quoted(sentence, words)) == ("Maria Okonjo",
                                                   "the defence lawyer, Maria Okonjo")


def test_a_verb_that_is_not_of_speech_gives_no_speaker(quoted):
    span = quoted(*NOT_SPEECH[1:])
    assert reporting_verb(span) is None and speaker_of(span) is None


def test_a_quoted_label_loses_the_speaker_the_words_around_it_gave(quotes):
    before, now = quotes(SIGNING)
    label = LABELS[0][2]
    assert (label, "Harwick Rovers") in before  # the claim builder's reading, by the words
    assert (label, None, None) in now


def test_a_continuation_paragraph_keeps_the_speaker(quotes):
    _, now = quotes(CONTINUED)
    speakers = {words: speaker for words, speaker, _ in now}
    assert speakers["We will strike until the offer improves"] == "Tom Reilly"
    assert speakers[
        "Our members have had enough. They will not be bullied by this management."
    ] == "Tom Reilly"


def test_a_quotation_over_several_sentences_has_one_speaker(quotes):
    _, now = quotes(OVER_SENTENCES)
    assert now, "no quotation read"
    assert {speaker for _, speaker, _ in now} == {"Tom Reilly"}


def test_another_speaker_in_between_stops_the_carry_over(quotes):
    _, now = quotes(OTHER_SPEAKER_AFTER)
    speakers = {words: speaker for words, speaker, _ in now}
    assert speakers["We will strike until the offer improves"] == "Tom Reilly"
    assert speakers["We remain open to talks"] != "Tom Reilly"  # the company added it


@pytest.mark.xfail(
    strict=True,
    reason="a 'so-called' label under a verb of speech ('announced the so-called \"winter plan "
    "for hospital care\"') keeps the subject as its speaker: the quoted words are the whole "
    "object noun phrase, so embedded() is False, and the label is compared as speech (the "
    "module's doc names 'the so-called \"special operation\"' as nobody's words)",
)
def test_a_so_called_label_has_no_speaker(quotes):
    _, now = quotes(SO_CALLED)
    assert [speaker for words, speaker, _ in now if words == "winter plan for hospital care"] == [
        None
    ]
