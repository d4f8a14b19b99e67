"""ALIGN: which claims of different outlets are about the same thing.

One `Alignment` per story, built once and queried by every rule kind (no kind pairs claims by
itself). Claims are compared on their content words with rapidfuzz, once for the story's
distinct claims (see `similarity`), plus agreement of slots (subject, entities, numbers).
Words are weighted by rarity: stop words and the words most of the story's claims share ("fine", "court" in a story about a court's fines) are left out of the comparison,
so they do not make two facts look alike. Outlets that print the same wire copy are one claim
(see compare.distinct), which keeps the matrix small. Clusters grow by leader clustering, one
outlet at a time against the clusters' representatives.

`counterparts` and `mutual_best` pair claims that carry a slot; on the aligned claims,
checker/pairing.py pairs the facts whose referents agree.
"""

from __future__ import annotations

import heapq
import operator
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process

from checker.extract.entities import name_key
from checker.records import Claim, Cluster, Quote
from checker.stems import content_stems

if TYPE_CHECKING:
    from checker.facts import Fact  # the alignment carries the facts; pairing.py reads them

MAX_REPRESENTATIVES = 3  # members per cluster that newcomers are compared with
MAX_BONUS = 30.0  # the most bonus() can add


def signature(claim: Claim, common: frozenset[str] = frozenset()) -> str:
    """Content words of the claim, with its numbers and dates blanked: slots are compared
    on their values, and "€50,000" must not count against "£43,600" as words. `common`: the
    story's most shared words, left out."""
    text = claim.text
    spans = [(q.start, q.end) for q in claim.quantities] + [(d.start, d.end) for d in claim.dates]
    if spans:
        chars = list(text)
        for s, e in spans:
            for i in range(max(s - claim.start, 0), min(e - claim.start, len(chars))):
                chars[i] = " "
        text = "".join(chars)
    return " ".join(w for w in content_stems(text) if w not in common)


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


# A matrix of scores: one row per left claim, one score 0..100 per right claim.
Matrix = Sequence[Sequence[float]]


def single(value: float) -> float:
    """`value` rounded to single precision, the precision scores are held in."""
    return array("f", (value,))[0]


# The weights of the two scores, in the precision of the scores they weigh.
SET_WEIGHT, SORT_WEIGHT = single(0.6), single(0.4)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _row(query: str, choices: Sequence[str], scorer: Callable[..., float]) -> list[float]:
    """`scorer(query, choice)` for every choice, in choice order: rapidfuzz's extract loops
    in C with the query prepared once, and needs no numpy (process.cdist imports it, 50 ms
    of a run that scores a few hundred claims)."""
    row = [0.0] * len(choices)
    for _, score, j in process.extract(query, choices, scorer=scorer, limit=None):
        row[j] = score
    return row


def similarity(left: Sequence[str], right: Sequence[str]) -> list[array]:
    """Similarity of every left text with every right text, 0..100: the token-set ratio
    tempered by the token-sort ratio (token_set alone calls any subset a perfect match).

    Single precision throughout, as the float32 matrix of process.cdist held them, so a score
    lands on the same side of every threshold. The token-sort ratio is the plain ratio of
    the words in sorted order: sorted once per text here, not once per pair. Both ratios are
    symmetric, so a list against itself is scored above the diagonal and mirrored."""
    symmetric = left is right
    sorted_left = [_sorted_words(t) for t in left]
    sorted_right = sorted_left if symmetric else [_sorted_words(t) for t in right]
    rows = []
    for i, (text, sorted_text) in enumerate(zip(left, sorted_left, strict=True)):
        first = i if symmetric else 0  # from the diagonal on
        set_ratio = array("f", _row(text, right[first:], fuzz.token_set_ratio))
        sort_ratio = array("f", _row(sorted_text, sorted_right[first:], fuzz.ratio))
        weighted_set = array("f", [SET_WEIGHT * x for x in set_ratio])
        weighted_sort = array("f", [SORT_WEIGHT * x for x in sort_ratio])
        rows.append(array("f", map(operator.add, weighted_set, weighted_sort)))
    if symmetric:  # row k holds columns k.. from offset 0: row i's first i come from above
        rows = [array("f", [rows[k][i - k] for k in range(i)]) + row for i, row in enumerate(rows)]
    return rows


def pair_scores(
    left: Sequence[Claim], right: Sequence[Claim], common: frozenset[str] = frozenset()
) -> Matrix:
    """Text similarity of every left claim with every right claim, 0..100."""
    if not left or not right:
        return [[0.0] * len(right) for _ in left]
    ls = [signature(c, common) for c in left]
    return similarity(ls, ls if right is left else [signature(c, common) for c in right])


def take(matrix: Matrix, rows: Sequence[int], cols: Sequence[int]) -> Matrix:
    """The scores of some rows and columns of a matrix."""
    if len(cols) == 1:
        return [(matrix[r][cols[0]],) for r in rows]
    pick = operator.itemgetter(*cols)
    return [pick(matrix[r]) for r in rows]


