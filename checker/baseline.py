"""The baseline: findings someone has seen and accepted as known, so CI does not fail on them.

Stored as a ledger (see checker/ledger.py). Each entry keeps only what the id already encodes
(rule, sources) and the verdict, so rewriting the baseline of an unchanged story changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker import ledger
from checker.records import Finding

SCHEMA = "checker.baseline/1"


@dataclass(frozen=True)
class BaselineEntry:
    id: str
    rule: str
    sources: tuple[str, ...]
    verdict: str

    @classmethod
    def of(cls, finding: Finding) -> BaselineEntry:
        return cls(finding.id, finding.rule, finding.sources, finding.verdict.value)


def load_baseline(path: str | Path) -> dict[str, BaselineEntry]:
    """Entries by id; a missing file is an empty baseline. Raises CheckerError if malformed."""
    out = {}
    for key, entry in ledger.load(path, SCHEMA).items():
        ledger.fields(str(path), key, entry, {"rule": str, "sources": list, "verdict": str})
        out[key] = BaselineEntry(key, entry["rule"], tuple(entry["sources"]), entry["verdict"])
    return out


def save_baseline(path: str | Path, entries: Iterable[BaselineEntry]) -> bool:
    """Write the baseline atomically; False when the file already said exactly this."""
    data = {
        e.id: {"rule": e.rule, "sources": list(e.sources), "verdict": e.verdict} for e in entries
    }
    return ledger.save(path, SCHEMA, data)
