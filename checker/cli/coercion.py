"""Option values of the plain kinds (str, Path, lists of them, flags) without pydantic.

Typer 0.2x coerces every option value through a pydantic TypeAdapter: the first one built
imports pydantic and its plugin loader (importlib.metadata), 70-80 ms of every command that
takes an argument, a sixth of the reference run. click already hands us strings, so for
these kinds the adapter adds nothing: a string stays a string, a path becomes `Path(value)`
after typer's own checks (`coerce_cli_path`, which also gives its error messages), a flag
left unset stays None (typer builds the adapter even for that). Any other kind, or a value
that is not a string (a flag's value from an environment variable), goes through typer's
adapter as before.

This leans on typer's internals (`_TyperParameter._runtime_param`, `RuntimeParam`,
`coerce_cli_path`); where a typer version lacks them, `use_plain_coercion` does nothing, and
tests/test_cli_coercion.py checks that both ways give the same values and errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

try:
    from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
    from typer._param_types import coerce_cli_path
except ImportError:  # a typer without pydantic coercion: nothing to avoid
    RuntimeParam = None  # type: ignore[assignment,misc]

_PLAIN = (str, Path)


def _kind(annotation: Any) -> tuple[type, bool] | None:
    """(item type, is a list) for str, Path, bool, list[str], list[Path]; None otherwise."""
    if annotation in _PLAIN or annotation is bool:
        return annotation, False
    if get_origin(annotation) is list:
        args = get_args(annotation)
        if len(args) == 1 and args[0] in _PLAIN:
            return args[0], True
    return None


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """What typer's adapter returns for a str or Path (or a list of them), without it."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            item, many = _kind(self.annotation) or (None, False)
            values = (
                (list(value) if isinstance(value, (list, tuple)) else [value]) if many else [value]
            )
            if item in (None, bool) or not all(isinstance(v, str) for v in values):
                return self._typer().coerce(value, param=param, ctx=ctx)
            if item is Path:
                # path_type=None: typer checks and reports the string as given, then the
                # adapter's Path(value).
                values = [
                    Path(
                        coerce_cli_path(
                            v, self.parameter_info, path_type=None, param=param, ctx=ctx
                        )
                    )
                    for v in values
                ]
            return values if many else values[0]

        def _typer(self) -> Any:
            return build_runtime_param(
                resolve_type_descriptor(self.annotation, self.parameter_info)
            )


def use_plain_coercion(command: Any, ctx: Any) -> None:
    """Give each plain option of `command` (its `--help` too) the plain coercion, before
    typer builds its own."""
    if RuntimeParam is None:
        return
    for param in command.get_params(ctx):
        desc = getattr(param, "type_descriptor", None)
        if desc is None or getattr(param, "_runtime_param", True) is not None:
            continue  # not a typer parameter, or its coercion is already built
        info = desc.parameter_info
        if (
            _kind(desc.annotation) is None
            or desc.file_annotation is not None
            or info.parser is not None
            or getattr(info, "path_type", None) is not None
            or getattr(info, "allow_dash", False)  # typer's "-" test differs on str and Path
        ):
            continue
        param._runtime_param = PlainRuntimeParam(parameter_info=info, annotation=desc.annotation)
