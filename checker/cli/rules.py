"""`checker rules` and `checker explain`: the rules in force, and what a rule or finding means."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import (
    IgnoreOpt,
    RulesOpt,
    SelectOpt,
    guarded,
    run_check,
    selection_of,
)
from checker.config import load_config
from checker.errors import CheckerError


def register(app: typer.Typer) -> None:
    app.command("rules")(list_rules)
    app.command("explain")(explain)


@guarded
def list_rules(rules: RulesOpt = None, select: SelectOpt = None, ignore: IgnoreOpt = None) -> None:
    """List the rules in force: id, kind, severity and what each checks."""
    from tabulate import tabulate

    from checker.rulepack import load_rules

    config = load_config()
    pack = load_rules(selection_of(config, rules, select, ignore))
    rows = [(r.id, r.kind, r.severity, r.description.split(". ")[0].rstrip(".")) for r in pack]
    headers = ("rule", "kind", "severity", "checks")
    # Wrap the description to the terminal's width (COLUMNS, else 80 when piped); the other
    # columns are short ids, so the description takes what they leave.
    width = shutil.get_terminal_size((80, 24)).columns
    room = width
    while True:
        text = tabulate(
            rows, headers=headers, tablefmt="simple", maxcolwidths=[None, None, None, room]
        )
        widest = max(len(line) for line in text.splitlines())
        if widest <= width or room <= 10:
            break
        room = max(room - (widest - width), 10)
    typer.echo(text)


@guarded
def explain(
    target: Annotated[
        str,
        typer.Argument(
            metavar="RULE_OR_FINDING_ID", help="A rule id, a topic (families) or a finding id."
        ),
    ],
    story: Annotated[
        Path | None,
        typer.Option("--story", metavar="STORY", help="Story folder, to explain a finding id."),
    ] = None,
    rules: RulesOpt = None,
) -> None:
    """Explain a rule (description, rationale, examples), a topic (families) or a finding of STORY."""
    from checker.explain import explain_finding, explain_rule
    from checker.rulepack import load_rules

    config = load_config()
    # Every rule can be explained, also one the configuration's select or ignore leaves out.
    every = replace(selection_of(config, rules), select=(), ignore=())
    pack = {r.id: r for r in load_rules(every)}
    if target in pack:
        typer.echo(explain_rule(pack[target]))
        return
    from checker.topics import TOPICS, explain_topic

    if target in TOPICS:
        typer.echo(explain_topic(target))
        return
    if story is None:
        raise CheckerError(
            target,
            "no such rule or topic (topics: "
            + ", ".join(sorted(TOPICS))
            + "); to explain a finding id, pass --story STORY",
        )
    report = run_check(story, config, selection_of(config, rules))
    match = [f for f in report.findings if f.id == target]
    if not match:
        raise CheckerError(target, f"no rule or finding with this id in {story}")
    typer.echo(explain_finding(match[0], pack[match[0].rule]))
