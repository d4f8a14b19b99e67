"""name-spelling: one name written two ways by different outlets ("Zelensky" / "Zelenskyy",
"Ana Ruiz" / "Ruiz Ana"), in the prose or in a headline. A short form of a given name ("Mike" /
"Michael"), or one name written as one word and as two ("FuelWatch" / "Fuel Watch"), is the same
name: consistent. Differences of letter case,
accents or abbreviation dots alone are style. The forms come from the story's name registry
(checker/registry.py)."""

from __future__ import annotations

from checker.extract.names import Relation
from checker.kinds.base import Context, Rule, finding
from checker.records import Claim, Finding, Verdict
from checker.registry import HEADLINE, NameRegistry

FIELDS = ("a_source", "a_name", "b_source", "b_name", "difference")
PARAMS = {"max_edits": 2, "min_length": 6}

_DIFFERENCE = {
    Relation.SPELLING: "two spellings",
    Relation.ORDER: "given and family name in two orders",
    Relation.SHORT_FORM: "a short form and the full given name",
    Relation.TRANSLITERATION: "one name romanised two ways (the same consonants)",
    Relation.CONVENTION: "one English word in British and American spelling",
    Relation.JOINING: "written as one word and as two",
}


def _where(claims: tuple[Claim, ...]) -> str:
    """The outlets, and which of them write the form in a headline only."""
    where = (f"{c.source} (headline)" if c.sentence == HEADLINE else c.source for c in claims)
    return ", ".join(dict.fromkeys(where))


def run(ctx: Context, rule: Rule) -> list[Finding]:
    max_edits, min_len = int(rule.param("max_edits", 2)), int(rule.param("min_length", 6))
    registry = ctx.names()
    if (registry.max_edits, registry.min_length) != (max_edits, min_len):
        registry = NameRegistry(ctx.every, ctx.headings, max_edits, min_len)
    out = []
    for v in registry.variants():
        consistent = v.relation in (
            Relation.SHORT_FORM,
            Relation.TRANSLITERATION,
            Relation.CONVENTION,
            Relation.JOINING,
        )
        verdict = Verdict.CONSISTENT if consistent else Verdict.CONFLICT
        out.append(
            finding(
                rule,
                verdict,
                [*v.a_claims, *v.b_claims],
                {"names": [v.a, v.b], "relation": v.relation.value},
                a_source=_where(v.a_claims),
                a_name=v.a,
                b_source=_where(v.b_claims),
                b_name=v.b,
                difference=_DIFFERENCE[v.relation],
            )
        )
    return out
