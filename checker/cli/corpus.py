"""`checker corpus INPUT -o OUTDIR`: a day's feed grouped into stories and checked on Dask."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from checker.cli.common import IgnoreOpt, RulesOpt, SelectOpt, guarded, say, selection_of
from checker.config import Config, load_config
from checker.errors import CheckerError
from checker.records import ExitCode, Report

if TYPE_CHECKING:
    from checker.corpus.gate import StoryGate
    from checker.ingest.feed import Rejected

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
    OUTDIR/index.json         every story: id, title, articles, summary;
                              and the feed lines that could not be read
    OUTDIR/stories/<id>.json  each story's report, as `checker diff --format json`
    OUTDIR/findings.parquet   one row per finding across the corpus
    A feed line that cannot be read is named on standard error and left out
    (exit 1); a story that fails is listed with its error (exit 2); the
    others are still written.
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
        selection=selection_of(config, rules, select, ignore),
        window_days=window,
        workers=workers,
        scheduler=scheduler,
        html_pages=fmt == "html",
        progress=sys.stderr.isatty(),
        limits=config.limits(),
        on_rejected=_say_rejected,
    )
    for story_id, error in result.failed:
        typer.echo(f"checker: error: story {story_id}: {error}", err=True)
    from checker.ingest.feed import line_count

    rejected = f", {line_count(len(result.rejected))} rejected" if result.rejected else ""
    say(
        f"corpus: {output}: {result.checked} stories checked, {len(result.failed)} failed"
        + rejected
    )
    if result.failed:
        raise typer.Exit(ExitCode.ERROR)
    if result.rejected:  # as `checker fetch` for a URL it could not read
        raise typer.Exit(ExitCode.FINDINGS)


def _say_rejected(lines: tuple[Rejected, ...]) -> None:
    for line in lines:
        typer.echo(f"checker: error: {line.where}: {line.reason}", err=True)


def _refuse_rejected(lines: tuple[Rejected, ...]) -> None:
    """CI reads every line: the run stops before any story is checked."""
    from checker.ingest.feed import line_count

    _say_rejected(lines)
    raise CheckerError(
        lines[0].file, f"{line_count(len(lines))} could not be read: CI reads every line"
    )


def ci_corpus(
    source: Path,
    baseline: Path | None,
    resolutions: Path | None,
    fail_on: str,
    prune: bool,
    rules: Path | None,
    select: list[str] | None,
    ignore: list[str] | None,
    min_confidence: float = 0.0,
) -> None:
    """`checker ci` over a corpus output folder, or over a feed or folder run now (--corpus).

    Baselines and resolutions are folders of <story-id>.json; exits like `checker ci`.
    """
    from checker.corpus.gate import gate, read_output, story_file
    from checker.corpus.output import is_corpus_output

    config = load_config()
    base_dir = baseline or Path(config.baseline).with_suffix("")
    res_dir = resolutions or Path(config.resolutions).with_suffix("")
    if is_corpus_output(source):
        reports = read_output(source)
    else:
        reports = _run_now(source, config, rules, select, ignore)
    gates = gate(reports, base_dir, res_dir, fail_on, min_confidence)
    for g in gates:
        for f in g.failing:
            sys.stdout.write(f"{g.id}  {f.id}  {f.verdict.value}  {f.rule}  {f.message}\n")
            for claim in f.claims:
                sys.stdout.write(f"    {claim.source}: {' '.join(claim.text.split())}\n")
    sys.stdout.flush()
    stale = [(g.id, e) for g in gates for e in g.report.stale]
    for story_id, entry in stale:
        folder = base_dir if entry.file == "baseline" else res_dir
        say(f"warning: {story_file(folder, story_id)}: {entry.id} is no longer found")
    if prune:
        _prune(gates, base_dir)
    bad = sum(len(g.failing) for g in gates)
    stories = sum(1 for g in gates if g.failing)
    findings = sum(len(g.report.findings) for g in gates)
    counts = f"{len(gates)} stories, {findings} findings, {len(stale)} stale entries"
    if bad:
        say(f"ci: failed: {bad} new unresolved findings in {stories} stories ({counts})")
        raise typer.Exit(ExitCode.FINDINGS)
    say(f"ci: passed ({counts})")
    raise typer.Exit(ExitCode.OK)


def _run_now(
    source: Path,
    config: Config,
    rules: Path | None,
    select: list[str] | None,
    ignore: list[str] | None,
) -> dict[str, Report]:
    from checker.corpus.session import run_corpus

    result = run_corpus(
        source,
        selection=selection_of(config, rules, select, ignore),
        progress=sys.stderr.isatty(),
        limits=config.limits(),
        on_rejected=_refuse_rejected,
    )
    if result.failed:  # CI never passes an incomplete run
        story_id, error = result.failed[0]
        raise CheckerError(f"story {story_id}", error)
    from checker.corpus.gate import report_from_json

    return {i: report_from_json(json.loads(o.json)) for i, o in result.outcomes.items()}


def _prune(gates: tuple[StoryGate, ...], base_dir: Path) -> None:
    from checker.baseline import load_baseline, save_baseline
    from checker.corpus.gate import story_file

    for g in gates:
        gone = {e.id for e in g.report.stale if e.file == "baseline"}
        if gone:
            path = story_file(base_dir, g.id)
            save_baseline(path, [e for e in load_baseline(path).values() if e.id not in gone])
            say(f"ci: {path}: pruned {len(gone)} stale entries")


def baseline_corpus(source: Path, output: Path | None) -> None:
    """`checker baseline` over a corpus output folder: one <story-id>.json per story."""
    from checker.baseline import BaselineEntry, save_baseline
    from checker.corpus.gate import check_folder, read_output, story_file

    folder = output or Path(load_config().baseline).with_suffix("")
    check_folder(folder, "-o")
    reports = read_output(source)
    changed = 0
    for story_id, report in sorted(reports.items()):
        entries = [BaselineEntry.of(f) for f in report.findings]
        changed += save_baseline(story_file(folder, story_id), entries)
    say(f"baseline: {folder}: {len(reports)} stories ({changed} written, the rest unchanged)")
