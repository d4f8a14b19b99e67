"""A corpus run from end to end, the library call behind `checker corpus`: read and group
INPUT, check every story on Dask, write OUTDIR."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.corpus.grouping import GroupingOptions
from checker.corpus.inputs import CorpusStory, read_corpus
from checker.corpus.output import CorpusWriter
from checker.corpus.running import Outcome, connect, run_stories
from checker.errors import CheckerError
from checker.ingest.feed import Rejected
from checker.limits import DEFAULT_LIMITS, Limits
from checker.pipeline import PackLexicon
from checker.rulepack import load_rules
from checker.selection import ALL_RULES, RuleSelection


@dataclass(frozen=True)
class CorpusResult:
    stories: tuple[CorpusStory, ...]
    outcomes: dict[str, Outcome]
    rejected: tuple[Rejected, ...] = ()  # feed lines left out, each with its reason

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
    selection: RuleSelection = ALL_RULES,
    window_days: int = 3,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    writer: CorpusWriter | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_rejected: Callable[[tuple[Rejected, ...]], None] | None = None,
) -> CorpusResult:
    """Read, group and check. CheckerError on bad input; a feed line that cannot be read is
    left out, kept in the result and passed to `on_rejected` (all of them, once, before any
    story is checked); CheckerError when no line could be read at all.

    With a `writer`, each report goes to it as it arrives and the result keeps only errors;
    without, nothing is written and the result holds every report.
    """
    rules = load_rules(selection)
    lexicon = PackLexicon.of(selection.rules_dir)
    corpus = read_corpus(source, GroupingOptions(window_days=window_days), limits)
    if corpus.rejected and on_rejected is not None:
        on_rejected(corpus.rejected)
    if corpus.rejected and not corpus.stories:
        raise CheckerError(
            Path(source).as_posix(), f"no line could be read ({len(corpus.rejected)} rejected)"
        )
    stories = corpus.stories
    by_id = {s.id: s for s in stories}
    show = _Progress(len(stories)) if progress else None

    def done(outcome: Outcome) -> None:
        if writer is not None:
            writer.add(by_id[outcome.id], outcome)
        if show is not None:
            show(outcome)

    with connect(workers, scheduler) as client:
        outcomes = run_stories(
            client,
            [s.story for s in stories],
            rules,
            lexicon,
            done,
            html=writer is not None and writer.html_pages,
            keep=writer is None,
        )
    if show is not None:
        show.end()
    return CorpusResult(stories, outcomes, corpus.rejected)


def check_corpus(
    source: Path, outdir: Path, *, html_pages: bool = False, **options: Any
) -> CorpusResult:
    """run_corpus into OUTDIR: reports written as they arrive, the folder renamed in whole."""
    with CorpusWriter(outdir, html_pages=html_pages) as writer:  # refuses OUTDIR up front
        result = run_corpus(source, writer=writer, **options)
        writer.commit(result.rejected)
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
