"""Configuration: checker.toml, or [tool.checker] in pyproject.toml; command-line options win.

From the start directory upward, the first directory that holds a checker.toml, or a
pyproject.toml with a [tool.checker] table, gives the configuration (checker.toml wins when a
directory has both). Nothing found: the defaults, which checker/defaults.toml documents.
Relative paths a file sets are relative to that file's directory, so a repository's settings
hold in any of its subdirectories; paths left at their defaults are in the current directory.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from checker.errors import CheckerError
from checker.limits import Limits

FAIL_ON = ("conflict", "any")
Param = str | int | float | bool | tuple[str | int | float | bool, ...]
Bad = Callable[[str], CheckerError]  # makes the error for one key, given what is wrong


@dataclass(frozen=True)
class Config:
    baseline: str = "checker-baseline.json"
    resolutions: str = "checker-resolutions.json"
    fail_on: str = "conflict"  # conflict | any
    # only failing findings at or above it fail `checker ci` (a number 0..1 or low|medium|high)
    min_confidence: float = 0.0
    format: str = "table"
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    rules: str | None = None  # extra rule directory
    # rule id -> sorted (parameter, value) pairs overriding the rule file's params
    thresholds: tuple[tuple[str, tuple[tuple[str, Param], ...]], ...] = ()
    # input limits (checker/limits.py says why each exists)
    max_article_chars: int = Limits.max_article_chars
    max_file_bytes: int = Limits.max_file_bytes
    max_token_length: int = Limits.max_token_length

    def params_for(self, rule_id: str) -> dict[str, Param]:
        return dict(dict(self.thresholds).get(rule_id, ()))

    def limits(self) -> Limits:
        return Limits(
            max_article_chars=self.max_article_chars,
            max_file_bytes=self.max_file_bytes,
            max_token_length=self.max_token_length,
        )


def key_name(field_name: str) -> str:
    """The TOML spelling of a Config field: fail_on -> fail-on."""
    return field_name.replace("_", "-")


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file upward from `start` (default: the current directory)
    and its raw checker table, or None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        folder = Path(_relative_to(folder, "."))  # as the user would name it, for messages
        own = folder / "checker.toml"
        if own.is_file():
            return own, _read_toml(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read_toml(project).get("tool", {}).get("checker")
            if table is not None:
                if not isinstance(table, dict):
                    raise CheckerError(project, "[tool.checker] must be a table")
                return project, table
    return None


def load_config(start: Path | None = None) -> Config:
    """The configuration in force at `start`. Raises CheckerError naming the file and the key
    when a key is unknown or its value has the wrong type."""
    found = find_config(start)
    if found is None:
        return Config()
    path, table = found
    config = parse_config(path, table)
    # Paths the file sets are relative to its folder; the defaults stay in the current one.
    paths = {
        name: _relative_to(path.parent, getattr(config, name))
        for name in ("baseline", "resolutions", "rules")
        if key_name(name) in table
    }
    return replace(config, **paths)


def parse_config(path: Path, table: dict[str, Any]) -> Config:
    """The Config a file's checker table gives, values as written (paths not yet resolved)."""
    prefix = "[tool.checker] " if path.name == "pyproject.toml" else ""
    known = {key_name(f.name): f.name for f in fields(Config)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            hint = difflib.get_close_matches(key.replace("_", "-"), known, n=1)
            also = f" (did you mean {hint[0]!r}?)" if hint else f" (known: {', '.join(known)})"
            raise CheckerError(path, f"{prefix}unknown key {key!r}{also}")

        def bad(what: str, key: str = key) -> CheckerError:
            return CheckerError(path, f"{prefix}{key}: {what}")

        values[known[key]] = _PARSERS[known[key]](value, bad)
    return Config(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise CheckerError(path, f"not valid TOML: {err}") from None
    except OSError as err:
        raise CheckerError(path, f"cannot read: {err.strerror or err}") from None


# ---------------------------------------------------------------- one parser per key


def _relative_to(folder: Path, value: str) -> str:
    """`value` from a file in `folder`, as a path from the current directory when it is
    under it (so messages show what the user would type), else absolute."""
    target = Path(value)
    if target.is_absolute():
        return value
    target = folder.resolve() / target
    try:
        return str(target.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(target)


def _path(value: Any, bad: Bad) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad(f"must be a path (a non-empty string), not {value!r}")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[Any, Bad], str]:
    def parse(value: Any, bad: Bad) -> str:
        if value not in options:
            raise bad(f"must be one of {', '.join(options)}, not {value!r}")
        return value

    return parse


def _names(value: Any, bad: Bad) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad(f"must be a list of rule ids or prefixes, not {value!r}")
    return tuple(value)


def _count(value: Any, bad: Bad) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise bad(f"must be a whole number above 0, not {value!r}")
    return value


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _thresholds(value: Any, bad: Bad) -> tuple[tuple[str, tuple[tuple[str, Param], ...]], ...]:
    if not isinstance(value, dict):
        raise bad("must be a table of rule id -> {parameter = value}")
    out = []
    for rule, params in sorted(value.items()):
        if not isinstance(params, dict):
            raise bad(f"{rule}: must be a table of parameter = value, not {params!r}")
        pairs = []
        for name, param in sorted(params.items()):
            if isinstance(param, list) and all(_scalar(p) for p in param):
                param = tuple(param)
            elif not _scalar(param):
                raise bad(f"{rule}.{name}: must be a string, number, boolean or a list of them")
            pairs.append((name, param))
        out.append((rule, tuple(pairs)))
    return tuple(out)


def parse_confidence(value: Any, bad: Bad) -> float:
    """A confidence floor: a number from 0 to 1, or a level name (low, medium, high)."""
    from checker.records import CONFIDENCE_LEVELS

    levels = dict(CONFIDENCE_LEVELS)
    if isinstance(value, str) and value.strip().lower() in levels:
        return levels[value.strip().lower()]
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:
        names = ", ".join(name for name, _ in CONFIDENCE_LEVELS)
        raise bad(f"expected a number from 0 to 1 or one of {names}, got {value!r}")
    return number


def _formats() -> tuple[str, ...]:
    from checker.formats import FORMATS

    return tuple(FORMATS)


_PARSERS: dict[str, Callable[[Any, Bad], Any]] = {
    "baseline": _path,
    "resolutions": _path,
    "fail_on": _choice(FAIL_ON),
    "min_confidence": lambda value, bad: parse_confidence(value, bad),
    "format": lambda value, bad: _choice(_formats())(value, bad),
    "select": _names,
    "ignore": _names,
    "rules": _path,
    "thresholds": _thresholds,
    "max_article_chars": _count,
    "max_file_bytes": _count,
    "max_token_length": _count,
}
