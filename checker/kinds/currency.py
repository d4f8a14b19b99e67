"""currency: amounts of money for the same thing, compared after conversion.

Amounts are facts (checker/facts.py): compared only when they are about the same party and
measure the same thing (a fine with a fine, never Google's with Meta's, never a legal cap with
a fine imposed). Each reads as an interval from its hedge; different currencies are converted
at the ECB reference rate of the reporting date (the later of the two articles' dates: a
conversion is made when the later story is written), with a tolerance for rounding. An outlet's
own conversion ("1.9 billion rubles ($27.2 million)") is another reading of the same amount,
and the reading that the other outlet's amount can be checked against is the one compared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from checker.extract.hedges import Interval
from checker.extract.money import Conversion
from checker.facts import Fact, measures_differ
from checker.kinds._currency_of import currency_of
from checker.kinds._shared import Variants, describe, significant_digits, told_apart
from checker.kinds.base import MATCHABLE, Context, FactPair, Rule, confidence_of, finding
from checker.kinds.number import bar
from checker.records import Finding, Quantity, Verdict

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
PARAMS = {
    "min_score": 62.0,
    "partial_score": 45.0,
    "named_score": 30.0,
    "tolerance": 0.03,
    "max_ratio": 4.0,
}


def _money(f: Fact) -> bool:
    return f.quantity.dimension == "money" and bool(f.quantity.currency)


@dataclass(frozen=True)
class _Reading:
    """Two amounts read in currencies cx and cy, compared in cy."""

    qx: Quantity
    cx: str
    qy: Quantity
    cy: str
    ix: Interval  # qx's interval, in cy
    iy: Interval
    conversion: Conversion | None
    why: tuple[str, str] = ("", "")  # the evidence for reading qx as cx and qy as cy
    converted_apart: bool = False  # both are the outlets' conversions of one amount

    @property
    def agree(self) -> bool:
        return self.ix.overlaps(self.iy)

    @property
    def difference(self) -> float:
        mid_x, mid_y = (self.ix.low + self.ix.high) / 2, (self.iy.low + self.iy.high) / 2
        return abs(mid_x - mid_y) / max(abs(mid_y), 1e-9)

    @property
    def reread(self) -> str:
        return "; ".join(
            f"reading {q.text} as {c}" + (f" ({why})" if why else "")
            for q, c, why in ((self.qx, self.cx, self.why[0]), (self.qy, self.cy, self.why[1]))
            if c != q.currency
        )


def _on(ctx: Context, fp: FactPair) -> date | None:
    dates = [d for d in (ctx.published(fp.a.source), ctx.published(fp.b.source)) if d]
    return max(dates) if dates else None


def _read(fx: Fact, qx: Quantity, cx: str, fy: Fact, qy: Quantity, cy: str, on, tolerance):
    from checker.extract.money import ConversionUnavailable, convert

    ix, iy = fx.interval(qx), fy.interval(qy)
    if cx == cy:
        return _Reading(qx, cx, qy, cy, ix, iy, None)
    if on is None:
        return None
    try:
        conv = convert(1.0, cx, cy, on)
    except (ConversionUnavailable, OverflowError, ValueError):
        return None
    return _Reading(qx, cx, qy, cy, ix.scaled(conv.rate).widened(tolerance), iy, conv)


def readings(ctx: Context, fp: FactPair, tolerance: float) -> list[_Reading]:
    """Every way to set the two amounts side by side: each outlet's readings, converted from
    the rounder figure (more likely the original amount). A symbol that stands for several
    currencies is read as the evidence says (checker/kinds/_currency_of.py), never as
    whichever currency would make the amounts agree. Same-currency readings first."""
    on = _on(ctx, fp)
    out = []
    for qa in fp.a.readings:
        for qb in fp.b.readings:
            (fx, qx), (fy, qy) = sorted(
                ((fp.a, qa), (fp.b, qb)),
                key=lambda t: (significant_digits(t[1].value), t[0].source),
            )
            cx, wx = _currency(ctx, fx, qx)
            cy, wy = _currency(ctx, fy, qy)
            r = _read(fx, qx, cx, fy, qy, cy, on, tolerance)
            if r is not None:
                out.append(replace(r, why=(wx, wy)))
    return sorted(out, key=lambda r: (r.conversion is not None, bool(r.reread)))


def _currency(ctx: Context, f: Fact, q: Quantity) -> tuple[str, str]:
    return ctx.once(
        ("currency-of", f.key, q.start),
        lambda: currency_of(f, q, ctx.sources.get(f.source), ctx.published(f.source)),
    )


def judge(ctx: Context, fp: FactPair, rule: Rule) -> tuple[Verdict | None, _Reading] | None:
    """(verdict, the reading that decides it); verdict None when the same amount is written
    the same way. None when the amounts say nothing about each other."""
    tolerance = float(rule.param("tolerance", 0.03))
    tried = readings(ctx, fp, tolerance)
    if not tried:
        return None
    # Two amounts both outlets give in one currency are compared as written: their own
    # conversions, rounded and converted at other rates, never make 18.2 and 18.3 agree
    direct = [r for r in tried if r.conversion is None and not r.reread]
    if direct and not any(r.agree for r in direct):
        tried = direct
    agreeing = [r for r in tried if r.agree] if fp.agreement_ok() else []
    if agreeing:
        r = agreeing[0]
        # "£20m" and "£20 million" are one amount written two ways: nothing a reader would
        # take for a disagreement
        same = r.conversion is None and not r.reread and r.qx.value == r.qy.value
        if same and r.qx.approx == r.qy.approx:
            # The same amount, converted by each outlet into another currency ("€1.2bn
            # (£1bn)", "€1.2bn ($1.3bn)"): a reader may take the conversions for two amounts.
            converted = [c for c in agreeing if c.conversion and _both_converted(fp, c)]
            if converted:
                return Verdict.CONSISTENT, converted[0]
            # ... or into one currency, differently ("£100m ($118m)", "£100m ($139m)"): the
            # same amount cannot be both, whatever the rate each outlet used
            apart = _conversions_apart(fp, tried, tolerance)
            return (Verdict.CONFLICT, apart[0]) if apart else (None, r)
        return Verdict.CONSISTENT, r
    r = tried[0]
    if not fp.same_measure or not fp.clash_ok(r.ix, r.iy):
        return None
    if r.conversion is None and told_apart(ctx, fp.a, fp.b, _same_money):
        return None  # "a fine of €4.3bn ... reduced to €4.125bn" in one outlet: two amounts
    if fp.loosely_tied() and ctx.worded_apart(fp.a.claim, fp.b.claim):
        return None  # nothing but what both measure ties two sentences of other words
    return Verdict.CONFLICT, r


def _conversions_apart(fp: FactPair, tried: list[_Reading], tolerance: float) -> list[_Reading]:
    """The two outlets' own conversions of one amount into one currency, further apart than
    two rates of the day and their rounding allow."""
    return [
        replace(r, converted_apart=True)
        for r in tried
        if r.conversion is None
        and not r.reread
        and _both_converted(fp, r)
        and not r.ix.widened(tolerance).overlaps(r.iy.widened(tolerance))
    ]


def _same_money(f: Fact, g: Fact) -> bool:
    """An outlet's amount that could be read as another's: same currency, no measure apart."""
    return _money(f) and f.quantity.currency == g.quantity.currency and not measures_differ(f, g)


def _both_converted(fp: FactPair, r: _Reading) -> bool:
    """Both amounts of the reading are the outlets' own conversions, not what they report."""
    return all(
        q is not f.readings[0] for q in (r.qx, r.qy) for f in (fp.a, fp.b) if q in f.readings
    )


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    judged = []
    for fp in ctx.fact_pairs(_money, bar(rule)):
        if fp.other_party:
            continue
        result = judge(ctx, fp, rule)
        if result is not None:
            judged.append((fp, *result))
    # Within two claims an amount matched by one of the other's amounts is accounted for: it
    # is not then set against the rest ("valued at €4.2bn ... combined assets of €310bn").
    matched = {
        (f.key, other.claim.id)
        for fp, verdict, _ in judged
        if verdict is not Verdict.CONFLICT
        for f, other in ((fp.a, fp.b), (fp.b, fp.a))
    }
    for fp, verdict, r in judged:
        if verdict is None:
            continue
        if verdict is Verdict.CONFLICT and (
            (fp.a.key, fp.b.claim.id) in matched or (fp.b.key, fp.a.claim.id) in matched
        ):
            continue
        key = (r.cx, r.qx.value, r.cy, r.qy.value)
        if r.converted_apart:  # one amount converted several ways: one finding
            key = ("converted", fp.a.quantity.currency, fp.a.quantity.value, r.cy)
        variants.add(key, [fp.a.claim, fp.b.claim], (verdict, fp, r))
    out = []
    for _, claims, (verdict, fp, r) in variants.items():
        x = fp.a if r.qx in fp.a.readings else fp.b
        y = fp.b if x is fp.a else fp.a
        out.append(_finding(ctx, rule, verdict, claims, x, y, r, fp))
    return out


