"""The real-story corpus under eval/real (eval/README.md): its sets, their stories and articles.

A set is a folder `eval/real/<set>/` with a README.md and a `set.toml`:

    status = "development"          # or "blind": not yet used to develop the checker
    built = "2026-12-06"
    by = "a helper who had not run the checker on these stories"      # a role, not a name
    used_for = [{ role = "blind", when = "2026-12-06", what = "..." }]
    gold = "../shared/realdev"      # optional, relative to the repository root: the folder
                                    # with recipe.toml and <story>.toml; default: the set folder
    [domain]                        # optional: a story's domain when its recipe gives none
    "<story>" = "aviation"

A set without `set.toml` (one just built, its set.toml added when it is merged) is blind, with
its recipe and gold files in its own folder. The texts are never here: they are rebuilt outside
the repository (eval/build.py) into `<texts>/<set>/<story>/`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import CheckerError

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "eval" / "real"
STATUSES = ("development", "blind")
ROLES = ("blind", "development")


@dataclass(frozen=True)
class Use:
    """One period of a set's life: scored blind, or developed on."""

    role: str
    when: str
    what: str


@dataclass(frozen=True)
class Article:
    slug: str
    outlet: str
    url: str
    body_sha256: str
    chars: int


@dataclass(frozen=True)
class Story:
    name: str
    domain: str  # "" when neither the recipe nor set.toml gives one
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class EvalSet:
    name: str
    folder: Path  # eval/real/<name>
    status: str
    built: str
    by: str
    used_for: tuple[Use, ...]
    source: Path  # the folder holding recipe.toml and the gold files
    domains: tuple[tuple[str, str], ...]  # set.toml [domain]: (story, domain)

    @property
    def recipe(self) -> Path:
        return self.source / "recipe.toml"

    @property
    def available(self) -> bool:
        """Whether the recipe can be read (a shared set needs ../shared beside the repository)."""
        return self.recipe.is_file()

    @property
    def unseen(self) -> bool:
        return self.status != "development"

    def gold_file(self, story: str) -> Path:
        return self.source / f"{story}.toml"

    def stories(self) -> tuple[Story, ...]:
        given = dict(self.domains)
        return tuple(_story(e, given, self.recipe) for e in read_recipe(self.recipe)["event"])


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckerError(path, "not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError(path, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CheckerError(path, f"invalid TOML: {exc}") from None


def read_recipe(path: Path) -> dict[str, Any]:
    recipe = _toml(path)
    if not isinstance(recipe.get("event"), list) or not recipe["event"]:
        raise CheckerError(path, "no [[event]] entries")
    return recipe


def _story(event: dict[str, Any], given: dict[str, str], recipe: Path) -> Story:
    name = event.get("name")
    if not isinstance(name, str) or not name:
        raise CheckerError(recipe, "an [[event]] has no name")
    try:
        articles = tuple(
            Article(a["slug"], a["outlet"], a["url"], a["body_sha256"], a["chars"])
            for a in event.get("article", [])
        )
    except KeyError as exc:
        raise CheckerError(recipe, f"{name}: an article has no {exc.args[0]}") from None
    return Story(name, str(event.get("domain") or given.get(name, "")), articles)


def _text(raw: dict[str, Any], key: str, where: Path, default: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise CheckerError(where, f"{key} must be a string")
    return value


def _uses(raw: dict[str, Any], where: Path) -> tuple[Use, ...]:
    uses = raw.get("used_for", [])
    if not isinstance(uses, list) or not all(isinstance(u, dict) for u in uses):
        raise CheckerError(where, "used_for must be a list of {role, when, what} tables")
    out = []
    for u in uses:
        if u.get("role") not in ROLES or not all(
            isinstance(u.get(k), str) for k in ("when", "what")
        ):
            raise CheckerError(where, f"used_for entry {u!r}: role one of {ROLES}, when, what")
        out.append(Use(u["role"], u["when"], u["what"]))
    return tuple(out)


def _domains(raw: dict[str, Any], where: Path) -> tuple[tuple[str, str], ...]:
    table = raw.get("domain", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise CheckerError(where, "[domain] maps a story to a domain (a string)")
    return tuple(sorted(table.items()))


def load_set(folder: Path, root: Path = ROOT) -> EvalSet:
    """A set folder: its set.toml when it has one, else a blind set holding its own files."""
    where = folder / "set.toml"
    raw = _toml(where) if where.is_file() else {}
    status = _text(raw, "status", where, "blind")
    if status not in STATUSES:
        raise CheckerError(where, f"status must be one of {STATUSES}, not {status!r}")
    gold = _text(raw, "gold", where)
    return EvalSet(
        name=folder.name,
        folder=folder,
        status=status,
        built=_text(raw, "built", where),
        by=_text(raw, "by", where),
        used_for=_uses(raw, where),
        source=(root / gold).resolve() if gold else folder,
        domains=_domains(raw, where),
    )


def load_sets(real: Path = REAL, root: Path = ROOT) -> list[EvalSet]:
    """Every set under eval/real: a folder with a set.toml or a recipe.toml, by name."""
    if not real.is_dir():
        return []
    folders = [
        p
        for p in sorted(real.iterdir())
        if p.is_dir() and ((p / "set.toml").is_file() or (p / "recipe.toml").is_file())
    ]
    return [load_set(p, root) for p in folders]


def domain_key(domain: str) -> str:
    """Domains compare without case or the difference between hyphens and spaces."""
    return " ".join(domain.casefold().replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class CorpusSize:
    sets: int
    stories: int
    domains: tuple[str, ...]
    unreadable: tuple[str, ...]  # sets whose recipe is not here (../shared absent)


def corpus_size(sets: list[EvalSet]) -> CorpusSize:
    stories: list[Story] = []
    for s in sets:
        if s.available:
            stories += s.stories()
    domains = sorted({domain_key(st.domain) for st in stories if st.domain})
    missing = tuple(s.name for s in sets if not s.available)
    return CorpusSize(len(sets), len(stories), tuple(domains), missing)
