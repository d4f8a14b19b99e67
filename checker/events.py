"""EVENTS: what a date or a clock time dates, read off the parse tree.

A date in a sentence dates an act: the verb it modifies ("the bridge was *reopened* on 26
December") and what the act is done to ("the *bridge*"), whether the sentence is active
("engineers reopened the bridge on 27 December") or passive. Two outlets' dates of one act are
one event dated twice: a different day or hour is a conflict. Dates of different acts ("the
trial opened on Monday", "the verdict came on Friday") say nothing about each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from checker.extract.dates.days import span_text
from checker.extract.dates.later import later_dates
from checker.extract.modality import negation_cues
from checker.extract.vocab import the_month_may
from checker.lexicon import lexicon, per_pack
from checker.parse.sentences import Parsed, Parses
from checker.records import Claim, DateMention, Event
from checker.slots.tree import entity_text
from checker.slots.words import _words
from checker.stems import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A date on a verb of saying dates the statement, not what it reports ("officials said Feb. 8
# that residents could return"): an act of its own, never another outlet's act
_SAYING = frozenset({"say", "tell", "add", "state"})
_LIGHT = frozenset({"be", "have", "do"}) | _SAYING
SAID = "say"
PLANNED = "schedule"


def event_of(tok: Token, span: Span | None = None) -> Event | None:
    """The act a date token dates: the verb it hangs from (through prepositions) and the
    lemmas of what is acted on (object, passive subject, or an intransitive verb's subject);
    or the noun it qualifies, whose act it dates. `span`: the date's own words ("8:29 a.m.
    local time"), whose nouns are no act."""
    verb = tok
    if tok.dep_ == "conj" and tok.head.like_num and tok.head.i != tok.i:
        return event_of(tok.head)  # "the 2030 and 2034 World Cups": dated as the first is
    shared = next(
        (c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if shared is not None and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "host the 2018 and 2022 World Cups": the parser makes the first year the object and
        # the noun its conjunct; both years name editions of the noun, neither dates the act
        return Event(shared.lemma_.lower(), noun=True)
    told = _when_clause(tok)
    if told is not None and told.lemma_.lower() not in _LIGHT:
        # "since 2018, when he was sentenced": the clause the date introduces tells its act
        return _verb_event(told)
    for _ in range(4):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        inside = span is not None and span.start <= verb.i < span.end
        if verb.pos_ in ("VERB", "NOUN") and not inside:
            break
    if tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ == "PROPN":
        # "at the 2022 Beijing Winter Olympics", "the 2021 Games": a year in a name is the
        # named event's, not the act done at it
        return Event(tok.head.lemma_.lower(), noun=True)
    # a date written on the noun itself ("Monday's shooting", "the 2 March ballot") dates
    # the noun's act, wherever the noun stands
    attributive = tok.head.i == verb.i and tok.dep_ in ("poss", "compound", "nummod", "amod")
    if (
        verb.pos_ == "NOUN"
        and verb.dep_ == "pobj"
        and verb.head.head.pos_ == "VERB"
        and not attributive
    ):
        # "reopened after its renovation at 2.55pm": a time hung on the noun of a verb's
        # prepositional phrase is as often the verb's; the verb's act is the one dated
        verb = verb.head.head
    carried = verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB"
    if verb.pos_ == "NOUN" and carried and stem(verb.head.lower_) in _words().support:
        # "reached the verdict on Wednesday", "staged a walkout on Monday": the noun's act is
        # the verb's, whichever of the two the parser hangs the date on
        return _verb_event(verb.head)
    if verb.pos_ == "NOUN":
        # "the 2 March ballot", "a recount on Wednesday": the date dates the noun's act
        return Event(
            verb.lemma_.lower(), noun=True, ordinal=_ordinal_of(verb), named=_named_by(verb)
        )
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _SAYING:
        return Event(SAID)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT:
        return None
    if _noun_read_as_verb(verb):
        # "declared the measles outbreak over at 5.45 p.m.": the act is the declaring, done
        # to the outbreak the parser took for a verb
        event = _verb_event(verb.head)
        return replace(event, themes=event.themes | {verb.lemma_.lower()})
    return _verb_event(_commented(verb))


# Verbs that take a bare infinitive ("saw him fall", "let them go"): English grammar's closed
# class of perception and causative verbs
_BARE_INFINITIVE = frozenset(
    {"see", "hear", "watch", "feel", "notice", "observe", "make", "let", "have", "help", "bid"}
)


def _noun_read_as_verb(verb: Token) -> bool:
    """A bare verb with a subject under a verb that takes no bare infinitive: the parser read
    a small clause's noun as a verb ("declared [the measles outbreak] over")."""
    head = verb.head
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ccomp"
        and head.pos_ == "VERB"
        and head.lemma_.lower() not in _BARE_INFINITIVE
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "mark") or c.lower_ == "to" for c in verb.children)
    )


