"""Progress on standard error: only on a terminal, only once the work has taken a second.

The library calls a plain callback (checker/progress.py); this turns the calls into a rich
progress bar. Output to a pipe or a file, `--quiet`, and runs that finish within the delay
show nothing, so scripts, CI logs and quick runs stay clean. rich is imported only when the
bar is first shown.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from checker.progress import Progress

DELAY = 1.0  # seconds of work before anything is shown
LABELS = {
    "read": "reading articles",
    "clean": "cleaning articles",
    "claims": "splitting into claims",
    "parse": "parsing sentences",
    "align": "aligning claims",
    "compare": "comparing outlets",
    "fetch": "fetching pages",
}

_NEXT = {
    "read": "clean",
    "clean": "claims",
    "claims": "parse",
    "parse": "align",
    "align": "compare",
}


class TerminalProgress:
    """A Progress callback that draws a transient bar on `stream` after `delay` seconds."""

    def __init__(
        self,
        stream: IO[str] | None = None,
        delay: float = DELAY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if self._bar is None:
            if self.clock() - self.started < self.delay:
                return
            self._open()
        if done >= total and stage in _NEXT:  # show what is being done now, not what was
            stage, done, total = _NEXT[stage], 0, None
        self._bar.update(
            self._task, description=LABELS.get(stage, stage), completed=done, total=total
        )

    def _open(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(file=self.stream, force_terminal=True)
        self._bar = Progress(
            TextColumn("{task.description:<22}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,  # the bar goes when the work is done: the report stays alone
        )
        self._bar.start()
        self._task = self._bar.add_task("", total=None)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def progress_display(quiet: bool, stream: IO[str] | None = None) -> Iterator[Progress | None]:
    """A progress callback for a command, or None when nothing should be shown."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not stream.isatty():
        yield None
        return
    display = TerminalProgress(stream)
    try:
        yield display
    finally:
        display.close()
