"""entity-list: two outlets list who did something, and each names someone the other leaves out.

A list that is a subset of another is not flagged (a shorter list may just be incomplete);
two lists that each have a name the other lacks cannot both be the complete set.
"""

from __future__ import annotations

import functools

from checker.compare import Context, finding
from checker.extract.entities import name_key
from checker.kinds._shared import Components
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_only", "b_source", "b_only", "shared", "camps")
PARAMS = {"min_items": 3, "min_overlap": 0.4, "min_score": 40.0, "pair_min_score": 60.0}


def _lists(claim: Claim, min_items: int) -> list[tuple[str, ...]]:
    return [lst for lst in claim.entity_lists if len({name_key(n) for n in lst}) >= min_items]


@functools.lru_cache(maxsize=1 << 14)
def _same(x: str, y: str) -> bool:
    """One name, or one the longer form of the other ("Apple" / "Apple Inc")."""
    tx, ty = x.casefold().split(), y.casefold().split()
    short, long_ = sorted((tx, ty), key=len)
    return name_key(x) == name_key(y) or long_[: len(short)] == short


def _compare(la: tuple[str, ...], lb: tuple[str, ...]) -> tuple[list[str], list[str], list[str]]:
    shared = [a for a in la if any(_same(a, b) for b in lb)]
    a_only = [a for a in la if not any(_same(a, b) for b in lb)]
    b_only = [b for b in lb if not any(_same(a, b) for a in la)]
    return sorted(set(shared)), sorted(set(a_only)), sorted(set(b_only))


def run(ctx: Context, rule: Rule) -> list[Finding]:
    min_items = int(rule.param("min_items", 3))
    min_overlap = float(rule.param("min_overlap", 0.5))
    # Lists that clash are joined into components; each component is one finding whose camps
    # are the distinct lists and the outlets that give them.
    linked = Components()
    lists: dict[tuple[str, int], tuple[Claim, tuple[str, ...]]] = {}

    pairs = ctx.counterparts("list", lambda c: bool(_lists(c, 2)), rule.param("min_score", 40.0))
    pair_min = float(rule.param("pair_min_score", 60.0))
    for pair in pairs:
        for i, la in enumerate(_lists(pair.a, 2)):
            for j, lb in enumerate(_lists(pair.b, 2)):
                shared, a_only, b_only = _compare(la, lb)
                if not shared or not a_only or not b_only:
                    continue
                # Two names against two ("Zeebrugge and Ghent" / "Zeebrugge and Ostend") only in
                # closely matching claims; longer lists by how many names they share.
                if min(len(la), len(lb)) < min_items:
                    if pair.score < pair_min:
                        continue
                elif len(shared) / (len(shared) + len(a_only) + len(b_only)) < min_overlap:
                    continue
                na, nb = (pair.a.id, i), (pair.b.id, j)
                lists[na], lists[nb] = (pair.a, la), (pair.b, lb)
                linked.link(na, nb)
    out = []
    for nodes in linked.groups():
        camps: dict[frozenset[str], set[str]] = {}
        claims = []
        for node in nodes:
            claim, items = lists[node]
            claims.append(claim)
            camps.setdefault(frozenset(name_key(n) for n in items), set()).update(
                ctx.outlets(claim)
            )
        all_lists = [lists[n][1] for n in nodes]
        names = {name_key(n): n for items in all_lists for n in items}
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
