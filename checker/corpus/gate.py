"""CI over a corpus: each story's findings against its own baseline and resolutions.

Both are folders of per-story files named by story id (`<dir>/<story-id>.json`, each the
ordinary baseline or resolutions file), which story ids make possible: they survive the
next day's feed. A story without a file has an empty baseline.
The reports come from a corpus output folder (its stories/*.json) or from a fresh run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.corpus.output import INDEX, is_corpus_output
from checker.errors import CheckerError
from checker.ingest.feed import line_count
from checker.records import ClaimRef, Finding, Report, Source, Verdict
from checker.states import apply_states, failing


@dataclass(frozen=True)
class StoryGate:
    id: str
    report: Report  # findings with their states, and stale entries
    failing: tuple[Finding, ...]


def story_file(folder: Path, story_id: str) -> Path:
    return folder / f"{story_id}.json"


def check_folder(folder: Path, what: str) -> None:
    if folder.exists() and not folder.is_dir():
        raise CheckerError(
            folder, f"for a corpus, {what} names a folder of <story-id>.json files, not a file"
        )


def gate(
    reports: dict[str, Report],
    baselines: Path,
    resolutions: Path,
    fail_on: str,
    min_confidence: float = 0.0,
) -> tuple[StoryGate, ...]:
    """Each story's states and failing findings, by story id."""
    check_folder(baselines, "--baseline")
    check_folder(resolutions, "--resolutions")
    out = []
    for story_id in sorted(reports):
        stated = apply_states(
            reports[story_id],
            baseline=story_file(baselines, story_id),
            resolutions=story_file(resolutions, story_id),
        )
        out.append(StoryGate(story_id, stated, failing(stated, fail_on, min_confidence)))
    return tuple(out)


def read_output(folder: Path) -> dict[str, Report]:
    """The reports of a corpus output folder; CheckerError if a story failed in that run, or a
    feed line could not be read."""
    if not is_corpus_output(folder):
        raise CheckerError(folder, f"not a corpus output folder (no checker.corpus {INDEX})")
    index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    if rejected := index.get("rejected"):
        first = rejected[0]
        raise CheckerError(
            f"{folder.as_posix()}/{INDEX}",
            f"{line_count(len(rejected))} of the feed could not be read in this run "
            f"(first {first['file']}:{first['line']}: {first['reason']})",
        )
    reports = {}
    for entry in index["stories"]:
        if entry.get("report") is None:
            # CI never passes an incomplete run.
            raise CheckerError(
                f"{folder.as_posix()}/{INDEX}",
                f"story {entry['id']} failed in this run: {entry.get('error', '')}",
            )
        path = folder / entry["report"]
        try:
            reports[entry["id"]] = report_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise CheckerError(path, f"not a readable checker.report/1 file: {err}") from None
    return reports


def report_from_json(doc: dict) -> Report:
    """A report back from its JSON: what the gate needs (sources, findings), not the claims."""
    sources = tuple(
        Source(
            source=s["source"],
            outlet=s["outlet"],
            url=s["url"],
            published=date.fromisoformat(s["published"]) if s["published"] else None,
            date_basis="",
            language="",
            path=s["path"],
            encoding="",
        )
        for s in doc["sources"]
    )
    findings = tuple(
        Finding(
            id=f["id"],
            rule=f["rule"],
            kind=f["kind"],
            verdict=Verdict(f["verdict"]),
            severity=f["severity"],
            message=f["message"],
            claims=tuple(
                ClaimRef(c["source"], c["text"], c["start"], c["end"]) for c in f["claims"]
            ),
            confidence=float(f.get("confidence", 0.5)),  # reports written before it had one
        )
        for f in doc["findings"]
    )
    return Report(story=doc["story"], sources=sources, findings=findings)
