"""Word lists kept as data under rules/lexicon/, read through the run's rule pack.

A rules folder (`--rules DIR`) may extend any list with DIR/lexicon/<name>.yaml of the same
shape: lists and space-separated word strings gain the user's words, mappings gain or change
keys, a single value is replaced (boilerplate.yaml is different: it replaces the default file,
see checker/clean.py). A run reads the lists in force through `lexicon()` inside `using(...)`;
everything derived from them is cached per set of lists with `per_pack`, so two runs in one
process (or one Dask worker) with different rules folders never see each other's words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from checker.errors import CheckerError

BOILERPLATE = "boilerplate"  # replaces the default patterns instead of extending them

P = ParamSpec("P")
R = TypeVar("R")


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


# ---------------------------------------------------------------- a rules folder's lists


@dataclass(frozen=True)
class WordLists:
    """The word lists of a rules folder (DIR/lexicon/*.yaml but boilerplate.yaml), read once.

    A value, not a path: it travels to Dask workers that cannot see the user's folder, and it
    keys the caches of everything derived from the lists (by its digest)."""

    origin: str  # the folder, for messages
    digest: str
    files: Mapping[str, Any] = field(compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, rules_dir: str | Path | None) -> WordLists | None:
        """The folder's lists, checked against the default pack's shapes; None when it has none."""
        folder = Path(rules_dir) / "lexicon" if rules_dir is not None else None
        if folder is None or not folder.is_dir():
            return None
        files = {
            path.stem: load_yaml(path)
            for path in sorted(folder.glob("*.yaml"))
            if path.stem != BOILERPLATE
        }
        if not files:
            return None
        known = {p.stem for p in (pack_dir() / "lexicon").glob("*.yaml")}
        for name, data in files.items():
            where = folder / f"{name}.yaml"
            if name not in known:
                names = ", ".join(sorted(known))
                raise CheckerError(where, f"no such word list (the pack has: {names})")
            _extend(_default(name), data, where, "")  # refuse a wrong shape now, not mid-run
        import hashlib
        import json

        canonical = json.dumps(files, sort_keys=True, default=str)
        return cls(str(folder), hashlib.sha256(canonical.encode()).hexdigest(), files)


def _extend(base: Any, extra: Any, where: Path, key: str) -> Any:
    """`base` extended by `extra` (see the module's docstring); CheckerError on a shape that
    does not match the default pack's."""
    if extra is None:
        return base
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _extend(base[k], v, where, f"{key}.{k}" if key else str(k)) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    if isinstance(base, str) and isinstance(extra, str):
        # "page pages section ...": a list of words written as one string gains words.
        return f"{base} {extra}" if len(base.split()) > 1 else extra
    number = (int, float)
    if isinstance(base, number) and isinstance(extra, number) and not isinstance(extra, bool):
        return extra
    want, got = type(base).__name__, type(extra).__name__
    raise CheckerError(
        where, f"{key or 'the file'}: expected a {want} as in the default pack, not a {got}"
    )


# ---------------------------------------------------------------- the lists in force

_IN_FORCE: ContextVar[WordLists | None] = ContextVar("checker_word_lists", default=None)


@contextmanager
def using(words: WordLists | None) -> Iterator[None]:
    """Read `words` (None: the default pack alone) through lexicon() within the block."""
    token = _IN_FORCE.set(words)
    try:
        yield
    finally:
        _IN_FORCE.reset(token)


def per_pack(fn: Callable[P, R] | None = None, *, maxsize: int | None = None) -> Any:
    """functools.cache (or an LRU of `maxsize`) keyed by the word lists in force as well as the
    arguments: for anything computed from lexicon() data."""

    def decorate(f: Callable[P, R]) -> Callable[P, R]:
        @functools.lru_cache(maxsize=maxsize)
        def cached(words: WordLists | None, *args: Any) -> R:
            return f(*args)  # type: ignore[call-arg]

        @functools.wraps(f)
        def wrapper(*args: Any) -> R:
            return cached(_IN_FORCE.get(), *args)

        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate(fn) if fn is not None else decorate


@functools.cache
def _default(name: str) -> Any:
    return load_yaml(pack_dir() / "lexicon" / f"{name}.yaml")


@functools.cache
def _merged(name: str, words: WordLists | None) -> Any:
    if words is None or name not in words.files:
        return _default(name)
    return _extend(_default(name), words.files[name], Path(words.origin) / f"{name}.yaml", "")


def lexicon(name: str) -> Any:
    """The word list `name` in force: the default pack's, extended by the run's rules folder."""
    return _merged(name, _IN_FORCE.get())


@per_pack
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
