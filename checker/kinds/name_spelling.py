"""name-spelling: one name written two ways by different outlets ("7 Eleven" / "7Eleven",
"Zelensky" / "Zelenskyy"). Differences of letter case or abbreviation dots alone are style."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from checker.compare import Context, finding
from checker.extract.entities import name_key
from checker.records import Claim, Finding, Verdict
from checker.rulepack import Rule
from checker.wordlist import is_english

FIELDS = ("a_source", "a_name", "b_source", "b_name")
PARAMS = {"max_edits": 2, "min_length": 6}


def _style(name: str) -> str:
    return re.sub(r"[.’']", "", name.casefold())


def _words_apart(a: str, b: str) -> bool:
    """Every differing word is an English word in both forms ("Belgian" / "Belgium"): two
    words, not one name misspelt."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x.casefold() != y.casefold()]
    return bool(pairs) and all(is_english(x) and is_english(y) for x, y in pairs)


def run(ctx: Context, rule: Rule) -> list[Finding]:
    # First claim of each source that writes each surface form.
    where: dict[str, dict[str, Claim]] = {}
    for claim in ctx.every:
        for name in claim.entities:
            where.setdefault(name, {}).setdefault(claim.source, claim)
    by_key: dict[str, set[str]] = {}
    for name in where:
        by_key.setdefault(name_key(name), set()).add(name)
    keys = sorted(k for k in by_key if k)
    groups: list[set[str]] = [by_key[k] for k in keys if len({_style(n) for n in by_key[k]}) > 1]
    max_edits, min_len = int(rule.param("max_edits", 2)), int(rule.param("min_length", 6))
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if (
                min(len(ka), len(kb)) < min_len
                or ka[0] != kb[0]
                or ka.startswith(kb)
                or kb.startswith(ka)
            ):
                continue
            if Levenshtein.distance(ka, kb, score_cutoff=max_edits) <= max_edits:
                groups.append(by_key[ka] | by_key[kb])
    out = []
    for names in groups:
        forms = sorted(names)
        for x in range(len(forms)):
            for y in range(x + 1, len(forms)):
                a, b = forms[x], forms[y]
                if _style(a) == _style(b) or _words_apart(a, b):
                    continue
                sa, sb = set(where[a]), set(where[b])
                only_a, only_b = sorted(sa - sb), sorted(sb - sa)
                if not only_a or not only_b:
                    continue  # one outlet writes both: not a disagreement between outlets
                claims = [where[a][s] for s in only_a] + [where[b][s] for s in only_b]
                out.append(
                    finding(
                        rule,
                        Verdict.CONFLICT,
                        claims,
                        {"names": [a, b]},
                        a_source=", ".join(only_a),
                        a_name=a,
                        b_source=", ".join(only_b),
                        b_name=b,
                    )
                )
    return out
