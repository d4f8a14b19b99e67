"""Word lists kept as data under rules/lexicon/, loaded once per process."""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any

from checker.errors import CheckerError


def pack_dir() -> Path:
    """The default rule pack shipped with the package (rules/ in a source checkout)."""
    return Path(str(resources.files("checker._rules")))


def load_yaml(path: Path) -> Any:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError(path, f"cannot read: {exc}") from None
    try:
        # The C loader reads the rule pack ten times faster than the pure-Python one.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CheckerError(where, f"invalid YAML: {problem}") from None


def installed_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package:
    some packages import far more than their data needs (currency_converter: urllib.request;
    nicknames: importlib.metadata), tens of milliseconds of a run."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    return Path(next(iter(spec.submodule_search_locations))) / name


@functools.cache
def lexicon(name: str) -> Any:
    return load_yaml(pack_dir() / "lexicon" / f"{name}.yaml")


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(lexicon("stopwords")["words"])


@functools.cache
def cue_pattern(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex matching any cue on word boundaries."""
    ordered = sorted(alternatives, key=len, reverse=True)
    words = "|".join(f"(?:{a})" for a in ordered if not a.startswith(("'", "n'")))
    # Clitics ("'ll", "n't") attach to the word before them, so they take no left boundary.
    clitics = "|".join(f"(?:{a})" for a in ordered if a.startswith(("'", "n'")))
    body = rf"(?<![\w'’])(?:{words})" + (f"|(?:{clitics})" if clitics else "")
    return re.compile(rf"(?:{body})(?![\w])", re.IGNORECASE)
