"""Whose a figure is: the name in a holder's role nearest in the tree (who undergoes the verb,
whose it is, who acts; never an agent), or a common noun in that role ("the fire service")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.slots.measure import _of_light, _share_base
from checker.slots.tree import _classed, _is_name, _phrase, entity_text, near_children
from checker.slots.words import _Lexicon, _words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Roles, best first: who a figure belongs to.
_UNDERGOER = ("dobj", "dative", "nsubjpass", "poss", "pobj")
_ACTOR = ("nsubj",)


def _holder(root: Token, governor: Token | None, span: Span, dated: set[int]) -> tuple[str, str]:
    """The nearest name in the tree in a holder's role, undergoer first; never an agent, a
    place after "in", or a name inside the figure. With it, the lemma of the common noun the
    name is one of ("observatory" of "the Vellanby observatory", "hospital" of "Greyhaven
    General Hospital"), which tells it from another of its kind ("the field hospitals")."""
    candidates: list[tuple[int, int, str, str]] = []
    counted = _of_light(governor, _words()) if governor is not None else None
    anchors = [t for t in (root, governor, _share_base(root), counted) if t is not None]
    for anchor_rank, anchor in enumerate(anchors):
        for tok in _near(anchor, span):
            if tok in span or tok.dep_ == "compound" or tok.i in dated:
                continue  # "on Saturday" is when
            kind = tok.lemma_.lower() if len(entity_text(tok).split()) > 1 else ""
            if not _is_name(tok):
                named = [c for c in tok.lefts if c.dep_ == "compound" and _is_name(c)]
                if tok.pos_ != "NOUN" or not named:
                    continue
                kind = tok.lemma_.lower()
                tok = named[-1]  # "the Acme Logistics group": the name its words give
            dep = tok.dep_ if tok.dep_ != "compound" else tok.head.dep_
            if dep == "pobj" and tok.head.lower_ not in ("on", "against", "upon", "for", "of"):
                continue  # "in Valdera" is where; "by the regulator" who acts
            if tok.i == anchor.head.i and dep not in _UNDERGOER + _ACTOR:
                rank = len(_UNDERGOER)
            elif dep in _UNDERGOER:
                rank = _UNDERGOER.index(dep)
            elif dep in _ACTOR:
                rank = len(_UNDERGOER)
            elif dep in ("appos", "conj", "ROOT", "attr"):
                rank = len(_UNDERGOER) + 1
            else:
                continue
            candidates.append((anchor_rank + rank, abs(tok.i - root.i), entity_text(tok), kind))
    return min(candidates)[2:] if candidates else ("", "")


def age_holder(span: Span) -> str:
    """Whose age a figure is: the name it describes ("32-year-old Ana Ruiz", "Ana Ruiz, 32"),
    or the name a described noun stands beside ("Ana Ruiz, a 32-year-old
    nurse"); "" when no name is told. An age is its person's alone, wherever the sentence
    puts the person."""
    root = span.root
    described = root.head if root.dep_ in ("amod", "appos", "npadvmod", "nummod") else None
    if described is None or described in span:
        return ""
    if _is_name(described):
        return entity_text(described)
    if described.pos_ != "NOUN":
        return ""
    beside = [described.head] if described.dep_ == "appos" else []
    beside += [c for c in described.children if c.dep_ == "appos"]
    return next((entity_text(t) for t in beside if _is_name(t)), "")


def _caused(verb: Token, words: _Lexicon) -> bool:
    """A verb of a measure an event causes (rules/lexicon/frames.yaml `caused`): deaths,
    injuries, damage."""
    for form in (verb.lemma_.lower(), verb.lower_):
        if words.classes.get(form) in words.caused:
            return True
    return False


def _noun_holder(root: Token, governor: Token | None, span: Span, words: _Lexicon) -> Span | None:
    """A holder the sentence gives as a common noun in a holder's role: "the fire service sent
    191 firefighters", "private insurers paid £5m", "the dockers voted 81%". A bare word
    that only refers back ("the company", "it") is none: the article named it before."""
    if governor is None or governor.pos_ != "VERB":
        return None
    if _caused(governor, words):
        # "the earthquake killed 50", "the quake killed 51": the subject of a verb of harm is
        # its cause, not whose figure it is
        return None
    roles = ("dative", "dobj", "nsubjpass", "nsubj")  # the undergoer first, then who acts
    for child in sorted(
        governor.children, key=lambda c: roles.index(c.dep_) if c.dep_ in roles else 9
    ):
        if child.dep_ not in roles or child in span:
            continue
        if child.dep_ == "dobj" and root.dep_ == "nsubj" and root.head.i == governor.i:
            continue  # "20,000 homes lost power": what the figure's own subject acts on
        # a common noun, whatever the tag: "the health ministry" is often tagged a name
        common = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.text.islower())
        if not common or child.i == root.i or _classed(child, words):
            continue
        phrase = _phrase(child)
        following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if (
            following is not None
            and following.head.i == governor.i
            and following.dep_ in roles
            and following.pos_ == "NOUN"
            and following not in span
        ):
            # "awarded the university observatory €2.3m" parsed as two objects: one noun
            # compound, whose head is the last noun
            phrase = child.doc[phrase.start : following.i + 1]
        bare = all(t.i == child.i or t.pos_ in ("DET", "PRON") for t in phrase)
        if bare and child.lemma_.lower() in words.referring:
            return None
        if child.lemma_.lower() in words.generic_people:
            return None
        return phrase
    return None


def _near(anchor: Token, span: Span) -> list[Token]:
    """The anchor's children, grandchildren through prepositions and possessors, and the
    clause's subject and objects when the anchor is a noun."""
    out = []
    for child in near_children(anchor):
        out.append(child)
        if child.dep_ == "prep" or child.pos_ == "ADP":
            out.extend(near_children(child))
        if child.dep_ == "relcl" or child.dep_ == "acl":  # "the fine Acme paid", "slapped on Acme"
            for grand in near_children(child):
                out.append(grand)
                if grand.dep_ == "prep":
                    out.extend(near_children(grand))
    head = anchor.head
    if anchor.dep_ == "relcl" and any(
        c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in anchor.children
    ):
        out.append(head)  # "the Model 15, which starts at $800": "which" is the Model 15
    if anchor.dep_ in ("amod", "compound", "nummod") and head.i != anchor.i:
        out.append(head)  # a parse that hangs "fine" on the name after it
    if anchor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and head.i != anchor.i:
        for sibling in near_children(head, anchor):
            if sibling.i != anchor.i:
                out.append(sibling)
    return out
