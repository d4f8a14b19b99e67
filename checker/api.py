"""The library entry point: `checker.check(story)` runs the whole pipeline and returns a Report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker.records import Report


def check(
    story: str | Path,
    *,
    rules_dir: str | Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    baseline: str | Path | None = None,
    resolutions: str | Path | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Report:
    """Read a story folder and return every discrepancy between its outlets.

    `rules_dir` adds or overrides rules of the default pack; `select`/`ignore` pick rules by id
    or prefix; `overrides` maps a rule id to parameter values. With `baseline`/`resolutions` (paths that may not exist yet), each finding's
    state says whether it is new, known or resolved. Raises CheckerError on bad input.
    """
    from checker import pipeline

    report = pipeline.run(
        Path(story), rules_dir=rules_dir, select=select, ignore=ignore, overrides=overrides
    )
    if baseline is None and resolutions is None:
        return report
    from checker.states import apply_states

    return apply_states(report, baseline=baseline, resolutions=resolutions)
