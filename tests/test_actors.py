"""Actors (checker/actors.py): who does a claim's act, whatever the voice.

"Tessaly Motors recalled the vans" and "the vans were recalled by Tessaly Motors" have one
actor; a passive without "by" names none; a common noun is an actor too ("the health board").
Sentences are invented, in several domains, and parsed once for the module.
"""

from __future__ import annotations

import pytest
from slot_support import read_all

from checker.actors import actor_of, claim_actors
from checker.parse.model import pipeline

# (domain, active sentence, passive sentence, the actor)
VOICES = [
    ("transport", "Tessaly Motors recalled 40,000 vans over a brake fault.",
     "40,000 vans have been recalled by Tessaly Motors over a brake fault.", "Tessaly Motors"),
    ("culture", "The Hallam Trust bought the painting for £3 million.",
     "The painting was bought by the Hallam Trust for £3 million.", "Hallam Trust"),
    ("courts", "The Supreme Court overturned the ban on Monday.",
     "The ban was overturned by the Supreme Court on Monday.", "Supreme Court"),
    ("labour", "Northline Rail closed the Kessel depot.",
     "The Kessel depot was closed by Northline Rail.", "Northline Rail"),
    ("health", "The health board shut the Arnold ward.",
     "The Arnold ward has been shut by the health board.", "the health board"),
]

NOBODY = [  # a passive that names no agent; a pronoun
    ("transport", "40,000 vans have been recalled over a brake fault."),
    ("culture", "The museum said it had returned 12 bronzes to Benin."),
]


# parsed with the role before the name as the root and the clause as its relative
MISPARSED = "The goalkeeper Piet Vandersloot was signed by Wrexford City on Wednesday."


def _ids(cases) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.fixture(scope="module")
def actors():
    """The actor claim_actors gives each sentence's (only) claim. Only sentences that carry a
    slot are parsed (a figure, a date, a quotation, a passive, a negation): an active sentence
    without one keeps its subject, which is its actor."""
    sentences = [c[2] for c in VOICES] + [c[1] for c in NOBODY] + [
        "Tessaly Motors plans to recall 40,000 vans.",
        "The new stadium is to be approved by the planning ministry in May.",
        "The ministry said the vans were recalled by Tessaly Motors.",
        "Health officials said the Arnold ward was closed by the health board.",
        MISPARSED,
    ]
    readings = read_all(sentences)

    def get(text: str) -> str | None:
        r = readings[text]
        found = claim_actors(r.claims, r.parses)
        assert len(found) == 1, [c.text for c in found]
        return found[0].actor

    return get


@pytest.fixture(scope="module")
def root_actor():
    """actor_of the root verb of a sentence parsed with the pipeline."""
    sentences = [s for c in VOICES for s in c[1:3]]
    docs = dict(zip(sentences, pipeline().pipe(sentences), strict=True))

    def get(text: str) -> str | None:
        root = next(iter(docs[text].sents)).root
        return actor_of(root)

    return get


@pytest.mark.parametrize(("domain", "active", "passive", "actor"), VOICES, ids=_ids(VOICES))
def test_one_actor_in_either_voice(root_actor, domain, active, passive, actor):
    assert root_actor(active) == root_actor(passive) == actor


@pytest.mark.parametrize(("domain", "active", "passive", "actor"), VOICES, ids=_ids(VOICES))
def test_a_passive_claim_names_its_agent_as_actor(actors, domain, active, passive, actor):
    assert actors(passive) == actor


@pytest.mark.parametrize(("domain", "text"), NOBODY, ids=_ids(NOBODY))
def test_no_actor_when_the_sentence_names_none(actors, domain, text):
    assert actors(text) is None


def test_who_plans_acts(actors):
    assert actors("Tessaly Motors plans to recall 40,000 vans.") == "Tessaly Motors"


def test_an_act_still_to_come_names_its_agent(actors):
    assert actors("The new stadium is to be approved by the planning ministry in May.") == (
        "the planning ministry"
    )


def test_past_a_reporting_verb_the_reported_act_counts(actors):
    # the ministry says it; Tessaly Motors did it
    assert actors("The ministry said the vans were recalled by Tessaly Motors.") == (
        "Tessaly Motors"
    )


@pytest.mark.xfail(
    strict=True,
    reason="'Health officials said the Arnold ward was closed by the health board': the claim "
    "builder reads no passive (its subject is 'the health'), so the sentence is never parsed "
    "and the tree's actor is never asked; the plan to close the ward then never meets the deed",
)
def test_a_reported_passive_behind_a_compound_subject_names_its_agent(actors):
    said = "Health officials said the Arnold ward was closed by the health board."
    assert actors(said) == "the health board"


def test_actor_of_a_passive_without_by_is_nobody():
    doc = pipeline()("The painting was bought for £3 million.")
    verb = next(t for t in doc if t.lemma_ == "buy")
    assert actor_of(verb) is None


def test_a_clause_parsed_as_the_relative_of_a_noun_root_still_names_its_agent(actors):
    assert actors(MISPARSED) == "Wrexford City"
