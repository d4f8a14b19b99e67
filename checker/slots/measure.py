"""What a figure is: the word that governs it (the verb it counts, the noun it sizes), and what it
measures and counts, read off the tree: "*killed* 50 *people*", "a *fine* of $5m", "the *toll*
rose to 50"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.extract.quantities.tables import tables
from checker.lexicon import per_pack
from checker.slots.tree import _child, _classed, _figure_word, _lemmas, near_children
from checker.slots.words import _Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from checker.records import Quantity


_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


@per_pack
def _time_units() -> frozenset[str]:
    """The written forms of the units of time ("year", "months")."""
    return frozenset(f for f, m in tables().measure_by_form.items() if m.dimension == "duration")


def _quantity_root(span: Span) -> Token:
    """The token through which the figure hangs in the sentence: the span's root, or past a
    figure that is only a number ("50 were killed") its own token."""
    return span.root


def _governor(root: Token, span: Span, words: _Lexicon) -> Token | None:
    """The word that says what the figure is: the verb or noun above it, past prepositions,
    light verbs ("be", "have") and conjunctions; a level verb ("rose to 50") hands it to its
    subject ("the toll")."""
    verbs = [
        t
        for t in span
        if (t.pos_ == "VERB" or (t.pos_ == "ADJ" and _classed(t, words)))
        and t.lemma_.lower() not in words.light
    ]
    if verbs and not verbs[-1].like_num:
        return verbs[-1]  # the figure's words include the verb: "146 injured", "18 conceded"
    tok = root
    seen = 0
    while tok.head.i != tok.i and seen < 8:
        seen += 1
        head = tok.head
        if head in span:
            tok = head
            continue
        if tok.dep_ in ("appos", "conj") and _figure_word(head):
            tok = head  # "18 billion yuan ($2.8 billion)": the conversion's frame is its own
            continue
        if tok.dep_ == "appos" or (head.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN")):
            # A figure is no apposition of a noun: "fined Acme, the biggest company, 18.3
            # billion yuan" parsed with the figure beside "company" belongs to "fined"
            tok = head
            continue
        if tok.dep_ == "nummod" and head.pos_ == "PROPN" and head.dep_ == "pobj":
            # "paid farmers in Barrowfield €1.6 million" parsed with the sum counting the
            # place: a name after a preposition is where, the sum is the verb's
            tok = head
            continue
        if head.pos_ == "ADP" or (
            tok.dep_ in ("conj", "appos", "prep", "pobj") and head.pos_ == "ADP"
        ):
            tok = head
            continue
        if tok.dep_ == "compound" and head.lower_ in _time_units():
            # "increased 38.4% year over year" parsed with the figure inside the time phrase:
            # the phrase says when, the verb what
            tok = head
            continue
        verb = head.pos_ in ("VERB", "AUX")
        level = verb and (head.lemma_.lower() in words.level or head.lower_ in words.level)
        if level and tok.lower_ not in ("to", "at"):
            return head  # "shares fell 3%": the fall, not a level of the shares
        light = head.lemma_.lower() in words.light
        if head.pos_ in ("VERB", "AUX") and light and not level and head.lemma_.lower() != "be":
            # "put the bill at $48m": what is put at the figure; "put the figure at": nothing
            thing = _child(head, ("dobj",))
            if thing is not None and thing not in span and thing.lemma_.lower() not in words.light:
                return thing
            return None
        if head.pos_ in ("VERB", "AUX") and (level or head.lemma_.lower() in words.light):
            subject = _child(head, ("nsubj", "nsubjpass"))
            if subject is None and head.dep_ in ("conj", "advcl"):
                subject = _child(head.head, ("nsubj", "nsubjpass"))  # coordinated verbs share it
            if subject is not None and subject not in span and subject.pos_ in ("NOUN", "PROPN"):
                return subject
            state = _child(head, ("acomp",)) if head.lemma_.lower() == "be" else None
            if state is not None and _classed(state, words):
                return state  # "1,297 people are dead": what they are
            if head.lemma_.lower() == "be":  # "the toll was 50"
                return subject if subject is not None and subject.pos_ == "NOUN" else None
            return None if not level else head
        if head.pos_ == "VERB" and head.lemma_.lower() in words.counting | words.speech:
            said = _child(head, ("xcomp", "oprd", "acomp"))
            if said is not None and said.i != tok.i:
                return said  # "were reported injured": what was reported
        if head.pos_ == "NOUN" and head.lemma_.lower() in words.light:
            tok = head  # "carrying a total of 14 tourists": what the total is of is carried
            continue
        if head.pos_ == "NOUN" and head.dep_ in ("ccomp", "xcomp", "advcl"):
            # a noun parsed as a clause is a misreading ("fined the Fen dairy 76,000 pounds"
            # with "dairy" under "fined" as a clause): the clause's verb governs the figure
            tok = head
            continue
        if head.pos_ in _CONTENT:
            return head
        tok = head
    return None


# Dimensions measured of some stuff ("tonnes of wheat", "litres of oil", "acres of forest").
_MATERIAL = frozenset({"mass", "volume", "area", "energy"})


def _counted(root: Token, span: Span, q: Quantity, words: _Lexicon) -> tuple[str, frozenset[str]]:
    """The noun a count counts and the words that narrow it ("two *regional* seats", "10
    *additional* years"): a narrowed count may be part of the plain one, never a misreport."""
    if root.pos_ == "NUM" and q.dimension == "count" and not q.unit:
        return "", _state_of(root)
    if root.pos_ != "NOUN" or q.dimension in ("money", "percent"):
        return "", frozenset()
    if root.lemma_.lower() in words.partitive:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        stuff = _child(of, ("pobj",)) if of is not None else None
        if stuff is not None and stuff.pos_ == "NOUN":
            return _counted(stuff, span, q, words)
    kind = set()
    for child in root.children:
        if child.dep_ not in ("amod", "compound") or _classed(child, words):
            continue
        if child.like_num or child.pos_ == "NUM":
            continue
        if child.pos_ in ("ADJ", "NOUN", "VERB") and child.lower_ not in words.light:
            kind.add(child.lemma_.lower())
    if q.dimension == "count":
        # "four people from France": a group narrowed by where it comes from
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                kind |= {n.lemma_.lower() for n in prep.children if n.dep_ == "pobj"}
    if q.dimension in _MATERIAL:
        # "4.5 million tonnes of agricultural produce", "1.4 million tonnes of wheat": a
        # quantity of stuff is of the stuff its "of" names
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                        kind.add(noun.lemma_.lower())
                        kind |= {
                            c.lemma_.lower()
                            for c in noun.children
                            if c.dep_ in ("amod", "compound") and not _classed(c, words)
                        }
    return root.lemma_.lower(), frozenset(kind)



def _state_of(number: Token) -> frozenset[str]:
    """The state a bare count is in ("including 16 *in critical condition*", "35 *with
    severe burns*"): a part of a whole told by its state, never another state's part."""
    out: set[str] = set()
    for prep in number.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "with"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                out.add(noun.lemma_.lower())
                out |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    return frozenset(out)


# Prepositions that name a part of what a figure counts (English grammar's closed class)
_PART_OF = frozenset({"including", "excluding", "among"})


def _share_base(root: Token) -> Token | None:
    """What a percentage is a share of: "4% of *revenue*"."""
    if root.lower_ not in ("%", "cent", "percent", "percentage"):
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, ("pobj",)) if of is not None else None