def _commented(verb: Token) -> Token:
    """The verb an "as" clause without a subject comments on: "blasted off as scheduled from
    the launchpad at 9:28" is parsed with the time under "scheduled"; it dates the blast-off."""
    children = list(verb.children)
    as_clause = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children
    )
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    if as_clause and not subject and verb.head.pos_ == "VERB":
        return verb.head
    return verb


def _when_clause(tok: Token) -> Token | None:
    """The verb of a relative clause that the date introduces with "when" ("in 2018, when he
    was sentenced"), if any."""
    for child in tok.children:
        told = child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX")
        if told and any(g.dep_ == "advmod" and g.lower_ == "when" for g in child.children):
            return child
    return None


def _subject_of_conjunct(verb: Token) -> list[Token]:
    """A verb joined to another by "and" shares that one's subject when it has none of its
    own: "Whelan was arrested ... and was convicted and sentenced in June 2020"."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
    return []


def _verb_event(verb: Token) -> Event:
    """The act a verb tells, with what it is done to and who does it."""
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children += _subject_of_conjunct(verb)
    act = verb.lemma_.lower()
    if _words().status_verbs.get(stem(verb.lower_)) == "plan":
        # "scheduled for 2025", "slated for late 2026", "planned for 2025": one act, the
        # setting of a day for what is planned
        act = PLANNED
    if stem(verb.lower_) in _words().support:
        # "a walkout was staged", "held a vote": the act is the event the noun names
        event = next(
            (c for c in children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None
        )
        if event is not None:
            act = event.lemma_.lower()
            children = [c for c in children if c.i != event.i]
    elif stem(verb.lower_) in _words().occurrence and _occurs(verb, children):
        # "the soft landing occurred at 18:03 IST": the act is the landing
        event = next(c for c in children if c.dep_ == "nsubj")
        act = event.lemma_.lower()
        children = [c for c in children if c.i != event.i]
    doers = [c for c in children if c.dep_ == "nsubj"] if _transitive(verb) else []
    doers += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # what is acted on: the verb's nominal arguments and those of its clausal complement
    # ("declared the outbreak over"), whatever the voice; not who acts
    args = [c for c in children if c.dep_ in _ARGS]
    args += [g for c in children if c.dep_ in ("ccomp", "xcomp", "oprd") for g in c.children]
    passive_of = verb.head if _done_to_head(verb) else None
    themes = frozenset(
        t.lemma_.lower()
        for t in args
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _ARGS and all(t.i != d.i for d in doers)
    ) | ({passive_of.lemma_.lower()} if passive_of is not None else set())
    # "identified nine of the victims": what the number takes part of is acted on
    themes |= {
        whole.lemma_.lower()
        for t in args
        if t.dep_ in _ARGS and all(t.i != d.i for d in doers)
        if (whole := _partitive_whole(t)) is not None
    }
    # "a cloud of toxic gas leaked": what the cloud is of is acted on too
    themes |= {
        g.lemma_.lower()
        for t in [*args, *([passive_of] if passive_of is not None else [])]
        if t.lemma_.lower() in themes
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
    }
    # "four boys extracted on Sunday": a participle's noun is what it is done to
    acted_on = [t for t in args if all(t.i != d.i for d in doers)]
    acted_on += [passive_of] if passive_of is not None else []
    # "sausage packs", "other sausage products": a compound names the thing too, and the
    # parser may hang the noun's qualifier on it; not on a noun that refers back to a name
    # ("the messaging services" are the Acme apps another outlet names)
    compounds = [
        c
        for t in acted_on
        if t.lemma_.lower() not in _words().referring
        for c in t.children
        if c.dep_ == "compound" and c.pos_ == "NOUN"
    ]
    themes |= {c.lemma_.lower() for c in compounds}
    # "sentenced in a separate case": the matter an act is done in or for tells a step too
    matters = [
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("in", "for")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    part = next(
        (
            m.lower_
            for t in acted_on + compounds + matters
            for m in t.children
            if m.lower_ in _words().series
        ),
        "",
    )
    agents = frozenset(entity_text(t).casefold() for t in doers if t.pos_ == "PROPN")
    particle = next(
        (
            c.lower_
            for c in children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _words().particles)
        ),
        "",
    )
    amounts = frozenset(
        n.text.replace(",", "")
        for t in args
        if all(t.i != d.i for d in doers)
        for n in t.children
        if n.dep_ == "nummod" and n.like_num
    )
    # "would", "could", "may": a possibility (rules/lexicon/frames.yaml); "will" dates what is
    # scheduled, which two outlets may date two ways
    modals = _words().status_modals
    modal = next(
        (
            c.lower_
            for c in children
            if modals.get(c.lower_) == "possible"
            and not the_month_may(
                c.text,
                c.i == c.sent.start,
                c.doc[c.i + 1].text if c.i + 1 < len(c.doc) else "",
            )
        ),
        "",
    )
    if _not_done(verb):
        # "did not reach a verdict on Monday", "was unable to reach a verdict Monday
        # afternoon": no act was done that day
        modal = "not"
    elif not modal and verb.dep_ == "xcomp" and stem(verb.head.lower_) in _words().status_verbs:
        # "was due to appear in November", "plans to open on Monday": the act's day as
        # planned or expected, not the day of an act done
        modal = _words().status_verbs[stem(verb.head.lower_)]
    named = frozenset(
        entity_text(t).casefold()
        for t in args
        if t.pos_ == "PROPN" and t.dep_ in _ARGS and all(t.i != d.i for d in doers)
    )
    described = bool(themes) and not named and all(t.dep_ == "nsubj" for t in args)
    return Event(
        act,
        themes,
        agents,
        particle=particle,
        part=part,
        modal=modal,
        amounts=amounts,
        named=named,
        described=described and passive_of is None,
        ordinal=_which_time(verb),
        earlier=any(c.dep_ == "advmod" and c.lower_ in _words().earlier_adverbs for c in children),
    )


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


@per_pack
def _ordinals() -> tuple[dict[str, str], frozenset[str]]:
    numbers = lexicon("numbers")
    return (
        {str(k): str(v) for k, v in numbers["ordinals"].items()},
        frozenset(map(str, numbers["frequency_adverbs"])),
    )


def _ordinal(tok: Token) -> str:
    """The number an ordinal word or figure says ("29th" -> "29", "second" -> "2"), or ""."""
    m = _ORDINAL.fullmatch(tok.lower_)
    return m.group(1) if m else _ordinals()[0].get(tok.lower_, "")


def _named_by(noun: Token) -> frozenset[str]:
    """The name a dated noun describes ("16th-century French monk Marin Mersenne", "Marin
    Mersenne, a 17th-century monk"): the one thing both dates are of."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if noun.head.pos_ == "PROPN" and noun.dep_ in ("compound", "appos"):
        names.append(noun.head)
    return frozenset(entity_text(t).casefold() for t in names)


def _ordinal_of(noun: Token) -> str:
    """ "his second climb", "the 30th summit": which of like acts the noun is."""
    return next((n for c in noun.children if c.dep_ == "amod" and (n := _ordinal(c))), "")


def _which_time(verb: Token) -> str:
    """Which of several like acts the verb tells (Event.ordinal): "for the 29th time",
    "first climbed"; "many" for acts told together ("twice last year", "three times")."""
    ordinals, frequency = _ordinals()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ == "time" and (n := _ordinal_of(g)):
                    return n
        if c.dep_ == "advmod" and c.lower_ == "first":
            return ordinals["first"]
        if c.lower_ == "times" and any(n.dep_ == "nummod" for n in c.children):
            return "many"
        # the parse may hang "twice" on the date ("twice last year")
        if c.lower_ in frequency or any(g.lower_ in frequency for g in c.children):
            return "many"
    return ""


def _partitive_whole(arg: Token) -> Token | None:
    """The noun a bare number takes part of ("identified nine *of the victims*"), if any."""
    if arg.pos_ != "NUM":
        return None
    of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else None


def _not_done(verb: Token) -> bool:
    """The verb is negated, or hangs on a word that says its act did not happen ("failed to",
    "unable to": the negation cues of rules/lexicon/modality.yaml)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    return any(c.dep_ == "neg" for c in head.children) or bool(
        negation_cues().fullmatch(f"{head.lower_} to")
    )


def _done_to_head(verb: Token) -> bool:
    """The clause tells what was done to, or befell, the noun it hangs on: a participle ("meat
    *produced* on 17 June") or a relative clause whose pronoun stands for that noun as what is
    acted on ("meat *that was produced* on 17 June", "the ship *which sank* on Monday")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if verb.dep_ != "relcl":
        return False
    return any(
        c.tag_ in ("WDT", "WP")
        and (c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not _transitive(verb)))
        for c in verb.children
    )


def _occurs(verb: Token, children: list[Token]) -> bool:
    """The verb says its subject, a common noun, came about: "occurred", "happened", "took
    place" ("take" only with "place": "took 40 minutes" is no event of its own)."""
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if verb.lemma_.lower() == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in children)
    return True


