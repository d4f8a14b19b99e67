"""The one error type the CLI turns into a single line and exit code 2."""

from __future__ import annotations

from pathlib import Path


class CheckerError(Exception):
    """Bad input, config or usage: `where` names the file (and line), `what` says what is wrong."""

    def __init__(self, where: str | Path, what: str) -> None:
        self.where = str(where)
        self.what = what
        super().__init__(f"{self.where}: {what}")


class InputWarning(UserWarning):
    """Input that was read, but not exactly as written (stray bytes replaced, a report skipped,
    text an HTML page hides): the CLI prints it as `checker: warning: <where>: <what>`."""

    def __init__(self, where: str | Path, what: str) -> None:
        self.where = str(where)
        self.what = what
        super().__init__(f"{self.where}: {what}")


def warn_input(where: str | Path, what: str) -> None:
    import warnings

    warnings.warn(InputWarning(where, what), stacklevel=2)


def printable(name: str) -> str:
    """A file name as a line can show it: bytes that are not UTF-8 (kept by the file system as
    surrogate escapes) become \\xNN, so a message never fails to print."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
