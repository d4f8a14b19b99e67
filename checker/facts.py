"""FACTS: every figure bound to what it is about, so that only like is compared with like.

A claim's quantities become facts, each with its referents:
- `party`: the entity the figure is about, the nearest name in the figure's clause ("fined
  Google $98m and Meta $27m" gives two facts, one per company); a figure whose clause names
  nobody takes the name the article mentioned last ("... the company"), else none;
- `measured`: what the figure measures, the classes (rules/lexicon/measures.yaml) of the words
  next to it: "injured over 4,000" and "4,000 were wounded" both measure injuries;
- `cap`: a bounding qualifier next to a rule word ("fines of up to 4% of turnover") is a legal
  bound, never compared with what happened;
- `readings`: the same amount as the outlet itself converts it ("1.9 billion rubles
  ($27.2 million)"): one fact, several readings;
- `interval`: what a reader hears, from the hedge (checker/extract/hedges.py).

Kinds compare facts only when these referents agree, whatever the words around them share.
Each referent is read from the claim's words by its own reader in checker/referents/; the
figure's frame, read off the parse tree, by checker/frames.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from checker.extract.entities import name_key
from checker.extract.hedges import Interval, bounding, interval, rule_cues
from checker.extract.quantities import currency_ambiguity, to_base
from checker.extract.vocab import singular
from checker.frames import EMPTY as EMPTY_FRAME
from checker.frames import Frame, dated, figure_roots, frame_of
from checker.lexicon import lexicon, per_pack
from checker.parse.sentences import NONE, Parsed, Parses
from checker.records import Claim, Quantity
from checker.referents.clauses import context, leads
from checker.referents.group import group, partitive
from checker.referents.measure import measured
from checker.referents.party import party
from checker.referents.span import span_ends
from checker.referents.status import earlier, elapsed, proposed, provisional
from checker.segment import last_word

# Between an amount and the outlet's own conversion of it: "1.9bn rubles ($27m)", "7.2bn
# roubles, the equivalent of €86m", "£20m, or about $26m".
_CONVERSION_GAP = re.compile(
    r"\s*(?:[(\[]|,|-|–|—)?\s*(?:or\s+)?(?:the\s+)?(?:equivalent\s+(?:of|to)\s+|worth\s+|about\s+"
    r"|around\s+|roughly\s+|some\s+|approximately\s+|nearly\s+|almost\s+|c\.\s*)?\s*",
    re.IGNORECASE,
)
RECENT = 2  # sentences back in which "the company" may find its name


@dataclass(frozen=True)
class Fact:
    claim: Claim
    quantity: Quantity
    readings: tuple[Quantity, ...]  # the quantity first, then the outlet's own conversions
    party: str  # name key of the entity the figure is about; "" when none is near
    party_name: str  # as written
    measured: frozenset[str]  # classes of what it measures; empty when nothing says
    cap: bool  # a legal or contractual bound, not an actual figure
    legal: bool = False  # stated as a rule ("liable to a fine of ..."), bounded or not
    party_guessed: bool = False  # the party comes from an earlier sentence ("the company")
    leads: bool = False  # opens its sentence ("About 3,200 people fled ..."): what it is about
    context: frozenset[str] = frozenset()  # content stems around it, without names and figures
    earlier: bool = False  # set in an earlier state of things ("the previous record of €5m")
    proposed: bool = False  # a plan or proposal ("its intended fine of £5m"), not a deed
    # Capitalised words that narrow what is counted ("53 Nepalese citizens", "5 Indians"); None
    # where capitals say nothing (a title-case headline).
    group: frozenset[str] | None = frozenset()
    partitive: bool = False  # a part of a group the figure names ("four of the five Indians")
    provisional: bool = False  # a running count as it stands now ("68 recovered so far")
    elapsed: bool = False  # time since a start ("18 years ago"): completed or rounded units
    span_end: str = ""  # "low" or "high": an end of a span ("ranged in age from 14 to 27")
    frame: Frame = EMPTY_FRAME  # the slots read off the parse tree (checker/frames.py)

    @property
    def source(self) -> str:
        return self.claim.source

    @property
    def key(self) -> tuple[str, int]:
        """Stable across runs and processes (never `id()`): reports must not depend on them."""
        return (self.claim.id, self.quantity.start)

    def interval(self, reading: Quantity | None = None) -> Interval:
        """In the dimension's base unit where there is one ("10 km" and "10,000 m" meet)."""
        q = reading or self.quantity
        base = to_base(q)
        iv = interval(q, base[0] if base else None)
        if self.elapsed and q.value:
            # 17.9 years since a founding is "17 years" counted and "18" rounded: a unit more
            unit = (base[0] if base else q.value) / q.value
            return Interval(iv.low, iv.high + abs(unit) / 2, iv.low_open, True)
        return iv


