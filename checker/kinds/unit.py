"""unit: one measure in two units ("5,000 hectares" / "12,355 acres", "20 km" / "12 miles"),
compared after conversion: `consistent` when equal within the tolerance, else a conflict."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace

from checker.extract.quantities import to_base
from checker.facts import Fact
from checker.frames import Frame, slots_differ
from checker.kinds._shared import Variants, describe, same_context, subjects_differ
from checker.kinds.base import Context, FactBar, FactPair, Pair, Rule, finding
from checker.records import Claim, Finding, Quantity, Verdict

FIELDS = ("a_source", "a_value", "b_source", "b_value", "factor", "difference", "relation")
UNCONVERTED = frozenset({"duration", "age"})
PARAMS = {"min_score": 55.0, "tolerance": 0.02, "approx_tolerance": 0.1, "max_ratio": 4.0}


def _measured(claim: Claim) -> bool:
    return any(to_base(q) for q in claim.quantities)


def _frame(ctx: Context, claim: Claim, q: Quantity) -> Frame | None:
    return next((f.frame for f in ctx.facts.get(claim.id, ()) if f.quantity == q), None)


def _one_measure(ctx: Context, a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Nothing in the figures' frames (checker/frames.py) says they are two measures: they do
    not measure two things, and no slot both fill differs (holder, time, counter, status)."""
    fa, fb = _frame(ctx, a, qa), _frame(ctx, b, qb)
    if fa is None or fb is None:
        return True
    # the verb of a distance or a weight is incidental ("heard as far away as Cyprus, 200 km",
    # "rattled windows on Cyprus, 100 miles away"): only a slot keeps two measures apart
    return not slots_differ(fa, fb)


def _converted(f: Fact) -> bool:
    return bool(to_base(f.quantity)) and f.quantity.dimension not in UNCONVERTED


def _one_fact(ctx: Context) -> set[frozenset[tuple[str, Quantity]]]:
    """The figures the story's fact pairing (checker/pairing.py) takes for one measure
    misreported, as the number rule asks of a clash: figures of aligned claims whose
    referents agree, with positive evidence that both measure one thing. Two depths of one
    story ("filmed at 6,100 m", "caught at 5,900 m") are two measures, in any units."""
    return {
        frozenset(((fp.a.claim.id, fp.a.quantity), (fp.b.claim.id, fp.b.quantity)))
        for fp in ctx.fact_pairs(_converted, FactBar())
        if fp.clash_ok() or _verb_aside(fp)
    }


def _verb_aside(fp: FactPair) -> bool:
    """The verb of a distance or a weight is incidental ("heard as far away as Varna, 200
    km", "rattled windows in Varna, 100 miles away"), so the parse's reading of what such a
    figure measures, taken from its verb, neither joins nor parts two of them: two other
    referents that agree (a party, a rare word around) must say it is one measure."""
    return fp.tree_measure is not True and fp.evidence >= 2 and (
        replace(fp, tree_measure=True).clash_ok()
    )


_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:or\s+|about\s+|around\s+|some\s+)?")


