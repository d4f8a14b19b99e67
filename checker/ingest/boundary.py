"""The story folder is a boundary: every file read for a story resolves inside it.

A `sources.csv` entry (absolute, `..`) or a symlink that leads outside the folder, or a symlink
loop, stops the run with one line naming the entry: a story from elsewhere must not make the
tool read (and quote in its report) files the user never meant to give it.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from checker.errors import CheckerError, printable

_SCHEMA = re.compile(r'"schema"\s*:\s*"checker\.')
_MAX_SCAN = 64 * 1024 * 1024
_TABLE_HEAD = re.compile(r"[^\n]{1,300}: \d+ sources?, \d+ findings? \(\d+ conflict")


def inside(root: Path, path: Path, where: str, entry: str) -> Path:
    """`path` with every symlink resolved, if that stays inside `root` (already resolved)."""
    shown = printable(entry)
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python before 3.13 reports a symlink loop this way
        raise CheckerError(where, f"'{shown}' is a symlink loop") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise CheckerError(where, f"'{shown}' is a symlink loop") from None
        raise CheckerError(where, f"'{shown}': {err.strerror or err}") from None
    if not real.is_relative_to(root):
        raise CheckerError(
            where,
            f"'{shown}' leads outside the story folder; only files inside it are read "
            "(copy the file into the folder)",
        )
    return real


def is_checker_output(path: Path) -> bool:
    """A report, claims listing or baseline that checker wrote (recognised by its content, not
    its name), which must never be read back as one more article."""
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            # A JSON key can come anywhere (sorted keys put "schema" late), so read it whole.
            head = handle.read(_MAX_SCAN if suffix == ".json" else 4096)
    except OSError:
        return False  # the reader will say why it cannot be read
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if suffix == ".json":
        # Inside a JSON string a quote is escaped, so this can only be a key and its value.
        return text.startswith("{") and _SCHEMA.search(text) is not None
    if suffix in (".html", ".htm"):
        return '<meta name="generator" content="checker ' in text
    if suffix == ".md":
        return text.startswith("# checker report: ")
    if suffix == ".txt":  # the terminal table saved with -o
        return _TABLE_HEAD.match(text) is not None
    return False
