"""number: the same quantity (same subject, same unit) given as different values."""

from __future__ import annotations

from checker.compare import Context, finding
from checker.kinds._shared import Variants, describe, same_unit, subjects_differ, values_agree
from checker.records import Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_value", "b_source", "b_value", "unit", "subject")
PARAMS = {"min_score": 62.0, "approx_tolerance": 0.1}


def _counted(claim) -> bool:
    return any(q.dimension != "money" for q in claim.quantities)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    for pair in ctx.counterparts("quantity", _counted, rule.param("min_score", 62.0)):
        a, b = pair.a, pair.b
        if subjects_differ(a, b):
            continue
        for qa in a.quantities:
            same = [qb for qb in b.quantities if qb.dimension != "money" and same_unit(qa, qb)]
            if qa.dimension == "money" or not same or not qa.unit:
                continue
            if any(values_agree(qa, qb, rule.param("approx_tolerance", 0.1)) for qb in same):
                continue
            qb = same[0]
            (x, qx), (y, qy) = sorted(((a, qa), (b, qb)), key=lambda t: t[0].source)
            key = (qx.unit, qx.value, qy.value)
            variants.add(
                key,
                [x, y],
                (
                    x.source,
                    describe(qx),
                    y.source,
                    describe(qy),
                    qx.unit,
                    x.subject or y.subject or "",
                ),
            )
    out = []
    for key, claims, payload in variants.items():
        a_source, a_value, b_source, b_value, unit, subject = payload
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"unit": unit, "values": [str(key[1]), str(key[2])], "subject": subject},
                a_source=a_source,
                a_value=a_value,
                b_source=b_source,
                b_value=b_value,
                unit=unit,
                subject=subject or "the same subject",
            )
        )
    return out
