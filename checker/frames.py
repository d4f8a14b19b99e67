"""FRAMES: the slots of a figure, read off the dependency tree of its sentence.

A figure's frame says what it measures and of whom, where, when, on whose count and in what
status, each read from the tree rather than from the words next to it:

- `measure`: lemmas of the noun the number quantifies ("50 *people*") and of the word that
  governs it (the verb it counts, "*killed* 50 people"; the noun it sizes, "a *fine* of
  $5m"; the subject of a level verb, "the *toll* rose to 50"), with their classes from
  rules/lexicon/measures.yaml, so "killed" meets "death toll";
- `holder`: the named entity the figure belongs to, by its role: who undergoes the verb ("fined
  *Acme*", "*Acme* was fined"), whose it is ("*Acme*'s revenue"), who acts ("*Acme* paid"),
  nearest in the tree; an agent ("by the regulator") is never the holder;
- `place` and `time`: the places and dates that modify the governing verb or noun ("in *2015*",
  "by *Wednesday evening*");
- `credited`: whose count it is, by the outlet's own words ("according to *police*", "*the
  union* said ...");
- `status`: actual, or a forecast, plan, target, cap or proposal, from the modal or verb that
  governs it ("could face", "plans to", "a target of").

A slot the sentence does not fill is empty: it neither separates two figures nor joins them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from checker.extract.entities import name_key
from checker.lexicon import lexicon, per_pack
from checker.stems import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from checker.parse.sentences import Parsed
    from checker.records import DateMention, Quantity

ACTUAL = "actual"
# Roles, best first: who a figure belongs to.
_UNDERGOER = ("dobj", "dative", "nsubjpass", "poss", "pobj")
_ACTOR = ("nsubj",)
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


@dataclass(frozen=True)
class Frame:
    measure: frozenset[str] = frozenset()  # lemmas and their classes
    counted: str = ""  # lemma of the noun the number counts ("charge" of "three charges")
    kind: frozenset[str] = frozenset()  # its qualifiers ("lesser" of "two lesser charges")
    holder: str = ""  # name key of the holder
    holder_name: str = ""  # as written
    # A holder given as a common noun ("the fire service"): its head lemma, then the lemmas
    # that narrow it ("service fire"); compared like counters, never with a name
    holder_noun: str = ""
    place: str = ""  # lower case, as written
    time: str = ""  # as written
    time_span: tuple[int, int] | None = None  # its offsets in the article, for date values
    # The time as a value, where the date reader resolved it: (first day, last day, form).
    when: tuple[date, date, str] | None = None
    credited: str = ""  # whose count it is: head lemma, then its qualifiers ("union nurse")
    credited_name: str = ""  # as written
    status: str = ACTUAL

    @property
    def classes(self) -> frozenset[str]:
        """The classes of what it measures (rules/lexicon/measures.yaml): "death", "fine"."""
        return frozenset(m[6:] for m in self.measure if m.startswith("class:"))

    @property
    def filled(self) -> int:
        """How many slots the sentence fills: how much a match of two frames says."""
        return sum(
            bool(x) for x in (self.measure, self.holder, self.place, self.time, self.credited)
        )


EMPTY = Frame()


@per_pack
def _words() -> _Lexicon:
    measures = lexicon("measures")
    forms = {str(w).lower(): str(c) for c, words in measures["classes"].items() for w in words}
    tree = lexicon("frames")
    return _Lexicon(
        classes=forms,
        level=frozenset(str(w).lower() for w in measures["level_verbs"]),
        light=frozenset(map(str, tree["light_words"])),
        generic_counters=frozenset(map(str, tree["generic_counters"])),
        status_modals={str(k): str(v) for k, v in tree["status"]["modals"].items()},
        status_verbs={stem(str(k)): str(v) for k, v in tree["status"]["verbs"].items()},
        status_nouns={stem(str(k)): str(v) for k, v in tree["status"]["nouns"].items()},
        speech=frozenset(str(v) for v in lexicon("speech")["verbs"]),
        counting=frozenset(map(str, tree["counting_verbs"])),
        referring=frozenset(map(str, tree["referring_nouns"])),
        generic_people=frozenset(map(str, lexicon("people")["generic"])),
    )


@dataclass(frozen=True)
class _Lexicon:
    classes: dict[str, str]
    level: frozenset[str]
    light: frozenset[str]
    generic_counters: frozenset[str]
    status_modals: dict[str, str]
    status_verbs: dict[str, str]
    status_nouns: dict[str, str]
    speech: frozenset[str]
    counting: frozenset[str]
    referring: frozenset[str]
    generic_people: frozenset[str]


def frame_of(parsed: Parsed | None, q: Quantity, dates: Sequence[DateMention] = ()) -> Frame:
    """The frame of a figure; EMPTY when its sentence was not parsed or the figure is not in
    the parse. `dates`: its claim's dates, which the date reader found and resolved: the
    frame's time is one of them."""
    if parsed is None:
        return EMPTY
    span = parsed.span(q.start, q.end)
    if span is None or not len(span):
        return EMPTY
    words = _words()
    root = _quantity_root(span)
    governor = _governor(root, span, words)
    measure = _measure(root, governor, span, q, words)
    counted, kind = _counted(root, span, q, words)
    # the claim's dates, but not the figure itself ("for six weeks" is a duration's date too)
    times = [
        t
        for t in (
            parsed.span(d.start, d.end) for d in dates if d.end <= q.start or d.start >= q.end
        )
        if t is not None and len(t)
    ]
    holder = _holder(root, governor, span, {t.i for when in times for t in when})
    noun_holder = None if holder else _noun_holder(root, governor, span, words)
    place, time, time_tok = _circumstances(governor, span, times)
    credited = _credited(root, words)
    time_span = None
    if time_tok is not None:
        time_span = (
            parsed.offset + time_tok[0].idx,
            parsed.offset + time_tok[-1].idx + len(time_tok[-1]),
        )
    return Frame(
        measure=measure,
        counted=counted,
        kind=kind,
        holder=name_key(holder) if holder else "",
        holder_name=holder or (noun_holder.text if noun_holder is not None else ""),
        holder_noun=_head_lemma(noun_holder) if noun_holder is not None else "",
        place=place.lower(),
        time=time,
        time_span=time_span,
        credited=_head_lemma(credited) if credited is not None else "",
        credited_name=credited.text if credited is not None else "",
        status=_status(root, governor, words),
    )


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
        if head.pos_ == "ADP" or (
            tok.dep_ in ("conj", "appos", "prep", "pobj") and head.pos_ == "ADP"
        ):
            tok = head
            continue
        level = head.lemma_.lower() in words.level or head.lower_ in words.level
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
        if head.pos_ in _CONTENT:
            return head
        tok = head
    return None


