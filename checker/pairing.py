"""PAIRING: which facts of aligned claims are one referent, and how much says so.

On the claims that the story's alignment (checker/align.py) pairs across outlets, `fact_pairs`
pairs the facts (checker/facts.py) whose referents agree: never a legal cap against an actual
figure, never two parties that each outlet binds to its own figure. Each `FactPair` says how
much its referents agree, and kinds ask more of a clash than of an agreement (`FactBar`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from checker.align import WORDED_ALIKE, Alignment
from checker.extract.hedges import Interval
from checker.extract.vocab import singular
from checker.facts import Fact, generic_people, measures_differ, same_group, same_unit
from checker.frames import Frame, measures_meet, same_name, slots_differ
from checker.records import Claim
from checker.slots.words import _words
from checker.stems import content_stems, stem

RARE_SHARE = 0.15  # a stem in more of the story's claims than this says little


@dataclass(frozen=True)
class FactPair:
    """Two outlets' facts whose referents agree, from claims aligned with `score`.

    `other_party`: the same measure of two different named parties (Google's fine, Meta's
    fine): never compared for value, at most reported as not comparable."""

    a: Fact
    b: Fact
    score: float
    other_party: bool = False
    anchored: bool = False  # both say what they measure or count, and it is the same
    evidence: int = 0  # referents that agree: party, measure, both lead, a rare word around
    bar: FactBar | None = None
    # From the parse (checker/frames.py): the first slot both frames fill that differs ("" for
    # none), and whether both say what they measure and it is one thing (None: one is silent).
    slots: str = ""
    tree_measure: bool | None = None
    # The story gives this measure to several holders ("the SNP won 64 seats", "the Tories 31")
    # and one of the two figures names none: nothing says whose it is, so it never clashes.
    whose_unknown: bool = False
    background: bool = False  # one figure is dated well before the story, the other is not
    # two spans of time whose frames share only their unit ("a four-year scheme", "sober for
    # five years"): the tree's evidence of one measure is weak, for a clash
    by_unit: bool = False

    @property
    def matched(self) -> int:
        """How many of the referents the pair rests on are positively the same, of MATCHABLE:
        what is measured, whose it is, when/where/on whose count, and wording close enough
        that the sentences are one report."""
        a, b = self.a.frame, self.b.frame
        measure = self.tree_measure is True or self.anchored
        holder = bool(a.holder_name and b.holder_name)  # both named and (else: slots) alike
        around = bool(
            (a.when and a.when == b.when)
            or (a.place and a.place == b.place)
            or (a.credited and a.credited == b.credited)
        )
        worded = self.score >= WORDED_ALIKE
        return int(measure) + int(holder and not self.slots) + int(around) + int(worded)

    @property
    def same_measure(self) -> bool:
        """Neither says what it measures, or both say it and one of the measures is shared
        ("paid a $17m fine" measures a fine and a payment; "fined €12m", a fine)."""
        return not measures_differ(self.a, self.b)

    @property
    def another_time(self) -> bool:
        """One figure is an earlier one ("the original €4.3bn"), a proposal ("its intended
        £183m") or dated well before the story ("in 2016, 36 miners were killed") and the
        other is not: they may agree, they never clash."""
        a, b = self.a, self.b
        return a.earlier != b.earlier or a.proposed != b.proposed or self.background

    @property
    def measures_differ(self) -> bool:
        """Both say what they measure, and it is not the same: a price is no wallet's total."""
        return measures_differ(self.a, self.b)

    def agreement_ok(self) -> bool:
        """Enough to call two agreeing figures one fact: agreement by chance is rare."""
        bar = self.bar or FactBar()
        return not self.other_party and self.score >= bar.needed(self.evidence + 1)

    def clash_ok(self, a: Interval | None = None, b: Interval | None = None) -> bool:
        """Enough to call two disagreeing figures one fact misreported: the same measure, and
        figures that say neither what they count nor what they measure need two other signs.
        A misreport keeps the order of magnitude, or swaps digits ("81" / "18") of a figure
        that says what it counts; further apart, two figures measure different things."""
        bar = self.bar or FactBar()
        if self.other_party or self.measures_differ or self.another_time or self.slots:
            return False
        if self.whose_unknown or self.a.frame.each != self.b.frame.each:
            return False  # whose it is unknown; or one member's figure against the group's
        # the tree says they measure different things: no word that both share overrides it,
        # but the two ends of spans of one dimension say what both measure ("from 16 to 23")
        if self.tree_measure is False and not self.a.span_end:
            return False
        if not (self.anchored or self.tree_measure):
            return False  # a clash needs positive evidence that both measure one thing
        a, b = a or self.a.interval(), b or self.b.interval()
        ratio = bar.max_ratio * (ANCHORED_RATIO if self.anchored else 1)
        evidence = self.evidence - int(self.by_unit and not self.anchored)
        sized = similar_size(a, b, ratio) or self.scale_slip()
        return self.score >= bar.needed(evidence) and sized

    def scale_slip(self) -> bool:
        """The same digits a thousand, a million or a billion times apart ("122 homes" /
        "122,000 homes", "$1.5" / "$1.5 billion"): a scale word dropped or added, one figure
        misreported."""
        x, y = sorted(abs(f.quantity.value) for f in (self.a, self.b))
        return x > 0 and any(abs(y / x - 1000**k) < 1e-6 * 1000**k for k in (1, 2, 3))

    def close_or_tied(self) -> bool:
        """Close enough to be one figure misreported on the measure alone, or tied by more
        than the measure (holder, time, place, counter, wording): far apart with nothing but
        the measure in common, two figures are as often two facts as one."""
        bar = self.bar or FactBar()
        a, b = self.a.interval(), self.b.interval()
        # measured between their nearest ends: "up to 300" and "more than 300" are close; and
        # a count off by one ("two" / "three" boats) is a slip whatever the ratio
        near, far = sorted((abs(min(a.high, b.high)), abs(max(a.low, b.low))))
        if self.matched >= 2 or far <= bar.close_ratio * near:
            return True
        return self.a_slip()

    def loosely_tied(self) -> bool:
        """One referent at most matched (the measure), no holder both name, and figures no
        slip explains: the sentences' own words must then say they are one report."""
        return self.matched <= 1 and not self.one_holder() and not self.a_slip()

    def one_holder(self) -> bool:
        """Both frames say whose the figures are, and it is one holder ("the jury" / "a
        federal jury"; "Acme" / "Acme"): that ties two sentences whatever their other words."""
        a, b = self.a.frame, self.b.frame
        if a.holder and b.holder:
            return a.holder == b.holder
        heads = a.holder_noun.split()[:1], b.holder_noun.split()[:1]
        return bool(heads[0]) and heads[0] == heads[1]

    def a_slip(self) -> bool:
        """The figures read as one mistyped or miscounted: a count off by one ("two" / "three"
        boats), or one digit wrong or two swapped ("1,800" / "2,800", "81" / "18"). The
        values themselves then tie the two sentences, whatever else they share."""
        a, b = self.a.interval(), self.b.interval()
        near, far = sorted((abs(min(a.high, b.high)), abs(max(a.low, b.low))))
        digits = one_digit_apart(self.a.quantity.value, self.b.quantity.value)
        return far - near <= 1 or digits or self.scale_slip()


def one_digit_apart(x: float, y: float) -> bool:
    """Whole numbers written with as many digits, one digit mistyped ("1,800" / "2,800") or
    two neighbours swapped ("81" / "18"): a typing slip, however far apart the values. A round
    figure of one digit ("2 million" / "3 million") is no typing of another."""
    if x != int(x) or y != int(y):
        return False
    a, b = str(abs(int(x))), str(abs(int(y)))
    if len(a) != len(b) or a == b or min(len(a.rstrip("0")), len(b.rstrip("0"))) < 2:
        return False
    apart = [i for i, (p, q) in enumerate(zip(a, b, strict=True)) if p != q]
    swapped = len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]]
    return len(apart) == 1 or (swapped and a[apart[1]] == b[apart[0]])


