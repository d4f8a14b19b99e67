"""Whom a figure is about: the nearest name in its clause that is no agent, no opponent and no
attributive use ("a Moscow court"), else a name it is imposed on after it, else, when the clause
refers back ("the company"), the organisation named just before."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from checker.extract.names import looks_like_person
from checker.records import Claim, Quantity
from checker.referents.clauses import _WORD, _clause, _layout
from checker.referents.words import _not_nouns

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

# "in Eastern Syria", "at Heathrow", "near Kessel": a name after a preposition of place is
# where a figure holds (frames.place), not whom it is about.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|off)\s+(?:the\s+)?$", re.IGNORECASE
)

# A figure imposed on a party named after it: "a $27m fine on Acme", "$5m against Acme".
_ON_PARTY = re.compile(r"\b(?:on|against|upon)\s+(?:the\s+)?[\w'’ -]*$")

# A clause that refers back to a party named before it.
_ANAPHOR = re.compile(
    r"\b(?:it|its|(?:the|this|that)\s+(?:company|firm|group|business|giant|platform|operator"
    r"|carrier|airline|bank|lender|insurer|ministry|agency|regulator|government|council|club"
    r"|team|network|service|app|site|maker|retailer|owner|parent))\b",
    re.IGNORECASE,
)


def _anaphor(claim: Claim, lo: int, hi: int) -> bool:
    """Whether the clause claim.text[lo:hi] refers back to a party ("the company", "its")."""
    memo = _layout(claim).per_clause
    if ("anaphor", lo, hi) not in memo:
        memo["anaphor", lo, hi] = bool(_ANAPHOR.search(claim.text, lo, hi))
    return memo["anaphor", lo, hi]


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
    dates = (layout.date_starts, layout.date_ends)
    for name in set(claim.entities):
        if any(ch.isdigit() for ch in name):
            continue
        for m in re.finditer(re.escape(name), text):
            if _overlaps(figures, m.span()) or _overlaps(asides, m.span()):
                continue  # "35 Celsius", "(formerly Acme)", a dateline's "(Wire)"
            if _overlaps(dates, m.span()):
                continue  # "at 9 a.m. ET", "on Monday": a zone or a day, no one's name
            if _AGENT.search(text, max(0, m.start() - 40), m.start()):
                continue  # "fined by the regulator", "according to the ministry": who acts
            if _OPPONENT.search(text, max(0, m.start() - 15), m.start()):
                continue  # "won over Acme by 47 votes": Acme lost
            if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "in Iraqi Kurdistan", "at the Erbil base": where, not whose
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
