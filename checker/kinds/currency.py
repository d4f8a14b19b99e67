"""currency: amounts of money for the same thing, compared after conversion.

Different currencies are converted at the ECB reference rate of the reporting date (the later
of the two articles' dates: a conversion is made when the later story is written). Within the
tolerance the amounts are `consistent`, and the message gives the rate and its date.
"""

from __future__ import annotations

from datetime import date

from checker.compare import Context, Pair, finding
from checker.extract.quantities import currency_ambiguity
from checker.kinds._shared import (
    Variants,
    describe,
    same_context,
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


def _reading(ctx: Context, qx: Quantity, cx: str, qy: Quantity, cy: str, on: date | None):
    """(relative difference, conversion or None) of two amounts read in currencies cx, cy."""
    from checker.extract.money import ConversionUnavailable, convert

    if cx == cy:
        return abs(qx.value - qy.value) / max(abs(qx.value), abs(qy.value), 1e-9), None
    if on is None:
        return None
    try:
        conv = convert(qx.value, cx, cy, on)
    except ConversionUnavailable:
        return None
    return abs(conv.amount - qy.value) / max(abs(qy.value), 1e-9), conv


def _compare(ctx: Context, pair: Pair, qa: Quantity, qb: Quantity, tolerance: float, approx: float):
    """(variant key, verdict or None when identical, the pair for same_context, payload)."""
    # Convert from the rounder figure: it is more likely the original amount.
    (x, qx), (y, qy) = sorted(
        ((pair.a, qa), (pair.b, qb)),
        key=lambda t: (significant_digits(t[1].value), t[0].source),
    )
    on = _on(ctx, x, y)
    allowed = tolerance + (approx if qx.approx or qy.approx else 0)
    # A bare "$" or "¥" may mean several currencies: the written reading first, then the
    # others, and the first that makes the amounts agree is the one reported.
    readings = [(qx.currency, qy.currency)]
    readings += [(alt, qy.currency) for alt in currency_ambiguity(qx)]
    readings += [(qx.currency, alt) for alt in currency_ambiguity(qy)]
    tried = [(r, _reading(ctx, qx, r[0], qy, r[1], on)) for r in readings]
    tried = [(r, got) for r, got in tried if got is not None]
    if not tried:
        return None
    # In one currency the figures agree as numbers do (rounding, "about"); across two, within
    # the conversion tolerance.
    agreeing = [
        (r, got)
        for r, got in tried
        if (values_agree(qx, qy, approx) if r[0] == r[1] else got[0] <= allowed)
    ]
    (cx, cy), (diff, conv) = agreeing[0] if agreeing else tried[0]
    if agreeing and cx == cy and (cx, cy) == readings[0]:
        verdict = None  # the same amount in the same currency, as written
    else:
        verdict = Verdict.CONSISTENT if agreeing else Verdict.CONFLICT
    reread = [f"reading {q.text} as {c}" for q, c in ((qx, cx), (qy, cy)) if c != q.currency]
    key = (cx, qx.value, cy, qy.value)
    return key, verdict, (x, qx, y, qy), (x, qx, y, qy, conv, diff, "; ".join(reread), cx, cy)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    tolerance = float(rule.param("tolerance", 0.03))
    approx = float(rule.param("approx_tolerance", 0.1))
    variants = Variants()
    pairs = ctx.counterparts("money", lambda c: bool(_money(c)), rule.param("min_score", 45.0))
    for pair in pairs:
        if subjects_differ(pair.a, pair.b):
            continue
        for qa in _money(pair.a):
            results = [_compare(ctx, pair, qa, qb, tolerance, approx) for qb in _money(pair.b)]
            results = [r for r in results if r is not None]
            agreeing = [r for r in results if r[1] is Verdict.CONSISTENT or r[1] is None]
            if agreeing:
                # An amount that matches one of the other claim's amounts is not compared with
                # the rest ("valued at €4.2bn ... combined assets of €310bn").
                chosen = [r for r in agreeing if r[1] is not None]
            else:
                # A clash must be about the same thing: words around the amounts shared.
                chosen = [r for r in results if same_context(*r[2])]
            for key, verdict, _, payload in chosen:
                variants.add(key, [payload[0], payload[2]], (verdict, *payload))
    out = []
    for _, claims, (verdict, x, qx, y, qy, conv, diff, reread, cx, cy) in variants.items():
        note = f" ({reread})" if reread else ""
        if conv is None:
            relation = (
                f"the same amount{note}"
                if verdict is Verdict.CONSISTENT
                else f"different amounts in the same currency{note}"
            )
            details: dict[str, object] = {"currency": qx.currency, "reading": reread}
            rate = rate_date = converted = ""
        else:
            words = (
                "the same amount in two currencies"
                if verdict is Verdict.CONSISTENT
                else "different amounts even after conversion"
            )
            rate = f"1 {cx} = {conv.rate:.5f} {cy}"
            rate_date = conv.rate_date.isoformat()
            converted = f"{cy} {conv.amount:,.0f}"
            relation = (
                f"at the {conv.source} of {rate_date} ({rate}{'; ' + reread if reread else ''}) "
                f"{describe(qx)} is {converted}, {diff:.1%} from {describe(qy)}: {words}"
            )
            details = {
                "rate": round(conv.rate, 6),
                "rate_date": rate_date,
                "rate_source": conv.source,
                "converted": round(conv.amount, 2),
                "from": cx,
                "to": cy,
                "relative_difference": round(diff, 4),
                "reading": reread,
            }
        out.append(
            finding(
                rule,
                verdict,
                claims,
                details,
                a_source=ctx.sources_of([x]),
                a_amount=describe(qx),
                b_source=ctx.sources_of([y]),
                b_amount=describe(qy),
                converted=converted,
                rate=rate,
                rate_date=rate_date,
                difference=f"{diff:.1%}",
                relation=relation,
            )
        )
    return out