def _transitive(verb: Token) -> bool:
    """The verb acts on something, so its subject is who acts, not what is acted on."""
    return any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") for c in verb.children)


_ARGS = ("dobj", "nsubjpass", "nsubj", "dative")


def date_events(claims: Sequence[Claim], parses: Parses) -> list[Claim]:
    """The claims with each date's event read off its sentence's tree, where it was parsed,
    and the dates told as a span after another date ("four days later") added: those count
    from the dates as read here, a year moved back by the tense included."""
    out = []
    read: dict[tuple[str, int], list[DateMention]] = {}  # by article and sentence
    for c in claims:
        parsed = parses.of(c) if c.dates or "later" in c.text else None
        if parsed is None:
            out.append(c)
            continue
        mentions = _with_events(c.dates, parsed)
        earlier = [*read.get((c.source, c.sentence - 1), ()), *read.get((c.source, c.sentence), ())]
        spans = later_dates(c.text, c.start, [*earlier, *mentions], taken=mentions)
        if spans:
            found = (*mentions, *_with_events(spans, parsed))
            mentions = tuple(sorted(found, key=lambda d: d.start))
        read.setdefault((c.source, c.sentence), []).extend(mentions)
        out.append(replace(c, dates=mentions) if mentions != c.dates else c)
    return out


