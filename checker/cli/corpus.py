"""`checker corpus INPUT -o OUTDIR`: a day's feed grouped into stories and checked on Dask."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import IgnoreOpt, RulesOpt, SelectOpt, guarded, rule_names, say
from checker.config import load_config
from checker.errors import CheckerError
from checker.records import ExitCode

InputArg = Annotated[
    Path,
    typer.Argument(
        metavar="INPUT",
        show_default=False,
        help="A JSONL feed (one article per line, each with a unique id), or a folder of "
        "story folders, feeds and article files.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        metavar="N",
        min=1,
        show_default=False,
        help="Worker processes of the local Dask cluster [default: one per core].",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        show_default=False,
        help="A running Dask scheduler (e.g. tcp://10.0.0.5:8786) instead of a local cluster.",
    ),
]
WindowOpt = Annotated[
    int,
    typer.Option(
        "--window",
        metavar="DAYS",
        min=0,
        help="Articles further apart than this are never grouped into one story.",
    ),
]


def register(app: typer.Typer) -> None:
    app.command("corpus")(corpus)


@guarded
def corpus(
    source: InputArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="OUTDIR",
            show_default=False,
            help="Folder to write (index.json, stories/, findings.parquet); a previous corpus "
            "output there is replaced whole.",
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="json, or html to add readable pages."
        ),
    ] = "json",
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    window: WindowOpt = 3,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Group a feed into stories and check each one on Dask, writing one folder.

    \b
    OUTDIR/index.json         every story: id, title, articles, summary
    OUTDIR/stories/<id>.json  each story's report, as `checker diff --format json`
    OUTDIR/findings.parquet   one row per finding across the corpus
    A story that fails is listed with its error and the exit code is 2;
    the others are still written.
    """
    from checker.corpus.session import check_corpus

    if fmt not in ("json", "html"):
        raise CheckerError("--format", f"unknown format {fmt!r} for corpus (expected json or html)")
    if workers is not None and scheduler:
        raise CheckerError("--workers", "give --workers or --scheduler, not both")
    config = load_config()
    result = check_corpus(
        source,
        output,
        rules_dir=rules if rules is not None else config.rules,
        select=rule_names(select, config.select),
        ignore=rule_names(ignore, config.ignore),
        overrides={rule: config.params_for(rule) for rule, _ in config.thresholds},
        window_days=window,
        workers=workers,
        scheduler=scheduler,
        html_pages=fmt == "html",
        progress=sys.stderr.isatty(),
    )
    for story_id, error in result.failed:
        typer.echo(f"checker: error: story {story_id}: {error}", err=True)
    say(f"corpus: {output}: {result.checked} stories checked, {len(result.failed)} failed")
    if result.failed:
        raise typer.Exit(ExitCode.ERROR)