def _finding(
    ctx, rule, verdict, claims, x: Fact, y: Fact, r: _Reading, fp: FactPair
) -> Finding:
    note = f" ({r.reread})" if r.reread else ""
    hedged = r.qx.approx or r.qy.approx
    intervals = f" (the intervals {r.ix} and {r.iy} {'overlap' if r.agree else 'do not overlap'})"
    conv = r.conversion
    if conv is None:
        if r.converted_apart:
            relation = (
                f"one amount ({describe(x.quantity)}, {describe(y.quantity)}) converted into "
                f"{r.cy} two ways that no rate of the day reconciles{note}"
            )
        else:
            relation = (
                f"the same amount{note}"
                if verdict is Verdict.CONSISTENT
                else f"different amounts in the same currency{note}"
            ) + (intervals if hedged else "")
        details: dict[str, object] = {"currency": r.cx, "reading": r.reread}
        rate = rate_date = converted = ""
    else:
        words = (
            "the same amount in two currencies"
            if verdict is Verdict.CONSISTENT
            else "different amounts even after conversion"
        )
        rate = f"1 {r.cx} = {conv.rate:.5f} {r.cy}"
        rate_date = conv.rate_date.isoformat()
        amount = r.qx.value * conv.rate
        converted = f"{r.cy} {amount:,.0f}"
        diff = abs(amount - r.qy.value) / max(abs(r.qy.value), 1e-9)
        relation = (
            f"at the {conv.source} of {rate_date} ({rate}{'; ' + r.reread if r.reread else ''}) "
            f"{describe(r.qx)} is {converted}, {diff:.1%} from {describe(r.qy)}: {words}"
        )
        details = {
            "rate": round(conv.rate, 6),
            "rate_date": rate_date,
            "rate_source": conv.source,
            "converted": round(amount, 2),
            "from": r.cx,
            "to": r.cy,
            "relative_difference": round(diff, 4),
            "reading": r.reread,
        }
    return finding(
        rule,
        verdict,
        claims,
        details,
        a_source=ctx.sources_of([x.claim]),
        a_amount=describe(r.qx),
        b_source=ctx.sources_of([y.claim]),
        b_amount=describe(r.qy),
        converted=converted,
        rate=rate,
        rate_date=rate_date,
        difference=f"{r.difference:.1%}",
        relation=relation,
        confidence=confidence_of(fp.matched, MATCHABLE),
    )
