"""Editors' decisions on findings: corrected, accepted or a false alarm, with a note.

Stored as a ledger (see checker/ledger.py), keyed by finding id. `checker resolve` adds one
decision; `checker resolve --from-csv` (checker/csv_import.py) adds many through the same API:

    resolution = Resolution(id, parse_status(text, where), note, by)
    check_resolution(resolution, where)           # CheckerError naming `where` if wrong
    changes = add_resolutions(path, [resolution, ...])   # one atomic write
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker import ledger
from checker.errors import CheckerError
from checker.fingerprint import is_id

SCHEMA = "checker.resolutions/1"
STATUSES = ("corrected", "accepted", "false-alarm")


@dataclass(frozen=True)
class Resolution:
    id: str  # the finding's fingerprint
    status: str  # one of STATUSES
    note: str  # why, in the editor's words
    by: str = ""  # who decided, when given

    def summary(self) -> str:
        """What a report shows as the finding's note: "accepted: <note> (<by>)"."""
        text = f"{self.status}: {self.note}" if self.note else self.status
        return f"{text} ({self.by})" if self.by else text


@dataclass(frozen=True)
class Changes:
    """What add_resolutions did, by finding id."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()  # the id had a different decision, now replaced
    unchanged: tuple[str, ...] = ()  # the same decision was already recorded


def parse_status(text: str, where: str) -> str:
    """A status as an editor may type it ("False alarm", "false_alarm") -> "false-alarm"."""
    status = "-".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    if status not in STATUSES:
        raise CheckerError(where, f"unknown status {text!r} (expected {', '.join(STATUSES)})")
    return status


def check_resolution(resolution: Resolution, where: str) -> None:
    if not is_id(resolution.id):
        raise CheckerError(
            where,
            f"{resolution.id!r} is not a finding id "
            "(ids are shown by `checker diff` and `checker ci`)",
        )
    if resolution.status not in STATUSES:
        raise CheckerError(
            where, f"unknown status {resolution.status!r} (expected {', '.join(STATUSES)})"
        )


def load_resolutions(path: str | Path) -> dict[str, Resolution]:
    """Decisions by finding id; a missing file has none. Raises CheckerError if malformed."""
    out = {}
    for key, entry in ledger.load(path, SCHEMA).items():
        ledger.fields(str(path), key, entry, {"status": str, "note": str, "by": str})
        resolution = Resolution(key, entry["status"], entry["note"], entry["by"])
        check_resolution(resolution, f"{path}: entry {key}")
        out[key] = resolution
    return out


def save_resolutions(path: str | Path, resolutions: Iterable[Resolution]) -> bool:
    """Write the file atomically; False when it already said exactly this."""
    data = {r.id: {"status": r.status, "note": r.note, "by": r.by} for r in resolutions}
    return ledger.save(path, SCHEMA, data)


def add_resolutions(path: str | Path, new: Iterable[Resolution]) -> Changes:
    """Record decisions in the file at `path` (created if missing), in one atomic write.

    A decision replaces an earlier one for the same id; within `new`, the last one wins.
    Everything is checked before anything is written. Raises CheckerError.
    """
    incoming: dict[str, Resolution] = {}
    for resolution in new:
        check_resolution(resolution, str(path))
        incoming[resolution.id] = resolution
    # Read and write under one lock, so a concurrent `checker resolve` cannot lose a decision.
    with ledger.locked(path):
        current = load_resolutions(path)
        save_resolutions(path, {**current, **incoming}.values())
    return Changes(
        added=tuple(sorted(k for k in incoming if k not in current)),
        updated=tuple(sorted(k for k in incoming if k in current and current[k] != incoming[k])),
        unchanged=tuple(sorted(k for k in incoming if current.get(k) == incoming[k])),
    )
