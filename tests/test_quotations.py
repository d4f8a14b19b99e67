"""Quotations compared across outlets: what quote-wording reports and what it leaves alone.
Invented outlets, people and statements throughout."""

from __future__ import annotations

from checker.pipeline import analyse
from checker.records import Article, Finding, Source
from checker.rulepack import load_rules

RULES = load_rules()


def _wording(**articles: str) -> list[Finding]:
    story = [
        Article(
            Source(sid, sid, "", None, "test", "en", f"{sid}.md", "utf-8"),
            text,
        )
        for sid, text in articles.items()
    ]
    return [f for f in analyse("quotes", story, RULES).findings if f.rule == "quote-wording"]


def test_a_fragment_ending_in_an_initialism_is_compared_with_the_words_it_stands_for() -> None:
    (found,) = _wording(
        harbour=(
            'The board told Velka to "halt any shipment of raw ore to the European Union'
            ' within five months" of the decision.\n'
        ),
        coast='The board told Velka to "halt any future shipment of raw ore to the EU".\n',
    )
    assert found.verdict.value == "conflict"
    assert '"EU" (coast) vs "European Union" (harbour)' in found.message
    assert '"future" (coast) added' in found.message


def test_a_fragment_whose_words_the_longer_quotation_keeps_is_a_shortened_quotation() -> None:
    found = _wording(
        harbour=(
            '"We will contest the ruling, including the unfair and excessive levy, and ask the'
            ' court for time," the Velka spokesperson said.\n'
        ),
        coast='Velka said it would contest the "unfair and excessive levy" in court.\n',
    )
    assert found and all(f.verdict.value == "consistent" for f in found)
