"""number: the same quantity (same subject, same unit) given as different values."""

from __future__ import annotations

from checker.compare import Context, finding
from checker.extract.quantities import to_base
from checker.kinds._shared import describe, same_context, same_unit, subjects_differ, values_agree
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_value", "b_source", "b_value", "unit", "subject", "values", "relation")
PARAMS = {"min_score": 62.0, "agree_min_score": 45.0, "approx_tolerance": 0.1}


def _counted(claim) -> bool:
    return any(q.dimension != "money" for q in claim.quantities)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    tolerance = rule.param("approx_tolerance", 0.1)
    # (verdict, unit, subject) -> value as written -> claims giving it. Figures that clash
    # make a conflict; figures that differ only by rounding or "about" make a consistent one.
    camps: dict[tuple[Verdict, str, str], dict[str, dict[str, Claim]]] = {}
    min_score = float(rule.param("min_score", 62.0))
    loose = float(rule.param("agree_min_score", 45.0))
    for pair in ctx.counterparts("quantity", _counted, min(loose, min_score)):
        a, b = pair.a, pair.b
        if subjects_differ(a, b):
            continue
        for qa in a.quantities:
            # One unit written two ways is the unit rule's ("5,000 hectares" / "12,355 acres").
            # Figures that agree need no more proof that they count the same thing; figures
            # that clash must also share the words around them (or both open their sentence).
            same = [
                qb
                for qb in b.quantities
                if qb.dimension != "money"
                and same_unit(qa, qb)
                and (qb.unit == qa.unit or not to_base(qa))
                and (
                    values_agree(qa, qb, tolerance)
                    or (pair.score >= min_score and same_context(a, qa, b, qb))
                )
            ]
            if qa.dimension == "money" or not same or not qa.unit:
                continue
            if any(describe(qa) == describe(qb) for qb in same):
                continue  # the same figure, written the same way
            agreeing = [qb for qb in same if values_agree(qa, qb, tolerance)]
            qb = (agreeing or same)[0]
            verdict = Verdict.CONSISTENT if agreeing else Verdict.CONFLICT
            subject = a.subject or b.subject or ""
            sides = camps.setdefault((verdict, qa.unit, subject), {})
            sides.setdefault(describe(qa), {})[a.id] = a
            sides.setdefault(describe(qb), {})[b.id] = b
    out = []
    for (verdict, unit, subject), sides in sorted(camps.items()):
        ordered = sorted(
            sides.items(), key=lambda kv: (-len(ctx.sources_of(kv[1].values()).split(", ")), kv[0])
        )
        described = [f"{value} ({ctx.sources_of(cs.values())})" for value, cs in ordered]
        claims = [c for _, cs in ordered for c in cs.values()]
        (a_value, ca), (b_value, cb) = ordered[0], ordered[1]
        relation = (
            "the outlets give different figures"
            if verdict is Verdict.CONFLICT
            else "the figures agree once rounding and qualifiers such as 'about' are allowed for"
        )
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {"unit": unit, "values": [v for v, _ in ordered], "subject": subject},
                a_source=ctx.sources_of(ca.values()),
                a_value=a_value,
                b_source=ctx.sources_of(cb.values()),
                b_value=b_value,
                unit=unit,
                subject=subject or "the same subject",
                values=" vs ".join(described),
                relation=relation,
            )
        )
    return out
