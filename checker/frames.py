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

Each slot has its reader in checker/slots/; this module holds the record, builds it from the
readers (`frame_of`) and compares two frames.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, cast

from checker.extract.entities import name_key
from checker.extract.names import fold, latin, person_name, skeleton
from checker.slots.circumstances import _circumstances
from checker.slots.credited import _credited
from checker.slots.holder import _holder, _noun_holder, age_holder
from checker.slots.measure import (
    _counted,
    _extent,
    _governor,
    _measure,
    _move,
    _of_light,
    _predicate,
    _quantity_root,
    _sentence_words,
    _sized,
)
from checker.slots.status import ACTUAL, _aside, _earlier, _status
from checker.slots.tree import _head_lemma, _is_name, _lemmas, entity_text
from checker.slots.words import _words
from checker.stems import content_stems

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from checker.parse.sentences import Parsed
    from checker.records import DateMention, Quantity
    from checker.slots.words import _Lexicon


@dataclass(frozen=True)
class Frame:
    measure: frozenset[str] = frozenset()  # lemmas and their classes
    # which extent a length measures, where the sentence says ("long", "tall", "wide")
    extent: str = ""
    counted: str = ""  # lemma of the noun the number counts ("charge" of "three charges")
    kind: frozenset[str] = frozenset()  # its qualifiers ("lesser" of "two lesser charges")
    holder: str = ""  # name key of the holder
    holder_name: str = ""  # as written
    # A holder given as a common noun ("the fire service"): its head lemma, then the lemmas
    # that narrow it ("service fire"); compared like counters, never with a name
    holder_noun: str = ""
    holder_kind: str = ""  # the common noun a named holder is one of ("hospital", "observatory")
    place: str = ""  # lower case, as written
    time: str = ""  # as written
    time_span: tuple[int, int] | None = None  # its offsets in the article, for date values
    # The time as a value, where the date reader resolved it: (first day, last day, form).
    when: tuple[date, date, str] | None = None
    # A clock time the figure holds at, as the date reader gave it: (first, last minute, zone).
    clock: tuple[int, int, str] | None = None
    credited: str = ""  # whose count it is: head lemma, then its qualifiers ("union nurse")
    credited_name: str = ""  # as written
    # every counter the sentence credits, nearest first: who counted and who reported it
    credited_all: tuple[str, ...] = ()
    status: str = ACTUAL
    earlier: bool = False  # qualified as of an earlier state ("the original €4.3bn")
    aside: bool = False  # in a relative clause or apposition: a statement of its own
    move: str = ""  # "change" ("rose by 5", "a 3% drop") or "level" ("rose to 50"), if said
    # a bare number a superlative qualifies describes one member, not a count ("eight people
    # were killed, the youngest 14": an age)
    member: bool = False
    # a figure for each member of a group ("two games *each*", "two goals *apiece*"): a
    # share, which no total of the group contradicts
    each: bool = False
    act: str = ""  # lemma of the verb that governs the figure ("entered two weeks ago")
    # a word that makes what is counted, or who acts, one step of a series ("*another* four
    # were rescued", "*another* airstrike killed one soldier", "six *more* bodies")
    part: str = ""
    # what the clause says of the figure besides it (_predicate: "supplied", "wind farm"), and
    # the content words of its whole sentence, where another figure's predicate may be said
    predicate: frozenset[str] = frozenset()
    sentence: frozenset[str] = frozenset()
    parsed: bool = False  # read from a parse (EMPTY is not)

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


def figure_roots(parsed: Parsed | None, quantities: Sequence[Quantity]) -> frozenset[int]:
    """The tokens the figures of a claim hang from: read once per claim (a table set as one
    sentence has thousands of figures)."""
    if parsed is None:
        return frozenset()
    spans = (parsed.span(q.start, q.end) for q in quantities)
    return frozenset(s.root.i for s in spans if s is not None and len(s))