def _measure(
    root: Token, governor: Token | None, span: Span, q: Quantity, words: _Lexicon
) -> frozenset[str]:
    out: set[str] = set()
    counted = root if root.pos_ == "NOUN" and q.dimension in ("count", "duration") else None
    # "a friend of 35 years": the years measure the friendship, not a span another figure
    # shares ("a total of 31 years" is the years themselves)
    owner = root.head.head if root.head.lower_ == "of" else None
    if (
        q.dimension == "duration"
        and owner is not None
        and owner.pos_ == "NOUN"
        and owner.lemma_.lower() not in words.light | words.partitive
    ):
        counted = None
    if counted is not None:
        if counted.lemma_.lower() not in words.generic_people:
            out |= _lemmas(counted, words)
        for child in counted.children:
            if child.dep_ == "prep" and child.lower_ in _PART_OF:
                continue  # "459 accidents, including three fatalities": a part, not the whole
            # "death toll", "injured people", "people killed", "people aboard", "on board"
            near = [child] + (list(child.children) if child.dep_ == "prep" else [])
            for tok in near:
                if tok.dep_ in ("compound", "amod", "acl", "advmod", "pobj", "prep"):
                    out |= (
                        _lemmas(tok, words) if _classed(tok, words) and tok not in span else set()
                    )
    for child in root.children:  # "the €105m *that United paid*": what the figure is
        if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and child not in span:
            out |= _lemmas(child, words)
    if q.dimension == "duration" and governor is not None:
        # how long something lasted: the thing is the clause's subject or object ("the
        # evacuation lasted three days", "jailed the mayor for seven years")
        verb = governor if governor.pos_ in ("VERB", "AUX") else governor.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
                out |= _lemmas(child, words)
    prep = root.head
    price = prep.lower_ == "for" and prep.head.pos_ == "VERB" and not _classed(prep.head, words)
    if q.dimension == "money" and price:
        # "signed the striker for £18m", "sold the painting for $5m": what the act cost, as
        # a fee paid for it does; a verb of its own measure says what it is ("fined for £4m")
        out.add("class:payment")
    base = _share_base(root)
    if base is not None:  # "4% of its revenue": a share of the revenue
        out |= _lemmas(base, words)
    if governor is not None and governor.dep_ in ("acl", "amod") and governor.head.pos_ == "NOUN":
        # "a deal valued at $75.5 billion", "a deal worth $68.7 billion": the thing valued
        out |= _lemmas(governor.head, words)
    if governor is not None:
        out |= (
            _lemmas(governor, words)
            if _verb_measures(governor, root)
            else {m for m in _lemmas(governor, words) if not m.startswith("class:")}
        )
        if governor.pos_ == "VERB":
            # "lost their lives": the verb's object says what is measured when it is a class
            # word; so does the state it leaves them in ("left 10 people dead")
            for child in governor.children:
                said = child.dep_ == "dobj" or child.dep_ in ("oprd", "acomp")
                if said and child not in span and _classed(child, words):
                    out |= _lemmas(child, words)
        for noun in (governor, _of_light(governor, words)):
            if noun is None or noun.pos_ != "NOUN":
                continue
            if noun.i != governor.i:  # "the number of *residents* evacuated was 372"
                out |= _lemmas(noun, words)
            for child in noun.children:
                # "the death toll"; "the residents evacuated", "the fee the club paid"
                if (child.dep_ == "compound" and child.pos_ == "NOUN") or (
                    child.dep_ in ("acl", "relcl") and child.pos_ == "VERB"
                ):
                    out |= _lemmas(child, words)
    return frozenset(out)


