"""What every command shares: argument and option declarations, error handling, output."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from checker.config import Config
from checker.errors import CheckerError
from checker.progress import Progress
from checker.records import ExitCode, Report
from checker.selection import RuleSelection

StoryArg = Annotated[
    Path,
    typer.Argument(
        metavar="STORY",
        show_default=False,
        help="Story folder: article files (.txt .md .html .json) and an optional sources.csv.",
    ),
]
BaselineOpt = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        metavar="FILE",
        show_default=False,
        help="Baseline file [default: config `baseline`, else checker-baseline.json].",
    ),
]
ResolutionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--resolutions",
        metavar="FILE",
        show_default=False,
        help="Resolutions file [default: config `resolutions`, else checker-resolutions.json].",
    ),
]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        show_default=False,
        help="Report format: table, markdown, json, csv, html, sarif, junit "
        "[default: config `format`, else table].",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        show_default=False,
        help="Write the report to FILE (atomically) instead of standard output.",
    ),
]
RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        metavar="DIR",
        show_default=False,
        help="Folder of rule files adding to or overriding the built-in pack [config `rules`].",
    ),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="RULES",
        show_default=False,
        help="Run only rules with these ids or id prefixes (repeat, or separate by commas).",
    ),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        metavar="RULES",
        show_default=False,
        help="Skip rules with these ids or id prefixes (repeat, or separate by commas).",
    ),
]

QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="No progress display (it shows only on a terminal, after a second of work).",
    ),
]

Command = TypeVar("Command", bound=Callable[..., Any])


def fail(err: CheckerError) -> NoReturn:
    """One line on stderr and exit 2."""
    typer.echo(f"checker: error: {err.where}: {err.what}", err=True)
    raise typer.Exit(ExitCode.ERROR)


def guarded(command: Command) -> Command:
    """Bad input -> one error line, exit 2; a crash exits 2 too, never 0 or 1, because a CI job
    must tell a broken run from a clean or a failing one."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):  # click's own control flow, not errors
            raise
        except CheckerError as err:
            fail(err)
        except Exception as err:
            typer.echo(f"checker: error: internal: {type(err).__name__}: {err}", err=True)
            raise typer.Exit(ExitCode.ERROR) from None

    return run  # type: ignore[return-value]


def say(text: str) -> None:
    typer.echo(f"checker: {text}", err=True)


def rule_names(given: list[str] | None, configured: tuple[str, ...]) -> tuple[str, ...]:
    if not given:
        return configured
    return tuple(name.strip() for item in given for name in item.split(",") if name.strip())


def selection_of(
    config: Config,
    rules: Path | None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> RuleSelection:
    """The rule selection in force: command-line options over the configuration."""
    return RuleSelection(
        rules_dir=rules if rules is not None else (Path(config.rules) if config.rules else None),
        select=rule_names(select, config.select),
        ignore=rule_names(ignore, config.ignore),
        overrides=config.thresholds,
    )


def run_check(
    story: Path,
    config: Config,
    selection: RuleSelection,
    progress: Progress | None = None,
    **states: Path,
) -> Report:
    """checker.check with the selection the command line built and the configured limits."""
    import checker

    return checker.check(
        story, selection=selection, limits=config.limits(), progress=progress, **states
    )


def pick_format(given: str | None, config: Config) -> str:
    from checker.formats import FORMATS

    name = given or config.format
    if name not in FORMATS:
        raise CheckerError("--format", f"unknown format {name!r} (expected {', '.join(FORMATS)})")
    return name


def emit(report: Report, fmt: str, output: Path | None) -> None:
    from checker.formats import renderer
    from checker.output import write_atomic

    text = renderer(fmt)(report)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            write_atomic(output, text)
        except OSError as err:
            raise CheckerError(output, f"cannot write: {err.strerror or err}") from None
