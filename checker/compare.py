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

from checker.align import MAX_BONUS, SlotKeys, bonus, content_stems, pair_scores, slot_keys
from checker.extract.hedges import Interval
from checker.facts import Fact
from checker.fingerprint import assign_ids
from checker.records import Claim, ClaimRef, Cluster, Finding, Source, Verdict
from checker.registry import NameRegistry
from checker.rulepack import Rule

RARE_SHARE = 0.15  # a stem in more of the story's claims than this says little


@dataclass(frozen=True)
class Pair:
    a: Claim
    b: Claim
    score: float


@dataclass(frozen=True)
class FactPair:
    """Two outlets' facts whose referents agree, from claims aligned with `score`.

    `other_party`: the same measure of two different named parties (Google's fine, Meta's
    fine): never compared for value, at most reported as not comparable."""

    a: Fact
    b: Fact
    score: float
    other_party: bool = False
    anchored: bool = False  # both say what they measure or count, and it is the same
    evidence: int = 0  # referents that agree: party, measure, both lead, a rare word around
    bar: FactBar | None = None

    @property
    def same_measure(self) -> bool:
        return not (self.a.measured and self.b.measured) or self.a.measured == self.b.measured

    @property
    def measures_differ(self) -> bool:
        """Both say what they measure, and it is not the same: a price is no wallet's total."""
        return bool(self.a.measured and self.b.measured and not self.a.measured & self.b.measured)

    def agreement_ok(self) -> bool:
        """Enough to call two agreeing figures one fact: agreement by chance is rare."""
        bar = self.bar or FactBar()
        return not self.other_party and self.score >= bar.needed(self.evidence + 1)

    def clash_ok(self, a: Interval | None = None, b: Interval | None = None) -> bool:
        """Enough to call two disagreeing figures one fact misreported: the same measure, and
        figures that say neither what they count nor what they measure need two other signs.
        A misreport keeps the order of magnitude, or swaps digits ("81" / "18") of a figure
        that says what it counts; further apart, two figures measure different things."""
        bar = self.bar or FactBar()
        if self.other_party or self.measures_differ:
            return False
        if not self.anchored and self.evidence < 2:
            return False
        a, b = a or self.a.interval(), b or self.b.interval()
        ratio = bar.max_ratio * (ANCHORED_RATIO if self.anchored else 1)
        return self.score >= bar.needed(self.evidence) and similar_size(a, b, ratio)


ANCHORED_RATIO = 2.5  # how much further apart figures that name their measure may be


def similar_size(a: Interval, b: Interval, max_ratio: float) -> bool:
    """Figures a reader would take for one measure misreported: within a factor of each
    other ("135" against "154" deaths, not "4,000" injured against "158")."""
    lo, hi = sorted((abs(a.low + a.high) / 2, abs(b.low + b.high) / 2))
    return lo > 0 and hi <= max_ratio * lo