def _with_events(dates: Sequence[DateMention], parsed: Parsed) -> tuple[DateMention, ...]:
    """Each date with the event its tree shows, its year moved back where the verb's tense
    says so."""
    out: list[DateMention] = []
    for d in dates:
        span = parsed.span(d.start, d.end)
        anchor = _anchor(span) if span is not None and len(span) else None
        event = event_of(anchor, span) if anchor is not None else None
        if d.since and anchor is not None and _when_clause(anchor) is not None:
            # "held since 2018, when he was sentenced": the day of that act, no state's start
            d = replace(d, since=False)
        if anchor is not None and _later_year_told_as_past(d, anchor):
            d = _year_before(d)
        out.append(replace(d, event=event) if event is not None else d)
    return tuple(out)


def _later_year_told_as_past(d: DateMention, anchor: Token) -> bool:
    """A month or day written without its year, put in the article's year after the article
    date, though the verb it dates is told in the past ("launched in November" in an October
    article): the verb's tense, not the words around it, says it was last year's. A participle
    ("was scheduled for December") says nothing: only a finite past or a perfect counts."""
    if d.yearless is None or d.first is None or d.first <= d.yearless:
        return False
    verb = anchor
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ == "VBN" and any(a in ("has", "have", "had") for a in auxes)


def _year_before(d: DateMention) -> DateMention:
    """The mention moved one year back, and its basis saying why."""
    assert d.first is not None and d.last is not None

    def back(day: date) -> date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return day.replace(year=day.year - 1, day=28)

    first, last = back(d.first), back(d.last)
    basis = (
        f"'{d.text}' has no year and is told in the past: {first.year}, the last before the "
        f"article date {d.yearless} → {span_text(first, last)}"
    )
    return replace(d, first=first, last=last, basis=basis)


def _anchor(span: Span) -> Token:
    """The token through which a date hangs in its sentence: its digits where the parse hangs
    the rest elsewhere ("began around 11:40 a.m. ET" with "a.m." and "ET" parsed into other
    clauses), else the span's root."""
    outside = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    digits = (t for t in outside if any(ch.isdigit() for ch in t.text))
    # "at 8:29 a.m. local time" parsed with "local time" as a sentence of its own: the word
    # hung into the sentence ("a.m." under "at") leads to the act, the fragment's root does not
    attached = (t for t in outside if t.head.i != t.i)
    return next(digits, next(attached, span.root))


