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
"""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from checker.extract.entities import name_key
from checker.extract.hedges import Interval, bounding, interval, rule_cues
from checker.extract.names import looks_like_person
from checker.extract.quantities import currency_ambiguity, to_base
from checker.extract.vocab import singular, word_value
from checker.frames import EMPTY as EMPTY_FRAME
from checker.frames import Frame, dated, frame_of
from checker.lexicon import lexicon, per_pack
from checker.parse.sentences import NONE, Parsed, Parses
from checker.records import Claim, Quantity
from checker.segment import last_word
from checker.stems import content_stems

# Clause boundaries inside a sentence: a new clause may bind its figure to a new party.
_CLAUSE = re.compile(r";|\s+(?:and|while|whereas|but)\s+|,\s+(?:and|while|whereas|but)\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Between an amount and the outlet's own conversion of it: "1.9bn rubles ($27m)", "7.2bn
# roubles, the equivalent of €86m", "£20m, or about $26m".
_CONVERSION_GAP = re.compile(
    r"\s*(?:[(\[]|,|-|–|—)?\s*(?:or\s+)?(?:the\s+)?(?:equivalent\s+(?:of|to)\s+|worth\s+|about\s+"
    r"|around\s+|roughly\s+|some\s+|approximately\s+|nearly\s+|almost\s+|c\.\s*)?\s*",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^()]*\)")
# "fined by the regulator", "according to the ministry": who acts, not whom the figure is
# about. The agent's phrase ends at the next preposition: in "imposed by Luxembourg on Acme"
# Acme is the party.
_AGENT = re.compile(
    r"\b(?:by|according\s+to)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:on|upon|against|to|for|in|at|from|with|over|into)\s)[\w'’.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "her win over Acme", "ahead of Acme", "more than Acme": the name is what the party is measured
# against, not whom the figure is about.
_OPPONENT = re.compile(r"\b(?:over|than|versus|vs\.?|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A figure imposed on a party named after it: "a $27m fine on Acme", "$5m against Acme".
_ON_PARTY = re.compile(r"\b(?:on|against|upon)\s+(?:the\s+)?[\w'’ -]*$")
# A clause that refers back to a party named before it.
_ANAPHOR = re.compile(
    r"\b(?:it|its|(?:the|this|that)\s+(?:company|firm|group|business|giant|platform|operator"
    r"|carrier|airline|bank|lender|insurer|ministry|agency|regulator|government|council|club"
    r"|team|network|service|app|site|maker|retailer|owner|parent))\b",
    re.IGNORECASE,
)
# A comma-set aside after a figure that names some of what it counts: "At least 19, including
# the co-pilot, died": the verb after it still says what the figure measures.
_APPOSITIVE = re.compile(
    r"\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|excluding|such\s+as)\b"
    r"(?:[^,;:()]|\([^()]*\))*,",
    re.IGNORECASE,
)
_WINDOW_BEFORE = 4  # words before a figure that may say what it measures
_WINDOW_AFTER = 3
_STOP_AFTER = frozenset({"to", "for", "that", "which", "who", "because", "after", "before"})
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
        return interval(q, base[0] if base else None)


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
def _classes() -> tuple[dict[str, str], frozenset[str]]:
    data = lexicon("measures")
    forms = {str(w).lower(): str(c) for c, words in data["classes"].items() for w in words}
    return forms, frozenset(str(w).lower() for w in data["level_verbs"])


@per_pack
def _unit_classes() -> dict[str, str]:
    """Classes by the singular of their nouns: a count's unit is singular ("body" of "68
    bodies"), the lexicon lists the forms as written ("bodies")."""
    return {singular(w): c for w, c in _classes()[0].items()}


@per_pack
def running_measures() -> frozenset[str]:
    """Measures whose count grows as a story develops (rules/lexicon/measures.yaml)."""
    return frozenset(map(str, lexicon("measures")["running"]))


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


@per_pack
def _earlier_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon("measures").get("earlier") or ())