def _base(q: Quantity) -> tuple[float, str]:
    """A measure in its dimension's base unit (so "10 km" meets "10,000 m"), else as written."""
    return to_base(q) or (q.value, q.unit)


@per_pack
def _people() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon("people")
    return frozenset(data["generic"]), frozenset(data["nouns"])


def generic_people(q: Quantity) -> bool:
    """A count of "people", "persons": of no particular group, any crowd may be meant."""
    return q.dimension == "count" and singular(q.unit) in _people()[0]


def measures_differ(a: Fact, b: Fact) -> bool:
    """Both say what they measure, and it is not the same: a price is no wallet's total."""
    return bool(a.measured and b.measured and not a.measured & b.measured)


def counts_people(q: Quantity) -> bool:
    """A count of people, generic ("190 people") or of a group ("12 pilots")."""
    if q.dimension != "count":
        return False
    generic, people = _people()
    return q.unit.rstrip("s") in generic | people


def _same_noun(a: str, b: str) -> bool:
    a, b = a.rstrip("s"), b.rstrip("s")
    if a == b:
        return True
    generic, people = _people()
    # "3,000 people" may be the same crowd as "2,300 residents"
    return (a in generic and b in people) or (b in generic and a in people)


def same_unit(a: Quantity, b: Quantity) -> bool:
    return a.dimension == b.dimension and _same_noun(_base(a)[1], _base(b)[1])


@per_pack
def running_measures() -> frozenset[str]:
    """Measures whose count grows as a story develops (rules/lexicon/measures.yaml)."""
    return frozenset(map(str, lexicon("measures")["running"]))


def same_group(a: Fact, b: Fact) -> bool:
    """Two counts of the same group, as far as capitals and partitives tell."""
    if a.partitive != b.partitive:
        return False
    return a.group is None or b.group is None or a.group == b.group


def rule_words(claim: Claim, siblings: Sequence[Claim] = ()) -> tuple[bool, bool]:
    """Whether the sentence says what may happen ("could face", "liable to"), and whether it
    names a rule ("the law", "a ceiling")."""
    found = [rule_cues(c.text) for c in (*siblings, claim)]
    return any(may for may, _ in found), any(rule for _, rule in found)


def _conversions(claim: Claim) -> dict[int, int]:
    """Index of a money quantity -> index of the one whose parenthesis converts it."""
    qs = claim.quantities
    out = {}
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a.dimension != "money" or b.dimension != "money":
            continue
        gap = claim.text[a.end - claim.start : b.start - claim.start]
        # A list of amounts ("€5m, €10m") is no conversion; "$US100m ($138m)" is one, the
        # bare "$" being the reader's own dollar.
        other = a.currency != b.currency or ("(" in gap and currency_ambiguity(b))
        if other and gap.strip() and _CONVERSION_GAP.fullmatch(gap):
            out[i + 1] = i
    return out


def facts_of(
    claim: Claim, recent: Sequence[Claim] = (), parsed: Parsed | None = None
) -> tuple[Fact, ...]:
    """The facts of one claim; `recent`: the claims just before it in its article; `parsed`:
    its sentence's parse, where the frames' slots are read."""
    siblings = [c for c in recent if c.sentence == claim.sentence]
    may, rule = rule_words(claim, siblings)
    converts = _conversions(claim)
    ends = span_ends(claim)
    readings: dict[int, list[Quantity]] = {}
    for i, q in enumerate(claim.quantities):
        root = i
        while root in converts:
            root = converts[root]
        readings.setdefault(root, []).append(q)
    out = []
    roots = figure_roots(parsed, claim.quantities)
    for i, qs in sorted(readings.items()):
        q = claim.quantities[i]
        name, looked_back = party(claim, q, recent)
        frame = _framed(parsed, q, claim, name if looked_back else "", roots)
        if q.dimension == "age" and frame.holder:
            name, looked_back = frame.holder_name, False  # an age is its person's, said there
        classes = frame.classes if frame is not EMPTY_FRAME else measured(claim, q)
        out.append(
            Fact(
                claim=claim,
                quantity=q,
                readings=tuple(qs),
                party=name_key(name),
                party_name=name,
                party_guessed=looked_back,
                measured=classes,
                # no rule bounds a toll: "a minimum of 2,800 injured" is a count
                cap=(may or rule) and bounding(q) and not classes & running_measures(),
                legal=may,
                leads=leads(claim, q),
                context=context(claim, q),
                earlier=frame.earlier if frame.parsed else earlier(claim, q),
                proposed=proposed(claim, q),
                # a bare figure whose noun the tree found elsewhere ("the number of Acme
                # branches closed was 38") has no words after it to read a group from
                group=None if frame.counted and " " not in q.text.strip() else group(claim, q),
                partitive=partitive(q, claim),
                provisional=provisional(claim, q),
                elapsed=elapsed(claim, q),
                span_end=ends.get(q.start, ""),
                frame=frame,
            )
        )
    return tuple(out)


