"""A symbol that stands for several currencies ("$") is read as the evidence says, never as
whichever currency would make two outlets agree."""

from __future__ import annotations

from datetime import date

from checker.pipeline import analyse
from checker.records import Article, Source, Verdict
from checker.rulepack import load_rules

RULES = [r for r in load_rules() if r.id == "currency"]
DAY = date(2023, 12, 28)


def article(source: str, text: str, url: str = "") -> Article:
    return Article(Source(source, source, url, DAY, "sources.csv", "en", f"{source}.txt", "utf-8"), text)


def currency_findings(*articles: Article):
    return [f for f in analyse("story", articles, RULES).findings if f.rule == "currency"]


_BARE = "The state treasurer put the flood damage bill at $48 million on Thursday."
_US = "The state treasurer put the flood damage bill at US$32.8 million on Thursday."


def test_a_bare_dollar_is_read_as_the_currency_of_the_outlets_web_address() -> None:
    (f,) = currency_findings(
        article("gully-times", _BARE, "https://www.gullytimes.com.au/news/flood-bill"),
        article("wire", _US, "https://wire.example.com/flood"),
    )
    assert f.verdict is Verdict.CONSISTENT
    assert "as AUD (the outlet's country)" in f.message


def test_a_bare_dollar_without_evidence_is_not_read_as_whichever_dollar_agrees() -> None:
    (f,) = currency_findings(
        article("gully-times", _BARE, "https://www.gullytimes.example.com/flood-bill"),
        article("wire", _US, "https://wire.example.com/flood"),
    )
    assert f.verdict is Verdict.CONFLICT
    assert "AUD" not in f.message


def test_the_outlets_own_conversion_says_which_dollar_it_writes() -> None:
    # At the rate of the day €40m is about US$44m, A$65m or C$59m: "$44m" is the US dollar,
    # so it is no match for a fine of €27m that A$44m would be.
    findings = currency_findings(
        article("harbour-post", "Regulators fined Velmora 40 million euros ($44 million) on Thursday."),
        article("quay-news", "Regulators fined Velmora €27 million on Thursday."),
    )
    assert findings and all(f.verdict is Verdict.CONFLICT for f in findings)
    assert not any("reading" in f.message for f in findings)


def test_two_outlets_converting_one_amount_into_two_currencies_agree() -> None:
    (f,) = currency_findings(
        article("harbour-post", "Regulators fined Velmora €40 million (£34.7 million) on Thursday."),
        article("quay-news", "Regulators fined Velmora €40 million ($44 million) on Thursday."),
    )
    assert f.verdict is Verdict.CONSISTENT
    assert "£34.7 million" in f.message and "$44 million" in f.message