# An amount's own modality, from the words around it: "an initially proposed £183m", "its
# intended fine of £5m", "the £9m that the board said it planned to raise" (general English).
_PROPOSED_BEFORE = re.compile(
    r"\b(?:propos|intend|plann|provisional|potential|possible|threaten|expect|mooted|draft)\w*\b"
    r"(?:\W+\w+){0,5}\W*$",  # room for a qualifier: "proposing a fine of more than $425m"
    re.I,
)
_PROPOSED_AFTER = re.compile(
    r"^\W*(?:that|which)\b[^,;.]{0,60}?\b(?:propos|intend|plann|threaten)\w*", re.I
)


def proposed(claim: Claim, q: Quantity) -> bool:
    """The figure itself is a plan, a proposal or a forecast, whatever the sentence's verb: a
    different referent from a figure that was decided or done ("had proposed to fine it £30m"
    against "fined it £20m"), compared only with other proposals."""
    before = claim.text[max(0, q.start - claim.start - 60) : q.start - claim.start]
    after = claim.text[q.end - claim.start :]
    return bool(_PROPOSED_BEFORE.search(before) or _PROPOSED_AFTER.search(after))


# "four of the five Indians", "53 of the 68 passengers": the figure counts part of a group
# that has a number of its own ("142 of its jets" counts jets).
_PARTITIVE = re.compile(
    r"^\S+(?:\s\S+)?\s+of\s+(?:the|its|their|these|those)\s+(?P<whole>[\w-]+)", re.IGNORECASE
)
# A capitalised word; one in capitals throughout past an acronym's length is emphasis ("A DOZEN").
_CAPITALISED = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]{1,3})\b")


def partitive(q: Quantity, claim: Claim | None = None) -> bool:
    """The figure counts part of a group it numbers: "four of the five Indians", also where
    the extractor ends the figure at its number ("Twelve" of "Twelve of the 68 bodies")."""
    text = q.text
    if claim is not None and " " not in text.strip():
        text += claim.text[q.end - claim.start : q.end - claim.start + 40]
    m = _PARTITIVE.search(text)
    return bool(m) and (m.group("whole")[0].isdigit() or word_value(m.group("whole")) is not None)


def group(claim: Claim, q: Quantity) -> frozenset[str] | None:
    """The capitalised words after a count's number, which narrow what it counts: "53 Nepalese
    citizens" and "5 Indians" are groups of the "72 people" on board, not other readings of
    them. None in a title-case line, whose capitals say nothing."""
    if q.dimension != "count":
        return frozenset()
    if _layout(claim).title_case:
        return None
    noun = q.text.split(maxsplit=1)[1:]
    return frozenset(singular(m.group(0)) for m in _CAPITALISED.finditer(noun[0] if noun else ""))


def same_group(a: Fact, b: Fact) -> bool:
    """Two counts of the same group, as far as capitals and partitives tell."""
    if a.partitive != b.partitive:
        return False
    return a.group is None or b.group is None or a.group == b.group


@per_pack
def _provisional() -> tuple[re.Pattern[str], frozenset[str]]:
    data = lexicon("measures")["provisional"]
    phrases = "|".join(re.escape(str(p)).replace(r"\ ", r"\s+") for p in data["phrases"])
    return re.compile(rf"\b(?:{phrases})\b", re.I), frozenset(str(v) for v in data["verbs"])


def provisional(claim: Claim, q: Quantity) -> bool:
    """The figure is a running count as it stands at the hour of writing: its clause says "so
    far", or its verb is a search's ("have recovered 68 bodies")."""
    text = claim.text
    lo, hi = _clause(text, q.start - claim.start, q.end - claim.start)
    memo = _layout(claim).per_clause
    if ("provisional", lo, hi) not in memo:
        marker, verbs = _provisional()
        memo["provisional", lo, hi] = bool(marker.search(text, lo, hi)) or any(
            m.group(0).lower() in verbs for m in _words_in(claim, lo, hi)
        )
    return memo["provisional", lo, hi]


def earlier(claim: Claim, q: Quantity) -> bool:
    """The words just before the figure in its clause set it in an earlier state of things
    ("surpasses the previous record fine of €746m"): not the figure now reported."""
    text = claim.text
    lo, hi = q.start - claim.start, q.end - claim.start
    before = _words_in(claim, _clause(text, lo, hi)[0], lo)[-_WINDOW_BEFORE - 1 :]
    return any(m.group(0).lower() in _earlier_words() for m in before)