def _verb_measures(governor: Token, root: Token) -> bool:
    """Whether the verb's class says what the figure measures: "cut 500 jobs", "500 jobs
    were cut", "shares fell 5%"; not when the verb acts on another thing and the figure is
    who acts or who receives ("20,000 homes *lost* power", "*cut* power to 30,000 homes")."""
    if governor.pos_ != "VERB":
        return True
    other = any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i != root.i and not c.is_ancestor(root)
        for c in governor.children
    )
    if root.head.lower_ == "by" and root.head.head.i == governor.i:
        return True  # "reduced the value of its shares by 6%": how much the act did
    role = root.dep_ if root.head.i == governor.i else root.head.dep_
    return not (other and (role in ("nsubj", "pobj", "prep")))


def _move(root: Token, words: _Lexicon) -> str:
    """What a figure of a rise or a fall is, where the words say: the size of the move
    ("increased *by* 1.2 million", "a 3% *drop*", "a *decline of* 2 million") or a level
    ("rose *to* 3.9 million", "up *from* 2.7 million"). "" when nothing says ("fell 3%")."""

    def moves(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return lemma in words.level or tok.lower_ in words.level or _moving(tok, words)

    if root.pos_ == "NOUN" and _moving(root, words):
        return "change"  # "a half a million decline": the figure counts the fall itself
    prep = root.head
    if root.dep_ == "npadvmod" and (prep.tag_ in ("JJR", "RBR") or prep.lower_ in _APART):
        # "52 seconds faster than in London", "three points behind": a margin over something
        # else, which another outlet's margin may take over another thing
        return f"margin ({prep.lower_})"
    apart = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in _APART), None)
    if apart is not None:
        return f"margin ({apart.lower_})"  # "four seconds inside world record pace"
    if root.dep_ in ("compound", "nummod", "amod") and prep.pos_ == "NOUN" and _moving(prep, words):
        return "change"  # "a 3% drop"
    if prep.pos_ != "ADP" or prep.i == root.i:
        return ""
    above = prep.head
    if above.pos_ == "ADV" and above.lower_ in ("up", "down"):
        above = above.head  # "up from 2.7 million"
    if prep.lower_ == "of" and above.pos_ == "NOUN" and _moving(above, words):
        return "change"  # "a decline of 1 million"
    if above.pos_ not in ("VERB", "AUX"):
        return ""
    if not moves(above):
        # "beat the record by 34 seconds", "won by 52 votes": the margin of a win
        return "margin (by)" if prep.lower_ == "by" and prep.dep_ == "prep" else ""
    return {"by": "change", "to": "level", "from": "level", "at": "level"}.get(prep.lower_, "")


# Prepositions a measure before them sets apart from a point: "two seconds *inside* the
# record", "three points *behind* the leader" (general English)
_APART = frozenset({"inside", "outside", "ahead", "behind", "short", "clear", "off"})


