"""`checker eval`: the report scored against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import (
    RulesOpt,
    StoryArg,
    guarded,
    run_check,
    selection_of,
)
from checker.config import load_config
from checker.errors import CheckerError


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


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
    report = run_check(story, config, selection_of(config, rules))
    if fmt not in ("table", "json"):
        raise CheckerError("--format", f"unknown format {fmt!r} for eval (expected table or json)")
    typer.echo(render_scores(score(report, gold_data), fmt), nl=False)
