"""Numbers inside names ("Route 416", "Flight 204", "Article 23"): two outlets that tell
one report in nearly the same words and give one name with two numbers.

A number in a name is no amount, so the figure rules never read it; and two such names are
two things as often as one misprinted ("Route 41" and "Route 416" may both be in the
story). A name's number clashes only in two claims worded alike enough to be one report,
where each gives one number the other does not, and neither outlet writes the other's name
anywhere in its article.
"""

from __future__ import annotations

import re

from checker.extract.vocab import vocabulary
from checker.kinds.base import Context, Rule, finding
from checker.records import Claim, Finding, Verdict
from checker.stems import content_stems, stem

MIN_SHARED = 3  # content words the two claims share besides the name
_BEFORE = 25  # characters before a name whose words must be the other claim's there too

# A capitalised word and the number that names one of its kind ("Route 416").
_LABEL = re.compile(r"\b([A-Z][a-z]+)\s+(\d{1,5})\b(?![.,]\d|%|-)")


def _labels(claim: Claim) -> dict[str, dict[str, frozenset[str]]]:
    """Name word -> each number the claim gives it -> the content words just before the name
    ("west on Route 416": "west"); never a month's day or a year."""
    calendar = vocabulary().calendar_words
    out: dict[str, dict[str, frozenset[str]]] = {}
    for m in _LABEL.finditer(claim.text):
        word, number = m.groups()
        if word.lower() in calendar or (len(number) == 4 and number[:2] in ("19", "20")):
            continue
        before = frozenset(content_stems(claim.text[max(0, m.start() - _BEFORE) : m.start()]))
        out.setdefault(word, {})[number] = before
    return out


def _written(ctx: Context, source: str, name: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    return any(pattern.search(c.text) for c in ctx.claims_in(source))


def label_findings(ctx: Context, rule: Rule) -> list[Finding]:
    threshold = float(rule.param("label_min_score", 60.0))
    pairs = ctx.counterparts("labels", lambda c: bool(_labels(c)), threshold, best_only=False)
    out: dict[tuple[str, str], Finding] = {}
    for pair in pairs:
        la, lb = _labels(pair.a), _labels(pair.b)
        # short sentences score high on few words: the report must share words of its own
        shared = set(content_stems(pair.a.text)) & set(content_stems(pair.b.text))
        if len(shared - {stem(w.lower()) for w in la.keys() | lb.keys()}) < MIN_SHARED:
            continue
        for word in la.keys() & lb.keys():
            only_a, only_b = la[word].keys() - lb[word].keys(), lb[word].keys() - la[word].keys()
            if len(only_a) != 1 or len(only_b) != 1:
                continue
            (na,), (nb,) = only_a, only_b
            if not la[word][na] & lb[word][nb]:
                continue  # "was a Category 1" and "the day Category 3 Storm Arno ...": two things
            name_a, name_b = f"{word} {na}", f"{word} {nb}"
            if _written(ctx, pair.b.source, name_a) or _written(ctx, pair.a.source, name_b):
                continue  # the outlet names both: two things of one kind
            key = tuple(sorted((name_a, name_b)))
            if key in out:
                continue
            out[key] = finding(
                rule,
                Verdict.CONFLICT,
                [pair.a, pair.b],
                {"unit": "name", "values": [name_a, name_b], "subject": word},
                a_source=ctx.sources_of([pair.a]),
                a_value=name_a,
                b_source=ctx.sources_of([pair.b]),
                b_value=name_b,
                unit="name",
                subject=word,
                values=f"{name_a} ({ctx.sources_of([pair.a])}) vs {name_b} "
                f"({ctx.sources_of([pair.b])})",
                relation="one report gives one name two numbers",
            )
    return list(out.values())
