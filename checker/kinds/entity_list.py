"""entity-list: two outlets list who did something, and each names someone the other leaves out.

A list that is a subset of another is not flagged (a shorter list may just be incomplete);
two lists that each have a name the other lacks cannot both be the complete set, unless
neither claims to be: "including A, B and C" and "such as A, B and D" are two samples of a
larger set, and their difference is no contradiction.
"""

from __future__ import annotations

import functools
import re

from checker.extract.entities import name_key
from checker.extract.names import fold, near, person_name
from checker.extract.zones import city_in_country
from checker.kinds._shared import Components
from checker.kinds.base import Context, Rule, finding
from checker.records import Claim, Finding, Verdict

FIELDS = ("a_source", "a_only", "b_source", "b_only", "shared", "camps")
PARAMS = {"min_items": 3, "min_overlap": 0.4, "min_score": 40.0, "pair_min_score": 60.0}


# Words that say a list is a sample, not the whole set (general English): before the list
# ("including A, B and C", "such as", "among them") or after it ("and others").
_SAMPLE_BEFORE = re.compile(
    r"\b(?:including|includes?|included|such as|among|amongst|like|for example|for instance|"
    r"e\.g\.|notably|particularly|especially)\b[^.;:]{0,60}$",
    re.I,
)
_SAMPLE_AFTER = re.compile(
    r"\b(?:and|among|several|many|various|numerous|dozens of|other)\s+others\b|\band more\b|"
    r"\betc\b",
    re.I,
)
_NAME = r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
# "X's Y" and "X, a unit of Y": the list's slot is X's, the other name only describes it.
_OWNER = re.compile(
    _NAME + r"(?:['’]s\s+|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:unit|subsidiary|division|part|arm|brand|parent|owner|affiliate)\s+of\s+)$"
)
_CONJ = re.compile(r"\b(?:and|or|&)\b")


