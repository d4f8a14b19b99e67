"""Where and when a figure holds: the places and the claim's dates that modify the word that
governs it ("in *2015*", "by *Wednesday evening*"), else a date anywhere in its clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from checker.slots.tree import _is_name, entity_text, near_children

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _circumstances(
    governor: Token | None, span: Span, times: Sequence[Span]
) -> tuple[str, str, Span | None]:
    """(place, time, the time's tokens): a name after "in", "at", "near" and a date of the
    claim that modify the governor directly or through one preposition; else a date anywhere
    in the figure's clause (see _clause_time)."""
    if governor is None:
        # a light governor ("210 nests were *counted* on 14 April") says nothing of what is
        # measured, but the clause's date is still the figure's
        time = _clause_time(span, times)
        return "", time.text if time is not None else "", time
    place, time = "", None
    heads = [governor]
    if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        heads.append(governor.head)  # "paid a fine of $5m in 2015": the clause's verb
    if span.root.pos_ == "NOUN" and span.root.i != governor.i:
        heads.append(span.root)  # "killed 12 people in Valdora": where the counted are
    if governor.pos_ == "NOUN":
        # "the number of vans *sold* from its depot in X was 2,073": the of-noun's own clause
        for of in (c for c in near_children(governor) if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (c for c in near_children(of) if c.dep_ == "pobj"):
                # a reduced relative's subject is often parsed as an apposition ("vans Acme
                # sold" with "sold" under "Acme"): its clause is the noun's all the same
                nouns = [noun, *(c for c in near_children(noun) if c.dep_ == "appos")]
                heads += [c for n in nouns for c in near_children(n) if c.dep_ in ("relcl", "acl")]
    for child in (c for h in heads for c in near_children(h, span.root)):
        if child.dep_ == "prep":
            targets = [(child.lower_, t) for t in near_children(child)]
        elif child.dep_ in ("npadvmod", "tmod"):
            targets = [("", child)]
        else:
            continue
        for prep, tok in targets:
            if tok in span:
                continue
            if time is None:
                time = next((t for t in times if tok in t), None)
            if not place and prep in _WHERE and _is_name(tok):
                place = entity_text(tok)
    if time is None:
        time = _clause_time(span, times)
    if time is None:
        time = _shared_time(governor, span, times)
    if not place:
        place = _where_clause(heads)
    if not place and any(_worldwide(c) for h in heads for c in near_children(h, span.root)):
        place = WORLD  # "a half a million decline globally" is no count "in Eastmark"
    if not place:
        # "gave 443 tickets to schools in Kelvingrove", "36.4 percent of the vote in the race
        # in Marrowdale": the place of what the figure is given to, or is a share of
        nouns = [c for h in heads for c in near_children(h, span.root) if c.dep_ in _ARGUMENTS]
        nouns += [c for c in near_children(span.root) if c.dep_ == "prep"]
        place = next((p for n in nouns if n not in span and (p := _place_below(n, 6))), "")
    return place, time.text if time is not None else "", time


_ARGUMENTS = ("dobj", "dative", "nsubj", "nsubjpass", "prep")

WORLD = "the world"  # the place of a figure given for the whole world
_WORLD_ADVERBS = frozenset({"globally", "worldwide", "internationally"})


def _worldwide(tok: Token) -> bool:
    """ "globally", "worldwide", "around the world": a figure's scope is the whole world."""
    if tok.dep_ == "advmod" and tok.lower_ in _WORLD_ADVERBS:
        return True
    return (
        tok.dep_ == "prep"
        and tok.lower_ in ("around", "across", "worldwide", "throughout")
        and any(c.dep_ == "pobj" and c.lower_ in ("world", "globe") for c in tok.children)
    )


def _where_clause(heads: Sequence[Token]) -> str:
    """The place a "where" clause hangs on: "Pinner, where twelve fire engines tackled a
    fire" is in Pinner."""
    for head in heads:
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
        if verb.dep_ == "relcl" and where and _is_name(verb.head):
            return entity_text(verb.head)
    return ""


def _place_below(tok: Token, depth: int) -> str:
    """A name after "in", "at", "near" in the noun phrase `tok` heads, through its "of" and
    "to" phrases ("schools in X", "the vote in the race in X"), not through another clause."""
    if depth == 0:
        return ""
    for child in near_children(tok):
        if child.dep_ == "prep" or (tok.dep_ == "prep" and child.dep_ == "pobj"):
            if child.dep_ == "prep" and child.lower_ in _WHERE:
                name = next((t for t in near_children(child) if _is_name(t)), None)
                if name is not None:
                    return entity_text(name)
            found = _place_below(child, depth - 1)
            if found:
                return found
    return ""


def _clause_time(span: Span, times: Sequence[Span]) -> Span | None:
    """A date anywhere in the figure's clause, when none modifies its governor ("25% of the
    cases it reviewed on Monday"): not one inside a possessive ("Saturday's quake" is the
    event's day, not the figure's), nor one inside another clause."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if verb.dep_ in ("aux", "auxpass") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "48 branches were closed ... on Tuesday" parsed under "were"
    for t in times:
        # the ancestry walk, not the verb's subtree: a table's verb heads thousands of tokens
        if not (t.root.i == verb.i or verb.is_ancestor(t.root)) or t.root.dep_ == "poss" or span.start <= t.start < span.end:
            continue
        owner = next((a for a in t.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if owner is not None and owner.i != verb.i and owner.dep_ in ("ccomp", "advcl", "conj"):
            continue  # another clause's date
        return t
    return None


def _shared_time(governor: Token, span: Span, times: Sequence[Span]) -> Span | None:
    """A time that closes two joined clauses is both clauses' time: "1,100 flights were
    cancelled and 1,700 were delayed *as of 8 a.m.*" dates the cancellations too, and so
    does "with 3,000 flights canceled and 28,000 delayed *as of 11 a.m.*". Only the time of
    the last clause joined after the figure, written after its verb, and only for a figure
    whose own clause has none."""
    ups = [governor] if governor.pos_ in ("VERB", "AUX") else []
    for tok in span.root.ancestors:
        ups.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    joined = [
        c
        for up in ups
        for c in near_children(up)
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i >= span.end
    ]
    if not joined:
        return None
    last = max(joined, key=lambda c: c.i)
    for t in times:
        owner = next((a for a in t.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if owner is not None and owner.i == last.i and t.start > last.i:
            return t
    return None


_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "off"})
