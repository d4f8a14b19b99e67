"""Finding ids that survive re-runs, file order and edits elsewhere in the articles."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace

from checker.records import Finding

VERSION = "1"
_FOLD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _FOLD.sub("", text.casefold())


def fingerprint(finding: Finding) -> str:
    parts = [VERSION, finding.rule, ",".join(finding.sources)]
    parts += sorted(f"{c.source}={_norm(c.text)}" for c in finding.claims)
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"{VERSION}{digest[:11]}"


def assign_ids(findings: list[Finding]) -> list[Finding]:
    seen: Counter[str] = Counter()
    out = []
    for f in sorted(findings, key=lambda f: f.sort_key()):
        fp = fingerprint(f)
        n = seen[fp]
        seen[fp] += 1
        out.append(replace(f, id=fp if n == 0 else f"{fp}-{n}"))
    return out
