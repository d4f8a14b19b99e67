"""Alignment: which claims of different outlets are about the same fact.

Claims are compared on their content words (stop words dropped, crude stemming) with rapidfuzz,
vectorised with `process.cdist`, plus agreement of slots (subject, entities, numbers). Clusters
grow by leader clustering, one outlet at a time against the clusters' representatives, so the
cost grows with claims x distinct facts rather than claims squared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from checker.extract.entities import name_key
from checker.records import Claim, Cluster
from checker.stems import content_stems, stem

__all__ = ["align", "content_stems", "pair_scores", "stem"]

MAX_REPRESENTATIVES = 3  # members per cluster that newcomers are compared with
MAX_BONUS = 30.0  # the most bonus() can add


def signature(claim: Claim) -> str:
    """Content words of the claim, with its numbers and dates blanked: slots are compared
    on their values, and "€50,000" must not count against "£43,600" as words."""
    text = claim.text
    spans = [(q.start, q.end) for q in claim.quantities] + [(d.start, d.end) for d in claim.dates]
    if spans:
        chars = list(text)
        for s, e in spans:
            for i in range(max(s - claim.start, 0), min(e - claim.start, len(chars))):
                chars[i] = " "
        text = "".join(chars)
    return " ".join(content_stems(text))


class SlotKeys(NamedTuple):
    """What slot_bonus compares, computed once per claim."""

    subject: str  # name key, "" without a subject
    named: bool  # a name rather than a head noun ("the firm")
    entities: frozenset[str]
    values: frozenset[float]


def slot_keys(claim: Claim) -> SlotKeys:
    subject = claim.subject or ""
    return SlotKeys(
        name_key(subject),
        bool(subject) and not subject.startswith("the "),
        frozenset(name_key(e) for e in claim.entities),
        frozenset(q.value for q in claim.quantities),
    )


def bonus(a: SlotKeys, b: SlotKeys, subjects: bool = True) -> float:
    """Points for agreeing slots, off for a different subject: added to the text score.
    With subjects=False a different subject costs nothing (to find look-alike claims)."""
    points = 0.0
    if subjects and a.subject and b.subject:
        if a.subject == b.subject:
            points += 12.0
        elif a.named and b.named:
            points -= 20.0  # two different names; a head noun ("the firm") may be either
    if a.entities and b.entities:
        points += 10.0 * len(a.entities & b.entities) / len(a.entities | b.entities)
    if a.values & b.values:
        points += 8.0
    return points


def pair_scores(left: Sequence[Claim], right: Sequence[Claim]) -> np.ndarray:
    """Text similarity of every left claim with every right claim, 0..100."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    ls = [signature(c) for c in left]
    rs = [signature(c) for c in right]
    set_ratio = process.cdist(ls, rs, scorer=fuzz.token_set_ratio, workers=1)
    sort_ratio = process.cdist(ls, rs, scorer=fuzz.token_sort_ratio, workers=1)
    # token_set alone calls any subset a perfect match; the sort ratio tempers that.
    return 0.6 * set_ratio + 0.4 * sort_ratio


@dataclass(frozen=True)
class AlignParams:
    threshold: float = 62.0
    candidates: int = 8


def align(claims: Sequence[Claim], params: AlignParams = AlignParams()) -> list[Cluster]:
    """Cluster claims across sources. Claims arrive sorted by source and position."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    keys = {c.id: slot_keys(c) for c in claims}
    members: list[list[Claim]] = []
    reps: list[Claim] = []
    rep_cluster: list[int] = []
    for source in sorted(by_source):
        batch = by_source[source]
        scores = pair_scores(batch, reps) if reps else None
        new_reps: list[tuple[Claim, int]] = []
        for i, claim in enumerate(batch):
            best, best_score = -1, params.threshold
            if scores is not None and scores.shape[1]:
                row = scores[i]
                k = min(params.candidates, row.shape[0])
                top = np.argpartition(-row, k - 1)[:k] if k < row.shape[0] else range(row.shape[0])
                for j in top:
                    cluster = rep_cluster[j]
                    if any(m.source == source for m in members[cluster]):
                        continue
                    total = float(row[j]) + bonus(keys[claim.id], keys[reps[j].id])
                    if total > best_score or (total == best_score and best >= 0 and cluster < best):
                        best, best_score = cluster, total
            if best < 0:
                members.append([claim])
                new_reps.append((claim, len(members) - 1))
            else:
                members[best].append(claim)
                if sum(1 for r in rep_cluster if r == best) < MAX_REPRESENTATIVES:
                    new_reps.append((claim, best))
        for claim, cluster in new_reps:
            reps.append(claim)
            rep_cluster.append(cluster)
    clusters = []
    for i, group in enumerate(members):
        clusters.append(Cluster(id=i, claims=tuple(group), score=0.0))
    return clusters
