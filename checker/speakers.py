"""SPEAKERS: a quotation's speaker, read off the parse tree.

The claim builder gives each quotation the speaker its sentence names, by the words around it.
Where the quotation's own sentence has a reporting verb that governs it, its subject is the
speaker when it is a name ("Okafor, 25, said on the club's website"; ""...," added the
club's director Ana Ruiz"): pronouns and role nouns are left to the claim builder, which
knows the sentences before. A quoted phrase that is
part of a noun phrase ("announced the signing of "natural talent" Ada Okafor", "the
so-called "special operation"") is nobody's words in that sentence: a label or a citation, not
the sentence subject's speech. The tree tells: the quotation hangs from a noun outside it before
it reaches any verb. Such quotations lose the speaker the sentence would have given them, so no
outlet is said to give them to another speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.lexicon import lexicon, per_pack
from checker.parse.sentences import Parses
from checker.records import Claim, Quote
from checker.slots.tree import entity_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})


def embedded(span: Span) -> bool:
    """The quoted words hang from a noun outside them before any verb, or the sentence calls
    them "so-called": a quoted label."""
    before = span.doc[max(0, span.start - 3) : span.start]
    if any(t.lower_ in ("so-called", "dubbed", "termed", "branded") for t in before):
        return True
    root = span.root
    tok = root
    for _ in range(10):
        head = tok.head
        if head.i == tok.i:
            return False
        if head not in span:
            if head.pos_ in ("VERB", "AUX"):
                return False
            if head.pos_ in _NOMINAL:
                return True
        tok = head
    return False


@per_pack
def _speech() -> frozenset[str]:
    verbs = {str(v) for v in lexicon("speech")["verbs"]} - {"according"}
    return frozenset(verbs)


_SAID = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "advcl"})


def reporting_verb(span: Span) -> Token | None:
    """The reporting verb that governs the quoted words in their sentence, if any."""
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head not in span and head.pos_ == "VERB":
            if head.lower_ not in _speech() and head.lemma_.lower() not in _speech():
                return None
            return head if tok.dep_ in _SAID or tok in span else None
        tok = head
    return None


def speaker_of(span: Span) -> tuple[str, str] | None:
    """(name, phrase as written) of the named subject of the reporting verb that governs the
    quoted words in their sentence; None when no such verb or its subject is no name."""
    verb = reporting_verb(span)
    return _named_subject(verb, span) if verb is not None else None


def _named_subject(verb: Token, span: Span) -> tuple[str, str] | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c not in span), None)
    if subject is None:
        return _between(verb, span)
    person = subject
    if subject.pos_ == "NOUN":
        # "the presiding judge, Ana Ruiz, said" (a name in apposition to the role, whatever
        # the recogniser labels it); "the club's director of football Ana Ruiz added"
        named = [t for t in subject.children if t.dep_ == "appos" and t.pos_ == "PROPN"]
        named = named or [
            t
            for t in subject.subtree
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ not in ("compound", "pobj")
        ]
        person = named[-1] if named else subject
    if person.pos_ != "PROPN":
        return None
    # the subject with its role in apposition ("Maria Okonjo, the defence lawyer"), without a
    # relative clause ("who found the gap in the fence")
    words = [
        t
        for t in subject.subtree
        if t not in span
        and not t.is_punct
        and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a in subject.subtree)
        and t.dep_ not in ("relcl", "acl")
    ]
    if not words:
        return None
    phrase = subject.doc[min(t.i for t in words) : max(t.i for t in words) + 1].text
    return entity_text(person), phrase


def _between(verb: Token, span: Span) -> tuple[str, str] | None:
    """'"...," the leader of the Rural Party, Ana Ruiz, said': the words between the closing
    quotation and the verb that follows it are the speaker, however the parser hung them (it
    often makes them the quotation's own object). The name in apposition, else the last."""
    words = [t for t in verb.doc[span.end : verb.i] if not t.is_punct]
    if not words or verb.i < span.end or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    names = [t for t in words if t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ != "compound"]
    person = ([t for t in names if t.dep_ == "appos"] or names or [None])[-1]
    if person is None:
        return None
    return entity_text(person), verb.doc[words[0].i : words[-1].i + 1].text


def _in_sentence(parsed, q: Quote) -> Span | None:
    """The quoted words that lie in the parsed sentence (a quotation may run over several)."""
    lo = max(q.start, parsed.offset)
    hi = min(q.end, parsed.offset + len(parsed.doc.text))
    span = parsed.span(lo, hi) if lo < hi else None
    return span if span is not None and len(span) else None


def _carry_on(
    claims: Sequence[Claim], found: dict[tuple[str, int], tuple], attributed: set
) -> None:
    """A quotation that no reporting verb of its own sentences governs continues the last one
    quoted before it in its article: it takes that quotation's speaker as the tree gave it."""
    last: dict[str, tuple] = {}
    seen: set[tuple[str, int]] = set()
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        for q in c.quotes:
            key = (c.source, q.start)
            if key in seen:
                continue
            seen.add(key)
            carried = key not in attributed and (q.speaker_phrase or "") not in c.text
            if key not in found and carried and c.source in last:
                found[key] = last[c.source]
            if key in found and found[key][0]:
                last[c.source] = found[key]
            elif q.speaker and not carried:
                last[c.source] = (q.speaker, q.speaker_phrase)


def check_speakers(claims: Sequence[Claim], parses: Parses) -> list[Claim]:
    """The claims with their quotations' speakers read off the tree where it tells (see the
    module's doc). A quotation over several sentences takes the speaker any of them gives."""
    found: dict[tuple[str, int], tuple[str | None, str | None]] = {}
    attributed: set[tuple[str, int]] = set()  # a reporting verb governs it in its sentence
    for c in claims:
        parsed = parses.of(c) if c.quotes else None
        if parsed is None:
            continue
        for q in c.quotes:
            span = _in_sentence(parsed, q)
            if span is None:
                continue
            if q.speaker and span.start_char + parsed.offset <= q.start and embedded(span):
                found.setdefault((c.source, q.start), (None, None))
            elif (verb := reporting_verb(span)) is not None:
                attributed.add((c.source, q.start))
                if (named := _named_subject(verb, span)) is not None:
                    found[(c.source, q.start)] = named
    _carry_on(claims, found, attributed)
    out = []
    for c in claims:
        quotes = tuple(
            Quote(
                q.words,
                q.start,
                q.end,
                *found[(c.source, q.start)][:1],
                q.partial,
                found[(c.source, q.start)][1],
            )
            if (c.source, q.start) in found and found[(c.source, q.start)][0] != q.speaker
            else q
            for q in c.quotes
        )
        out.append(replace(c, quotes=quotes) if quotes != c.quotes else c)
    return out