def frame_of(
    parsed: Parsed | None,
    q: Quantity,
    dates: Sequence[DateMention] = (),
    roots: frozenset[int] = frozenset(),
) -> Frame:
    """The frame of a figure; EMPTY when its sentence was not parsed or the figure is not in
    the parse. `dates`: its claim's dates, which the date reader found and resolved: the
    frame's time is one of them. `roots`: the tokens of the claim's figures (figure_roots),
    whose own dates are not this one's ("46.2%, compared to 59.3% in 2011")."""
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
    of = _of_light(governor, words) if governor is not None and not counted else None
    if of is not None:  # "the number of new asteroids catalogued was 360": what 360 counts
        counted, kind = _counted(of, span, q, words)
    # the claim's dates, but not the figure itself ("for six weeks" is a duration's date too)
    times = [
        t
        for t in (
            parsed.span(d.start, d.end) for d in dates if d.end <= q.start or d.start >= q.end
        )
        if t is not None and len(t) and not _dates_another(t, span, roots) and not _baseline(t)
    ]
    holder, holder_kind = _holder(root, governor, span, {t.i for when in times for t in when})
    kind |= _threshold(governor, span)
    sized = _sized(root, q)
    if sized is not None:
        measure |= _lemmas(sized, words)
        if q.dimension == "count":  # the seats of a parliament are not the seats a party won
            kind |= {sized.lemma_.lower()}
        if root.head.pos_ == "ADJ":
            measure |= {root.head.lemma_.lower()}  # "-long", "-tall"
        # "the 6.15 kilometre Padma Bridge": the bridge by its name; "the 3,106-carat Varna
        # diamond", a common noun named by the name before it
        if sized.pos_ == "PROPN" or _named_noun(sized):
            holder, holder_kind = entity_text(sized), sized.lemma_.lower()
        else:
            holder, holder_kind = "", ""
    noun_holder = None
    if sized is not None and not holder:
        noun_holder = sized.doc[sized.i : sized.i + 1]  # "a bridge", however it is described
    # How long something lasted is of the thing that lasted ("the campaign lasted six weeks",
    # "candidates campaigned for six weeks"): a common noun there is no holder
    elif not holder and q.dimension != "duration":
        noun_holder = _noun_holder(root, governor, span, words)
    if q.dimension == "age" and (person := age_holder(span)):
        holder, holder_kind, noun_holder = person, "", None
    place, time, time_tok = _circumstances(governor, span, times)
    counters = _credited(root, words)
    credited = counters[0] if counters else None
    time_span = None
    if time_tok is not None:
        time_span = (
            parsed.offset + time_tok[0].idx,
            parsed.offset + time_tok[-1].idx + len(time_tok[-1]),
        )
    share = q.dimension == "percent"
    return Frame(
        measure=measure,
        extent=_extent(root, q),
        counted=counted,
        kind=kind,
        holder=name_key(holder) if holder else "",
        holder_name=holder or (noun_holder.text if noun_holder is not None else ""),
        holder_noun=_head_lemma(noun_holder) if noun_holder is not None else "",
        holder_kind=holder_kind,
        place=place.lower(),
        time=time,
        time_span=time_span,
        credited=_head_lemma(credited) if credited is not None else "",
        credited_name=credited.text if credited is not None else "",
        credited_all=tuple(dict.fromkeys(_head_lemma(c) for c in counters)),
        status=_status(root, governor, words),
        earlier=_earlier(root, governor, words),
        aside=_aside(root),
        move=_move(root, words),
        member=root.pos_ == "NUM"
        and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in root.children),
        each=_for_each(span, governor),
        act=governor.lemma_.lower() if governor is not None and governor.pos_ == "VERB" else "",
        part=_part(root, governor, words.series),
        # read for shares only, which alone ask (pairing._shares_of_other_acts)
        predicate=_predicate(root, governor, span, words) if share else frozenset(),
        sentence=_sentence_of(parsed, span, words) if share else frozenset(),
        parsed=True,
    )


# Distributive words after a figure and its noun (general English): "two games each"
_EACH = frozenset({"each", "apiece"})


