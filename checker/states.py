"""Finding states for CI: new, known (in the baseline) or resolved (an editor decided).

Also the gate itself: which findings fail a build.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker.baseline import BaselineEntry, load_baseline
from checker.records import Finding, Report, StaleEntry, State, Verdict
from checker.resolutions import Resolution, load_resolutions

# Verdicts that can fail a build, by --fail-on. Consistent and single-source findings never do.
_FAILING = {
    "conflict": (Verdict.CONFLICT,),
    "any": (Verdict.CONFLICT, Verdict.NOT_COMPARABLE),
}


def apply_states(
    report: Report,
    *,
    baseline: str | Path | None = None,
    resolutions: str | Path | None = None,
) -> Report:
    """Set each finding's state from the two files, and list their entries no longer found.

    Files that do not exist yet count as empty. A resolution wins over the baseline; the
    finding's note is then the resolution's summary ("accepted: <note> (<by>)").
    Raises CheckerError naming the file when one is malformed or of an unknown version.
    """
    known = load_baseline(baseline) if baseline is not None else {}
    decided = load_resolutions(resolutions) if resolutions is not None else {}
    findings = tuple(_with_state(f, known, decided) for f in report.findings)
    found = {f.id for f in report.findings}
    stale = [_stale_baseline(e) for i, e in known.items() if i not in found]
    stale += [_stale_resolution(r) for i, r in decided.items() if i not in found]
    return replace(report, findings=findings, stale=tuple(sorted(stale)))


def failing(
    report: Report, fail_on: str = "conflict", min_confidence: float = 0.0
) -> tuple[Finding, ...]:
    """The findings that fail a build: new, of a verdict `fail_on` counts, and at least as
    sure as `min_confidence`."""
    verdicts = _FAILING[fail_on]
    return tuple(
        f
        for f in report.findings
        if f.state is State.NEW and f.verdict in verdicts and f.confidence >= min_confidence
    )


def _with_state(
    finding: Finding, known: dict[str, BaselineEntry], decided: dict[str, Resolution]
) -> Finding:
    if finding.id in decided:
        return replace(finding, state=State.RESOLVED, note=decided[finding.id].summary())
    if finding.id in known:
        return replace(finding, state=State.KNOWN, note="")
    return replace(finding, state=State.NEW, note="")


def _stale_baseline(entry: BaselineEntry) -> StaleEntry:
    return StaleEntry(entry.id, "baseline", rule=entry.rule, sources=entry.sources)


def _stale_resolution(resolution: Resolution) -> StaleEntry:
    return StaleEntry(resolution.id, "resolutions", note=resolution.summary())