@dataclass(frozen=True)
class AlignParams:
    threshold: float = 62.0
    candidates: int = 8


Scorer = Callable[[Sequence[Claim], Sequence[Claim]], Matrix]


def align(
    claims: Sequence[Claim], params: AlignParams = AlignParams(), scores: Scorer = pair_scores
) -> list[Cluster]:
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
        scored = scores(batch, reps) if reps else None
        new_reps: list[tuple[Claim, int]] = []
        for i, claim in enumerate(batch):
            best, best_score = -1, params.threshold
            if scored is not None and reps:
                row = scored[i]
                k = min(params.candidates, len(row))
                # The k best; of equal scores the earliest representative's, so ties are
                # broken the same way on every run.
                top = heapq.nlargest(k, range(len(row)), key=row.__getitem__)
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


@dataclass(frozen=True)
class Pair:
    a: Claim
    b: Claim
    score: float


WORDED_ALIKE = 80.0  # an alignment score at which two sentences read as one report
# The share of their words, figures and dates aside, under which two sentences are two
# statements: a clash between them rests on the slots alone (see Alignment.worded_apart).
WORDED_APART = 0.15  # of the words either uses
WORDED_APART_SHORT = 0.3  # of the shorter sentence's words: a short one inside a long one
COMMON_SHARE = 0.5  # a word in more than this share of the story's claims is left out
MAX_DENSE = 4000  # distinct claims up to which the story's scores are one matrix