ANCHORED_RATIO = 2.5  # how much further apart figures that name their measure may be

MATCHABLE = 4  # referents FactPair.matched counts


def similar_size(a: Interval, b: Interval, max_ratio: float) -> bool:
    """Figures a reader would take for one measure misreported: within a factor of each
    other ("135" against "154" deaths, not "4,000" injured against "158")."""
    lo, hi = sorted((abs(a.low + a.high) / 2, abs(b.low + b.high) / 2))
    return lo > 0 and hi <= max_ratio * lo


@dataclass(frozen=True)
class FactBar:
    """How closely two claims must match for their facts to be compared, by how much their
    referents say: both party and measure agree (`named`), one of them (`partial`), neither
    is known (`unknown`)."""

    named: float = 30.0
    partial: float = 45.0
    unknown: float = 62.0
    max_ratio: float = 4.0  # figures further apart than this factor measure different things
    # A misreport is most often a slip ("184" / "189"); figures further apart than this factor
    # are as often two facts, and clash only when more than the measure ties them
    close_ratio: float = 1.25

    def needed(self, evidence: int) -> float:
        return (self.unknown, self.partial, self.named)[min(evidence, 2)]


def _mentions(claim: Claim, fact: Fact) -> bool:
    """The claim names the fact's party somewhere, bound to a figure or not."""
    words = set(fact.party_name.casefold().split())
    return any(words & set(e.casefold().split()) for e in claim.entities)


