"""The command line: a thin typer layer over the library (checker.check and friends).

One module per command group; each adds its commands to the app with `register(app)`.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import Annotated

import typer
from typer.core import TyperCommand
from typer.main import get_command_name
from typer.models import CommandInfo

from checker.cli import ci, corpus, evaluation, fetch, report, rules
from checker.cli.common import PlainGroup, PlainUsage
from checker.errors import InputWarning
from checker.records import ExitCode

app = typer.Typer(
    name="checker",
    help="Find what outlets reporting the same event disagree on, with the evidence side by side.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=PlainGroup,
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


for group in (report, fetch, rules, evaluation, ci, corpus):
    group.register(app)
for command in app.registered_commands:  # usage lines say `STORY`, not `{STORY}`
    if command.cls is None or command.cls is TyperCommand:
        command.cls = PlainUsage


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Input warnings from the library as one `checker: warning:` line each; others as usual."""
    if isinstance(message, InputWarning):
        sys.stderr.write(f"checker: warning: {message.where}: {message.what}\n")
    else:
        _default_show(message, category, filename, lineno, file, line)


_default_show = warnings.showwarning


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Collect the young generation every 50,000 new objects instead of 700 while a command
    runs: a run builds many objects that live to its end (modules, patterns, tables, claims)
    and few cycles, so the default made about 150 collections of the reference story, each
    re-reading what the last one kept (30 ms of collecting, 15 ms now). Cycles are still
    collected; restored on return."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _app_for(args: Sequence[str]) -> typer.Typer:
    """The app as a run with these arguments needs it. Before it reads the first argument,
    typer builds a click command for every registered command (signatures, type hints,
    parameters: about 10 ms); a run that names its command first, or asks only for the
    version, gets an app holding that command alone (or none). Anything else (help, a typo,
    options first) gets the whole app, so the command list and suggestions are as before."""
    if list(args) == ["--version"]:
        keep = []
    else:
        keep = [c for c in app.registered_commands if args and _name(c) == args[0]]
        if not keep:
            return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = keep
    return narrowed


def _name(command: CommandInfo) -> str:
    """The name typer gives a command: its own, else its function's."""
    return command.name or get_command_name(getattr(command.callback, "__name__", ""))


def main() -> None:
    # Both restored on return: main() may run inside a program.
    with warnings.catch_warnings(), _few_collections():
        warnings.simplefilter("always", InputWarning)
        warnings.showwarning = _show_warning
        try:
            code = _app_for(sys.argv[1:])(standalone_mode=False)
        except typer.Abort:  # Ctrl-C: nothing was written
            sys.stderr.write("checker: error: interrupted\n")
            code = ExitCode.ERROR
        except typer.TyperException as err:
            code = _usage_error(err)
    sys.exit(code if isinstance(code, int) else 0)


def _usage_error(err: typer.TyperException) -> int:
    """A missing argument or an unknown option: one `checker: error:` line, not the parser's
    usage block (`--help` still shows it); `checker` alone still prints the help."""
    if type(err).__name__ == "NoArgsIsHelpError":
        err.show()  # type: ignore[attr-defined]
        return ExitCode.ERROR
    ctx = getattr(err, "ctx", None)
    where = ctx.command_path if ctx is not None else "checker"
    message = err.format_message() if hasattr(err, "format_message") else str(err)
    sys.stderr.write(f"checker: error: {where}: {message}\n")
    return int(getattr(err, "exit_code", ExitCode.ERROR) or ExitCode.ERROR)


if __name__ == "__main__":
    main()
