"""In what status a figure is given: actual, or a forecast, plan, target, cap or proposal, from
the modal, verb or noun that governs it ("could face", "plans to", "a target of")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.slots.tree import near_children
from checker.slots.words import _Lexicon
from checker.stems import stem

if TYPE_CHECKING:
    from spacy.tokens import Token


ACTUAL = "actual"


def _status(root: Token, governor: Token | None, words: _Lexicon) -> str:
    """Actual unless a modal, a verb of planning or a noun of targets governs the figure."""
    tok = root
    joined = False  # reached from a verb joined to this one: "is considered X and *is* Y"
    for _ in range(6):
        # matched by stem: the small model's lemmas slip ("hoped" -> "hop")
        key = stem(tok.lower_)
        if tok.i != root.i and key in words.status_nouns and tok.pos_ == "NOUN":
            return words.status_nouns[key]
        if tok.i != root.i and tok.pos_ == "NOUN":
            # "a maximum fine of $30m": the noun's own qualifier says it is a bound
            for child in tok.children:
                if child.dep_ == "amod" and stem(child.lower_) in words.status_nouns:
                    return words.status_nouns[stem(child.lower_)]
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ == "aux" and child.lower_ in words.status_modals:
                    return words.status_modals[child.lower_]
            head = stem(tok.head.lower_)
            if tok.dep_ in ("xcomp", "ccomp") and head in words.status_verbs:
                return words.status_verbs[head]
            # a modal is shared by joined verbs ("will cut 500 jobs and close 3 plants"), a
            # verb of planning is not: "is considered rare and is the largest of 3 diamonds"
            if tok.i != root.i and key in words.status_verbs and tok.dep_ != "xcomp" and not joined:
                return words.status_verbs[key]
        before_clause = tok.dep_ == "npadvmod" and any(c.dep_ == "mark" for c in tok.head.children)
        # "the Vessa, a 984-foot ship": an apposition or relative clause is its own statement,
        # not under the modal or plan of the clause around it
        # (a figure the parse hangs on a name as its apposition is still the clause's)
        own_statement = tok.dep_ == "relcl" or (tok.dep_ == "appos" and tok.pos_ == "NOUN")
        if tok.head.i == tok.i or tok.dep_ == "mark" or before_clause or own_statement:
            # "a month after he asked owners to ...": the interval ends at that act; what the
            # act's verb plans or asks is not the interval's status
            break
        joined = tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
        tok = tok.head
    return ACTUAL


def _aside(root: Token) -> bool:
    """The figure stands in a relative clause or an apposition ("the record set by Stan,
    *which sold for $32m*"): a statement of its own, whose verb, not the sentence's, says
    whether it was done."""
    tok = root
    for _ in range(6):
        if tok.dep_ == "relcl" or (tok.dep_ == "appos" and tok.pos_ == "NOUN"):
            return True
        if tok.head.i == tok.i or tok.dep_ == "mark":
            return False
        tok = tok.head
    return False


def _earlier(root: Token, governor: Token | None, words: _Lexicon) -> bool:
    """The figure, or the noun it sizes, is qualified as of an earlier state of things ("the
    *original* €4.3bn", "the *previous* record fine of €746m"); a qualifier of someone else
    ("the *former* mayor was jailed for seven years") is not the figure's."""
    path = [root]  # the figure and the nouns above it up to its governor ("a previous count of")
    for tok in root.ancestors:
        if len(path) > 6 or tok.pos_ in ("VERB", "AUX"):
            break
        path.append(tok)
        if governor is not None and tok.i == governor.i:
            break
    if _changed_from(root, words):
        return True
    # "another Marilyn previously sold for $250 million": the act was in that earlier state
    # ... but in "set just nine days earlier" the figure measures how much earlier: a span of
    # time, not a figure of an earlier state
    verb = governor if governor is not None and governor.pos_ == "VERB" else None
    if verb is not None and any(
        c.dep_ == "advmod"
        and c.lower_ in words.earlier_adverbs
        and not (c.left_edge.i <= root.i <= c.right_edge.i)
        for c in verb.children
    ):
        return True
    if governor is not None and governor.pos_ == "NOUN":
        path.append(governor)
    for noun in (t for t in path if t.pos_ in ("NOUN", "NUM", "PROPN")):
        for child in near_children(noun, root):  # a table's head has thousands of children
            # a compound's own children too ("the previous record fine"); no other child's,
            # whose reading would cost a table's every figure a scan of its neighbours
            near = [child, *(near_children(child) if child.dep_ == "compound" else ())]
            if any(t.dep_ == "amod" and t.lemma_.lower() in words.earlier for t in near):
                return True
    return False


def _changed_from(root: Token, words: _Lexicon) -> bool:
    """The figure is where a change started: "up from 59.3%", "an increase from 8.7%", "rose
    from 10 to 12"."""
    prep = root.head
    if prep.lower_ != "from" or prep.i == root.i or any(c.lower_ == "to" for c in root.children):
        return False  # "from 10 to 12": 12 is where it ended
    change = prep.head
    if change.lower_ in ("up", "down"):
        return True
    return words.classes.get(change.lower_) in ("rise", "fall") or words.classes.get(
        change.lemma_.lower()
    ) in ("rise", "fall")
