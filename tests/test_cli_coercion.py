"""Every command's options read as typer reads them, without pydantic (checker/cli/coercion.py)."""

from __future__ import annotations

import pytest
import typer

from checker.cli import app
from checker.cli.coercion import RuntimeParam, use_plain_coercion

pytestmark = pytest.mark.skipif(RuntimeParam is None, reason="this typer has no pydantic coercion")

VALUES = ("x", "", "-", "a//b/", "~/report.json", "fixtures/hk-data-requests", "/nonexistent/f")


def _commands():
    group = typer.main.get_command(app)
    yield "checker", group
    yield from group.commands.items()


@pytest.mark.parametrize(("name", "command"), list(_commands()), ids=lambda x: str(x)[:20])
def test_plain_coercion_gives_typers_values_and_errors(name, command):
    from typer._coercion import build_runtime_param

    ctx = command.make_context(name, ["--help"], resilient_parsing=True)
    for param in command.get_params(ctx):
        if not hasattr(param, "type_descriptor"):
            continue
        param._runtime_param = None
    use_plain_coercion(command, ctx)
    plain = 0
    for param in command.get_params(ctx):
        if not hasattr(param, "type_descriptor") or param.type_descriptor.annotation is bool:
            continue
        ours = param._runtime_param
        if ours is None:
            continue
        plain += 1
        typers = build_runtime_param(param.type_descriptor)
        many = param.multiple or param.nargs == -1
        for value in [*VALUES, None] + ([VALUES[:3], ()] if many else []):
            got, want = _outcome(ours, value, param, ctx), _outcome(typers, value, param, ctx)
            assert got == want and type(got) is type(want), (param.name, value)
    assert plain or name in ("checker",), f"{name}: no option took the plain coercion"


def _outcome(runtime, value, param, ctx):
    try:
        return runtime.coerce(value, param=param, ctx=ctx)
    except typer.BadParameter as err:
        return ("error", err.format_message())
