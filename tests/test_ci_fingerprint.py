"""Finding ids: what a finding says, not where it stands or when it was found."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from ci_support import ARTICLES, by_rule, finding, report

from checker.fingerprint import assign_ids, fingerprint, is_id, normalise
from checker.records import Verdict


@pytest.mark.parametrize(
    "a, b",
    [
        ("Apple says it is “assessing” the rules.", "apple says it is \"assessing\" the rules"),
        ("the company’s ‘pause’", "the company's 'pause'"),
        ("fares rose — by 12%", "fares rose - by 12%"),
        ("fares rose\n   by\t12%", "fares rose by 12%"),
        ("a two-week pause", "a two–week pause"),
        ("HK$100,000\u00a0fine", "HK$100,000 fine"),
        ("the &ldquo;pause&rdquo;", "the “pause”"),
    ],
)
def test_normalise_folds_case_quotes_dashes_and_white_space(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("81 accounts", "18 accounts"),
        ("8.1 million", "81 million"),
        ("1,500 boats", "1.500 boats"),
        ("HK$100", "€100"),
        ("a 12% rise", "a 12 rise"),
        ("assessing the rules", "accessing the rules"),
    ],
)
def test_normalise_keeps_what_changes_a_claim(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_ids_are_short_versioned_and_unique() -> None:
    ids = [f.id for f in report().findings]
    assert all(is_id(i) and len(i) == 12 for i in ids)
    assert len(set(ids)) == len(ids)


def test_ids_do_not_depend_on_offsets_or_claim_order() -> None:
    conflict = by_rule(report(), "number-mismatch")
    moved = replace(conflict, claims=tuple(
        replace(c, start=c.start + 500, end=c.end + 500) for c in reversed(conflict.claims)))
    assert fingerprint(moved) == fingerprint(conflict)


def test_ids_survive_rewrapping_quote_styles_and_a_new_paragraph() -> None:
    edited = {
        **ARTICLES,
        "harbourtimes": (
            "Ferry fares rise\n\nCommuters queued at the pier as usual this morning.\n\n"
            "The city council voted on Monday to raise\nferry fares by 12%.\n"
            'A council spokesman said the "temporary"  rise would fund 40 new boats.\n'
        ),
        "valleypost": ARTICLES["valleypost"].replace("‘permanent’", "'permanent'"),
    }
    conflict = finding(edited, "number-mismatch", Verdict.CONFLICT,
                       ("harbourtimes", "raise\nferry fares by 12%"),
                       ("valleypost", "raised ferry fares by 15%"))
    aspect = finding(edited, "aspect", Verdict.NOT_COMPARABLE,
                     ("harbourtimes", 'the "temporary"  rise'),
                     ("valleypost", "the rise was 'permanent'"))
    before = report()
    assert fingerprint(conflict) == by_rule(before, "number-mismatch").id
    assert fingerprint(aspect) == by_rule(before, "aspect").id


def test_a_changed_number_changes_the_id() -> None:
    edited = {**ARTICLES, "valleypost": ARTICLES["valleypost"].replace("by 15%", "by 16%")}
    conflict = finding(edited, "number-mismatch", Verdict.CONFLICT,
                       ("harbourtimes", "raise ferry fares by 12%"),
                       ("valleypost", "raised ferry fares by 16%"))
    assert fingerprint(conflict) != by_rule(report(), "number-mismatch").id


def test_rule_and_sources_are_part_of_the_id() -> None:
    conflict = by_rule(report(), "number-mismatch")
    assert fingerprint(replace(conflict, rule="other-rule")) != fingerprint(conflict)
    renamed = tuple(replace(c, source=c.source + "x") for c in conflict.claims)
    assert fingerprint(replace(conflict, claims=renamed)) != fingerprint(conflict)


def test_identical_findings_get_an_occurrence_index_whatever_the_order() -> None:
    base = by_rule(report(), "number-mismatch")
    later = replace(base, claims=tuple(replace(c, start=c.start + 900, end=c.end + 900)
                                       for c in base.claims))
    findings = [replace(base, id="x"), replace(later, id="y")]
    first = assign_ids(findings)
    second = assign_ids(list(reversed(findings)))
    assert [f.id for f in first] == [f.id for f in second]
    assert [f.id for f in first] == [base.id, f"{base.id}-1"]
    assert first[0].claims == base.claims  # the first in the articles keeps the bare id


def test_ids_equal_across_shuffled_inputs() -> None:
    findings = list(report().findings)
    shuffled = findings[:]
    random.Random(7).shuffle(shuffled)
    assert [f.id for f in assign_ids(shuffled)] == [f.id for f in assign_ids(findings)]
