"""The real-story corpus (eval/real, eval/README.md): every set can rebuild its texts and be scored.

For every set under eval/real, and the shared development sets it points to when ../shared is
beside the repository: the recipe's fields are there and typed, every gold file parses and
cites only articles of its story, ids are unique, the set's README says when it was built, by
whom and what for, and every story has 5-7 articles or says why not. No article text is ever
kept here.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from checker.evalrun import corpus_doc
from checker.evalsets import ROLES, EvalSet, load_sets
from checker.evaluate import load_gold

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "eval" / "real"
SETS = load_sets(REAL, ROOT)
SHA256 = re.compile(r"[0-9a-f]{64}")
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ARTICLE = {
    "slug": str,
    "outlet": str,
    "url": str,
    "date": str,
    "query": str,
    "query_confirmed": bool,
    "query_rank": int,
    "body_sha256": str,
    "chars": int,
}
# "- Built: 2026-12-06", "- By: <a role>", "- Used for: blind, ..." (eval/README.md); a sentence
# "Built on 2026-12-06 by <a role>" gives the first two.
BUILT_ON_BY = r"^[-*\s]*built on \d{4}-\d{2}(?:-\d{2})? by \S"
README_LINES = {
    "built": re.compile(rf"^[-*\s]*\**built\**\s*:\s*\S|{BUILT_ON_BY}", re.I | re.M),
    "by": re.compile(rf"^[-*\s]*\**by\**\s*:\s*\S|{BUILT_ON_BY}", re.I | re.M),
    "used for": re.compile(r"^[-*\s]*\**used for\**\s*:\s*\S", re.I | re.M),
}


def readable(s: EvalSet) -> EvalSet:
    """The set, or a skip saying why its recipe cannot be read here."""
    if not s.available:
        reason = f"{s.name}: {s.recipe} is absent (../shared is not beside the repository)"
        print(reason)
        pytest.skip(reason)
    return s


def recipe(s: EvalSet) -> dict[str, Any]:
    return tomllib.loads(s.recipe.read_text(encoding="utf-8"))


def gold_paths(s: EvalSet) -> list[Path]:
    return sorted(p for p in s.source.glob("*.toml") if p.name not in {"recipe.toml", "set.toml"})


per_set = pytest.mark.parametrize("s", SETS, ids=[s.name for s in SETS])


def test_the_corpus_has_its_sets() -> None:
    assert {"realdev", "realdev2"} <= {s.name for s in SETS}


@per_set
def test_the_set_readme_says_when_it_was_built_by_whom_and_what_for(s: EvalSet) -> None:
    readme = s.folder / "README.md"
    assert readme.is_file(), f"{s.name} has no README.md"
    text = readme.read_text(encoding="utf-8")
    missing = [line for line, pattern in README_LINES.items() if not pattern.search(text)]
    lines = ", ".join(f"'- {line.capitalize()}: ...'" for line in missing)
    assert not missing, f"{readme} lacks the line(s) {lines} (eval/README.md, A set)"


@per_set
def test_the_set_toml_agrees_with_itself(s: EvalSet) -> None:
    if not (s.folder / "set.toml").is_file():
        assert s.status == "blind" and s.source == s.folder  # a set just built, not merged yet
        return
    assert s.built and s.by, f"{s.name}: set.toml needs built and by"
    assert s.used_for, f"{s.name}: set.toml needs used_for"
    assert all(u.role in ROLES for u in s.used_for)
    assert s.used_for[-1].role == s.status, "the last use of a set is its status"
    assert s.used_for[0].role == "blind", "a set is scored blind before anyone develops on it"


@per_set
def test_recipe_fields_are_present_and_typed(s: EvalSet) -> None:
    events = recipe(readable(s))["event"]
    names = [e.get("name") for e in events]
    assert all(isinstance(n, str) and NAME.fullmatch(n) for n in names), names
    for event in events:
        slugs = []
        for art in event.get("article", []):
            where = f"{s.name}/{event['name']}/{art.get('slug')}"
            for key, kind in ARTICLE.items():
                assert key in art, f"{where}: no {key}"
                assert type(art[key]) is kind, f"{where}: {key} is not a {kind.__name__}"
            assert SHA256.fullmatch(art["body_sha256"]), f"{where}: body_sha256"
            assert art["chars"] > 0 and art["query_rank"] >= 1, where
            assert art["url"].startswith(("https://", "http://")), where
            assert NAME.fullmatch(art["slug"]), where
            slugs.append(art["slug"])
        assert len(slugs) == len(set(slugs)), f"{s.name}/{event['name']}: slugs repeat"


@per_set
def test_every_story_has_five_to_seven_articles_or_says_why(s: EvalSet) -> None:
    for event in recipe(readable(s))["event"]:
        n = len(event.get("article", []))
        if not 5 <= n <= 7:
            why = event.get("articles_note")
            assert isinstance(why, str) and why.strip(), (
                f"{s.name}/{event['name']}: {n} articles; say why in the event's articles_note"
            )


@per_set
def test_every_story_has_a_domain(s: EvalSet) -> None:
    undomained = [st.name for st in readable(s).stories() if not st.domain]
    assert not undomained, f"{s.name}: give [[event]] domain or set.toml [domain] for {undomained}"
    unknown = {story for story, _ in s.domains} - {st.name for st in s.stories()}
    assert not unknown, f"{s.name}: set.toml [domain] names stories not in the recipe: {unknown}"


@per_set
def test_every_gold_file_parses_and_cites_articles_of_its_story(s: EvalSet) -> None:
    slugs = {e["name"]: {a["slug"] for a in e["article"]} for e in recipe(readable(s))["event"]}
    paths = gold_paths(s)
    assert sorted(p.stem for p in paths) == sorted(slugs), f"{s.name}: one gold file per story"
    for path in paths:
        gold = load_gold(path)
        assert gold.story == path.stem, f"{path}: story = {gold.story!r}"
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        ids = [d["id"] for d in raw.get("discrepancy", []) + raw.get("single_source", [])]
        repeated = [i for i, n in Counter(ids).items() if n > 1]
        assert not repeated, f"{path}: ids repeat: {repeated}"
        cited = {src for item in gold.discrepancies for src, _ in item.evidence}
        cited |= {single.source for single in gold.singles}
        unknown = cited - slugs[gold.story]
        assert not unknown, f"{path}: evidence from sources not in the recipe: {unknown}"


def test_story_names_are_unique_across_the_corpus() -> None:
    names = [st.name for s in SETS if s.available for st in s.stories()]
    assert len(names) == len(set(names)), [n for n, k in Counter(names).items() if k > 1]


def test_no_article_text_is_kept_in_the_corpus() -> None:
    kept = [p for p in REAL.rglob("*") if p.is_file() and p.suffix not in {".toml", ".md"}]
    assert not kept, f"third-party texts are rebuilt outside the repository, never kept: {kept}"


def test_the_corpus_size_counts_stories_and_domains() -> None:
    size = corpus_doc(SETS)
    readable_sets = [s for s in SETS if s.available]
    assert size["stories"] == sum(len(s.stories()) for s in readable_sets)
    assert size["domains"] == len(size["domain_names"]) >= 1
    assert size["target"] == {"stories": 30, "domains": 12}
    print(f"corpus: {size['stories']} stories in {size['domains']} domains (target 30 in 12)")
