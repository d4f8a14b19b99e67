"""The compare stage: every rule runs over the aligned claims and returns findings.

`Context` holds what all kinds share: the distinct claims, their clusters, the sources (for
dates), the outlets behind each claim, and `counterparts()`, which pairs each claim with its
best match in every other outlet among the claims that carry a given slot. Kinds live in
checker/kinds/, one module each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from checker.align import MAX_BONUS, SlotKeys, bonus, pair_scores, slot_keys
from checker.fingerprint import assign_ids
from checker.records import Claim, ClaimRef, Cluster, Finding, Source, Verdict
from checker.registry import NameRegistry
from checker.rulepack import Rule


@dataclass(frozen=True)
class Pair:
    a: Claim
    b: Claim
    score: float


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


@dataclass
class Context:
    claims: Sequence[Claim]  # representatives: what the rules compare
    clusters: Sequence[Cluster]
    sources: dict[str, Source]
    members: dict[str, tuple[Claim, ...]] = field(default_factory=dict)  # by representative id
    every: Sequence[Claim] = ()  # all claims of the story
    headings: Sequence[Claim] = ()  # headlines, read for names only (see checker/registry.py)
    _pairs: dict[tuple, list] = field(default_factory=dict)  # cache of pairings by slot
    _keys: dict[str, SlotKeys] = field(default_factory=dict)
    _outlets: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_source: dict[str, list[Claim]] = field(default_factory=dict)
    _names: NameRegistry | None = None

    def __post_init__(self) -> None:
        if not self.members:
            self.members = {c.id: (c,) for c in self.claims}
        if not self.every:
            self.every = [m for ms in self.members.values() for m in ms]

    def keys(self, claim: Claim) -> SlotKeys:
        held = self._keys.get(claim.id)
        if held is None:
            held = self._keys[claim.id] = slot_keys(claim)
        return held

    def outlets(self, claim: Claim) -> frozenset[str]:
        """Every outlet that makes this claim in these words."""
        held = self._outlets.get(claim.id)
        if held is None:
            group = self.members.get(claim.id, (claim,))
            held = self._outlets[claim.id] = frozenset(m.source for m in group)
        return held

    def claims_in(self, source: str) -> list[Claim]:
        """All claims of one outlet, in article order."""
        if not self._by_source:
            for c in self.every:
                self._by_source.setdefault(c.source, []).append(c)
        return self._by_source.get(source, [])

    def sources_of(self, claims: Iterable[Claim]) -> str:
        """The outlets behind some claims, sorted and comma-separated, for messages."""
        return ", ".join(sorted({s for c in claims for s in self.outlets(c)}))

    def names(self) -> NameRegistry:
        """The story's registry of names, built once for every kind that asks."""
        if self._names is None:
            self._names = NameRegistry(self.every, self.headings)
        return self._names

    def published(self, source: str) -> date | None:
        return self.sources[source].published

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
            outlets = [self.outlets(c) for c in items]
            for i, a in enumerate(items):
                # Only claims that could reach the threshold with the largest slot bonus.
                near = np.flatnonzero(scores[i] >= threshold - MAX_BONUS)
                best: dict[object, tuple[float, int]] = {}
                for j in near.tolist():
                    others = outlets[j] - outlets[i]
                    if j == i or not others:
                        continue  # the same outlet: not a disagreement between outlets
                    total = float(scores[i, j]) + bonus(self.keys(a), self.keys(items[j]), subjects)
                    if total < threshold:
                        continue
                    # Keyed by outlet for the best match only, else by claim: all good matches.
                    for slot_key in others if best_only else (j,):
                        held = best.get(slot_key)
                        if held is None or total > held[0]:
                            best[slot_key] = (total, j)
                for total, j in best.values():
                    b = items[j]
                    first, second = (a, b) if i < j else (b, a)
                    pairs.setdefault((first.id, second.id), Pair(first, second, total))
        result = sorted(pairs.values(), key=lambda p: (p.a.id, p.b.id))
        self._pairs[key] = result
        return result

    def mutual_best(
        self,
        name: str,
        group_of: Callable[[Claim], str],
        threshold: float,
        loose: Callable[[str], bool] = lambda group: False,
    ) -> list[Pair]:
        """Within groups (e.g. claims about one subject): pairs of claims from two outlets that
        are each other's best match there. Anchored on the group, so the bar can be lower.
        In a group for which `loose(group)` holds, one claim being the other's best suffices."""
        key = ("mutual", name, threshold)
        if key in self._pairs:
            return self._pairs[key]
        groups: dict[str, list[Claim]] = {}
        for c in self.claims:
            g = group_of(c)
            if g:
                groups.setdefault(g, []).append(c)
        pairs: list[Pair] = []
        for group, items in sorted(groups.items()):
            if len(frozenset().union(*(self.outlets(c) for c in items))) < 2:
                continue
            scores = pair_scores(items, items)
            outlets = [self.outlets(c) for c in items]
            best: dict[tuple[int, str], tuple[float, int]] = {}
            for i, a in enumerate(items):
                for j, b in enumerate(items):
                    if i == j:
                        continue
                    total = float(scores[i, j]) + bonus(self.keys(a), self.keys(b))
                    for outlet in outlets[j] - outlets[i]:
                        held = best.get((i, outlet))
                        if held is None or total > held[0]:
                            best[(i, outlet)] = (total, j)
            chosen = {(i, j): total for (i, _), (total, j) in best.items()}
            for (i, j), total in sorted(chosen.items()):
                back = (j, i) in chosen
                if total >= threshold and ((back and i < j) or (not back and loose(group))):
                    pairs.append(Pair(*sorted((items[i], items[j]), key=lambda c: c.id), total))
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
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    sources: dict[str, Source],
    rules: Sequence[Rule],
    members: dict[str, tuple[Claim, ...]] | None = None,
    headings: Sequence[Claim] = (),
) -> list[Finding]:
    """Run the rules over representative claims (see `distinct`) and their clusters;
    `headings` are the headlines, which only the name registry reads."""
    from checker.kinds import KINDS

    ctx = Context(claims, clusters, sources, members or {}, headings=headings)
    found: list[Finding] = []
    for rule in rules:
        found.extend(KINDS[rule.kind].run(ctx, rule))
    by_span: dict[tuple[str, int, int], list[str]] = {}
    for rep, group in ctx.members.items():
        for m in group:
            by_span.setdefault((m.source, m.start, m.end), []).append(rep)
    return assign_ids(_dedupe(_expand(f, ctx, by_span) for f in found))
