"""Small questions about the tree that every slot reader asks: a token's child by its relation,
the phrase a noun heads, the whole name a token heads, whether a token is a name, a figure or
a word with a class."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.slots.words import _Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A token with more children than this heads a table or a long list, not a clause: readers look
# only at its children near the token they start from, so that a table of n figures costs n.
HUB = 24


def near_children(tok: Token, around: Token | None = None) -> list[Token]:
    """tok's children; a hub's only within HUB tokens of `around` (tok itself by default)."""
    if tok.n_lefts + tok.n_rights <= HUB:
        return list(tok.children)
    at = (tok if around is None else around).i
    window = tok.doc[max(0, at - HUB) : at + HUB + 1]
    return [t for t in window if t.head.i == tok.i and t.i != tok.i]


def _figure_word(tok: Token) -> bool:
    """A token of another figure: a number, or a noun or symbol a number modifies."""
    return (
        tok.like_num
        or tok.pos_ in ("NUM", "SYM")
        or any(c.like_num and c.dep_ in ("nummod", "compound") for c in tok.children)
    )


def _child(tok: Token, deps: Iterable[str]) -> Token | None:
    deps = tuple(deps)
    return next((c for c in near_children(tok) if c.dep_ in deps), None)


def _classed(tok: Token, words: _Lexicon) -> bool:
    return tok.lemma_.lower() in words.classes or tok.lower_ in words.classes


def _lemmas(tok: Token, words: _Lexicon) -> set[str]:
    out = set()
    for form in {tok.lemma_.lower(), tok.lower_}:
        if form.isalpha() and form not in words.light:
            out.add(form)
            if form in words.classes:
                out.add("class:" + words.classes[form])
    return out


def entity_text(tok: Token) -> str:
    """The whole name a token heads, as written ("Manchester City" for "City", "Mbeki-Laurent"
    with its hyphen): the token with the run of capitalised names before it that hang on it,
    and the number of a model or a flight ("Flight 204", "Model 15 Pro" for "Pro")."""
    lo, hi = tok.i, tok.i
    while lo > 0:
        t = tok.doc[lo - 1]
        named = t.dep_ in ("compound", "nmod") and _is_name(t)
        number = t.dep_ == "nummod" and t.like_num
        hyphen = t.tag_ == "HYPH" and lo - 2 >= 0 and _is_name(tok.doc[lo - 2])  # "Mbeki-Laurent"
        if not ((named or number or hyphen) and tok.is_ancestor(t)):
            break
        lo -= 1
    while lo < tok.i and tok.doc[lo].like_num:
        lo += 1  # "5 million rubles": a count, not a model's number
    after = tok.doc[hi + 1] if hi + 1 < len(tok.doc) else None
    if after is not None and after.head.i == tok.i and after.dep_ == "nummod" and after.like_num:
        hi += 1
    return tok.doc[lo : hi + 1].text


def _capitalised(text: str) -> bool:
    """ "Acme", and a name in camel case ("eBay", "iPhone")."""
    return text[:1].isupper() or (text[:1].isalpha() and any(ch.isupper() for ch in text[1:]))


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and _capitalised(tok.text)


def _phrase(tok: Token) -> Span:
    """A noun with its compounds and modifiers before it and an "of" phrase after it ("the
    health ministry", "the Office of Civil Protection")."""
    left = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in ("compound", "amod", "poss"))])
    right = tok.i + 1
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        right = max(t.i for t in of.subtree) + 1
    return tok.doc[left:right]


def _head_lemma(phrase: Span) -> str:
    """The counter as compared: its head's lemma first, then the lemmas of the words that
    narrow it ("union nurse" for "the nurses' union", "ministry health" for "the ministry of
    health"), without determiners and function words."""
    # a compound the parse split into siblings ("the university observatory" as two objects)
    # is headed by its last noun
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) and t.pos_ == "NOUN"]
    root = heads[-1] if len(heads) > 1 else phrase.root
    rest = [
        t.lemma_.lower()
        for t in phrase
        if t.i != root.i and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop
    ]
    return " ".join([root.lemma_.lower(), *sorted(set(rest))])
