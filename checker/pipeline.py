"""The stages in order: ingest -> clean -> segment/extract -> align -> compare."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker.align import align
from checker.claims import build_claims
from checker.clean import clean
from checker.compare import compare, distinct
from checker.ingest import load_story
from checker.records import Article, Claim, Report
from checker.rulepack import Rule, load_rules


def analyse(name: str, articles: Sequence[Article], rules: Sequence[Rule]) -> Report:
    """Run clean..compare on articles already read (rule examples use this directly)."""
    cleaned = [clean(a) for a in articles]
    claims = build_claims(cleaned)
    reps, members = distinct(claims)
    clusters = align(reps)
    sources = {a.source.source: a.source for a in articles}
    findings = compare(reps, clusters, sources, rules, members)
    return Report(
        story=name,
        sources=tuple(a.source for a in articles),
        findings=tuple(sorted(findings, key=lambda f: f.sort_key())),
        claims=tuple(claims),
        articles=tuple(articles),
    )


def run(
    story: Path,
    *,
    rules_dir: str | Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Report:
    rules = load_rules(rules_dir, select, ignore, overrides)
    loaded = load_story(story)
    return analyse(loaded.name, loaded.articles, rules)


def claims_of(story: Path) -> tuple[tuple[Article, ...], list[Claim]]:
    """The articles of a story and their claims, for `checker claims`."""
    loaded = load_story(story)
    return loaded.articles, build_claims([clean(a) for a in loaded.articles])