def _figure_word(tok: Token) -> bool:
    """A token of another figure: a number, or a noun or symbol a number modifies."""
    return (
        tok.like_num
        or tok.pos_ in ("NUM", "SYM")
        or any(c.like_num and c.dep_ in ("nummod", "compound") for c in tok.children)
    )


def _child(tok: Token, deps: Iterable[str]) -> Token | None:
    deps = tuple(deps)
    return next((c for c in tok.children if c.dep_ in deps), None)


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


def _counted(root: Token, span: Span, q: Quantity, words: _Lexicon) -> tuple[str, frozenset[str]]:
    """The noun a count counts and the words that narrow it ("two *regional* seats", "10
    *additional* years"): a narrowed count may be part of the plain one, never a misreport."""
    if root.pos_ != "NOUN" or q.dimension in ("money", "percent"):
        return "", frozenset()
    kind = set()
    for child in root.children:
        if child.dep_ not in ("amod", "compound") or _classed(child, words):
            continue
        if child.like_num or child.pos_ == "NUM":
            continue
        if child.pos_ in ("ADJ", "NOUN", "VERB") and child.lower_ not in words.light:
            kind.add(child.lemma_.lower())
    return root.lemma_.lower(), frozenset(kind)


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
    if counted is not None:
        if counted.lemma_.lower() not in words.generic_people:
            out |= _lemmas(counted, words)
        for child in counted.children:
            # "death toll", "injured people", "people killed", "people aboard", "on board"
            near = [child] + (list(child.children) if child.dep_ == "prep" else [])
            for tok in near:
                if tok.dep_ in ("compound", "amod", "acl", "advmod", "pobj", "prep"):
                    out |= (
                        _lemmas(tok, words) if _classed(tok, words) and tok not in span else set()
                    )
    if q.dimension == "duration" and governor is not None:
        # how long something lasted: the thing is the clause's subject or object ("the
        # evacuation lasted three days", "jailed the mayor for seven years")
        verb = governor if governor.pos_ in ("VERB", "AUX") else governor.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
                out |= _lemmas(child, words)
    base = _share_base(root)
    if base is not None:  # "4% of its revenue": a share of the revenue
        out |= _lemmas(base, words)
    if governor is not None:
        out |= _lemmas(governor, words)
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