def _moving(tok: Token, words: _Lexicon) -> bool:
    """A word of rising or falling ("decline", "drop", "gain"), by its measure class."""
    return any(words.classes.get(f) in ("rise", "fall") for f in (tok.lemma_.lower(), tok.lower_))


# Measures of a thing's size, which an attributive figure gives to the noun it modifies.
SIZES = frozenset(
    {"distance", "area", "volume", "mass", "magnitude", "power", "energy", "speed", "temperature"}
)


def _sized(root: Token, q: Quantity) -> Token | None:
    """The thing a measurement written before a noun sizes: "a 6.51-km *bridge*", "the
    6.15-km-long *bridge*", "a 7.2-magnitude *quake*", "the 129-seat *parliament*". The figure
    is that thing's, whatever the clause's verb does with it ("Bangladesh opened a 6.51-km
    bridge")."""
    # a count written before a noun, its noun in the singular, says how big the noun's thing
    # is: "the 129-seat parliament", "the eight-member committee"
    attributive_count = q.dimension == "count" and q.value != 1 and root.tag_ == "NN"
    if q.dimension not in SIZES and not attributive_count:
        return None
    tok = root
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "ADJ":
        tok = tok.head  # "6.15-km-long"
    head = tok.head
    attributive = tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i
    if attributive and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


_COMPARED = frozenset({"JJR", "JJS", "RBR", "RBS"})


def _extent(root: Token, q: Quantity) -> str:
    """Which extent of a thing a length measures, where the sentence says it with the word
    after the figure: "27 feet *long*", "stands 11 feet *tall*", "is 3.3 metres *tall*", "a
    6.15-km-*long* bridge". A comparative says by how much ("3 metres higher"), no extent."""
    if q.dimension != "distance":
        return ""
    head = root.head
    # "11 ft tall" is parsed with the number on the adjective as often as its unit
    on_word = root.dep_ in ("npadvmod", "nummod")
    if on_word and head.pos_ in ("ADJ", "ADV") and head.tag_ not in _COMPARED:
        return head.lemma_.lower()
    if root.dep_ in ("dobj", "attr", "npadvmod") and head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            told = child.dep_ in ("oprd", "acomp") and child.pos_ in ("ADJ", "ADV")
            if told and child.i > root.i and child.tag_ not in _COMPARED:
                return child.lemma_.lower()
    return ""


def _of_light(noun: Token, words: _Lexicon) -> Token | None:
    """What a word of quantity counts: "the number of *cases*", "the total of *votes*"."""
    if noun.lemma_.lower() not in words.light:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, ("pobj",)) if of is not None else None


# Relations under a verb that are no argument of it: other clauses, function words
_NOT_ARGS = frozenset(
    {"punct", "aux", "auxpass", "neg", "cc", "mark", "advcl", "ccomp", "parataxis", "conj"}
)
_SAYING = frozenset({"NOUN", "VERB", "ADJ", "ADV"})  # words that say something


def _predicate(root: Token, governor: Token | None, span: Span, words: _Lexicon) -> frozenset[str]:
    """What the clause says of the figure besides it: the governing verb and the heads of its
    other arguments ("*supplied* 27% of the electricity" has its subject "wind *farms*"),
    without the figure's own phrase, names and dates. Two shares of one base are shares of one
    thing only if what each clause says of them meets."""
    if governor is None or governor.pos_ != "VERB":
        return frozenset()
    own = {t.i for t in root.subtree} | {t.i for t in span}
    out = set(_lemmas(governor, words))
    for c in near_children(governor, root):
        if c.i in own or c.dep_ in _NOT_ARGS or (c.dep_ == "prep" and c.pos_ != "ADP"):
            continue  # "according to the regulator" credits a figure, it says nothing of it
        heads = [p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
        for h in heads:
            if h.pos_ not in _SAYING or h.ent_type_ in ("DATE", "TIME"):
                continue
            out |= _lemmas(h, words)
            out |= {
                w
                for m in h.children
                if m.dep_ in ("compound", "amod") and m.pos_ in ("NOUN", "ADJ")
                for w in _lemmas(m, words)
            }
    return frozenset(w for w in out if not w.startswith("class:"))


def _sentence_words(span: Span, words: _Lexicon) -> frozenset[str]:
    """The content words of the figure's sentence, as lemmas and as written, without names,
    figures and dates: what a predicate of another outlet's figure may be found among."""
    return frozenset(
        w
        for t in span.sent
        if t.pos_ in _SAYING and not t.like_num and t.ent_type_ not in ("DATE", "TIME")
        for w in _lemmas(t, words)
        if not w.startswith("class:")
    )
