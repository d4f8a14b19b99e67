"""The parse layer (checker/parse): one pipeline per process, each distinct sentence parsed once
per run, and article offsets mapped onto the parse."""

from __future__ import annotations

import subprocess
import sys

import pytest
from slot_support import source

from checker.claims import build_claims, flat
from checker.clean import clean
from checker.parse.model import pipeline
from checker.parse.sentences import parse_claims
from checker.records import Article

WIRE = "The earthquake killed 50 people in the north of Valdora on Monday."
TEXTS = {
    "agency": WIRE,
    "copy": "Rescue work went on through the night. " + WIRE,  # the wire copy, reprinted
    "own": "The death toll rose to 51 on Tuesday. The talks continue.",
}


@pytest.fixture(scope="module")
def parsed():
    cleaned = [clean(Article(source(name), text)) for name, text in TEXTS.items()]
    claims = build_claims(cleaned)
    return claims, parse_claims(claims, {n: flat(t) for n, t in TEXTS.items()})


def test_the_pipeline_is_loaded_once():
    assert pipeline() is pipeline()


def test_a_sentence_two_outlets_print_is_parsed_once(parsed):
    claims, parses = parsed
    wire = [c for c in claims if c.text == WIRE]
    assert {c.source for c in wire} == {"agency", "copy"}
    a, b = (parses.of(c) for c in wire)
    assert a is not None and b is not None
    assert a.doc is b.doc  # one Doc for both outlets
    assert a.offset != b.offset  # each read at its own place in its article
    # the wire sentence and "The death toll rose to 51 on Tuesday.": nothing else has a slot
    assert len(parses) == 2


def test_a_sentence_without_a_slot_is_not_parsed(parsed):
    claims, parses = parsed
    bare = [c for c in claims if "talks continue" in c.text or "went on" in c.text]
    assert bare and all(parses.of(c) is None for c in bare)


def test_article_offsets_map_onto_the_parse(parsed):
    claims, parses = parsed
    copy = next(c for c in claims if c.source == "copy" and c.text == WIRE)
    p = parses.of(copy)
    q = copy.quantities[0]
    span = p.span(q.start, q.end)
    assert span is not None and span.text == "50 people"
    assert p.token_at(q.start).text == "50"
    assert p.span(0, 5) is None  # before the sentence, in the article's first sentence
    assert p.span(q.end, q.end) is None


def test_loading_the_pipeline_leaves_spacys_command_line_unloaded_but_importable():
    # a fresh interpreter: the suite's process has spaCy loaded already
    code = (
        "import sys\n"
        "from checker.parse.model import pipeline\n"
        "nlp = pipeline()\n"
        "print('spacy.cli' in sys.modules, 'requests' in sys.modules)\n"
        "import spacy.cli\n"
        "print(hasattr(spacy.cli, 'download'), [t.dep_ for t in nlp('Acme paid.')][:2])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "False False"
    assert out[1] == "True ['nsubj', 'ROOT']"
