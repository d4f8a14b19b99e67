"""The command line: a thin typer layer over the library (checker.check and friends)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from checker import cli_ci
from checker.cli_common import (
    BaselineOpt,
    FormatOpt,
    IgnoreOpt,
    OutputOpt,
    ResolutionsOpt,
    RulesOpt,
    SelectOpt,
    StoryArg,
    emit,
    guarded,
    pick_format,
    rule_names,
    run_check,
)
from checker.config import load_config
from checker.errors import CheckerError
from checker.records import ExitCode, Verdict

app = typer.Typer(
    name="checker",
    help="Find what outlets reporting the same event disagree on, with the evidence side by side.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """checker: a cross-source discrepancy checker for fact-checkers, newsrooms and CI."""


@app.command()
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
) -> None:
    """Report every discrepancy between the outlets of STORY, conflicts first."""
    config = load_config()
    name = pick_format(fmt, config)
    report = run_check(
        story,
        config,
        rules,
        select,
        ignore,
        baseline=baseline or Path(config.baseline),
        resolutions=resolutions or Path(config.resolutions),
    )
    emit(report, name, output)
    if exit_code and any(f.verdict is Verdict.CONFLICT for f in report.findings):
        raise typer.Exit(ExitCode.FINDINGS)


@app.command()
@guarded
def claims(
    story: StoryArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    output: OutputOpt = None,
) -> None:
    """List the atomic claims of every article, with their slots."""
    from checker.claims_report import render_claims

    if fmt not in ("table", "json"):
        raise CheckerError(
            "--format", f"unknown format {fmt!r} for claims (expected table or json)"
        )
    from checker.pipeline import claims_of

    emit_text(render_claims(claims_of(story), fmt), output)


def emit_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from checker.output import write_atomic

    try:
        write_atomic(output, text)
    except OSError as err:
        raise CheckerError(output, f"cannot write: {err.strerror or err}") from None


@app.command("rules")
@guarded
def list_rules(rules: RulesOpt = None, select: SelectOpt = None, ignore: IgnoreOpt = None) -> None:
    """List the rules in force: id, kind, severity and what each checks."""
    from tabulate import tabulate

    from checker.rulepack import load_rules

    config = load_config()
    pack = load_rules(
        rules if rules is not None else config.rules,
        rule_names(select, config.select),
        rule_names(ignore, config.ignore),
    )
    rows = [(r.id, r.kind, r.severity, r.description.split(". ")[0].rstrip(".")) for r in pack]
    typer.echo(tabulate(rows, headers=("rule", "kind", "severity", "checks"), tablefmt="simple"))


@app.command()
@guarded
def explain(
    target: Annotated[
        str, typer.Argument(metavar="RULE_OR_FINDING_ID", help="A rule id or a finding id.")
    ],
    story: Annotated[
        Path | None,
        typer.Option("--story", metavar="STORY", help="Story folder, to explain a finding id."),
    ] = None,
    rules: RulesOpt = None,
) -> None:
    """Explain a rule (description, rationale, examples) or a finding of STORY."""
    from checker.explain import explain_finding, explain_rule
    from checker.rulepack import load_rules

    config = load_config()
    pack = {r.id: r for r in load_rules(rules if rules is not None else config.rules)}
    if target in pack:
        typer.echo(explain_rule(pack[target]))
        return
    if story is None:
        raise CheckerError(target, "no such rule; to explain a finding id, pass --story STORY")
    report = run_check(story, config, rules, None, None)
    match = [f for f in report.findings if f.id == target]
    if not match:
        raise CheckerError(target, f"no rule or finding with this id in {story}")
    typer.echo(explain_finding(match[0], pack[match[0].rule]))


@app.command("eval")
@guarded
def evaluate(
    story: StoryArg,
    gold: Annotated[Path, typer.Option("--gold", metavar="FILE", help="Gold annotations (TOML).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    rules: RulesOpt = None,
) -> None:
    """Score the report on STORY against a gold file: recall, verdict accuracy, precision."""
    from checker.evaluate import load_gold, render_scores, score

    config = load_config()
    gold_data = load_gold(gold)
    report = run_check(story, config, rules, None, None)
    if fmt not in ("table", "json"):
        raise CheckerError("--format", f"unknown format {fmt!r} for eval (expected table or json)")
    typer.echo(render_scores(score(report, gold_data), fmt), nl=False)


cli_ci.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
