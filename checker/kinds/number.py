"""number: the same quantity (same subject, same unit) given as different values."""

from __future__ import annotations

from checker.compare import Context, Pair, finding
from checker.extract.quantities import to_base
from checker.kinds._shared import (
    describe,
    same_context,
    same_unit,
    strong_context,
    subjects_differ,
    values_agree,
)
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_value", "b_source", "b_value", "unit", "subject", "values", "relation")
PARAMS = {
    "min_score": 62.0,
    "agree_min_score": 45.0,
    "floor_score": 30.0,
    "approx_tolerance": 0.1,
}


def _counted(claim) -> bool:
    return any(q.dimension != "money" for q in claim.quantities)


def _surface(q) -> str:
    return "".join(describe(q).split()).casefold()


def _matches(pair: Pair, tolerance: float, scores: tuple[float, float, float]) -> list[tuple]:
    """(a's figure, b's figure, agree?) for the figures of the two claims that count the same
    thing. Figures that agree pair first ("four killed" with "four died"); a clash is then
    looked for only among the figures left: in closely matching claims with shared words
    around the figures, or, in looser ones, with more shared words or in both leads."""
    min_score, agree_min, floor = scores
    a, b = pair.a, pair.b
    counted = [q for q in a.quantities if q.dimension != "money" and q.unit]
    others = [q for q in b.quantities if q.dimension != "money" and q.unit]
    # One unit written two ways is the unit rule's ("5,000 hectares" / "12,355 acres").
    candidates = [
        (qa, qb)
        for qa in counted
        for qb in others
        if same_unit(qa, qb) and (qb.unit == qa.unit or not to_base(qa))
    ]
    out, used = [], set()
    for qa, qb in candidates:
        if values_agree(qa, qb, tolerance) and pair.score >= agree_min:
            used |= {id(qa), id(qb)}
            # Different on the surface, equal once normalised ("11.87 lakh" / "1,187,000",
            # "fourteen" / "14"): consistent. Spacing and case alone ("70mph") are no difference.
            if _surface(qa) != _surface(qb):
                out.append((qa, qb, True))
    for qa, qb in candidates:
        if id(qa) in used or id(qb) in used or values_agree(qa, qb, tolerance):
            continue
        close = pair.score >= min_score and same_context(a, qa, b, qb)
        if close or (pair.score >= floor and strong_context(a, qa, b, qb)):
            used |= {id(qa), id(qb)}
            out.append((qa, qb, False))
    return out


def run(ctx: Context, rule: Rule) -> list[Finding]:
    tolerance = rule.param("approx_tolerance", 0.1)
    # (verdict, unit, subject) -> value as written -> claims giving it. Figures that clash
    # make a conflict; figures that differ only by rounding or "about" make a consistent one.
    camps: dict[tuple[Verdict, str, str], dict[str, dict[str, Claim]]] = {}
    scores = (
        float(rule.param("min_score", 62.0)),
        float(rule.param("agree_min_score", 45.0)),
        float(rule.param("floor_score", 30.0)),
    )
    for pair in ctx.counterparts("quantity", _counted, min(scores)):
        a, b = pair.a, pair.b
        if subjects_differ(a, b):
            continue
        matches = _matches(pair, tolerance, scores)
        for qa, qb, agree in matches:
            verdict = Verdict.CONSISTENT if agree else Verdict.CONFLICT
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
