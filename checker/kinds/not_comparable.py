"""not-comparable: numbers in closely matching claims that count different things.

Same-looking figures about different subjects, units or periods are not a conflict, but a
reader comparing them would be misled, so the report names what differs.
"""

from __future__ import annotations

from checker.facts import same_unit
from checker.kinds._shared import (
    Variants,
    describe,
    lookalike,
    same_context,
    subjects_differ,
)
from checker.kinds.base import Context, Rule, finding
from checker.records import Claim, Finding, Quantity, Verdict

FIELDS = ("a_source", "a_quantity", "b_source", "b_quantity", "differences")
PARAMS = {"min_score": 66.0}
MIN_VALUE = 10
MAX_RATIO = 10


def _counted(claim: Claim) -> bool:
    return any(q.dimension != "money" for q in claim.quantities)


def _period(claim: Claim) -> str:
    return "; ".join(d.text for d in claim.dates)


def _differences(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> list[str]:
    out = []
    if subjects_differ(a, b):
        out.append(f"subject ({a.subject} vs {b.subject})")
    if not same_unit(qa, qb):
        out.append(f"unit ({qa.unit} vs {qb.unit})")
    pa, pb = _period(a), _period(b)
    if (
        pa
        and pb
        and pa != pb
        and {(d.first, d.last) for d in a.dates} != {(d.first, d.last) for d in b.dates}
    ):
        out.append(f"period ({pa} vs {pb})")
    return out


def _has_own(q: Quantity, other: Claim) -> bool:
    """The other claim counts the same thing too: each figure has its own counterpart there,
    and setting it against another unit would mislead."""
    return any(o.unit and same_unit(q, o) for o in other.quantities)


def _similar_size(a: Quantity, b: Quantity) -> bool:
    """Figures a reader would set side by side: neither a handful ("one engine") and within a
    factor of ten of each other ("81 patients" / "360 beds", not "110 seats" / "6,440 km")."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo >= MIN_VALUE and hi <= MAX_RATIO * lo


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    # A different subject is what this rule looks for, so it must not lower the score.
    pairs = ctx.counterparts("quantity", _counted, rule.param("min_score", 66.0), subjects=False)
    for pair in pairs:
        a, b = pair.a, pair.b
        for qa in a.quantities:
            for qb in b.quantities:
                if "money" in (qa.dimension, qb.dimension) or not lookalike(qa, qb):
                    continue
                if _has_own(qa, b) or _has_own(qb, a):
                    continue  # "40 schools and 12 hospitals" / "46 schools and 15 hospitals"
                if (qa.value == qb.value and same_unit(qa, qb)) or not (qa.unit and qb.unit):
                    continue
                if not same_context(a, qa, b, qb) or not _similar_size(qa, qb):
                    continue
                diffs = _differences(a, qa, b, qb)
                # Only subject or unit make figures incomparable; a period alone is a date issue.
                if not any(d.startswith(("subject", "unit")) for d in diffs):
                    continue
                (x, qx), (y, qy) = sorted(((a, qa), (b, qb)), key=lambda t: t[0].source)
                variants.add(
                    (qx.text, qy.text, tuple(diffs)),
                    [x, y],
                    (ctx.sources_of([x]), describe(qx), ctx.sources_of([y]), describe(qy), diffs),
                )
    out = []
    for _, claims, payload in variants.items():
        a_source, a_q, b_source, b_q, diffs = payload
        out.append(
            finding(
                rule,
                Verdict.NOT_COMPARABLE,
                claims,
                {"differences": diffs},
                a_source=a_source,
                a_quantity=a_q,
                b_source=b_source,
                b_quantity=b_q,
                differences=", ".join(diffs),
            )
        )
    return out
