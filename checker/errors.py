"""The one error type the CLI turns into a single line and exit code 2."""

from __future__ import annotations

from pathlib import Path


class CheckerError(Exception):
    """Bad input, config or usage: `where` names the file (and line), `what` says what is wrong."""

    def __init__(self, where: str | Path, what: str) -> None:
        self.where = str(where)
        self.what = what
        super().__init__(f"{self.where}: {what}")
