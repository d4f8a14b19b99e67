"""ACTORS: who does a claim's act, read off the parse tree, whatever the voice.

"Tessaly Motors recalled the van" and "the van was recalled by Tessaly Motors" have one actor,
Tessaly Motors, though the second's grammatical subject is the van. The kinds that ask whether
two outlets report one act (modality: a plan against a deed) group claims by their actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.parse.sentences import Parses
from checker.records import Claim
from checker.slots.tree import entity_text

if TYPE_CHECKING:
    from spacy.tokens import Token


def actor_of(verb: Token) -> str | None:
    """The name or noun phrase of who does the verb's act: its subject, or in the passive the
    agent after "by"; None when the sentence does not say."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        doer = next((g for g in agent.children if g.dep_ == "pobj"), None)
    elif any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "the van was recalled": nobody named
    else:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    opens = doer.i == doer.sent.start
    if doer.pos_ in ("PROPN", "NOUN") and doer.text[:1].isupper() and not opens:
        return entity_text(doer)  # a name, whatever the tag ("app Chirper")
    if doer.pos_ == "PROPN" and doer.text[:1].isupper():
        return entity_text(doer)
    if doer.pos_ in ("NOUN", "PROPN"):  # a lower-case word the tagger took for a name
        words = [c for c in doer.lefts if c.dep_ in ("compound", "amod")] + [doer]
        return "the " + " ".join(t.lower_ for t in words)
    return None


def claim_actors(claims: Sequence[Claim], parses: Parses) -> list[Claim]:
    """The claims with the actor of their main verb, where the sentence was parsed."""
    out = []
    for c in claims:
        parsed = parses.of(c)
        span = parsed.span(c.start, c.end) if parsed is not None else None
        verb = _main_verb(span.root) if span is not None and len(span) else None
        actor = actor_of(verb) if verb is not None else None
        out.append(replace(c, actor=actor) if actor else c)
    return out


def _main_verb(root: Token) -> Token | None:
    """The clause's verb: the root, or past a reporting verb the verb of what is reported."""
    if root.pos_ not in ("VERB", "AUX"):
        # "The goalkeeper Ana Ruiz was signed by Acme" parsed with the noun as the root and
        # the clause as its relative: the clause with a subject of its own is the sentence's
        return next(
            (
                c
                for c in root.children
                if c.dep_ in ("relcl", "acl")
                and c.pos_ == "VERB"
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
    if root.lemma_.lower() == "be":  # "is to be approved by the ministry"
        then = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if then is not None:
            return then
    if root.lemma_.lower() in ("say", "tell", "add", "state"):
        said = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), None)
        return said if said is not None and said.pos_ in ("VERB", "AUX") else None
    return root
