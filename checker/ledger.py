"""Line-stable JSON files keyed by finding id: the baseline and the resolutions file.

One entry per line, sorted by id, no timestamps, and the schema line always last:

    {
      "1a2b3c4d5e6f": {"rule": "number-mismatch", "sources": ["a", "b"], "verdict": "conflict"},
      "1f0e9d8c7b6a": {"rule": "quote-wording", "sources": ["a", "c"], "verdict": "conflict"},
      "schema": "checker.baseline/1"
    }

Because the schema line follows every entry, every entry line ends with a comma and no line
depends on its neighbours: branches that add entries merge cleanly with git's `union` driver,
and with the ordinary driver whenever the additions are not next to each other.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from checker.errors import CheckerError
from checker.fingerprint import is_id
from checker.output import reason, write_atomic

SCHEMA_KEY = "schema"


def dumps(schema: str, entries: Mapping[str, Mapping[str, Any]]) -> str:
    lines = ["{"]
    for key in sorted(entries):
        value = json.dumps(entries[key], ensure_ascii=False, sort_keys=True)
        lines.append(f"  {json.dumps(key, ensure_ascii=False)}: {value},")
    lines.append(f'  "{SCHEMA_KEY}": {json.dumps(schema)}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def save(path: str | Path, schema: str, entries: Mapping[str, Mapping[str, Any]]) -> bool:
    """Write the file atomically; return False (and leave it untouched) when nothing changed."""
    text = dumps(schema, entries)
    target = Path(path)
    try:
        if target.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    try:
        write_atomic(target, text)
    except OSError as err:
        raise CheckerError(target, f"cannot write: {reason(err)}") from None
    return True


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock for a read-modify-write of the ledger at `path`.

    Two `checker resolve` runs on one file would otherwise both read the old file and the
    second rename would drop the first one's decision. The lock is on a hidden file beside
    the ledger (`.NAME.lock`), not on the ledger itself, because each write replaces the
    ledger's inode. Where flock does not exist (Windows) the write is unlocked.
    """
    target = Path(path)
    try:
        import fcntl
    except ImportError:
        yield
        return
    lock = target.parent / f".{target.name}.lock"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise CheckerError(lock, f"cannot lock {target}: {reason(err)}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def load(path: str | Path, schema: str) -> dict[str, dict[str, Any]]:
    """Read a ledger written by `save` (in any line order); a missing file is an empty ledger.

    `schema` is "<name>/<version>"; a file of another name or version is an error, as is
    anything that is not such a file. Raises CheckerError naming the file.
    """
    target = Path(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise CheckerError(target, f"cannot read: {err.strerror or err}") from None
    where = str(target)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CheckerError(where, "not UTF-8 text") from None
    if "\n<<<<<<< " in f"\n{text}" or "\n>>>>>>> " in text:
        raise CheckerError(
            where,
            "unresolved git merge conflict markers (see docs/ci.md: "
            "merge=union in .gitattributes avoids them)",
        )
    if not text.strip():
        raise CheckerError(where, f"empty file, expected a {schema} JSON object")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as dup:
        raise CheckerError(
            where, f"key {dup.key!r} appears twice (a merge kept both sides?): keep one"
        ) from None
    except json.JSONDecodeError as err:
        raise CheckerError(f"{where}:{err.lineno}", f"not valid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise CheckerError(where, f"expected a {schema} JSON object, found {_kind(data)}")
    found = data.pop(SCHEMA_KEY, None)
    name, _, version = schema.partition("/")
    if not isinstance(found, str):
        raise CheckerError(where, f'no "{SCHEMA_KEY}" key: not a {name} file')
    if found != schema:
        found_name, _, found_version = found.partition("/")
        what = (
            f"unknown version {found_version!r} (this checker reads version {version})"
            if found_name == name
            else f"is a {found_name} file, not a {name} file"
        )
        raise CheckerError(where, f"{SCHEMA_KEY} {found!r}: {what}")
    for key, value in data.items():
        if not is_id(key):
            raise CheckerError(where, f"{key!r} is not a finding id")
        if not isinstance(value, dict):
            raise CheckerError(where, f"entry {key}: expected an object, found {_kind(value)}")
    return data


def fields(where: str, key: str, entry: dict[str, Any], spec: Mapping[str, type]) -> None:
    """Check one entry against {field: type} (a field typed `list` holds strings)."""
    for name in entry:
        if name not in spec:
            raise CheckerError(
                where, f"entry {key}: unknown field {name!r} (expected {', '.join(spec)})"
            )
    for name, kind in spec.items():
        value = entry.get(name)
        ok = isinstance(value, kind) and (
            kind is not list or all(isinstance(v, str) for v in value)
        )
        if not ok:
            wanted = "a list of strings" if kind is list else "a string"
            raise CheckerError(
                where,
                f"entry {key}: field {name!r} must be {wanted}, "
                f"found {_kind(value) if name in entry else 'nothing'}",
            )


def _kind(value: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true/false",
        type(None): "null",
    }.get(type(value), "a number")


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out