def _framed(
    parsed: Parsed | None, q: Quantity, claim: Claim, party_name: str, roots: frozenset[int]
) -> Frame:
    """The figure's frame, dated; a holder the sentence refers back to ("the company", "it")
    is the name the article gave just before (`party`, looked back)."""
    frame = dated(frame_of(parsed, q, claim.dates, roots), claim.dates)
    if not frame.holder and party_name:
        frame = replace(frame, holder=name_key(party_name), holder_name=party_name)
    return frame


_NAMED_NUMBER = re.compile(r"\b([A-Z][A-Za-z]+)[ -](\d+)\b")


def named_numbers(claims: Sequence[Claim]) -> frozenset[tuple[str, str]]:
    """Numbers that are part of a name somewhere in the story ("Office 365", "Boeing 737"):
    the extractor drops them after a capital, and an outlet that writes "office 365" in lower
    case still means the product."""
    out = set()
    for c in claims:
        starts = {q.start - c.start for q in c.quantities}
        for m in _NAMED_NUMBER.finditer(c.text):
            if m.start(2) not in starts and m.start() > 0:  # a name, not a sentence's first word
                out.add((m.group(1).lower(), m.group(2)))
    return frozenset(out)


def _is_named(claim: Claim, q: Quantity, named: frozenset[tuple[str, str]]) -> bool:
    before = last_word(claim.text, 0, q.start - claim.start)
    return bool(before) and (before.lower(), q.text.split()[0]) in named


# "190 people, including two pilots": what follows is part of the figure before it.
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b", re.I)
_AMONG = re.compile(r"\bamong\b", re.IGNORECASE)
_BREAK = re.compile(r"[;:]|\.\s")


def parts_of(claims: Sequence[Claim]) -> frozenset[tuple[str, str]]:
    """(part, whole) pairs of counted nouns that some sentence of the story relates: "184
    passengers including 10 infants" (infant, passenger), "the two pilots were among the 18
    people killed" (pilot, person). A count of the part is no misreport of the whole."""
    out = set()
    for c in claims:
        counts = [q for q in c.quantities if q.dimension == "count" and q.unit]
        for i, first in enumerate(counts):
            for second in counts[i + 1 :]:
                if first.unit == second.unit:
                    continue
                gap = c.text[first.end - c.start : second.start - c.start]
                if _BREAK.search(gap):
                    continue
                if _INCLUDING.search(gap):
                    out.add((second.unit, first.unit))
                elif _AMONG.search(gap):
                    out.add((first.unit, second.unit))
    return frozenset(out)


def build_facts(claims: Sequence[Claim], parses: Parses = NONE) -> dict[str, tuple[Fact, ...]]:
    """Facts of every claim, by claim id. Claims arrive in article order per source; `parses`
    holds the parse of each claim's sentence (checker/parse)."""
    out: dict[str, tuple[Fact, ...]] = {}
    by_source: dict[str, list[Claim]] = {}
    named = named_numbers(claims)
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    for items in by_source.values():
        for i, c in enumerate(items):
            if not c.quantities:
                continue
            recent = [p for p in items[max(0, i - 4) : i] if c.sentence - p.sentence <= RECENT]
            found = facts_of(c, recent, parses.of(c))
            facts = tuple(
                f for f in found if not _is_named(c, f.quantity, named) and not f.frame.member
            )
            if facts:
                out[c.id] = facts
    return out
