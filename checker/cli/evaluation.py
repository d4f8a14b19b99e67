"""`checker eval`: the report scored against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import (
    RulesOpt,
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
    stories: Annotated[
        list[Path],
        typer.Argument(
            metavar="STORY",
            show_default=False,
            help="One or more story folders, each scored against its gold file.",
        ),
    ],
    gold: Annotated[
        Path | None,
        typer.Option("--gold", metavar="FILE", help="Gold annotations (TOML), for one story."),
    ] = None,
    gold_dir: Annotated[
        Path | None,
        typer.Option(
            "--gold-dir",
            metavar="DIR",
            help="Folder of gold files named after the stories (<story>.toml).",
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    rules: RulesOpt = None,
) -> None:
    """Score the reports on STORY... against gold files: recall, verdict accuracy, precision.

    Each story's gold is --gold (one story only), else DIR/<story>.toml with --gold-dir, else
    STORY/gold.toml. With several stories: per story and pooled figures, false alarms and
    misses by rule, and for each match what was compared.
    """
    from checker.evaluate import load_gold, pool, render_scores, score

    if fmt not in ("table", "json"):
        raise CheckerError("--format", f"unknown format {fmt!r} for eval (expected table or json)")
    if gold is not None and len(stories) > 1:
        raise CheckerError("--gold", "gives one story's gold; use --gold-dir for several stories")
    config = load_config()
    golds = [load_gold(_gold_of(story, gold, gold_dir)) for story in stories]
    scores = [
        score(run_check(story, config, selection_of(config, rules)), g)
        for story, g in zip(stories, golds, strict=True)
    ]
    result = scores[0] if len(scores) == 1 else pool(scores)
    typer.echo(render_scores(result, fmt), nl=False)


def _gold_of(story: Path, gold: Path | None, gold_dir: Path | None) -> Path:
    if gold is not None:
        return gold
    name = story.resolve().name
    candidates = ([gold_dir / f"{name}.toml"] if gold_dir else []) + [story / "gold.toml"]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        tried = " or ".join(c.as_posix() for c in candidates)
        raise CheckerError(story, f"no gold file ({tried}); pass --gold or --gold-dir")
    return found
