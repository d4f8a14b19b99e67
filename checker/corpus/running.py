"""Checking a corpus on Dask: each story is one task running the same pipeline as `checker diff`.

Dask (`dask.distributed`) is imported here and only here, when a corpus runs: the other
commands do not pay for it at start-up. The scheduler reruns the tasks of a worker that dies,
so a lost worker loses no story; a story whose check raises comes back as an Outcome with its
error, and the others complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.errors import CheckerError
from checker.kinds.base import Rule
from checker.pipeline import PackLexicon, analyse
from checker.records import Story

if TYPE_CHECKING:
    from dask.distributed import Client


_WAIT_AGAIN = 3  # times a story's result may be lost with a dying worker and recomputed


@dataclass(frozen=True)
class Outcome:
    """One story checked: its report as `checker diff --format json` writes it (and as HTML
    when asked for), or the error that stopped it (`where: what`). Rendered on the worker,
    so the client only writes text: it stays free to schedule."""

    id: str
    json: str = ""
    html: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def check_story(
    story: Story,
    rules: Sequence[Rule],
    lexicon: PackLexicon | None,
    html: bool = False,
) -> Outcome:
    """The task each worker runs: the same analyse() that `checker diff` runs on the story."""
    from checker.formats import renderer

    try:
        report = analyse(story.name, story.articles, rules, lexicon=lexicon)
        page = renderer("html")(report) if html else ""
        return Outcome(story.name, renderer("json")(report), page)
    except CheckerError as err:
        return Outcome(story.name, error=f"{err.where}: {err.what}")
    except Exception as err:  # a bug on one story must not cost the day's other stories
        return Outcome(story.name, error=f"internal: {type(err).__name__}: {err}")


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, else of a LocalCluster of `workers` processes
    (default: one per core), one thread each: the pipeline is pure Python and holds the GIL."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise CheckerError("--scheduler", f"cannot reach {scheduler}: {err}") from None
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_stories(
    client: Client,
    stories: Sequence[Story],
    rules: Sequence[Rule],
    lexicon: PackLexicon | None = None,
    on_done: Callable[[Outcome], None] | None = None,
    *,
    html: bool = False,
    keep: bool = True,
) -> dict[str, Outcome]:
    """Every story checked on the client's cluster, gathered as they finish, by story id.

    `keep=False`: the outcomes returned keep only their errors; `on_done` has had the reports
    (so a day's reports need not all sit in the client's memory at once).
    """
    from dask.distributed import as_completed

    if not stories:
        return {}
    # Shipped once to every worker instead of once per task.
    shared_rules = client.scatter(list(rules), broadcast=True, hash=False)
    # Longest first: a long story submitted last would run alone while the other workers idle.
    longest_first = sorted(stories, key=lambda s: -sum(len(a.text) for a in s.articles))
    futures = {
        client.submit(check_story, story, shared_rules, lexicon, html, pure=False): story.name
        for story in longest_first
    }
    outcomes: dict[str, Outcome] = {}
    lost: dict[str, int] = {}
    pending = as_completed(futures)
    for future in pending:
        story_id = futures[future]
        try:
            outcome = future.result()
        except Exception as err:
            # A result held by a worker that died after finishing is recomputed by the
            # scheduler: wait for it again. A task that itself failed (killed too often) is
            # reported with its error.
            if future.status != "error" and lost.get(story_id, 0) < _WAIT_AGAIN:
                lost[story_id] = lost.get(story_id, 0) + 1
                pending.add(future)
                continue
            outcome = Outcome(story_id, error=f"internal: {type(err).__name__}: {err}")
        future.release()
        if on_done is not None:
            on_done(outcome)
        outcomes[story_id] = outcome if keep else Outcome(story_id, error=outcome.error)
    return outcomes
