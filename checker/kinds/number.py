"""number: the same quantity (same subject, same unit) given as different values."""

from __future__ import annotations

from checker.compare import Context, finding
from checker.kinds._shared import describe, same_unit, subjects_differ, values_agree
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_value", "b_source", "b_value", "unit", "subject", "values")
PARAMS = {"min_score": 62.0, "approx_tolerance": 0.1}


def _counted(claim) -> bool:
    return any(q.dimension != "money" for q in claim.quantities)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    tolerance = rule.param("approx_tolerance", 0.1)
    # (unit, subject) -> value as written -> claims giving it; joined by clashing pairs.
    camps: dict[tuple[str, str], dict[str, dict[str, Claim]]] = {}
    for pair in ctx.counterparts("quantity", _counted, rule.param("min_score", 62.0)):
        a, b = pair.a, pair.b
        if subjects_differ(a, b):
            continue
        for qa in a.quantities:
            # One unit written two ways is the unit rule's ("5,000 hectares" / "12,355 acres").
            same = [
                qb
                for qb in b.quantities
                if qb.dimension != "money" and same_unit(qa, qb) and qb.unit == qa.unit
            ]
            if qa.dimension == "money" or not same or not qa.unit:
                continue
            if any(values_agree(qa, qb, tolerance) for qb in same):
                continue
            qb = same[0]
            subject = a.subject or b.subject or ""
            sides = camps.setdefault((qa.unit, subject), {})
            sides.setdefault(describe(qa), {})[a.id] = a
            sides.setdefault(describe(qb), {})[b.id] = b
    out = []
    for (unit, subject), sides in sorted(camps.items()):
        ordered = sorted(
            sides.items(), key=lambda kv: (-len(ctx.sources_of(kv[1].values()).split(", ")), kv[0])
        )
        described = [f"{value} ({ctx.sources_of(cs.values())})" for value, cs in ordered]
        claims = [c for _, cs in ordered for c in cs.values()]
        (a_value, ca), (b_value, cb) = ordered[0], ordered[1]
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"unit": unit, "values": [v for v, _ in ordered], "subject": subject},
                a_source=ctx.sources_of(ca.values()),
                a_value=a_value,
                b_source=ctx.sources_of(cb.values()),
                b_value=b_value,
                unit=unit,
                subject=subject or "the same subject",
                values=" vs ".join(described),
            )
        )
    return out
