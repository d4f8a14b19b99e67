"""`checker diff` and `checker claims`: the report on one story, and the claims it is made of."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import (
    BaselineOpt,
    FormatOpt,
    IgnoreOpt,
    OutputOpt,
    QuietOpt,
    ResolutionsOpt,
    RulesOpt,
    SelectOpt,
    StoryArg,
    check_output,
    emit,
    guarded,
    pick_format,
    run_check,
    selection_of,
    write_output,
)
from checker.cli.progress import progress_display
from checker.config import load_config
from checker.errors import CheckerError
from checker.records import ExitCode, Verdict


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)
    app.command("claims")(claims)


@guarded
def diff(
    story: StoryArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    baseline: BaselineOpt = None,
    resolutions: ResolutionsOpt = None,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit 1 when the report has a conflict (like git diff)."),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Report every discrepancy between the outlets of STORY, conflicts first."""
    config = load_config()
    name = pick_format(fmt, config)
    check_output(output, story)
    with progress_display(quiet) as progress:
        report = run_check(
            story,
            config,
            selection_of(config, rules, select, ignore),
            progress,
            baseline=baseline or Path(config.baseline),
            resolutions=resolutions or Path(config.resolutions),
        )
    emit(report, name, output, story)
    if exit_code and any(f.verdict is Verdict.CONFLICT for f in report.findings):
        raise typer.Exit(ExitCode.FINDINGS)


@guarded
def claims(
    story: StoryArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    output: OutputOpt = None,
    rules: RulesOpt = None,
) -> None:
    """List the atomic claims of every article, with their slots."""
    from checker.claims_report import render_claims

    if fmt not in ("table", "json"):
        raise CheckerError(
            "--format", f"unknown format {fmt!r} for claims (expected table or json)"
        )
    from checker.pipeline import claims_of

    config = load_config()
    check_output(output, story)
    rules_dir = selection_of(config, rules).rules_dir
    write_output(render_claims(claims_of(story, config.limits(), rules_dir), fmt), output)