def same_party(a: Fact, b: Fact) -> bool:
    """One name, however fully written: "Acme" and "Acme Bank" are one party."""
    return a.party == b.party or same_name(a.party_name, b.party_name)


def _same_thing(a: Fact, b: Fact) -> bool:
    """Both figures name what they count, and it is one kind of thing."""
    qa, qb = a.quantity, b.quantity
    if qa.dimension != "count" or qb.dimension != "count":
        return False  # "three days" and "a day" share a unit, not a subject
    if not (qa.unit and qb.unit) or not same_unit(qa, qb):
        return False
    # "people" names no particular thing: two counts of people are one fact by what they measure
    return not (generic_people(qa) and generic_people(qb))


def _same_noun(a: Fact, b: Fact) -> frozenset[str]:
    """The stems of what both figures count, when they write it word for word alike after
    the number ("ten foreigners", "15 foreigners"; not "five collapsed buildings" and "17
    buildings"); none for the generic "people", which any crowd is."""
    if not _same_thing(a, b) or generic_people(a.quantity) or generic_people(b.quantity):
        return frozenset()
    if _counted_words(a.quantity.text) != _counted_words(b.quantity.text):
        return frozenset()
    return frozenset(content_stems(a.quantity.unit))


def _one_persons_age(a: Fact, b: Fact) -> bool:
    """Two ages given to one named person ("32-year-old Ana Ruiz", "Ana Ruis, 33"): an age
    says what it measures, and the name says whose it is."""
    fa, fb = a.frame, b.frame
    return (
        a.quantity.dimension == b.quantity.dimension == "age"
        and not (_bracketed(a) or _bracketed(b))
        and bool(fa.holder and fb.holder)
        and same_name(fa.holder_name, fb.holder_name)
    )


def _bracketed(f: Fact) -> bool:
    """A bare figure in brackets after a name ("Ana Ruiz (35)"): an age in one story, a
    tally of goals or seats in another."""
    text, q, start = f.claim.text, f.quantity, f.claim.start
    before, after = text[: q.start - start].rstrip(), text[q.end - start :].lstrip()
    return before.endswith("(") and after.startswith(")")


def _counted_words(text: str) -> tuple[str, ...]:
    """The words after a count's number: "ten foreigners" -> ("foreigner",)."""
    words = text.casefold().split()[1:]
    return tuple(words[:-1]) + tuple(singular(w) for w in words[-1:])


def _legal(a: Fact, b: Fact) -> bool:
    """A cap meets a figure stated as a rule too ("liable to a fine of $1,000")."""
    return (a.cap or a.legal) and (b.cap or b.legal)


def fact_pairs(
    alignment: Alignment, keep: Callable[[Fact], bool], bar: FactBar, since: date | None = None
) -> list[FactPair]:
    """Facts of aligned claims from two outlets whose referents do not contradict each
    other (see FactPair): never a legal cap against an actual figure, never two parties
    that each outlet binds to its own figure. Each pair says how much its referents agree
    (`evidence`); kinds ask more of a clash than of an agreement (`FactPair.clash_ok`)."""

    def has(c: Claim) -> bool:
        return any(keep(f) for f in alignment.facts.get(c.id, ()))

    out: dict[tuple, FactPair] = {}
    held = _held_by_several(alignment)
    claim_pairs = alignment.counterparts(
        f"facts:{id(keep)}", has, bar.named, best_only=False, per_outlet=3
    )
    scored = [
        (fa, fb, pair.score)
        for pair in claim_pairs
        for fa in alignment.facts[pair.a.id]
        for fb in alignment.facts[pair.b.id]
    ]
    # a person's age, wherever each outlet gives it: no sentence need be worded like another
    scored += _ages_of_one_person(alignment, keep)
    for fa, fb, score in scored:
        if not (keep(fa) and keep(fb)) or (fa.key, fb.key) in out:
            continue
        found = _fact_pair(alignment, fa, fb, score, bar, held, since)
        if found is not None:
            out[(fa.key, fb.key)] = found
    return list(out.values())


