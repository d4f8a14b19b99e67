"""Two sentences that share hardly a word besides their figures are two statements: a clash
between them needs more than the one thing both measure (checker/align.py, worded_apart).

A fact-checker reads "the outlets give figures that cannot both be true" as an error to
correct; between "Rescue teams found 40 workers alive" and "Union leaders say 36 workers had
complained" there is none. The same figures in one report's words stay a conflict, and so does
a slip (a count off by one, a year off by one), which ties two sentences by itself. Invented
stories in several domains.
"""

from __future__ import annotations

import pytest
from slot_support import conflicts, describe, story

from checker.align import Alignment

A, B = "alpha", "beta"

# (domain, one outlet, the other): one measure, other words
APART = [
    ("mining",
     "Rescue teams searching the collapsed mine near Dorvale found 40 workers alive late on "
     "Tuesday.",
     "Union leaders say 36 workers had complained about cracks in the tunnel walls for months."),
    ("fire",
     "Firefighters battling the warehouse blaze in Kessel evacuated 40 residents overnight.",
     "Neighbours told reporters 36 residents lost power and water."),
    ("courts",
     "The regulator fined Brandell Foods $5 million on Monday.",
     "A fine of $4 million was imposed, according to protesting farmers outside the courthouse "
     "in Dorvale."),
]

# the same figures, in one report's words or as a slip
TIED = [
    ("mining, one report",
     "Rescue teams searching the collapsed mine near Dorvale found 40 workers alive late on "
     "Tuesday.",
     "Rescue teams searching the collapsed mine near Dorvale found 36 workers alive late on "
     "Tuesday."),
    ("mining, off by one",
     "Rescue teams searching the collapsed mine near Dorvale found 40 workers alive late on "
     "Tuesday.",
     "Union leaders say 41 workers had complained about cracks in the tunnel walls for months."),
    ("transport, one act",
     "The Kessel bridge opened in 1998, and engineers say traffic on it has tripled.",
     "Ferry operators protested for months before the bridge opened in 1994, historians "
     "recall."),
]


@pytest.mark.parametrize(("domain", "a", "b"), APART, ids=[c[0] for c in APART])
def test_figures_in_sentences_of_other_words_are_no_conflict(domain, a, b):
    r = story({A: a, B: b})
    assert not conflicts(r), describe(r)


def test_the_report_says_why_it_does_not_call_them_a_conflict():
    _, a, b = APART[0]
    r = story({A: a, B: b})
    apart = [f for f in r.findings if f.rule == "number"]
    assert [f.verdict.value for f in apart] == ["not-comparable"], describe(r)
    assert "share hardly a word" in apart[0].message


@pytest.mark.parametrize(("domain", "a", "b"), TIED, ids=[c[0] for c in TIED])
def test_figures_of_one_report_or_a_slip_stay_a_conflict(domain, a, b):
    r = story({A: a, B: b})
    assert conflicts(r), describe(r)


def _alignment(a: str, b: str) -> tuple[Alignment, list]:
    """The story's claims (one sentence each here) and an alignment of them."""
    claims = list(story({A: a, B: b}).claims)
    assert len(claims) == 2, claims
    return Alignment(claims), claims


def test_a_short_sentence_held_as_a_clause_of_a_long_one_is_not_apart():
    # "The train carried 496 people" inside "... when the train carrying 498 people derailed
    # inside a tunnel ...": few of the long sentence's words, most of the short one's
    al, (x, y) = _alignment(
        "At least 50 people died and more than 200 were injured on Friday when the Taroko "
        "express train carrying 498 people derailed inside a tunnel north of Hualien.",
        "The express train carried 496 people, officials said.",
    )
    assert not al.worded_apart(x, y)


def test_two_sentences_of_other_words_are_apart_and_one_sentence_is_not():
    al, (x, y) = _alignment(
        "Union leaders say 36 workers had complained about cracks in the tunnel walls.",
        "Rescue teams searching the collapsed mine found 40 workers alive on Tuesday.",
    )
    assert al.worded_apart(x, y)
    assert not al.worded_apart(x, x)
