"""The generator's own checks: the cases are the same every run, spread over the domains,
shaped as the suite promises, and honest about figures (FORMAT.md's reading, ECB rates)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from . import forms
from .cases import CAPABILITIES, PER_DOMAIN, all_cases, build
from .vocab import DOMAINS, Domain


def test_the_same_cases_come_out_every_time() -> None:
    again = tuple(build(cap, d, i) for cap in CAPABILITIES for d in DOMAINS
                  for i in range(PER_DOMAIN))
    assert again == all_cases()


def test_every_capability_has_enough_cases_from_enough_domains() -> None:
    for cap in CAPABILITIES:
        mine = [c for c in all_cases() if c.capability == cap.name]
        assert len(mine) >= 15, cap.name
        assert len({c.domain for c in mine}) >= 5, cap.name
    assert len(all_cases()) >= 300
    assert len({c.name for c in all_cases()}) == len(all_cases())


def test_articles_are_short_and_from_different_outlets() -> None:
    for case in all_cases():
        assert 2 <= len(case.texts) <= 3, case.name
        assert len({t.outlet for t in case.texts}) == len(case.texts), case.name
        for t in case.texts:
            assert 2 <= len(t.sentences) <= 4, (case.name, t.sentences)
            assert t.keys, case.name
            for start, end in t.key_spans():
                assert t.text[start:end] in t.sentences, case.name


def test_a_case_that_must_fire_names_both_sides() -> None:
    for case in all_cases():
        if not case.fires:
            assert not case.figures, case.name
            continue
        outlets = {t.outlet for t in case.texts}
        assert len(case.sides) == 2 and all(case.sides), case.name
        assert set(case.sides[0]) | set(case.sides[1]) == outlets, case.name
        assert not set(case.sides[0]) & set(case.sides[1]), case.name
        for a, b in case.figures:
            texts = {t.outlet: t.text for t in case.texts}
            assert a in texts[case.sides[0][0]] and b in texts[case.sides[1][0]], case.name


@pytest.mark.parametrize("domain", DOMAINS, ids=lambda d: d.name)
def test_neutral_sentences_carry_no_checkable_fact(domain: Domain) -> None:
    # A filler with a figure, a quotation, a name or a negation could start a finding of its
    # own and blur what the case tests.
    names = {p.last for p in domain.people} | {p.first for p in domain.people}
    for filler in domain.fillers:
        assert not re.search(r"\d|\"|\bnot\b|n't\b|\bnever\b", filler), filler
        assert not names & set(re.findall(r"\w+", filler)), filler


def test_quotation_changes_are_one_word() -> None:
    for domain in DOMAINS:
        for s in domain.sayings:
            old, new = s.swap
            assert len(re.findall(rf"\b{re.escape(old)}\b", s.words)) == 1, s
            assert old != new and " " not in new
            assert s.speaker != s.other


def test_misspelt_surnames_differ_from_the_real_ones() -> None:
    for domain in DOMAINS:
        for p in domain.people:
            assert p.misspelt != p.last
            assert len({p.last for p in domain.people}) == len(domain.people)


def test_generating_the_cases_checks_them() -> None:
    # The builders assert FORMAT.md's reading of every figure pair (disjoint for a case that
    # must fire, overlapping for one that must stay quiet) and the ECB rate of the day for a
    # converted amount (within 1%): building all cases is that check.
    assert all_cases()


def test_figures_read_as_format_md_says() -> None:
    count = forms.Fig(190.0)
    assert forms.overlap(count, forms.Fig(190.0))
    assert not forms.overlap(count, forms.Fig(191.0))  # at most one trailing zero: exact
    assert forms.overlap(forms.Fig(10_000.0), forms.Fig(10_400.0))  # round: 5% either way
    tenths = forms.Fig(18.2e9, scale="billion", decimals=1)
    assert not forms.overlap(tenths, forms.Fig(18.3e9, scale="billion", decimals=1))
    assert not forms.overlap(forms.Fig(500.0, hedge="more than"),
                             forms.Fig(300.0, hedge="nearly"))
    assert forms.overlap(forms.Fig(500.0, hedge="more than"), forms.Fig(520.0, hedge="about"))
    assert not forms.overlap(forms.Fig(500.0, hedge="more than"), forms.Fig(500.0, hedge="nearly"))
    assert forms.words(212) == "two hundred and twelve"
    assert forms.hundreds_words(1200) == "twelve hundred"


def test_every_domain_is_used_evenly() -> None:
    per_domain = Counter(c.domain for c in all_cases())
    assert set(per_domain) == {d.name for d in DOMAINS}
    assert len(set(per_domain.values())) == 1