def measured(claim: Claim, q: Quantity) -> frozenset[str]:
    """Classes of the words just before and after the figure, within its clause and up to the
    next figure. A level verb ("the death toll from the blast has risen to 154") hands the
    figure to the noun phrase before it, however long."""
    forms, level = _classes()
    text = claim.text
    lo, hi = q.start - claim.start, q.end - claim.start
    clause_lo, clause_hi = _clause(text, lo, hi)
    starts = _layout(claim).figure_starts
    following = starts[bisect_left(starts, hi) :][:1]
    stop = min([clause_hi, *following])
    before_all = _words_in(claim, clause_lo, lo)
    before = before_all[-_WINDOW_BEFORE:]
    words = [m.group(0).lower() for m in before]
    found = set()
    for i, w in enumerate(words):
        if w in level and i + 1 < len(words) and words[i + 1] == "to":
            # "rose to 154": the verb sets the level of the noun phrase before it
            subject = before_all[: len(before_all) - len(words) + i]
            found.update(forms[x] for x in (m.group(0).lower() for m in subject) if x in forms)
            continue
        if w in forms:
            found.add(forms[w])
    aside = _APPOSITIVE.match(text, hi)
    if aside:
        hi = aside.end()
        stop = _clause(text, hi, hi)[1]
    for m in _words_in(claim, hi, stop)[:_WINDOW_AFTER]:
        w = m.group(0).lower()
        if w in _STOP_AFTER:
            break
        if w in forms:
            found.add(forms[w])
    if q.dimension == "count" and q.unit:
        cls = forms.get(q.unit) or forms.get(q.unit + "s") or _unit_classes().get(q.unit)
        if cls:
            found.add(cls)
    if not found and clause_lo > 0 and _gapped(claim, clause_lo, clause_hi):
        # "fined Acme $9m and Bolt $2m": the second clause shares the first one's verb
        previous = _words_in(claim, _clause(text, clause_lo - 1, clause_lo - 1)[0], clause_lo)
        found.update(forms[w] for w in (m.group(0).lower() for m in previous) if w in forms)
    return frozenset(found)


def _gapped(claim: Claim, lo: int, hi: int) -> bool:
    """A clause without a verb of its own: only names, figures and function words."""
    from checker.lexicon import stopwords

    layout = _layout(claim)
    if ("gapped", lo, hi) in layout.per_clause:
        return layout.per_clause["gapped", lo, hi]
    stop = stopwords()
    gapped = True
    for m in _words_in(claim, lo, hi):
        i = bisect_right(layout.figure_starts, m.start()) - 1
        if i >= 0 and m.start() < layout.figure_ends[i]:
            continue  # a word inside a figure ("5 million")
        w = m.group(0)
        if w[0].islower() and w.lower() not in stop:
            gapped = False
            break
    layout.per_clause["gapped", lo, hi] = gapped
    return gapped


