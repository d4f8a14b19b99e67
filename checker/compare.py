"""COMPARE: every rule runs over the story's one alignment and returns findings.

This stage only loads and runs kinds (checker/kinds/, one module each, behind the interface
in checker/kinds/base.py) and tidies what they return: one finding per rule and set of cited
spans, citing every outlet that prints a cited claim word for word, with stable ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from checker.align import Alignment
from checker.families import NONE as NO_FAMILIES
from checker.families import Families
from checker.fingerprint import assign_ids
from checker.kinds.base import Context, Rule, claim_ref
from checker.records import Claim, Finding, Source


def distinct(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, tuple[Claim, ...]]]:
    """One representative per distinct claim: same words, subject and resolved dates.

    Outlets that run the same wire copy repeat claims word for word; rules compare each
    distinct claim once, and findings then cite every outlet that carries it.
    """
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.text, c.subject, tuple((d.first, d.last) for d in c.dates))
        groups.setdefault(key, []).append(c)
    reps = [group[0] for group in groups.values()]
    return reps, {group[0].id: tuple(group) for group in groups.values()}


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per rule, set of cited spans and figures compared: split subjects share a
    sentence, while two figures of one sentence ("killed 11 and injured 79") are two facts."""
    seen: dict[tuple, Finding] = {}
    for f in findings:
        spans = tuple((c.source, c.start, c.end) for c in f.claims)
        key = (f.rule, f.verdict, spans, dict(f.details).get("values"))
        seen.setdefault(key, f)
    return list(seen.values())


def _expand(
    finding: Finding, ctx: Context, by_span: dict[tuple[str, int, int], list[str]]
) -> Finding:
    """Cite every outlet that makes a cited claim in the same words."""
    refs = {(c.source, c.start, c.end): c for c in finding.claims}
    for c in finding.claims:
        for rep in by_span.get((c.source, c.start, c.end), ()):
            for m in ctx.members[rep]:
                refs.setdefault((m.source, m.start, m.end), claim_ref(m))
    if len(refs) == len(finding.claims):
        return finding
    return replace(finding, claims=tuple(refs[k] for k in sorted(refs)))


def compare(
    alignment: Alignment,
    sources: dict[str, Source],
    rules: Sequence[Rule],
    headings: Sequence[Claim] = (),
    families: Families = NO_FAMILIES,
) -> list[Finding]:
    """Run the rules over the story's alignment (its distinct claims, see `distinct`);
    `headings` are the headlines, which only the name registry reads; `families` the outlets
    that run copies of one story, which count as one witness."""
    from checker.kinds import KINDS

    ctx = Context(alignment, sources, headings=headings, families=families)
    found: list[Finding] = []
    for rule in rules:
        found.extend(KINDS[rule.kind].run(ctx, rule))
    by_span: dict[tuple[str, int, int], list[str]] = {}
    for rep, group in ctx.members.items():
        for m in group:
            by_span.setdefault((m.source, m.start, m.end), []).append(rep)
    return assign_ids(_dedupe(_expand(f, ctx, by_span) for f in found))
