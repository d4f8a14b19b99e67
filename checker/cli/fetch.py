"""`checker fetch URL... -o STORY`: a story folder built from article pages on the web."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import QuietOpt, guarded, say
from checker.cli.progress import progress_display
from checker.config import load_config
from checker.progress import silent
from checker.records import ExitCode


def register(app: typer.Typer) -> None:
    app.command("fetch")(fetch)


@guarded
def fetch(
    urls: Annotated[
        list[str],
        typer.Argument(metavar="URL...", show_default=False, help="Article pages to fetch."),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="STORY",
            show_default=False,
            help="The story folder to create (it must not exist, or be empty).",
        ),
    ],
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS", help="Give up on a page after this.")
    ] = 20.0,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private-addresses",
            help="Also fetch from loopback and private network addresses (an intranet).",
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Fetch article pages into a new story folder: one text file per article and a
    sources.csv with outlet, url, published date and language from each page.

    A URL that fails is reported and left out, the others are kept (exit 1);
    exit 2 when none could be fetched. Then run `checker diff STORY`.
    """
    from checker.ingest.fetch import fetch_story

    with progress_display(quiet) as progress:
        result = fetch_story(
            urls,
            output,
            timeout=timeout,
            allow_private=allow_private,
            limits=load_config().limits(),
            progress=progress or silent,
        )
    for failed in result.failed:
        say(f"error: {failed.url}: {failed.reason}")
    say(
        f"fetch: {output}: {len(result.fetched)} of {len(urls)} articles "
        f"({', '.join(f.source for f in result.fetched)})"
    )
    if result.failed:
        raise typer.Exit(ExitCode.FINDINGS)
