"""What every command shares: argument and option declarations, error handling, output."""

from __future__ import annotations

import errno
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

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
        help="Story folder (article files .txt .md .html .json and an optional sources.csv), "
        "or a JSONL feed (.jsonl, one article per line).",
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
        help="Report format: table, markdown, json, csv, xlsx, html, sarif, junit "
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


class PlainUsage(TyperCommand):
    """A command whose usage line names a required argument as the help text does (`STORY`);
    typer writes `{STORY}`, which reads like a set to choose from or a template."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [
            re.sub(r"^\{(.*)\}(\.\.\.)?$", r"\1\2", piece)
            for piece in super().collect_usage_pieces(ctx)
        ]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from checker.cli.coercion import use_plain_coercion

        use_plain_coercion(self, ctx)  # no pydantic for plain options: 70-80 ms of every run
        return super().parse_args(ctx, args)


class PlainGroup(TyperGroup):
    """The command group, whose own options (`--version`) skip pydantic too."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from checker.cli.coercion import use_plain_coercion

        use_plain_coercion(self, ctx)
        return super().parse_args(ctx, args)


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
        except OSError as err:
            # Files are written through write_output and read through the ingest code, which
            # both raise CheckerError: a full disk or a closed pipe here is standard output
            # (typer.echo of `rules`, `explain`...).
            from checker.output import reason, silence_stdout

            if err.errno not in (errno.ENOSPC, errno.EPIPE):
                typer.echo(f"checker: error: internal: {type(err).__name__}: {err}", err=True)
                raise typer.Exit(ExitCode.ERROR) from None
            silence_stdout()
            fail(CheckerError("standard output", f"cannot write: {reason(err)}"))
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


def check_output(output: Path | None, story: Path | None = None) -> None:
    """Refuse a bad -o target before any work is done (a device, a link, the story itself)."""
    if output is not None:
        from checker.output import check_output_path

        check_output_path(output, story)


def emit(report: Report, fmt: str, output: Path | None, story: Path | None = None) -> None:
    from checker.formats import renderer

    check_output(output, story)
    write_output(renderer(fmt)(report), output)


def write_output(data: str | bytes, output: Path | None) -> None:
    """The report to -o FILE (atomically) or standard output; any failure is a CheckerError."""
    from checker.output import reason, write_atomic, write_stdout

    if output is None:
        if isinstance(data, bytes) and sys.stdout.isatty():
            raise CheckerError("--output", "this format is binary: give -o FILE")
        write_stdout(data)
        return
    try:
        write_atomic(output, data)
    except OSError as err:
        raise CheckerError(output, f"cannot write: {reason(err)}") from None
