"""WITNESSES: how many independent families stand behind each side of a finding.

Run after the compare stage, on the story's families (checker/families.py). A finding's sides
are the lists of outlets its message names in turn (a timeline's: its figures): "'assessing'
(north-herald, river-wire) vs 'accessing' (delta-courier)" has two sides, and so has
"north-herald 'considering'; delta-courier 'decided'"; a message that names none has one side,
all its outlets. Where copies stand behind a finding:

- its message ends with the count per side: "3 outlets, 1 family vs 2 outlets, 2 families";
- when all its outlets are one family, it is an editing difference (still reported: a changed
  quotation in a copy matters), said in the message and in `details["editing_difference"]`.

Stories without copies keep their findings as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from checker.families import Families
from checker.records import Finding, Verdict
from checker.timeline import EARLIER, points_of


def sides(finding: Finding, families: Families | None = None) -> list[tuple[str, ...]]:
    """The outlets on each side, in the order the message names them; a timeline's sides are
    its figures, in time order."""
    known = finding.sources
    if len(known) < 2:
        return [known]
    rows = points_of(finding.details)
    if rows:
        steps: dict[tuple[float, float], list[str]] = {}
        for r in rows:
            if r.state != EARLIER:
                steps.setdefault((r.low, r.high), []).append(r.source)
        return [tuple(s) for s in steps.values()]
    names = "|".join(re.escape(s) for s in sorted(known, key=len, reverse=True))
    run = re.compile(rf"(?<![\w-])(?:{names})(?:,\s+(?:{names}))*(?![\w-])")
    word = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
    found = [tuple(word.findall(m.group(0))) for m in run.finditer(finding.message)]
    found = [side for side in found if side]
    if len(found) < 2:
        return [known]
    # outlets the message does not name print a named outlet's claim word for word (compare
    # cites every outlet that does): they stand on its side
    texts: dict[str, set[str]] = {}
    for c in finding.claims:
        texts.setdefault(c.source, set()).add(" ".join(c.text.split()))
    named = set().union(*map(set, found))
    for source in sorted(set(known) - named):
        home = next(
            (i for i, side in enumerate(found) for s in side if texts[s] & texts[source]), None
        )
        if home is None and families is not None:
            # else with its copies, when they stand on one side
            kin = families.of(source).sources
            homes = {i for i, side in enumerate(found) if set(side) & set(kin)}
            home = homes.pop() if len(homes) == 1 else None
        if home is None:
            return [known]
        found[home] = (*found[home], source)
    return found


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe(side: Sequence[str], families: Families) -> str:
    n = len(set(side))
    return f"{_count(n, 'outlet', 'outlets')}, {_count(families.count(side), 'family', 'families')}"


def annotate(findings: Iterable[Finding], families: Families) -> list[Finding]:
    """The findings with their witnesses counted, where copies stand behind them."""
    out = []
    for f in findings:
        if not families.families or f.verdict is Verdict.SINGLE_SOURCE:
            out.append(f)
            continue
        if families.count(f.sources) == len(f.sources):
            out.append(f)  # no two of its outlets copy each other: each is its own witness
            continue
        details = dict(f.details)
        family = families.same(f.sources)
        parts = [f.sources] if family is not None else sides(f, families)
        counted = " vs ".join(describe(side, families) for side in parts)
        details["witnesses"] = counted
        message = f"{f.message} ({counted})"
        if family is not None:
            details["editing_difference"] = family.label
            message += f"; an editing difference within one family of copies ({family.label})"
        out.append(replace(f, message=message, details=tuple(sorted(details.items()))))
    return out