def _of_light(noun: Token, words: _Lexicon) -> Token | None:
    """What a word of quantity counts: "the number of *cases*", "the total of *votes*"."""
    if noun.lemma_.lower() not in words.light:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, ("pobj",)) if of is not None else None


def entity_text(tok: Token) -> str:
    """The whole name a token heads, as written ("Manchester City" for "City", "Mbeki-Laurent"
    with its hyphen): the token with the capitalised compounds before it."""
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper():
            lo = min(lo, c.i)
    return tok.doc[lo : tok.i + 1].text


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _holder(root: Token, governor: Token | None, span: Span, dated: set[int]) -> str:
    """The nearest name in the tree in a holder's role, undergoer first; never an agent, a
    place after "in", or a name inside the figure."""
    candidates: list[tuple[int, int, str]] = []
    counted = _of_light(governor, _words()) if governor is not None else None
    anchors = [t for t in (root, governor, _share_base(root), counted) if t is not None]
    for anchor_rank, anchor in enumerate(anchors):
        for tok in _near(anchor, span):
            if tok in span or tok.dep_ == "compound" or tok.i in dated:
                continue  # "on Saturday" is when
            if not _is_name(tok):
                named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if tok.pos_ != "NOUN" or not named:
                    continue
                tok = named[-1]  # "the Acme Logistics group": the name its words give
            dep = tok.dep_ if tok.dep_ != "compound" else tok.head.dep_
            if dep == "pobj" and tok.head.lower_ not in ("on", "against", "upon", "for", "of"):
                continue  # "in Beirut" is where; "by the regulator" who acts
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
            candidates.append((anchor_rank + rank, abs(tok.i - root.i), entity_text(tok)))
    return min(candidates)[2] if candidates else ""


def _noun_holder(root: Token, governor: Token | None, span: Span, words: _Lexicon) -> Span | None:
    """A holder the sentence gives as a common noun in a holder's role: "the fire service sent
    191 firefighters", "private insurers paid £5m", "the dockers voted 81%". A bare word
    that only refers back ("the company", "it") is none: the article named it before."""
    if governor is None or governor.pos_ != "VERB":
        return None
    roles = ("dative", "dobj", "nsubjpass", "nsubj")  # the undergoer first, then who acts
    for child in sorted(
        governor.children, key=lambda c: roles.index(c.dep_) if c.dep_ in roles else 9
    ):
        if child.dep_ not in roles or child in span:
            continue
        if child.pos_ != "NOUN" or child.i == root.i or _classed(child, words):
            continue
        phrase = _phrase(child)
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
    for child in anchor.children:
        out.append(child)
        if child.dep_ == "prep" or child.pos_ == "ADP":
            out.extend(child.children)
        if child.dep_ == "relcl" or child.dep_ == "acl":  # "the fine Acme paid", "slapped on Acme"
            for grand in child.children:
                out.append(grand)
                if grand.dep_ == "prep":
                    out.extend(grand.children)
    head = anchor.head
    if anchor.dep_ in ("amod", "compound", "nummod") and head.i != anchor.i:
        out.append(head)  # a parse that hangs "fine" on the name after it
    if anchor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and head.i != anchor.i:
        for sibling in head.children:
            if sibling.i != anchor.i:
                out.append(sibling)
    return out