def _clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of the clause holding text[lo:hi]."""
    starts, ends = _breaks(text)
    i = bisect_right(ends, lo)
    j = bisect_left(starts, hi)
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(text))


@functools.lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the clause boundaries of a claim start and end, found once per claim."""
    spans = [m.span() for m in _CLAUSE.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


class _Layout:
    """What every figure of a claim asks about the claim, found once: its words, figures and
    names, and answers per clause. A table of figures set as one sentence is one claim with
    thousands of figures; scanning the claim again for each of them cost quadratic time."""

    def __init__(self, claim: Claim) -> None:
        self.words = _words(claim.text)
        self.word_starts = [m.start() for m in self.words]
        figures = sorted((q.start - claim.start, q.end - claim.start) for q in claim.quantities)
        self.figure_starts = [s for s, _ in figures]
        self.figure_ends = [e for _, e in figures]
        self.asides = [m.span() for m in _PARENS.finditer(claim.text)]
        words = claim.text.split()
        self.title_case = sum(w[:1].isupper() for w in words) * 2 > len(words)
        self.names = frozenset(w for e in claim.entities for w in content_stems(e))
        self.per_clause: dict[tuple[str, int, int], bool] = {}
        self.mentions: list[tuple[int, int, str]] | None = None
        self.pack = _not_nouns()  # a layout read under another rule pack is read again


_KEPT = threading.local()  # the layouts of the last few claims, per thread


def _layout(claim: Claim) -> _Layout:
    """The claim's layout, kept for the last few claims: by identity, as hashing a claim
    would hash all its figures each time."""
    layouts: dict[int, tuple[Claim, _Layout]] = _KEPT.__dict__.setdefault("layouts", {})
    kept = layouts.get(id(claim))
    if kept is None or kept[0] is not claim or kept[1].pack is not _not_nouns():
        if len(layouts) >= 16:
            del layouts[next(iter(layouts))]
        kept = layouts[id(claim)] = (claim, _Layout(claim))
    return kept[1]


def _anaphor(claim: Claim, lo: int, hi: int) -> bool:
    """Whether the clause claim.text[lo:hi] refers back to a party ("the company", "its")."""
    memo = _layout(claim).per_clause
    if ("anaphor", lo, hi) not in memo:
        memo["anaphor", lo, hi] = bool(_ANAPHOR.search(claim.text, lo, hi))
    return memo["anaphor", lo, hi]


def _words_in(claim: Claim, lo: int, hi: int) -> list[re.Match[str]]:
    """The words of claim.text that start in [lo, hi) (offsets in the claim)."""
    layout = _layout(claim)
    starts = layout.word_starts
    return layout.words[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _mentions(claim: Claim) -> list[tuple[int, int, str]]:
    """Where the claim's names stand (offsets in claim.text), without attributive uses ("a
    Moscow court", "Russian officials": the name qualifies a noun, it is not who is counted)
    and without digits glued to a currency ("US100" of "$US100")."""
    layout = _layout(claim)
    if layout.mentions is not None:
        return layout.mentions
    out = []
    text = claim.text
    figures = (layout.figure_starts, layout.figure_ends)
    asides = ([s for s, _ in layout.asides], [e for _, e in layout.asides])
    for name in set(claim.entities):
        if any(ch.isdigit() for ch in name):
            continue
        for m in re.finditer(re.escape(name), text):
            if _overlaps(figures, m.span()) or _overlaps(asides, m.span()):
                continue  # "35 Celsius", "(formerly Acme)", a dateline's "(Wire)"
            if _AGENT.search(text, max(0, m.start() - 40), m.start()):
                continue  # "fined by the regulator", "according to the ministry": who acts
            if _OPPONENT.search(text, max(0, m.start() - 15), m.start()):
                continue  # "won over Acme by 47 votes": Acme lost
            nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if nxt and _noun_after_name(nxt.group(0)):
                continue
            out.append((m.start(), m.end(), name))
    layout.mentions = sorted(out)
    return layout.mentions


def _overlaps(spans: tuple[list[int], list[int]], span: tuple[int, int]) -> bool:
    """Whether `span` overlaps one of `spans` (sorted starts and ends, not overlapping)."""
    starts, ends = spans
    i = bisect_left(starts, span[1]) - 1  # the last that starts before the span ends
    return i >= 0 and ends[i] > span[0]


@per_pack
def _not_nouns() -> frozenset[str]:
    """Words that, right after a name, are no noun it qualifies: function words, reporting and
    other third-person verbs ("Google says", "Meta faces")."""
    from checker.lexicon import stopwords

    verbs = str(lexicon("numbers")["s_verbs"]).split() + list(lexicon("speech")["verbs"])
    return stopwords() | frozenset(map(str, verbs)) | frozenset(_classes()[0])


def _noun_after_name(word: str) -> bool:
    """A lower-case noun right after a name makes the name attributive ("Moscow court")."""
    if not word.islower() or word in _not_nouns():
        return False
    return not word.endswith(("ly", "ed", "ing"))


def party(claim: Claim, q: Quantity, recent: Sequence[Claim] = ()) -> tuple[str, bool]:
    """The name the figure is about: nearest before it in its clause, else one it is imposed
    on after it ("a $27m fine on Meta"; a place after "in" is where, not whose), else nearest
    before it in the sentence, else, when the clause refers back ("the company", "its"), the
    last name of the sentences just before. Returns (name, whether it came from before)."""
    text = claim.text
    lo, hi = q.start - claim.start, q.end - claim.start
    clause_lo, clause_hi = _clause(text, lo, hi)
    spots = _mentions(claim)
    # The names are in text order: only those next to the figure are looked at.
    before = after = None
    i = bisect_left(spots, (lo,)) - 1
    while i >= 0 and before is None:
        before = spots[i] if spots[i][1] <= lo else None
        i -= 1
    if before and before[0] >= clause_lo:
        return before[2], False
    i = bisect_left(spots, (hi,))
    while i < len(spots) and spots[i][0] < clause_hi and after is None:
        after = spots[i] if spots[i][1] <= clause_hi else None
        i += 1
    if after and _ON_PARTY.search(text, hi, after[0]):
        return after[2], False
    if before:
        return before[2], False
    if _anaphor(claim, clause_lo, clause_hi):
        # "the company", "its": an organisation named just before, never a person
        for prev in reversed(recent):
            names = [n for n in _mentions(prev) if not looks_like_person(n[2])]
            if names:
                return names[-1][2], True
    return "", False


def rule_words(claim: Claim, siblings: Sequence[Claim] = ()) -> tuple[bool, bool]:
    """Whether the sentence says what may happen ("could face", "liable to"), and whether it
    names a rule ("the law", "a ceiling")."""
    found = [rule_cues(c.text) for c in (*siblings, claim)]
    return any(may for may, _ in found), any(rule for _, rule in found)


_THREE_WORDS = re.compile(r"\S+\s+\S+\s+\S")


def leads(claim: Claim, q: Quantity) -> bool:
    """The figure opens its sentence, after any dateline or opening phrase ("PARIS, May 2
    (Wire) - About 3,200 people ...", "As of Monday, 40 ships ...")."""
    text, lo = claim.text, q.start - claim.start
    # After the last mark before the figure, looked for from the figure back: splitting all
    # the text before each figure is quadratic in a sentence of many figures.
    cut = 0
    for mark in (" - ", " – ", " — ", ","):
        at = text.rfind(mark, cut, lo)
        cut = at + len(mark) if at >= 0 else cut
    return not _THREE_WORDS.search(text, cut, lo)


_DIGITS = re.compile(r"[\d.,%]+")
CONTEXT_CHARS = 40


def context(claim: Claim, q: Quantity) -> frozenset[str]:
    """Content words around a figure, without it, its unit and the names: what it counts
    ("cut about 1,800 jobs" -> {cut})."""
    lo = max(q.start - CONTEXT_CHARS, claim.start) - claim.start
    hi = min(q.end + CONTEXT_CHARS, claim.end) - claim.start
    text = claim.text
    around = text[lo : q.start - claim.start] + " " + text[q.end - claim.start : hi]
    names = _layout(claim).names
    return frozenset(content_stems(_DIGITS.sub(" ", around))) - names - set(content_stems(q.unit))


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
    readings: dict[int, list[Quantity]] = {}
    for i, q in enumerate(claim.quantities):
        root = i
        while root in converts:
            root = converts[root]
        readings.setdefault(root, []).append(q)
    out = []
    for i, qs in sorted(readings.items()):
        q = claim.quantities[i]
        name, looked_back = party(claim, q, recent)
        frame = _framed(parsed, q, claim, name if looked_back else "")
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
                earlier=earlier(claim, q),
                proposed=proposed(claim, q),
                group=group(claim, q),
                partitive=partitive(q, claim),
                provisional=provisional(claim, q),
                frame=frame,
            )
        )
    return tuple(out)


def _framed(parsed: Parsed | None, q: Quantity, claim: Claim, party_name: str) -> Frame:
    """The figure's frame, dated; a holder the sentence refers back to ("the company", "it")
    is the name the article gave just before (`party`, looked back)."""
    frame = dated(frame_of(parsed, q, claim.dates), claim.dates)
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
            facts = tuple(f for f in found if not _is_named(c, f.quantity, named))
            if facts:
                out[c.id] = facts
    return out
