"""The command line: a thin typer layer over the library (checker.check and friends).

One module per command group; each adds its commands to the app with `register(app)`.
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperCommand

from checker.cli import ci, corpus, evaluation, report, rules
from checker.cli.common import PlainUsage

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


for group in (report, rules, evaluation, ci, corpus):
    group.register(app)
for command in app.registered_commands:  # usage lines say `STORY`, not `{STORY}`
    if command.cls is None or command.cls is TyperCommand:
        command.cls = PlainUsage


def main() -> None:
    app()


if __name__ == "__main__":
    main()
