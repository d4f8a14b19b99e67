"""Whose count a figure is, by the outlet's own words: "according to *police*", "*the union*
said ...", "*organisers* put the figure at 100,000"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.slots.tree import _child, _phrase, near_children
from checker.slots.words import _Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _credited(root: Token, words: _Lexicon) -> list[Span]:
    """Whose count the figure is, nearest first: "according to X" on the figure's clause or
    above it, the subject of a counting verb, the subject of a reporting verb whose
    complement holds the figure. "The institute said the survey team had counted 1,600"
    credits both: the team counted, the institute reported it."""
    out: list[Span] = []
    tok = root
    for _ in range(8):
        # near the figure only: a table's root has thousands of children
        for child in near_children(tok, root):
            if child.lower_ == "according":
                to = _child(child, ("prep",))
                obj = _child(to, ("pobj",)) if to is not None else None
                if obj is not None:
                    out.append(_phrase(obj))
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words.counting:
            subject = _child(tok, ("nsubj",))
            if subject is not None and subject.pos_ != "PRON":
                out.append(_phrase(subject))  # "organisers put the figure at 100,000"
        head = tok.head
        if head.i == tok.i:
            break
        if (
            tok.dep_ in ("ccomp", "parataxis")
            and head.pos_ == "VERB"
            and head.lower_ in words.speech
        ):
            subject = _child(head, ("nsubj",))
            if subject is not None and subject.pos_ != "PRON":
                out.append(_phrase(subject))
        tok = head
    if out:
        return out
    # "..., according to regulators" hung on another clause of the sentence: the sentence's
    # one attribution is the figure's
    found = _according(root.doc)
    if len(found) == 1:
        to = _child(found[0], ("prep",))
        obj = _child(to, ("pobj",)) if to is not None else None
        if obj is not None:
            return [_phrase(obj)]
    return []


def _according(doc: Doc) -> list[Token]:
    """The sentence's "according" tokens, found once per parse, not once per figure."""
    if "according" not in doc.user_data:
        doc.user_data["according"] = [t for t in doc if t.lower_ == "according"]
    return doc.user_data["according"]