def _circumstances(
    governor: Token | None, span: Span, times: Sequence[Span]
) -> tuple[str, str, Span | None]:
    """(place, time, the time's tokens): a name after "in", "at", "near" and a date of the
    claim that modify the governor directly or through one preposition; else a date anywhere
    in the figure's clause (see _clause_time)."""
    if governor is None:
        return "", "", None
    place, time = "", None
    heads = [governor]
    if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        heads.append(governor.head)  # "paid a fine of $5m in 2015": the clause's verb
    for child in (c for h in heads for c in h.children):
        if child.dep_ == "prep":
            targets = [(child.lower_, t) for t in child.children]
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
    return place, time.text if time is not None else "", time


def _clause_time(span: Span, times: Sequence[Span]) -> Span | None:
    """A date anywhere in the figure's clause, when none modifies its governor ("25% of the
    cases it reviewed on Monday"): not one inside a possessive ("Saturday's quake" is the
    event's day, not the figure's), nor one inside another clause."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    inside = {t.i for t in verb.subtree}
    for t in times:
        if t.root.i not in inside or t.root.dep_ == "poss" or span.start <= t.start < span.end:
            continue
        owner = next((a for a in t.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if owner is not None and owner.i != verb.i and owner.dep_ in ("ccomp", "advcl", "conj"):
            continue  # another clause's date
        return t
    return None


_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "off"})


def _credited(root: Token, words: _Lexicon) -> Span | Token | None:
    """Whose count the figure is: "according to X" on the figure's clause or above it, or the
    subject of a reporting verb whose complement holds the figure."""
    tok = root
    for _ in range(8):
        for child in tok.children:
            if child.lower_ == "according":
                to = _child(child, ("prep",))
                obj = _child(to, ("pobj",)) if to is not None else None
                if obj is not None:
                    return _phrase(obj)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words.counting:
            subject = _child(tok, ("nsubj",))
            if subject is not None and subject.pos_ != "PRON":
                return _phrase(subject)  # "organisers put the figure at 100,000"
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
                return _phrase(subject)
        tok = head
    # "..., according to regulators" hung on another clause of the sentence: the sentence's
    # one attribution is the figure's
    found = [t for t in root.doc if t.lower_ == "according"]
    if len(found) == 1:
        to = _child(found[0], ("prep",))
        obj = _child(to, ("pobj",)) if to is not None else None
        if obj is not None:
            return _phrase(obj)
    return None


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
    root = phrase.root
    rest = [
        t.lemma_.lower()
        for t in phrase
        if t.i != root.i and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop
    ]
    return " ".join([root.lemma_.lower(), *sorted(set(rest))])


def _described_apart(a: str, b: str) -> bool:
    """Two common-noun descriptions ("head qualifiers...") of different things: other heads,
    or one head narrowed by words the other's qualifiers do not share."""
    (ha, *ma), (hb, *mb) = a.split(), b.split()
    if ha != hb:
        return True
    return bool(ma and mb and not set(ma) & set(mb))


def counters_differ(a: Frame, b: Frame) -> bool:
    """Both credit their figure to a counter, and not to the same one: the police's count of a
    march and the organisers', a ministry's strike rate and a union's (FORMAT.md). Words that
    name no counter in particular ("officials", "sources") tell nothing; a counter written
    with fewer words may be the same ("the union" / "the nurses' union")."""
    if not (a.credited and b.credited) or a.credited == b.credited:
        return False
    generic = _words().generic_counters
    if a.credited.split()[0] in generic or b.credited.split()[0] in generic:
        return False
    return _described_apart(a.credited, b.credited)  # "nurses' union" / "doctors' union"