def same_event(a: DateMention, b: DateMention) -> bool | None:
    """True when the tree shows two dates date one act, False when it shows two acts, None
    when a sentence was not read."""
    if a.event is None or b.event is None:
        return None
    said = (a.event.verb == SAID, b.event.verb == SAID)
    if any(said):
        # a statement's day against an act's: two acts; two statements: the words decide
        return None if all(said) else False
    if a.event.earlier != b.event.earlier:
        return False  # "originally scheduled for 2025", "now scheduled for 2027"
    if a.event.ordinal and b.event.ordinal and a.event.ordinal != b.event.ordinal:
        return False  # "for the 29th time on May 12", "for a record 30th time Wednesday"
    if idiom_apart(a, b):
        return None  # "derailed" and "came off the rails": the verb alone does not say
    if not _same_act(a.event, b.event) or _particles_differ(a.event, b.event):
        return False
    if a.event.noun and b.event.noun and _same_names(a.event.named, b.event.named):
        return True  # "16th-century monk Marin Mersenne", "the 17th-century monk Mersenne"
    if a.event.noun or b.event.noun:
        # "the 2011 election" and "the 2021 election" are two elections as often as one
        # misdated: a noun's date is left to the words around it
        return None
    if a.event.agents and b.event.agents and not _same_names(a.event.agents, b.event.agents):
        return False  # "Acme signed him in 2016", "Bolt signed him in 2013": two acts
    if _other_named(a.event.named, b.event.named):
        return False  # "won the Kessel Marathon on Sunday", "won the Varna Marathon in April"
    if a.event.amounts and b.event.amounts and not a.event.amounts & b.event.amounts:
        return False  # "210 nests counted on 14 April", "345 on 26 March": two counts
    if a.event.modal != b.event.modal:
        return False  # "a bill that would legalize abortion on Tuesday", "legalized on Wednesday"
    if (a.event.part or b.event.part) and a.event.part != b.event.part:
        return False  # "another four were rescued Monday", "the remaining four on Tuesday"
    # "the company" refers back to the name another outlet writes ("the airline"): no theme
    # of its own to tell two acts apart
    ta, tb = a.event.themes - _words().referring, b.event.themes - _words().referring
    if ta and tb and not ta & tb:
        # "the night ferry set off", "the vessel set off": a verb that acts on nothing,
        # of one thing described two ways; a name would tell two things apart
        return a.event.described and b.event.described
    return True


def refers_only(event: Event) -> bool:
    """What the act is done to is only a noun that refers back to a name ("the company has
    been founded"), which the article names elsewhere, if at all."""
    return bool(event.themes) and not event.named and event.themes <= _words().referring


def idiom_apart(a: DateMention, b: DateMention) -> bool:
    """Two different verbs, one a verb of motion or change whose act the words after it name
    ("came off the rails" against "derailed"), about one thing: the tree cannot tell."""
    if a.event is None or b.event is None or _same_act(a.event, b.event):
        return False
    phrasal = _words().phrasal
    if not ({a.event.verb, b.event.verb} & phrasal):
        return False
    return bool(a.event.themes & b.event.themes)


def _other_named(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one kind of thing, told apart by their other words ("kessel marathon",
    "varna marathon"), and no name the two share."""
    if not (a and b) or _same_names(a, b):
        return False
    return any(x.split()[-1] == y.split()[-1] for x in a for y in b)


def _same_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some name of one is some name of the other, however fully written."""
    return any(
        set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b
    )


def _acts(e: Event) -> set[str]:
    """The act's names: the verb, and with its particle the compound noun of the same act
    ("walk" + "out": "walkout", "shut" + "down": "shutdown")."""
    # stems: the lemmatizer writes an unknown verb's lemma oddly ("relaunched" -> "relaunche")
    return {stem(e.verb), stem(e.verb + e.particle)} if e.particle else {stem(e.verb)}


def _same_act(a: Event, b: Event) -> bool:
    return bool(_acts(a) & _acts(b))


def _particles_differ(a: Event, b: Event) -> bool:
    """ "walked out" and "walked back" are two acts; "declared over" and "declared" may be one."""
    return bool(a.particle and b.particle and a.particle != b.particle and a.verb == b.verb)


def event_matches(a: DateMention, b: DateMention) -> int:
    """How much of two dates' events the tree shows to be the same, of 3: the act, what it is
    done to, who does it."""
    if a.event is None or b.event is None or not _same_act(a.event, b.event):
        return 0
    if _particles_differ(a.event, b.event):
        return 0
    themes = bool(a.event.themes & b.event.themes)
    agents = bool(a.event.agents and b.event.agents and _same_names(a.event.agents, b.event.agents))
    return 1 + int(themes) + int(agents)