def _for_each(span: Span, governor: Token | None) -> bool:
    """The figure is each member's: the word after the figure or after the noun it counts
    ("will host two games each", "scored twice apiece"), or the subject of its verb
    ("each of the finalists won three races", "each finalist won three races")."""
    doc = span.doc
    for i in (span.end, span.end + 1):
        if i < len(doc) and doc[i].lower_ in _EACH:
            return i == span.end or doc[span.end].pos_ in ("NOUN", "PROPN")
    if governor is None or governor.pos_ not in ("VERB", "AUX"):
        return False
    for subject in (c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.left_edge.i <= span.start < subject.right_edge.i + 1:
            return False  # the figure is in the subject: "each of the three finalists"
        if subject.lower_ == "each" or any(
            c.lower_ == "each" for c in subject.children if c.dep_ == "det"
        ):
            return True
    return False


def _named_noun(noun: Token) -> bool:
    """A common noun with a name just before it that hangs on it: "the Varna diamond"."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return (
        noun.pos_ == "NOUN"
        and before is not None
        and before.head.i == noun.i
        and before.dep_ == "compound"
        and _is_name(before)
    )


def _sentence_of(parsed: Parsed, span: Span, words: _Lexicon) -> frozenset[str]:
    """The content words of the figure's sentence, read once per sentence: a table set as one
    sentence has a share in every cell."""
    key = ("sentence", span.sent.start)
    if key not in parsed.memo:
        parsed.memo[key] = _sentence_words(span, words)
    return cast("frozenset[str]", parsed.memo[key])


def _threshold(governor: Token | None, span: Span) -> frozenset[str]:
    """Another figure the count's verb acts on: "four jackpots have topped *$1 billion*" counts
    jackpots over that line, which "two have surpassed $1.5 billion" does not."""
    if governor is None or governor.pos_ != "VERB":
        return frozenset()
    for obj in governor.children:
        if obj.dep_ == "dobj" and obj not in span and obj.like_num:
            words = obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
            if not any(t in span for t in words):
                return frozenset({words.text.lower()})
    return frozenset()


def _part(root: Token, governor: Token | None, series: frozenset[str]) -> str:
    """The series word on the counted noun or on the subject of its verb, if any."""
    # "others" ("one died and six others were wounded") is the rest of one group, which
    # another outlet may count whole ("seven injured"): no step of a series here
    series = series - {"other"}
    # "Another 1500 people": the word may hang on the number rather than the noun
    nouns = [root, *(c for c in root.children if c.dep_ == "nummod")]
    if governor is not None and governor.pos_ == "VERB":
        nouns += [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and c != root]
    for noun in nouns:
        for c in noun.children:
            hedge = c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "than"  # "more than"
            if c.dep_ in ("det", "amod", "advmod", "quantmod") and c.lower_ in series and not hedge:
                return c.lower_
    return SUM if _summed(root) else ""


SUM = "a term of a sum"  # Frame.part of one count of several joined by "and"


def _summed(root: Token) -> bool:
    """The count is one term of a sum of counts of other things: "nine women and three men"
    is a jury of twelve, and neither term is another outlet's "twelve jurors"."""
    if root.pos_ != "NOUN":
        return False
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    return any(
        n.pos_ == "NOUN"
        and n.lemma_.lower() != root.lemma_.lower()
        and any(c.dep_ == "nummod" for c in n.children)
        for n in joined
    )


def _baseline(time: Span) -> bool:
    """A date a superlative or a first is measured against, not when the figure holds: "the
    biggest loss *since the bank's 1988 IPO*", "the first time *since 1999*". "Since" that
    hangs on a noun or an adjective, not on a verb ("has been in prison since 2016")."""
    for tok in time.root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ == "since" and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True
    return False


def _dates_another(time: Span, span: Span, theirs: frozenset[int]) -> bool:
    """The date hangs on another figure of the sentence, or on the preposition that takes it,
    before it reaches this one's or a verb: "59.3% *in 2011*" and "down from 59.3% ... *in
    2011*" date the 59.3%, not the 46.2% beside it."""
    for tok in time.root.ancestors:  # the figure's own token is in its span: False first
        if tok in span or tok.pos_ in ("VERB", "AUX"):
            return False
        others = (c for c in tok.children if c.i in theirs and c not in span)
        if tok.i in theirs or (tok.pos_ == "ADP" and any(others)):
            return True
    return False


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

    def apart(x: str, y: str) -> bool:
        if x == y or x.split()[0] in generic or y.split()[0] in generic:
            return False
        return _described_apart(x, y)  # "nurses' union" / "doctors' union"

    # "the institute said its survey team had counted" and "according to the institute" share
    # a counter: apart only when none of one's is any of the other's
    xs, ys = a.credited_all or (a.credited,), b.credited_all or (b.credited,)
    return all(apart(x, y) for x in xs for y in ys)


def dated(frame: Frame, dates: Sequence[DateMention]) -> Frame:
    """The frame with its time as the value the date reader gave the same words."""
    if frame.time_span is None:
        return frame
    lo, hi = frame.time_span
    for d in dates:
        if not (d.start < hi and lo < d.end):
            continue
        clock = (*d.clock, d.zone) if d.clock is not None else None
        if d.first and d.last:
            return replace(frame, when=(d.first, d.last, _grain(d)), clock=clock)
        if clock is not None:
            return replace(frame, clock=clock)  # "as of 8 a.m. ET": an hour of no given day
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
    Saturday" are not told apart (one may be the event's year, the other its day). Two hours
    in one zone ("as of 8 a.m. ET", "as of 11 a.m. ET") of no two different days are two
    snapshots too."""
    if a.clock and b.clock and a.clock[2] == b.clock[2]:
        days_apart = a.when and b.when and (a.when[1] < b.when[0] or b.when[1] < a.when[0])
        if not days_apart:
            return a.clock[1] < b.clock[0] or b.clock[1] < a.clock[0]
    if a.when is None or b.when is None or a.when[2] != b.when[2]:
        return False
    return a.when[1] < b.when[0] or b.when[1] < a.when[0]


def slots_differ(a: Frame, b: Frame, counters: bool = True) -> str:
    """The first slot both frames fill and that differs, as "slot: a vs b"; "" when none.
    `counters`: whether whose count it is can tell the two apart (see counters_differ)."""
    if times_differ(a, b):
        return f"time: {a.time} vs {b.time}"
    summed = {a.part, b.part} == {SUM, ""}
    other_nouns = bool(a.counted and b.counted and a.counted != b.counted)
    if a.part != b.part and not (summed and not other_nouns):
        # "another airstrike killed one soldier" is no count of the strike the other reports;
        # "nine women (and three men)" no count of "twelve individuals", though "184
        # passengers (and six crew)" is one of "189 passengers"
        return f"what is counted: {a.part or 'the whole'} vs {b.part or 'the whole'}"
    if a.extent and b.extent and a.extent != b.extent:
        return (
            f"what is measured: how {a.extent} vs how {b.extent}"  # "11 feet tall", "27 feet long"
        )
    if a.move and b.move and a.move != b.move:
        # "increased by 1.2 million" against "rose to 3.9 million": a change and a level
        return f"what is measured: the {a.move} vs the {b.move}"
    if _narrowed_apart(a, b) and (a.counted == b.counted or not (a.counted and b.counted)):
        # "10 additional years" against "12" or "12 years": a narrowed count is another
        return f"what is counted: {_kind(a)} vs {_kind(b)}"
    if a.holder and b.holder and not same_name(a.holder_name, b.holder_name):
        return f"holder: {a.holder_name} vs {b.holder_name}"
    described = a.holder_noun and b.holder_noun
    # ... but "Shares of Twitter" and "Twitter's stock" name one holder by one name
    if (
        described
        and _described_apart(a.holder_noun, b.holder_noun)
        and not _names_shared(a.holder_name, b.holder_name)
    ):
        return f"holder: {a.holder_name} vs {b.holder_name}"
    if _name_and_another(a, b) or _name_and_another(b, a):
        return f"holder: {a.holder_name} vs {b.holder_name}"
    if a.status != b.status:
        return f"status: {a.status} vs {b.status}"
    if counters and counters_differ(a, b):
        return f"counted by: {a.credited_name} vs {b.credited_name}"
    if a.place and b.place and not (set(a.place.split()) & set(b.place.split())):
        return f"place: {a.place} vs {b.place}"
    return ""


def _names_shared(a: str, b: str) -> bool:
    """Two descriptions share a capitalised name ("Shares of Biogen", "Biogen's stock")."""

    def names(s: str) -> set[str]:
        return set(content_stems(" ".join(w for w in s.split() if w[:1].isupper())))

    return bool(names(a) & names(b))


def _name_and_another(named: Frame, described: Frame) -> bool:
    """A named holder and a common noun of its kind narrowed by words the name does not have:
    "Greyhaven General Hospital" and "the field hospitals", "the Vellanby observatory" and
    "the university observatory" are two holders; "the hospital" may be the named one."""
    if not (named.holder_kind and described.holder_noun) or described.holder:
        return False
    head, *narrowing = described.holder_noun.split()
    words = set(named.holder_name.casefold().split()) | {named.holder_kind}
    return head == named.holder_kind and bool(narrowing) and not set(narrowing) & words


def _narrowed_apart(a: Frame, b: Frame) -> bool:
    """One count is narrowed by a word the other does not say anywhere in its frame: "10
    *additional* years" against "12 years"; not "union members" against "members" that "the
    union balloted" (the word is the other's holder)."""

    def said(f: Frame) -> set[str]:
        return (
            set(f.kind)
            | set(f.measure)
            | set(f.holder_noun.split())
            | {w.casefold() for w in f.holder_name.split()}
        )

    return bool((a.kind - said(b)) or (b.kind - said(a)))


def _kind(f: Frame) -> str:
    return " ".join([*sorted(f.kind), f.counted])


def same_name(a: str, b: str) -> bool:
    """One name however fully written ("Acme" / "Acme Group"), or one person behind two
    titles ("CEO John Foley" / "Officer John Foley")."""
    if name_key(a) == name_key(b):
        return True
    pa, pb = person_name(a), person_name(b)
    if pa and pa == pb:
        return True
    if pa and pb and _romanised_alike(pa, pb):
        return True
    if (pa or pb) and 1 in (len(a.split()), len(b.split())) and _romanised_alike(a, b):
        return True  # a surname alone: "Verhuek" for "Tomas Verhoek"
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa) and not _another_model(a, b)


