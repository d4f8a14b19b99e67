"""The pipeline's progress hook: a callback, so the library holds no display code.

`progress(stage, done, total)` is called as work completes: stage "read" and "clean" once per
article (done = articles so far), then "claims", "parse", "align" and "compare" once each (1 of 1).
The command line turns the calls into a display (checker/cli/progress.py); library users may
pass any callable, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]


def silent(stage: str, done: int, total: int) -> None:
    """The default: no display."""


STAGES = ("read", "clean", "claims", "parse", "align", "compare")
