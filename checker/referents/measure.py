"""What a figure measures, from the classes (rules/lexicon/measures.yaml) of the words next to it in
its clause: "injured over 4,000" and "4,000 were wounded" both measure injuries."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checker.records import Claim, Quantity
from checker.referents.clauses import _clause, _layout, _words_in
from checker.referents.words import _classes, _unit_classes

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
