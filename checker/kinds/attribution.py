"""attribution: the same quotation given to a different speaker, or to a speaker of a
different gender ("a spokeswoman said" in one outlet, "said a spokesman" in another)."""

from __future__ import annotations

import functools
import re

from checker.compare import Context, finding
from checker.extract.entities import name_key
from checker.kinds._quotes import claims_at, long_quote_pairs
from checker.kinds._shared import Variants
from checker.lexicon import lexicon
from checker.records import Finding, Quote, Verdict
from checker.rulepack import Rule

FIELDS = ("a_source", "a_speaker", "b_source", "b_speaker", "difference")
PARAMS = {"min_words": 4, "min_score": 80.0}


@functools.cache
def _gender() -> dict[str, int]:
    out = {}
    for female, male in lexicon("speech")["gendered_roles"]:
        out[female], out[male] = 0, 1
    return out


def _genders(phrase: str | None) -> set[int]:
    if not phrase:
        return set()
    return {_gender()[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in _gender()}


def _difference(qa: Quote, qb: Quote) -> str | None:
    ga, gb = _genders(qa.speaker_phrase), _genders(qb.speaker_phrase)
    if len(ga) == 1 and len(gb) == 1 and ga != gb:
        return "the speaker's gender differs"
    if qa.speaker and qb.speaker and name_key(qa.speaker) != name_key(qb.speaker):
        return "the quotation is attributed to different speakers"
    return None


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    pairs = long_quote_pairs(
        ctx, int(rule.param("min_words", 4)), float(rule.param("min_score", 80.0))
    )
    for pair in pairs:
        why = _difference(pair.qa, pair.qb)
        if not why:
            continue
        spans_a, spans_b = [(pair.qa.start, pair.qa.end)], [(pair.qb.start, pair.qb.end)]
        cited = (
            claims_at(ctx, pair.a.source, spans_a)[:1] + claims_at(ctx, pair.b.source, spans_b)[:1]
        )
        sa = pair.qa.speaker_phrase or pair.qa.speaker or "?"
        sb = pair.qb.speaker_phrase or pair.qb.speaker or "?"
        key = (pair.a.source, sa.lower(), pair.b.source, sb.lower(), why)
        variants.add(key, cited, (pair.a.source, sa, pair.b.source, sb, why))
    out = []
    for _, claims, (a_source, sa, b_source, sb, why) in variants.items():
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"speakers": [sa, sb]},
                a_source=a_source,
                a_speaker=sa,
                b_source=b_source,
                b_speaker=sb,
                difference=why,
            )
        )
    return out
