"""The compare stage: every rule runs over the aligned claims and returns findings.

`Context` holds what all kinds share: the claims, their clusters, the sources (for dates), and
`counterparts()`, which pairs each claim with its best match in every other outlet among the
claims that carry a given slot. Kinds live in checker/kinds/, one module each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from checker.align import MAX_BONUS, pair_scores, slot_bonus
from checker.fingerprint import assign_ids
from checker.records import Claim, ClaimRef, Cluster, Finding, Source, Verdict
from checker.rulepack import Rule


@dataclass(frozen=True)
class Pair:
    a: Claim
    b: Claim
    score: float


@dataclass
class Context:
    claims: Sequence[Claim]
    clusters: Sequence[Cluster]
    sources: dict[str, Source]
    _pairs: dict[tuple, list] = field(default_factory=dict)  # cache of pairings by slot

    def published(self, source: str):  # -> date | None
        return self.sources[source].published

    def cluster_pairs(self) -> Iterable[Pair]:
        """Every pair of claims from different outlets within one cluster."""
        for cluster in self.clusters:
            members = cluster.claims
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.source != b.source:
                        yield Pair(a, b, 100.0)

    def counterparts(
        self,
        slot: str,
        has_slot: Callable[[Claim], bool],
        threshold: float,
        subjects: bool = True,
        best_only: bool = True,
    ) -> list[Pair]:
        """For claims with a slot: each one's best match in each other outlet, if good enough
        (or, with best_only=False, every match that is good enough).

        Scores come from one vectorised cdist over the claims that carry the slot; pairs are
        returned once each (a before b in claim order).
        """
        key = (slot, threshold, subjects, best_only)
        if key in self._pairs:
            return self._pairs[key]
        items = [c for c in self.claims if has_slot(c)]
        pairs: dict[tuple[str, str], Pair] = {}
        if len(items) > 1:
            scores = pair_scores(items, items)
            sources = np.array([c.source for c in items])
            for i, a in enumerate(items):
                # Only claims that could reach the threshold with the largest slot bonus.
                near = np.flatnonzero((scores[i] >= threshold - MAX_BONUS) & (sources != a.source))
                best: dict[str, tuple[float, int]] = {}
                for j in near.tolist():
                    total = float(scores[i, j]) + slot_bonus(a, items[j], subjects)
                    # Keyed by outlet for the best match only, else by claim: all good matches.
                    slot_key = items[j].source if best_only else items[j].id
                    held = best.get(slot_key)
                    if total >= threshold and (held is None or total > held[0]):
                        best[slot_key] = (total, j)
                for total, j in best.values():
                    b = items[j]
                    first, second = (a, b) if a.id < b.id else (b, a)
                    pairs.setdefault((first.id, second.id), Pair(first, second, total))
        result = sorted(pairs.values(), key=lambda p: (p.a.id, p.b.id))
        self._pairs[key] = result
        return result

    def mutual_best(
        self, name: str, group_of: Callable[[Claim], str], threshold: float
    ) -> list[Pair]:
        """Within groups (e.g. claims about one subject): pairs of claims from two outlets that
        are each other's best match there. Anchored on the group, so the bar can be lower."""
        key = ("mutual", name, threshold)
        if key in self._pairs:
            return self._pairs[key]
        groups: dict[str, list[Claim]] = {}
        for c in self.claims:
            g = group_of(c)
            if g:
                groups.setdefault(g, []).append(c)
        pairs: list[Pair] = []
        for _, items in sorted(groups.items()):
            if len({c.source for c in items}) < 2:
                continue
            scores = pair_scores(items, items)
            best: dict[tuple[int, str], tuple[float, int]] = {}
            for i, a in enumerate(items):
                for j, b in enumerate(items):
                    if a.source == b.source:
                        continue
                    total = float(scores[i, j]) + slot_bonus(a, b)
                    held = best.get((i, b.source))
                    if held is None or total > held[0]:
                        best[(i, b.source)] = (total, j)
            for (i, _), (total, j) in sorted(best.items()):
                back = best.get((j, items[i].source))
                if i < j and back and back[1] == i and total >= threshold:
                    pairs.append(Pair(items[i], items[j], total))
        self._pairs[key] = pairs
        return pairs


def claim_ref(claim: Claim) -> ClaimRef:
    return ClaimRef(source=claim.source, text=claim.text, start=claim.start, end=claim.end)


def finding(
    rule: Rule,
    verdict: Verdict,
    claims: Iterable[Claim],
    details: dict[str, object] | None = None,
    **fields: object,
) -> Finding:
    refs = {(c.source, c.start, c.end): claim_ref(c) for c in claims}
    return Finding(
        id="",
        rule=rule.id,
        kind=rule.kind,
        verdict=verdict,
        severity=rule.severity if verdict is not Verdict.CONSISTENT else "info",
        message=rule.render(**fields),
        claims=tuple(refs[k] for k in sorted(refs)),
        details=tuple(sorted((k, _detail(v)) for k, v in (details or {}).items())),
    )


def _detail(value: object):
    if isinstance(value, list | set | frozenset | tuple):
        return tuple(str(v) for v in value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per rule and set of cited spans: split subjects share a sentence."""
    seen: dict[tuple, Finding] = {}
    for f in findings:
        key = (f.rule, f.verdict, tuple((c.source, c.start, c.end) for c in f.claims))
        seen.setdefault(key, f)
    return list(seen.values())


def compare(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    sources: dict[str, Source],
    rules: Sequence[Rule],
) -> list[Finding]:
    from checker.kinds import KINDS

    ctx = Context(claims, clusters, sources)
    found: list[Finding] = []
    for rule in rules:
        found.extend(KINDS[rule.kind].run(ctx, rule))
    return assign_ids(_dedupe(found))
