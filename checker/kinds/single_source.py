"""single-source: a checkable fact (a number, a quotation, a named person) that only one outlet
reports. Not an error: a list of what cannot be corroborated from the other outlets."""

from __future__ import annotations

from datetime import date

from checker.compare import Context, finding
from checker.extract.entities import looks_like_person, name_key
from checker.extract.quantities import to_base
from checker.kinds._quotes import long_quote_pairs, words
from checker.kinds._shared import values_agree
from checker.kinds.date import deictic
from checker.records import Claim, DateMention, Finding, Quantity, Verdict
from checker.rulepack import Rule

FIELDS = ("source", "facts")
PARAMS = {"min_quote_words": 4, "quote_min_score": 80.0, "approx_tolerance": 0.1}


BACKGROUND_DAYS = 31


def _converted_elsewhere(ctx: Context, claim: Claim, q: Quantity, figures: dict) -> bool:
    from checker.extract.money import ConversionUnavailable, convert

    on = ctx.published(claim.source)
    if on is None or not q.currency:
        return False
    for other, sources in figures.get(("money", "money"), {}).values():
        if not sources - {claim.source} or not other.currency or other.currency == q.currency:
            continue
        try:
            conv = convert(q.value, q.currency, other.currency, on)
        except ConversionUnavailable:
            continue
        if abs(conv.amount - other.value) <= 0.03 * max(abs(other.value), 1e-9):
            return True
    return False


def _unit_key(q: Quantity) -> tuple[str, str]:
    base = to_base(q)
    return (q.dimension, base[1] if base else q.unit)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    tol = float(rule.param("approx_tolerance", 0.1))
    # Distinct figures per unit, with the outlets giving each: lookups stay cheap at 200 outlets.
    figures: dict[tuple[str, str], dict[tuple[float, str | None], tuple[Quantity, set[str]]]] = {}
    names: dict[str, set[str]] = {}
    for c in ctx.every:
        for q in c.quantities:
            entry = figures.setdefault(_unit_key(q), {}).setdefault((q.value, q.approx), (q, set()))
            entry[1].add(c.source)
        for e in c.entities:
            names.setdefault(name_key(e), set()).add(c.source)
    # Calendar dates other outlets give, as day intervals, to tell which dates only one gives.
    spans: dict[tuple[date, date], set[str]] = {}
    for c in ctx.every:
        for d in c.dates:
            if d.first and d.last:
                spans.setdefault((d.first, d.last), set()).add(c.source)
    quote_pairs = long_quote_pairs(
        ctx, int(rule.param("min_quote_words", 4)), float(rule.param("quote_min_score", 80.0))
    )
    echoed_quotes = {(p.a.source, p.qa.start) for p in quote_pairs} | {
        (p.b.source, p.qb.start) for p in quote_pairs
    }

    def elsewhere(claim: Claim, q: Quantity) -> bool:
        if any(
            sources - {claim.source} and values_agree(q, other, tol)
            for other, sources in figures[_unit_key(q)].values()
        ):
            return True
        # The same amount in another currency, at the day's rate, is the same fact.
        return q.dimension == "money" and _converted_elsewhere(ctx, claim, q, figures)

    def dated_elsewhere(claim: Claim, d: DateMention) -> bool:
        return any(
            sources - {claim.source} and first <= d.last and d.first <= last
            for (first, last), sources in spans.items()
        )

    def named_elsewhere(claim: Claim, name: str) -> bool:
        key = name_key(name)
        # "Eric Yuan" is also in another outlet's "CEO Eric Yuan"
        return any(key in other and sources - {claim.source} for other, sources in names.items())

    out = []
    seen_quotes: set[tuple[str, int]] = set()
    for claim in ctx.claims:
        if len(ctx.outlets(claim)) > 1:
            continue  # several outlets make this claim in these very words
        facts = [
            f"{q.approx + ' ' if q.approx else ''}{q.text}"
            for q in claim.quantities
            if not elsewhere(claim, q)
        ]
        for q in claim.quotes:
            key = (claim.source, q.start)
            if key in seen_quotes or len(words(q.words)) < int(rule.param("min_quote_words", 4)):
                continue
            seen_quotes.add(key)
            if key not in echoed_quotes:
                snippet = " ".join(q.words.split()[:8])
                facts.append(f'quotation "{snippet}{"..." if len(q.words.split()) > 8 else ""}"')
        published = ctx.published(claim.source)
        for d in claim.dates:
            # A dated fact of the background ("opened in 1989", "since 1994"), not the news
            # of the day that every outlet dates its own way.
            old = published and d.last and (published - d.last).days > BACKGROUND_DAYS
            if old and not deictic(d) and not dated_elsewhere(claim, d):
                facts.append(f"date {d.text}")
        for name in claim.entities:
            # "the United States", "the Associated Press": a name after "the" is no person.
            person = looks_like_person(name) and f"the {name}" not in claim.text
            if person and not named_elsewhere(claim, name):
                facts.append(f"named person {name}")
        if facts:
            out.append(
                finding(
                    rule,
                    Verdict.SINGLE_SOURCE,
                    [claim],
                    {"facts": facts},
                    source=claim.source,
                    facts="; ".join(facts),
                )
            )
    return out
