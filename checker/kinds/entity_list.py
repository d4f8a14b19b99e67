"""entity-list: two outlets list who did something, and each names someone the other leaves out.

A list that is a subset of another is not flagged (a shorter list may just be incomplete);
two lists that each have a name the other lacks cannot both be the complete set.
"""

from __future__ import annotations

from checker.compare import Context, finding
from checker.extract.entities import name_key
from checker.kinds._shared import Variants
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_only", "b_source", "b_only", "shared")
PARAMS = {"min_items": 3, "min_overlap": 0.5, "min_score": 40.0}


def _lists(claim: Claim, min_items: int) -> list[tuple[str, ...]]:
    return [lst for lst in claim.entity_lists if len({name_key(n) for n in lst}) >= min_items]


def run(ctx: Context, rule: Rule) -> list[Finding]:
    min_items = int(rule.param("min_items", 3))
    min_overlap = float(rule.param("min_overlap", 0.5))
    variants = Variants()
    pairs = ctx.counterparts(
        "list", lambda c: bool(_lists(c, min_items)), rule.param("min_score", 40.0)
    )
    for pair in pairs:
        for la in _lists(pair.a, min_items):
            for lb in _lists(pair.b, min_items):
                ka = {name_key(n): n for n in la}
                kb = {name_key(n): n for n in lb}
                shared = ka.keys() & kb.keys()
                if len(shared) / len(ka.keys() | kb.keys()) < min_overlap:
                    continue
                a_only = sorted(ka[k] for k in ka.keys() - kb.keys())
                b_only = sorted(kb[k] for k in kb.keys() - ka.keys())
                if not a_only or not b_only:
                    continue
                (x, xo), (y, yo) = sorted(
                    ((pair.a, a_only), (pair.b, b_only)), key=lambda t: t[0].source
                )
                key = (tuple(xo), tuple(yo))
                variants.add(
                    key, [x, y], (x.source, xo, y.source, yo, sorted(ka[k] for k in shared))
                )
    out = []
    for _, claims, (a_source, a_only, b_source, b_only, shared) in variants.items():
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"a_only": a_only, "b_only": b_only, "shared": shared},
                a_source=a_source,
                a_only=", ".join(a_only),
                b_source=b_source,
                b_only=", ".join(b_only),
                shared=", ".join(shared),
            )
        )
    return out