def _status(root: Token, governor: Token | None, words: _Lexicon) -> str:
    """Actual unless a modal, a verb of planning or a noun of targets governs the figure."""
    tok = root
    for _ in range(6):
        # matched by stem: the small model's lemmas slip ("hoped" -> "hop")
        key = stem(tok.lower_)
        if tok.i != root.i and key in words.status_nouns and tok.pos_ == "NOUN":
            return words.status_nouns[key]
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ == "aux" and child.lower_ in words.status_modals:
                    return words.status_modals[child.lower_]
            head = stem(tok.head.lower_)
            if tok.dep_ in ("xcomp", "ccomp") and head in words.status_verbs:
                return words.status_verbs[head]
            if tok.i != root.i and key in words.status_verbs and tok.dep_ != "xcomp":
                return words.status_verbs[key]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return ACTUAL


def dated(frame: Frame, dates: Sequence[DateMention]) -> Frame:
    """The frame with its time as the value the date reader gave the same words."""
    if frame.time_span is None:
        return frame
    lo, hi = frame.time_span
    for d in dates:
        if d.start < hi and lo < d.end and d.first and d.last:
            return replace(frame, when=(d.first, d.last, _grain(d)))
    return frame


def _grain(d: DateMention) -> str:
    """How finely a date is given: a year, a month, or a day (a weekday or a date)."""
    if d.clock is not None:
        return "clock"
    span = (d.last - d.first).days if d.first and d.last else 0
    return "year" if span > 300 else "month" if span > 27 else "day"


def times_differ(a: Frame, b: Frame) -> bool:
    """Both give the figure's time, as finely as each other, and the times do not meet: "by
    Wednesday evening" and "by Thursday evening" are two snapshots; "in 2019" and "on
    Saturday" are not told apart (one may be the event's year, the other its day)."""
    if a.when is None or b.when is None or a.when[2] != b.when[2]:
        return False
    return a.when[1] < b.when[0] or b.when[1] < a.when[0]


def slots_differ(a: Frame, b: Frame) -> str:
    """The first slot both frames fill and that differs, as "slot: a vs b"; "" when none."""
    if times_differ(a, b):
        return f"time: {a.time} vs {b.time}"
    if a.kind != b.kind and (a.counted == b.counted or not (a.counted and b.counted)):
        # "10 additional years" against "12" or "12 years": a narrowed count is another
        return f"what is counted: {_kind(a)} vs {_kind(b)}"
    if a.holder and b.holder and not _same_name(a.holder_name, b.holder_name):
        return f"holder: {a.holder_name} vs {b.holder_name}"
    if a.holder_noun and b.holder_noun and _described_apart(a.holder_noun, b.holder_noun):
        return f"holder: {a.holder_name} vs {b.holder_name}"
    if a.status != b.status:
        return f"status: {a.status} vs {b.status}"
    if counters_differ(a, b):
        return f"counted by: {a.credited_name} vs {b.credited_name}"
    if a.place and b.place and not (set(a.place.split()) & set(b.place.split())):
        return f"place: {a.place} vs {b.place}"
    return ""


def _kind(f: Frame) -> str:
    return " ".join([*sorted(f.kind), f.counted])


def _same_name(a: str, b: str) -> bool:
    """One name however fully written ("Acme" / "Acme Group")."""
    if name_key(a) == name_key(b):
        return True
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def measures_meet(a: Frame, b: Frame) -> bool | None:
    """True when both frames say what they measure and share a lemma or class, False when both
    say it and share nothing, None when one of them does not say."""
    if not a.measure or not b.measure:
        return None
    return bool(a.measure & b.measure)
