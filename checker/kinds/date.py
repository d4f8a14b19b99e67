"""date: the same event dated differently; a relative date that resolves to the absolute one
is `consistent`, and the message shows how it was resolved."""

from __future__ import annotations

import re

from checker.align import content_stems
from checker.compare import Context, finding
from checker.kinds._shared import Variants, subjects_differ
from checker.records import Claim, DateMention, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_date", "b_source", "b_date", "resolution", "relation")
PARAMS = {"min_score": 45.0, "window": 40}
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*day"
    r"|\b(?:week|month|year|day|today|yesterday|last|next|ago|since|on|in|\d+\w*)\b",
    re.I,
)


def _event(claim: Claim, mention: DateMention, window: int) -> set[str]:
    """Content words next to the date: what happened then."""
    lo = max(claim.start, mention.start - window) - claim.start
    hi = min(claim.end, mention.end + window) - claim.start
    around = (
        claim.text[lo : mention.start - claim.start]
        + " "
        + claim.text[mention.end - claim.start : hi]
    )
    return set(content_stems(_DATE_WORDS.sub(" ", around)))


def _span(d: DateMention) -> str:
    if d.first == d.last:
        return d.first.isoformat()
    return f"{d.first.isoformat()}..{d.last.isoformat()}"


def run(ctx: Context, rule: Rule) -> list[Finding]:
    window = int(rule.param("window", 40))
    variants = Variants()
    pairs = ctx.counterparts(
        "date", lambda c: any(d.first for d in c.dates), rule.param("min_score", 45.0)
    )
    for pair in pairs:
        a, b = pair.a, pair.b
        if subjects_differ(a, b):
            continue
        for da in a.dates:
            for db in b.dates:
                if not (da.first and db.first and da.last and db.last):
                    continue
                if not _event(a, da, window) & _event(b, db, window):
                    continue
                overlap = da.first <= db.last and db.first <= da.last
                if da.relative == db.relative and (overlap or da.relative):
                    continue  # same kind of date and agreeing: nothing to tell
                (x, dx), (y, dy) = sorted(
                    ((a, da), (b, db)), key=lambda t: (t[1].relative, t[0].source)
                )
                verdict = Verdict.CONSISTENT if overlap else Verdict.CONFLICT
                variants.add(
                    (dx.text.lower(), dy.text.lower(), verdict), [x, y], (verdict, x, dx, y, dy)
                )
    out = []
    for _, claims, payload in variants.items():
        verdict, x, dx, y, dy = payload
        resolution = "; ".join(d.basis for d in (dx, dy) if d.relative and d.basis)
        relation = (
            f"'{dy.text}' ({_span(dy)}) covers '{dx.text}' ({_span(dx)})"
            if verdict is Verdict.CONSISTENT and dy.relative
            else f"'{dx.text}' ({_span(dx)}) and '{dy.text}' ({_span(dy)}) "
            + ("overlap" if verdict is Verdict.CONSISTENT else "do not overlap")
        )
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {"dates": [_span(dx), _span(dy)], "resolution": resolution},
                a_source=x.source,
                a_date=dx.text,
                b_source=y.source,
                b_date=dy.text,
                resolution=resolution or "both dates are absolute",
                relation=relation,
            )
        )
    return out