@dataclass
class Alignment:
    """The story's one alignment: scores of every distinct claim against every other, computed
    once; the clusters; and the pairings every kind queries."""

    claims: Sequence[Claim]  # the distinct claims (one per wire copy)
    members: dict[str, tuple[Claim, ...]] = field(default_factory=dict)  # by representative id
    facts: dict[str, tuple[Fact, ...]] = field(default_factory=dict)  # by claim id
    every: Sequence[Claim] = ()  # all claims of the story, for word frequencies
    params: AlignParams = field(default_factory=AlignParams)
    _pairs: dict[tuple, list] = field(default_factory=dict)  # cache of pairings by slot
    _keys: dict[str, SlotKeys] = field(default_factory=dict)
    _outlets: dict[str, frozenset[str]] = field(default_factory=dict)
    _df: dict[str, int] = field(default_factory=dict)  # claims using each stem
    _index: dict[str, int] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict)  # signature() as a set
    _matrix: Matrix | None = None
    _clusters: list[Cluster] | None = None

    def __post_init__(self) -> None:
        if not self.members:
            self.members = {c.id: (c,) for c in self.claims}
        if not self.every:
            self.every = [m for ms in self.members.values() for m in ms]
        self._index = {c.id: i for i, c in enumerate(self.claims)}

    # ------------------------------------------------------------ scores

    def _common(self) -> frozenset[str]:
        """Stems most of the story's claims use: they say nothing about which fact is meant."""
        self.frequencies()
        limit = COMMON_SHARE * len(self.every)
        return frozenset(w for w, n in self._df.items() if n > limit and len(self.every) >= 8)

    def frequencies(self) -> dict[str, int]:
        """How many of the story's claims use each stem, counted once for the story."""
        if not self._df:
            for c in self.every:
                for w in set(content_stems(c.text)):
                    self._df[w] = self._df.get(w, 0) + 1
        return self._df

    def scores(self, left: Sequence[Claim], right: Sequence[Claim]) -> Matrix:
        """Text similarity of every left claim with every right claim, 0..100, read from the
        story's one matrix (computed on first use)."""
        if not left or not right:
            return [[0.0] * len(right) for _ in left]
        known = all(c.id in self._index for c in (*left, *right))
        if not known or len(self.claims) > MAX_DENSE:
            common = self._common()
            return pair_scores(left, right, common)
        if self._matrix is None:
            self._matrix = pair_scores(self.claims, self.claims, self._common())
        rows = [self._index[c.id] for c in left]
        cols = [self._index[c.id] for c in right]
        return take(self._matrix, rows, cols)

    def worded_apart(self, a: Claim, b: Claim) -> bool:
        """The two claims share hardly a word once their figures and dates are set aside
        (under WORDED_APART of the words either uses, and under WORDED_APART_SHORT of the
        shorter's, which a long sentence may hold as one clause): whatever slot pairs them,
        they read as two statements, and two values in them are as likely two facts as one
        misreported."""
        if (
            a.subject
            and b.subject
            and set(content_stems(a.subject)) & set(content_stems(b.subject))
        ):
            return False  # both are about one thing ("the jury" / "a federal jury")
        x, y = (self._signature_words(c) for c in (a, b))
        shared = len(x & y)
        return shared < WORDED_APART * len(x | y) and shared < WORDED_APART_SHORT * min(
            len(x), len(y)
        )

    def _signature_words(self, claim: Claim) -> frozenset[str]:
        held = self._words.get(claim.id)
        if held is None:
            held = self._words[claim.id] = frozenset(signature(claim).split())
        return held

    @property
    def clusters(self) -> list[Cluster]:
        if self._clusters is None:
            self._clusters = align(self.claims, self.params, self.scores)
        return self._clusters

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

    # ------------------------------------------------------------ pairings

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

        Scores come from the story's one matrix; pairs are returned once each (a before b in
        claim order).
        """
        key = (slot, threshold, subjects, best_only, per_outlet)
        if key in self._pairs:
            return self._pairs[key]
        items = [c for c in self.claims if has_slot(c)]
        pairs: dict[tuple[str, str], Pair] = {}
        if len(items) > 1:
            scores = self.scores(items, items)
            outlets = [self.outlets(c) for c in items]
            # Only claims that could reach the threshold with the largest slot bonus (compared
            # in the scores' precision).
            floor = single(threshold - MAX_BONUS)
            keys = [self.keys(c) for c in items]
            for i, a in enumerate(items):
                row, mine = scores[i], outlets[i]
                best: dict[object, list[tuple[float, int]]] = {}
                for j in [j for j, score in enumerate(row) if score >= floor]:
                    others = outlets[j] - mine
                    if j == i or not others:
                        continue  # the same outlet: not a disagreement between outlets
                    total = row[j] + bonus(keys[i], keys[j], subjects)
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

    def _quotations(self, keep: Callable[[Quote], bool]) -> list[tuple[Claim, Quote]]:
        """Each quotation once (a quotation over several sentences sits in several claims)."""
        seen: dict[tuple[str, int], tuple[Claim, Quote]] = {}
        for claim in self.claims:
            for q in claim.quotes:
                seen.setdefault((claim.source, q.start), (claim, q))
        return [seen[k] for k in sorted(seen) if keep(seen[k][1])]

    def quote_pairs(
        self,
        normal: Callable[[Quote], str],
        keep: Callable[[Quote], bool],
        min_score: float,
    ) -> list[tuple[Claim, Quote, Claim, Quote]]:
        """Quotations of two outlets whose words align: `normal` gives a quotation's words as
        compared (case and typography folded), `keep` which quotations count. Scored with
        rapidfuzz's partial ratio, since one outlet may quote less than another, or its plain
        ratio where that is higher: two quotations of one length with words swapped all along
        ("aligns with a failure" / "is consistent with the loss") share no long stretch for the
        partial ratio to find."""
        key = ("quotes", normal, keep, min_score)
        if key in self._pairs:
            return self._pairs[key]
        holders = self._quotations(keep)
        out: list[tuple[Claim, Quote, Claim, Quote]] = []
        norms = [normal(q) for _, q in holders]
        for i, (ca, qa) in enumerate(holders):
            for j in range(i + 1, len(holders)):
                cb, qb = holders[j]
                # Scored only for two outlets; the higher score reaches the cut-off when one of
                # them does. Below the cut-off a score is only compared with it: rapidfuzz may
                # stop early and return 0.
                if self.outlets(cb) - self.outlets(ca) and (
                    fuzz.partial_ratio(norms[i], norms[j], score_cutoff=min_score) >= min_score
                    or fuzz.ratio(norms[i], norms[j], score_cutoff=min_score) >= min_score
                ):
                    out.append((ca, qa, cb, qb))
        self._pairs[key] = out
        return out

    def quote_prose_pairs(
        self,
        normal: Callable[[str, int], str],
        keep: Callable[[Quote], bool],
        min_score: float,
        may_pair: Callable[[Quote, Claim], bool] | None = None,
    ) -> list[tuple[Claim, Quote, Claim]]:
        """Quotations whose words another outlet prints without quotation marks, in a claim
        of its own prose (a tweet quoted by one outlet and run as text by another). `normal`
        folds a text (with its offset) as compared. `may_pair(quote, claim)`: a cheap test
        that spares the score of pairs the caller would drop anyway (the partial ratio of a
        quotation with every sentence of other outlets is most of this method's time)."""
        key = ("quote-prose", normal, keep, min_score, may_pair)
        if key in self._pairs:
            return self._pairs[key]
        holders = self._quotations(keep)
        prose = [c for c in self.claims if not c.quotes]
        out: list[tuple[Claim, Quote, Claim]] = []
        texts = [normal(c.text, c.start) for c in prose] if holders else []
        for ca, qa in holders:
            quoted = normal(qa.words, qa.start)
            for claim, text in zip(prose, texts, strict=True):
                if (
                    self.outlets(claim) - self.outlets(ca)
                    and (may_pair is None or may_pair(qa, claim))
                    and fuzz.partial_ratio(quoted, text, score_cutoff=min_score) >= min_score
                ):
                    out.append((ca, qa, claim))
        self._pairs[key] = out
        return out

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
            scores = self.scores(items, items)
            outlets = [self.outlets(c) for c in items]
            keys = [self.keys(c) for c in items]
            best: dict[tuple[int, str], tuple[float, int]] = {}
            for i in range(len(items)):
                for j in range(len(items)):
                    others = outlets[j] - outlets[i]
                    if i == j or not others:
                        continue  # only other outlets' claims are candidates
                    total = scores[i][j] + bonus(keys[i], keys[j])
                    for outlet in others:
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