def _romanised_alike(a: str, b: str) -> bool:
    """One person's name romanised two ways ("Timur Khalilov" / "Timur Chalilow"): the
    surnames' consonants alike by any convention, the given names' first letters alike. A
    couple's names ("Jan Kowalski" / "Anna Kowalska") differ in the given name."""
    (fa, *ra), (fb, *rb) = a.split(), b.split()
    la, lb = (ra or [fa])[-1], (rb or [fb])[-1]
    surname = skeleton(latin(la))
    # a surname alone ("Verhoek", "Verhuek") has no given name to differ in
    given = not (ra and rb) or fold(fa)[:1] == fold(fb)[:1]
    return len(surname) >= 3 and surname == skeleton(latin(lb)) and given


def _another_model(a: str, b: str) -> bool:
    """A numbered name and the same with a word after its number: two models or versions
    ("Model 15" / "Model 15 Pro", "Series 7" / "Series 7 Ultra"), not one name written
    twice."""
    short, long = sorted((a.casefold().split(), b.casefold().split()), key=len)
    if not short or not any(ch.isdigit() for ch in short[-1]) or short[-1] not in long:
        return False
    return long.index(short[-1]) < len(long) - 1


def measures_meet(a: Frame, b: Frame) -> bool | None:
    """True when both frames say what they measure and share a lemma or class, False when both
    say it and share nothing, None when one of them does not say."""
    if not a.measure or not b.measure:
        return None
    # "won by 2.5 points" and "three wins": one's verb spelling the noun the other counts is
    # no evidence that the two count one thing
    crossed = ({a.act} & {b.counted} - {b.act, a.counted}) | (
        {b.act} & {a.counted} - {a.act, b.counted}
    )
    return bool((a.measure & b.measure) - crossed)