def _fact_pair(
    alignment: Alignment,
    fa: Fact,
    fb: Fact,
    score: float,
    bar: FactBar,
    held: frozenset[str],
    since: date | None,
) -> FactPair | None:
    """The pair of two facts of claims `score` alike, or None when their referents differ."""
    if fa.cap != fb.cap and not _legal(fa, fb):
        return None
    if not same_group(fa, fb):
        return None  # "53 Nepalese citizens" are some of the "72 people"
    if fa.span_end != fb.span_end:
        return None  # the youngest of a span is no "14-year-old", nor the oldest
    acts = (fa.frame.act, fb.frame.act)
    if fa.elapsed and fb.elapsed and all(acts) and acts[0] != acts[1]:
        return None  # "entered two weeks ago", "found a week ago": since two acts
    if (fa.elapsed and _lasted(fb)) or (fb.elapsed and _lasted(fa)):
        return None  # "found a week ago", "gripped the world for two weeks": the time
        # since an act is not how long a state lasted
    named = bool(fa.party and fb.party)
    if named and not same_party(fa, fb):
        binds = _binds(alignment, fb.claim, fa) or _binds(alignment, fa.claim, fb)
        both = _mentions(fb.claim, fa) or _mentions(fa.claim, fb)
        if fa.party_guessed or fb.party_guessed or (both and not binds):
            named = False  # a guess, or both names in one sentence
        elif score >= bar.unknown and fa.measured & fb.measured:
            return FactPair(fa, fb, score, other_party=True)
        else:
            return None
    measure = bool(fa.measured & fb.measured)
    thing = _same_noun(fa, fb)
    tree = measures_meet(fa.frame, fb.frame)
    by_unit = bool(tree) and unit_only(fa, fb)
    if tree and _shares_of_other_acts(fa, fb):
        tree = False
    age = _one_persons_age(fa, fb)
    if age:
        tree = True  # whatever the clause's verb, an age measures its person
    evidence = (
        int(named)
        + int(measure or bool(thing) or bool(tree))
        + int(fa.leads and fb.leads)
        + int(bool(_rare(alignment, (fa.context & fb.context) | thing)))
    )
    return FactPair(
        fa,
        fb,
        score,
        # one end of two spans of one dimension ("ages 14 to 27", "from 16 to 23") says
        # what both measure
        anchored=measure
        or _same_thing(fa, fb)
        or (bool(fa.span_end) and fa.quantity.dimension == fb.quantity.dimension)
        or age,
        evidence=evidence,
        bar=bar,
        slots=_slots(fa, fb),
        tree_measure=tree,
        whose_unknown=not (_whose(fa) and _whose(fb))
        and bool(_measure_keys(fa) & _measure_keys(fb) & held),
        background=_background(fa, since) != _background(fb, since),
        by_unit=by_unit,
    )


def unit_only(fa: Fact, fb: Fact) -> bool:
    """Two spans of time whose frames share nothing but their unit ("a four-year scheme",
    "sober for five years"): weak evidence that they measure one thing."""
    return not measures_meet(_beyond_unit(fa), _beyond_unit(fb))


def _beyond_unit(f: Fact) -> Frame:
    """The frame, for a span of time without its unit among what it measures."""
    frame = f.frame
    if f.quantity.dimension != "duration" or not frame.counted:
        return frame
    unit = stem(frame.counted)
    return replace(frame, measure=frozenset(m for m in frame.measure if stem(m) != unit))


def _ages_of_one_person(
    alignment: Alignment, keep: Callable[[Fact], bool]
) -> list[tuple[Fact, Fact, float]]:
    """Ages two outlets give one named person, with their claims' score: "32-year-old Ana
    Ruiz" in a list of suspects and "Ana Ruis, a 33-year-old nurse, confessed" are rarely
    worded alike enough for the claims to pair."""
    ages = [
        f
        for facts in alignment.facts.values()
        for f in facts
        if f.quantity.dimension == "age" and f.frame.holder and keep(f)
    ]
    found = []
    for i, fa in enumerate(ages):
        for fb in ages[i + 1 :]:
            if alignment.outlets(fa.claim) & alignment.outlets(fb.claim):
                continue  # one outlet's two ages are its own affair
            if _one_persons_age(fa, fb):
                score = alignment.scores([fa.claim], [fb.claim])[0][0]
                found.append((fa, fb, score))
    return found


# A figure dated this long before the story's first article is history ("in 2016"); wider
# than a claim's background (kinds/_shared.BACKGROUND_DAYS): a figure of "last month" may
# still be the story's own running count.
HISTORY_DAYS = 60