def _spans(claim: Claim, items: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Where each item stands in the claim's text, in order; None when one is not found."""
    spans, pos = [], 0
    for item in items:
        at = claim.text.find(item, pos)
        if at < 0:
            return None
        spans.append((at, at + len(item)))
        pos = at + len(item)
    return spans


def _split(claim: Claim, items: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "After A, B and C, D and E will ...": two lists, the first closed by its conjunction."""
    spans = _spans(claim, items)
    if spans is None:
        return [items]
    for k in range(1, len(items) - 1):
        gap = claim.text[spans[k - 1][1] : spans[k][0]]
        if _CONJ.search(gap) and "," in claim.text[spans[k][1] : spans[k + 1][0]]:
            return [items[: k + 1], *_split(claim, items[k + 1 :])]
    return [items]


def _owned(claim: Claim, items: tuple[str, ...]) -> tuple[str, ...]:
    """ "X's Y" stands for X in a list ("the bank's app and Y" names the bank), and so does
    "X, a unit of Y" (the list names X)."""
    spans = _spans(claim, items)
    if spans is None:
        return items
    out = []
    for item, (start, _) in zip(items, spans, strict=True):
        owner = _OWNER.search(claim.text, 0, start)
        # "the bank's app" names the bank; "the firm's Ana Ruiz" names Ana Ruiz
        out.append(owner.group(1) if owner and not person_name(item) else item)
    return tuple(out)


def sample(claim: Claim, items: tuple[str, ...]) -> bool:
    """The list is given as a sample of a larger set ("including A, B and C")."""
    spans = _spans(claim, items)
    if spans is None:
        return False
    before = claim.text[max(0, spans[0][0] - 80) : spans[0][0]]
    return bool(_SAMPLE_BEFORE.search(before) or _SAMPLE_AFTER.search(claim.text, spans[-1][1]))


def _lists(claim: Claim, min_items: int) -> list[tuple[str, ...]]:
    out = []
    for lst in claim.entity_lists:
        for part in _split(claim, lst):
            part = _owned(claim, part)
            if len({name_key(n) for n in part}) >= min_items:
                out.append(part)
    return out


@functools.lru_cache(maxsize=1 << 14)
def _same(x: str, y: str) -> bool:
    """One name, one the longer form of the other ("Apple" / "Apple Inc", "Wakashio" / "MV
    Wakashio"), written with and without its accents, or one spelt two ways a letter apart ("Dolby Theater" / "Dolby Theatre"):
    a spelling is name-spelling's finding, not another item."""
    tx, ty = fold(x).split(), fold(y).split()
    short, long_ = sorted((tx, ty), key=len)
    # accents are house style ("Munoz" / "Muñoz"), as they are to name-spelling
    if fold(name_key(x)) == fold(name_key(y)) or long_[: len(short)] == short:
        return True
    return long_[-len(short) :] == short or near(name_key(x), name_key(y), max_edits=1)


Forms = frozenset[frozenset[str]]  # pairs of name keys the registry finds to be one referent


def _forms(ctx: Context) -> Forms:
    """Two written forms of one name ("Ana Ruiz" / "Ana Ruis") are one list item: their
    spelling is name-spelling's finding, not a different list."""
    return frozenset(frozenset((name_key(v.a), name_key(v.b))) for v in ctx.names().variants())


def _one(x: str, y: str, forms: Forms) -> bool:
    # "Paris and Lima traded blame", "France and Peru": a capital is its government
    metonym = city_in_country(x, y) or city_in_country(y, x)
    return _same(x, y) or metonym or frozenset((name_key(x), name_key(y))) in forms


def _compare(
    la: tuple[str, ...], lb: tuple[str, ...], forms: Forms = frozenset()
) -> tuple[list[str], list[str], list[str]]:
    shared = [a for a in la if any(_one(a, b, forms) for b in lb)]
    a_only = [a for a in la if not any(_one(a, b, forms) for b in lb)]
    b_only = [b for b in lb if not any(_one(a, b, forms) for a in la)]
    return sorted(set(shared)), sorted(set(a_only)), sorted(set(b_only))


def _names_in(ctx: Context, claim: Claim, cache: dict[str, tuple[str, ...]]) -> set[str]:
    """Every name the outlets behind a claim use anywhere in their articles."""
    out: set[str] = set()
    for source in ctx.outlets(claim):
        if source not in cache:
            cache[source] = tuple({e for c in ctx.claims_in(source) for e in c.entities})
        out.update(cache[source])
    return out


def _contradicts(extra: list[str], other: Claim, items: tuple[str, ...], names: set[str]) -> bool:
    """A name missing from the other list counts against it only when that list claims to be
    whole and its outlet never names it anywhere: an outlet that reports the name elsewhere
    did not leave it out of the set, it just listed the set in another sentence or in part."""
    if sample(other, items):
        return False
    return any(not any(_same(x, n) for n in names) for x in extra)


def _named_elsewhere(extra: list[str], names: set[str]) -> bool:
    return all(any(_same(x, n) for n in names) for x in extra)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    names_cache: dict[str, tuple[str, ...]] = {}
    min_items = int(rule.param("min_items", 3))
    min_overlap = float(rule.param("min_overlap", 0.5))
    # Lists that clash are joined into components; each component is one finding whose camps
    # are the distinct lists and the outlets that give them.
    linked = Components()
    lists: dict[tuple[str, int], tuple[Claim, tuple[str, ...]]] = {}
    read: dict[str, list[tuple[str, ...]]] = {}

    def lists_of(claim: Claim) -> list[tuple[str, ...]]:
        """The claim's lists, read once: each pair it is in asks again."""
        if claim.id not in read:
            read[claim.id] = _lists(claim, 2)
        return read[claim.id]

    pairs = ctx.counterparts("list", lambda c: bool(lists_of(c)), rule.param("min_score", 40.0))
    pair_min = float(rule.param("pair_min_score", 60.0))
    forms = _forms(ctx) if pairs else frozenset()
    for pair in pairs:
        for i, la in enumerate(lists_of(pair.a)):
            for j, lb in enumerate(lists_of(pair.b)):
                shared, a_only, b_only = _compare(la, lb, forms)
                if not shared or not a_only or not b_only:
                    continue
                # Two samples of a larger set ("including ...", "such as ...") differ freely:
                # only a list that claims to be whole is contradicted by a name it lacks.
                names_a = _names_in(ctx, pair.a, names_cache)
                names_b = _names_in(ctx, pair.b, names_cache)
                if not _contradicts(a_only, pair.b, lb, names_b) and not _contradicts(
                    b_only, pair.a, la, names_a
                ):
                    continue
                # An outlet that names every one of the other list's extra names elsewhere
                # shows its own list is a part of a larger set: the two lists are parts of an
                # open set ("also taken by A, B and C"), and what one leaves out is an omission.
                if _named_elsewhere(a_only, names_b) or _named_elsewhere(b_only, names_a):
                    continue
                # Two names against two ("Zeebrugge and Ghent" / "Zeebrugge and Ostend") only in
                # closely matching claims and lists of one length: "A and B" against "A, C, D
                # and E" are lists of different things that happen to share a name.
                if min(len(la), len(lb)) < min_items:
                    if pair.score < pair_min or len(la) != len(lb):
                        continue
                elif len(shared) / (len(shared) + len(a_only) + len(b_only)) < min_overlap:
                    continue
                na, nb = (pair.a.id, i), (pair.b.id, j)
                lists[na], lists[nb] = (pair.a, la), (pair.b, lb)
                linked.link(na, nb)
    # One key for the written forms of one name: the first in order of each pair.
    canon = {k: min(pair) for pair in forms for k in pair}

    def key(name: str) -> str:
        return canon.get(name_key(name), name_key(name))

    out = []
    for nodes in linked.groups():
        camps: dict[frozenset[str], set[str]] = {}
        claims = []
        for node in nodes:
            claim, items = lists[node]
            claims.append(claim)
            camps.setdefault(frozenset(key(n) for n in items), set()).update(ctx.outlets(claim))
        all_lists = [lists[n][1] for n in nodes]
        names = {key(n): n for items in all_lists for n in items}
        common = set.intersection(*(set(k) for k in camps))
        described = []
        for keys, srcs in sorted(camps.items(), key=lambda kv: (-len(kv[1]), sorted(kv[0]))):
            extra = sorted(names[k] for k in keys - common)
            if extra:
                described.append(f"{', '.join(sorted(srcs))} name {', '.join(extra)}")
        if len(described) < 2:
            continue  # the lists differ only by longer/shorter forms of the same names
        (a_src, a_extra), (b_src, b_extra) = [d.split(" name ", 1) for d in described[:2]]
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"camps": described, "shared": sorted(names[k] for k in common)},
                a_source=a_src,
                a_only=a_extra,
                b_source=b_src,
                b_only=b_extra,
                shared=", ".join(sorted(names[k] for k in common)),
                camps="; ".join(described),
            )
        )
    return out
