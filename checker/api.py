"""The library entry point: `checker.check(story)` runs the whole pipeline and returns a Report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker.limits import Limits
from checker.progress import Progress, silent
from checker.records import Report
from checker.selection import RuleSelection


def check(
    story: str | Path,
    *,
    rules_dir: str | Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    baseline: str | Path | None = None,
    resolutions: str | Path | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
    selection: RuleSelection | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read a story folder and return every discrepancy between its outlets.

    `rules_dir` adds or overrides rules of the default pack; `select`/`ignore` pick rules by id
    or prefix; `overrides` maps a rule id to parameter values; `limits` bounds the input
    (default: checker.limits.Limits()); `progress(stage, done, total)` is called as work
    completes (checker/progress.py). With `baseline`/`resolutions` (paths that may not exist yet), each finding's
    state says whether it is new, known or resolved. `selection` gives the four rule
    options as one value (the command line builds it); when given, they must not be.
    Raises CheckerError on bad input.
    """
    from checker import pipeline

    if selection is None:
        selection = RuleSelection.of(rules_dir, select, ignore, overrides)
    elif rules_dir is not None or select or ignore or overrides:
        raise TypeError("check(): give either `selection` or the rule keywords, not both")
    report = pipeline.run(Path(story), selection, limits or Limits(), progress or silent)
    if baseline is None and resolutions is None:
        return report
    from checker.states import apply_states

    return apply_states(report, baseline=baseline, resolutions=resolutions)