# "for", then a hedge or a determiner at most ("for more than two weeks", "for the past month")
_FOR = re.compile(
    r"\b(?:for|during)\s+(?:(?:more|less|than|about|nearly|almost|over|under|around|roughly"
    r"|some|just|at|least|the|past|last|first)\s+)*$",
    re.I,
)


def _lasted(f: Fact) -> bool:
    """A duration given as how long something went on: "for more than two weeks"."""
    q, claim = f.quantity, f.claim
    return q.dimension == "duration" and bool(
        _FOR.search(claim.text, max(0, q.start - claim.start - 40), q.start - claim.start)
    )


def _shares_of_other_acts(a: Fact, b: Fact) -> bool:
    """Two percentages of one population that did two things: "94 percent of residents
    answered the survey" and "81.7% of residents own a car" share only their base,
    which is no evidence that they measure one thing. Two wordings of one act ("wind farms
    supplied 27% of the electricity", "24% of the electricity came from wind farms") say in
    each sentence something of the other's clause."""
    if not a.quantity.dimension == b.quantity.dimension == "percent":
        return False
    fa, fb = a.frame, b.frame
    if not (fa.act and fb.act) or fa.act == fb.act or fa.classes & fb.classes:
        return False
    return not (fa.predicate & fb.sentence or fb.predicate & fa.sentence)


def long_before(day: date, since: date | None) -> bool:
    """The day ends well before the story's first article: a past event's."""
    return since is not None and (since - day).days > HISTORY_DAYS


def _slots(a: Fact, b: Fact) -> str:
    """The slot that tells two figures apart (frames.slots_differ). A sum of money paid or
    agreed has one true value, whoever reports it: two credited sources ("the companies
    announced", "the Journal reported") are two counters only of a count or a rate."""
    money = a.quantity.dimension == b.quantity.dimension == "money"
    return slots_differ(a.frame, b.frame, counters=not money)


def _background(f: Fact, since: date | None) -> bool:
    """The figure's own time ends well before the story's first article: a past event's
    figure ("in 2016, 36 miners were killed" in a story of 2021)."""
    when = f.frame.when
    return when is not None and long_before(when[1], since)


def _whose(f: Fact) -> str:
    """The figure's holder, from the tree or the words around it ("Acme was fined ...")."""
    return f.frame.holder or f.party


def _measure_keys(f: Fact) -> frozenset[str]:
    """What a figure measures, as keys for telling whose it is: the noun it counts and the
    classes of its measure ("seat", "class:seat")."""
    frame = f.frame
    if f.quantity.dimension not in ("count", "money", "percent"):
        return frozenset()  # "three minutes", "150 mph": a unit, not what anyone holds
    if frame.classes & _words().caused:
        # a toll is the event's: a holder of deaths or injuries ("the navy's injured") names a
        # part of them, and a figure without one is the whole
        return frozenset()
    keys = {"class:" + c for c in frame.classes}
    if frame.counted:
        keys.add(frame.counted)
    return frozenset(keys)


def _held_by_several(alignment: Alignment) -> frozenset[str]:
    """The measures the story gives to two or more named holders: seats won by several
    parties, fines paid by several firms. For those, a figure that names no holder may be
    any of theirs (or the whole's), and is compared for agreement only."""
    key = ("held by several",)
    if key not in alignment._pairs:
        holders: dict[str, list[str]] = {}
        for facts in alignment.facts.values():
            for f in facts:
                if f.frame.holder:
                    for k in _measure_keys(f):
                        holders.setdefault(k, []).append(f.frame.holder_name)
        several = {
            k
            for k, names in holders.items()
            if any(not same_name(a, b) for a in names for b in names)
        }
        alignment._pairs[key] = [frozenset(several)]
    return alignment._pairs[key][0]


def _binds(alignment: Alignment, claim: Claim, fact: Fact) -> bool:
    """The claim gives another figure of its own to the fact's party: "fined Acme $9m
    and Bolt $2m" set against "fined Bolt $2m and Acme $9m" binds each fine to its
    company, and Acme's is never Bolt's."""
    return any(same_party(g, fact) for g in alignment.facts.get(claim.id, ()) if g.party)


def _rare(alignment: Alignment, stems: frozenset[str]) -> frozenset[str]:
    """The stems few of the story's claims use: "fine" in a story about fines says
    nothing about which fine a figure is."""
    if not stems:
        return stems
    frequencies = alignment.frequencies()
    limit = max(2, RARE_SHARE * len(alignment.every))
    return frozenset(w for w in stems if frequencies.get(w, 0) <= limit)