@dataclass(frozen=True)
class FactBar:
    """How closely two claims must match for their facts to be compared, by how much their
    referents say: both party and measure agree (`named`), one of them (`partial`), neither
    is known (`unknown`)."""

    named: float = 30.0
    partial: float = 45.0
    unknown: float = 62.0
    max_ratio: float = 4.0  # figures further apart than this factor measure different things

    def needed(self, evidence: int) -> float:
        return (self.unknown, self.partial, self.named)[min(evidence, 2)]


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
    facts: dict[str, tuple[Fact, ...]] = field(default_factory=dict)  # by claim id
    headings: Sequence[Claim] = ()  # headlines, read for names only (see checker/registry.py)
    _pairs: dict[tuple, list] = field(default_factory=dict)  # cache of pairings by slot
    _keys: dict[str, SlotKeys] = field(default_factory=dict)
    _outlets: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_source: dict[str, list[Claim]] = field(default_factory=dict)
    _df: dict[str, int] = field(default_factory=dict)  # claims using each stem
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
        per_outlet: int = 1,
    ) -> list[Pair]:
        """For claims with a slot: each one's best match in each other outlet, if good enough
        (or, with best_only=False, every match that is good enough).

        Scores come from one vectorised cdist over the claims that carry the slot; pairs are
        returned once each (a before b in claim order).
        """
        key = (slot, threshold, subjects, best_only, per_outlet)
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
                best: dict[object, list[tuple[float, int]]] = {}
                for j in near.tolist():
                    others = outlets[j] - outlets[i]
                    if j == i or not others:
                        continue  # the same outlet: not a disagreement between outlets
                    total = float(scores[i, j]) + bonus(self.keys(a), self.keys(items[j]), subjects)
                    if total < threshold:
                        continue
                    # Keyed by outlet for the best matches only, else by claim: all good ones.
                    for slot_key in others if best_only else (j,):
                        held = best.setdefault(slot_key, [])
                        held.append((total, j))
                        if len(held) > per_outlet:
                            held.sort(key=lambda t: (-t[0], t[1]))
                            del held[per_outlet:]
                for total, j in (t for held in best.values() for t in held):
                    b = items[j]
                    first, second = (a, b) if i < j else (b, a)
                    pairs.setdefault((first.id, second.id), Pair(first, second, total))
        result = sorted(pairs.values(), key=lambda p: (p.a.id, p.b.id))
        self._pairs[key] = result
        return result

    def fact_pairs(self, keep: Callable[[Fact], bool], bar: FactBar) -> list[FactPair]:
        """Facts of aligned claims from two outlets whose referents do not contradict each
        other (see FactPair): never a legal cap against an actual figure, never two parties
        that each outlet binds to its own figure. Each pair says how much its referents agree
        (`evidence`); kinds ask more of a clash than of an agreement (`FactPair.clash_ok`)."""
        key = ("facts", keep, bar)
        if key in self._pairs:
            return self._pairs[key]

        def has(c: Claim) -> bool:
            return any(keep(f) for f in self.facts.get(c.id, ()))

        out: dict[tuple, FactPair] = {}
        claim_pairs = self.counterparts(
            f"facts:{id(keep)}", has, bar.named, best_only=False, per_outlet=3
        )
        for pair in claim_pairs:
            for fa in self.facts[pair.a.id]:
                for fb in self.facts[pair.b.id]:
                    if not (keep(fa) and keep(fb)) or (fa.cap != fb.cap and not _legal(fa, fb)):
                        continue
                    named = bool(fa.party and fb.party)
                    if named and not same_party(fa, fb):
                        binds = self._binds(fb.claim, fa) or self._binds(fa.claim, fb)
                        both = _mentions(fb.claim, fa) or _mentions(fa.claim, fb)
                        if fa.party_guessed or fb.party_guessed or (both and not binds):
                            named = False  # a guess, or both names in one sentence
                        else:
                            if pair.score >= bar.unknown and fa.measured & fb.measured:
                                found = FactPair(fa, fb, pair.score, other_party=True)
                                out.setdefault((fa.key, fb.key), found)
                            continue
                    measure = bool(fa.measured & fb.measured)
                    evidence = (
                        int(named)
                        + int(measure)
                        + int(fa.leads and fb.leads)
                        + int(bool(self._rare(fa.context & fb.context)))
                    )
                    found = FactPair(
                        fa,
                        fb,
                        pair.score,
                        anchored=measure or _same_thing(fa, fb),
                        evidence=evidence,
                        bar=bar,
                    )
                    out.setdefault((fa.key, fb.key), found)
        result = list(out.values())
        self._pairs[key] = result
        return result

    def _binds(self, claim: Claim, fact: Fact) -> bool:
        """The claim gives another figure of its own to the fact's party: "fined Acme $9m
        and Bolt $2m" set against "fined Bolt $2m and Acme $9m" binds each fine to its
        company, and Acme's is never Bolt's."""
        return any(same_party(g, fact) for g in self.facts.get(claim.id, ()) if g.party)

    def _rare(self, stems: frozenset[str]) -> frozenset[str]:
        """The stems few of the story's claims use: "fine" in a story about fines says
        nothing about which fine a figure is."""
        if not stems:
            return stems
        if not self._df:
            for c in self.every:
                for w in set(content_stems(c.text)):
                    self._df[w] = self._df.get(w, 0) + 1
        limit = max(2, RARE_SHARE * len(self.every))
        return frozenset(w for w in stems if self._df.get(w, 0) <= limit)

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


def _mentions(claim: Claim, fact: Fact) -> bool:
    """The claim names the fact's party somewhere, bound to a figure or not."""
    words = set(fact.party_name.casefold().split())
    return any(words & set(e.casefold().split()) for e in claim.entities)


def same_party(a: Fact, b: Fact) -> bool:
    """One name, however fully written: "Acme" and "Acme Bank" are one party."""
    if a.party == b.party:
        return True
    wa, wb = set(a.party_name.casefold().split()), set(b.party_name.casefold().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _same_thing(a: Fact, b: Fact) -> bool:
    """Both figures name what they count, and it is one kind of thing."""
    from checker.kinds._shared import same_unit

    qa, qb = a.quantity, b.quantity
    if qa.dimension != "count" or qb.dimension != "count":
        return False  # "three days" and "a day" share a unit, not a subject
    return bool(qa.unit and qb.unit) and same_unit(qa, qb)


def _legal(a: Fact, b: Fact) -> bool:
    """A cap meets a figure stated as a rule too ("liable to a fine of $1,000")."""
    return (a.cap or a.legal) and (b.cap or b.legal)


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
    facts: dict[str, tuple[Fact, ...]] | None = None,
    headings: Sequence[Claim] = (),
) -> list[Finding]:
    """Run the rules over representative claims (see `distinct`) and their clusters;
    `headings` are the headlines, which only the name registry reads."""
    from checker.kinds import KINDS

    ctx = Context(claims, clusters, sources, members or {}, facts=facts or {}, headings=headings)
    found: list[Finding] = []
    for rule in rules:
        found.extend(KINDS[rule.kind].run(ctx, rule))
    by_span: dict[tuple[str, int, int], list[str]] = {}
    for rep, group in ctx.members.items():
        for m in group:
            by_span.setdefault((m.source, m.start, m.end), []).append(rep)
    return assign_ids(_dedupe(_expand(f, ctx, by_span) for f in found))