def _own_conversions(claim: Claim) -> set[Quantity]:
    """The figures an outlet gives in brackets as its own conversion of the figure before
    them ("150-mph (230 kph) winds"): a slip there is the outlet's alone, and the figure it
    converts is the one other outlets' figures are set against."""
    qs = claim.quantities
    out = set()
    for a, b in itertools.pairwise(qs):
        gap = claim.text[a.end - claim.start : b.start - claim.start]
        if a.dimension == b.dimension and a.unit != b.unit and _CONVERSION_GAP.fullmatch(gap):
            out.add(b)
    return out


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    one_fact = _one_fact(ctx)
    # Every outlet's best match among measured claims, however loose: two measures that agree
    # after conversion are rarely a coincidence, while a clash needs closer claims.
    for pair in ctx.counterparts("measure", _measured, 0.0):
        if subjects_differ(pair.a, pair.b):
            continue
        own_a, own_b = _own_conversions(pair.a), _own_conversions(pair.b)
        found = []
        for qa in pair.a.quantities:
            for qb in pair.b.quantities:
                if qa in own_a or qb in own_b:
                    continue  # compared through the figure it converts
                judged = _judge(ctx, rule, pair, qa, qb, one_fact)
                if judged is not None:
                    found.append((qa, qb, *judged))
        # As the number rule does, figures that agree pair first: a figure the other claim
        # gives too, as written or converted ("6,000 m" and "19,685 feet"), is accounted
        # for, and a clash is looked for among the figures left: "at a depth of 2,000 metres
        # and three miles south" in both is no depth against a distance.
        used = {q for qa, qb, v, _ in found if v is Verdict.CONSISTENT for q in (qa, qb)}
        used |= {
            q
            for qa in pair.a.quantities
            for qb in pair.b.quantities
            if (qa.unit, qa.value) == (qb.unit, qb.value)
            for q in (qa, qb)
        }
        for qa, qb, verdict, diff in found:
            if verdict is Verdict.CONFLICT and (qa in used or qb in used):
                continue
            (x, qx), (y, qy) = sorted(((pair.a, qa), (pair.b, qb)), key=lambda t: t[1].unit)
            key = (qx.unit, qx.value, qy.unit, qy.value)
            variants.add(key, [x, y], (verdict, x, qx, y, qy, diff))
    out = []
    for _, claims, (verdict, x, qx, y, qy, diff) in variants.items():
        factor = (to_base(qx)[0] / qx.value) / (to_base(qy)[0] / qy.value)
        converted = qx.value * factor
        relation = (
            f"{describe(qx)} is {_three_digits(converted)} {qy.unit}, {diff:.1%} from "
            f"{describe(qy)}: "
            + (
                "the same measure in two units"
                if verdict is Verdict.CONSISTENT
                else "different even after conversion"
            )
        )
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {
                    "factor": round(factor, 6),
                    "relative_difference": round(diff, 4),
                    "units": [qx.unit, qy.unit],
                },
                a_source=ctx.sources_of([x]),
                a_value=describe(qx),
                b_source=ctx.sources_of([y]),
                b_value=describe(qy),
                factor=f"1 {qx.unit} = {factor:.4g} {qy.unit}",
                difference=f"{diff:.1%}",
                relation=relation,
            )
        )
    return out


def _judge(
    ctx: Context,
    rule: Rule,
    pair: Pair,
    qa: Quantity,
    qb: Quantity,
    one_fact: set[frozenset[tuple[str, Quantity]]],
) -> tuple[Verdict, float] | None:
    """Two figures of aligned claims in two units of one dimension: consistent when equal
    after conversion, within the tolerance; a conflict when the story's pairing takes them
    for one measure; None when they are not to be compared."""
    ba, bb = to_base(qa), to_base(qb)
    if not (ba and bb) or ba[1] != bb[1] or qa.unit == qb.unit or not (ba[0] and bb[0]):
        return None
    # Durations are written in whatever unit suits ("48 hours", "two days") and rarely
    # converted from one outlet's figure: only physical measures are compared here.
    if qa.dimension in UNCONVERTED:
        return None
    diff = abs(ba[0] - bb[0]) / max(abs(ba[0]), abs(bb[0]))
    allowed = float(rule.param("tolerance", 0.02)) + (
        rule.param("approx_tolerance", 0.1) if qa.approx or qb.approx else 0
    )
    if diff <= allowed:
        return Verdict.CONSISTENT, diff
    close = pair.score >= float(rule.param("min_score", 55.0)) and same_context(
        pair.a, qa, pair.b, qb
    )
    # A misconversion keeps the order of magnitude; further apart ("35 feet" and
    # "2,000 metres"), the two measure different things.
    near = max(abs(ba[0]), abs(bb[0])) <= rule.param("max_ratio", 4.0) * min(
        abs(ba[0]), abs(bb[0])
    )
    if not (close and near):
        return None
    # "120 kph" at landfall and "150 mph" before it are two readings; "22 miles" and
    # "22 kilometres" (one number, two units) are one measure whatever the words
    if qa.value == qb.value:
        return Verdict.CONFLICT, diff
    if not _one_measure(ctx, pair.a, qa, pair.b, qb):
        return None
    if frozenset(((pair.a.id, qa), (pair.b.id, qb))) not in one_fact:
        return None
    return Verdict.CONFLICT, diff


def _three_digits(x: float) -> str:
    """A converted figure to three significant digits: "2.4 kilometres is 1.49 miles", not
    "1 mile"; "256 GB is 0.256 TB", not "0 TB"; large ones whole ("9,350")."""
    if x == 0 or abs(x) >= 100:
        return f"{x:,.0f}"
    places = 2 - math.floor(math.log10(abs(x)))
    return f"{x:,.{places}f}".rstrip("0").rstrip(".")
