"""A corpus run from end to end, the library call behind `checker corpus`: read and group
INPUT, check every story on Dask, write OUTDIR."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.corpus.grouping import GroupingOptions
from checker.corpus.inputs import CorpusStory, read_corpus
from checker.corpus.output import check_replaceable, write_corpus
from checker.corpus.running import Outcome, connect, run_stories
from checker.pipeline import boilerplate_of
from checker.rulepack import load_rules


@dataclass(frozen=True)
class CorpusResult:
    stories: tuple[CorpusStory, ...]
    outcomes: dict[str, Outcome]

    @property
    def checked(self) -> int:
        return sum(1 for o in self.outcomes.values() if o.ok)

    @property
    def failed(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (s.id, self.outcomes[s.id].error) for s in self.stories if not self.outcomes[s.id].ok
        )


def run_corpus(
    source: Path,
    *,
    rules_dir: str | Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    overrides: dict[str, dict[str, Any]] | None = None,
    window_days: int = 3,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    html_pages: bool = False,
) -> CorpusResult:
    """Read, group and check; nothing written. CheckerError on bad input."""
    rules = load_rules(rules_dir, select, ignore, overrides)
    boilerplate = boilerplate_of(rules_dir)
    stories = read_corpus(source, GroupingOptions(window_days=window_days))
    show = _Progress(len(stories)) if progress else None
    with connect(workers, scheduler) as client:
        outcomes = run_stories(
            client, [s.story for s in stories], rules, boilerplate, show, html=html_pages
        )
    if show is not None:
        show.end()
    return CorpusResult(stories, outcomes)


def check_corpus(
    source: Path, outdir: Path, *, html_pages: bool = False, **options: Any
) -> CorpusResult:
    """run_corpus, then the whole output folder written at once."""
    check_replaceable(outdir)  # before the run, not after an hour of it
    result = run_corpus(source, html_pages=html_pages, **options)
    write_corpus(outdir, result.stories, result.outcomes, html_pages=html_pages)
    return result


class _Progress:
    """`checker: corpus: 12/300 stories` rewritten in place on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    def __call__(self, _: Outcome) -> None:
        self.done += 1
        sys.stderr.write(f"\rchecker: corpus: {self.done}/{self.total} stories")
        sys.stderr.flush()

    def end(self) -> None:
        sys.stderr.write("\n")
