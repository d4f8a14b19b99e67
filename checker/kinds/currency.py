"""currency: amounts of money for the same thing, compared after conversion.

Different currencies are converted at the ECB reference rate of the reporting date (the later
of the two articles' dates: a conversion is made when the later story is written). Within the
tolerance the amounts are `consistent`, and the message gives the rate and its date.
"""

from __future__ import annotations

from datetime import date

from checker.compare import Context, finding
from checker.kinds._shared import (
    Variants,
    describe,
    significant_digits,
    subjects_differ,
    values_agree,
)
from checker.records import Claim, Finding, Quantity, Verdict
from checker.rulepack import Rule

FIELDS = (
    "a_source",
    "a_amount",
    "b_source",
    "b_amount",
    "converted",
    "rate",
    "rate_date",
    "difference",
    "relation",
)
PARAMS = {"min_score": 45.0, "tolerance": 0.03, "approx_tolerance": 0.1}


def _money(claim: Claim) -> list[Quantity]:
    return [q for q in claim.quantities if q.dimension == "money" and q.currency]


def _on(ctx: Context, a: Claim, b: Claim) -> date | None:
    dates = [d for d in (ctx.published(a.source), ctx.published(b.source)) if d]
    return max(dates) if dates else None


def run(ctx: Context, rule: Rule) -> list[Finding]:
    from checker.extract.money import ConversionUnavailable, convert

    tolerance = float(rule.param("tolerance", 0.03))
    variants = Variants()
    pairs = ctx.counterparts("money", lambda c: bool(_money(c)), rule.param("min_score", 45.0))
    for pair in pairs:
        if subjects_differ(pair.a, pair.b):
            continue
        for qa in _money(pair.a):
            for qb in _money(pair.b):
                # Convert from the rounder figure: it is more likely the original amount.
                (x, qx), (y, qy) = sorted(
                    ((pair.a, qa), (pair.b, qb)),
                    key=lambda t: (significant_digits(t[1].value), t[0].source),
                )
                if qx.currency == qy.currency:
                    if values_agree(qx, qy, rule.param("approx_tolerance", 0.1)):
                        continue
                    key = (qx.currency, qx.value, qy.value)
                    variants.add(key, [x, y], (Verdict.CONFLICT, x, qx, y, qy, None))
                    continue
                on = _on(ctx, x, y)
                if on is None:
                    continue
                try:
                    conv = convert(qx.value, qx.currency, qy.currency, on)
                except ConversionUnavailable:
                    continue
                diff = abs(conv.amount - qy.value) / max(abs(qy.value), 1e-9)
                allowed = tolerance + (
                    rule.param("approx_tolerance", 0.1) if qx.approx or qy.approx else 0
                )
                verdict = Verdict.CONSISTENT if diff <= allowed else Verdict.CONFLICT
                key = (qx.currency, qx.value, qy.currency, qy.value)
                variants.add(key, [x, y], (verdict, x, qx, y, qy, (conv, diff)))
    out = []
    for _, claims, payload in variants.items():
        verdict, x, qx, y, qy, conversion = payload
        if conversion is None:
            out.append(
                finding(
                    rule,
                    verdict,
                    claims,
                    {"currency": qx.currency},
                    a_source=ctx.sources_of([x]),
                    a_amount=describe(qx),
                    b_source=ctx.sources_of([y]),
                    b_amount=describe(qy),
                    converted="",
                    rate="",
                    rate_date="",
                    difference="",
                    relation="different amounts in the same currency",
                )
            )
            continue
        conv, diff = conversion
        verdict_words = (
            "the same amount in two currencies"
            if verdict is Verdict.CONSISTENT
            else "different amounts even after conversion"
        )
        relation = (
            f"at the {conv.source} of {conv.rate_date.isoformat()} (1 {qx.currency} = "
            f"{conv.rate:.5f} {qy.currency}) {describe(qx)} is {qy.currency} {conv.amount:,.0f}, "
            f"{diff:.1%} from {describe(qy)}: {verdict_words}"
        )
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {
                    "rate": round(conv.rate, 6),
                    "rate_date": conv.rate_date.isoformat(),
                    "rate_source": conv.source,
                    "converted": round(conv.amount, 2),
                    "from": qx.currency,
                    "to": qy.currency,
                    "relative_difference": round(diff, 4),
                },
                a_source=ctx.sources_of([x]),
                a_amount=describe(qx),
                b_source=ctx.sources_of([y]),
                b_amount=describe(qy),
                converted=f"{qy.currency} {conv.amount:,.0f}",
                rate=f"1 {qx.currency} = {conv.rate:.5f} {qy.currency}",
                rate_date=conv.rate_date.isoformat(),
                difference=f"{diff:.1%}",
                relation=relation,
            )
        )
    return out
