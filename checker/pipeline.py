"""The stages in order: ingest -> clean -> segment/extract -> align -> compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from checker.actors import claim_actors
from checker.align import Alignment
from checker.claims import build_claims, flat
from checker.clean import BoilerplatePatterns, clean, load_boilerplate
from checker.compare import compare, distinct
from checker.events import date_events
from checker.facts import build_facts
from checker.families import find_families
from checker.ingest import load_story
from checker.kinds.base import Rule
from checker.lexicon import WordLists, using
from checker.limits import DEFAULT_LIMITS, Limits
from checker.parse.sentences import parse_claims
from checker.progress import Progress, silent
from checker.records import Article, Claim, Finding, Report, RuleInfo
from checker.registry import heading_claims
from checker.rulepack import load_rules
from checker.selection import ALL_RULES, RuleSelection
from checker.speakers import check_speakers
from checker.witnesses import annotate

BOILERPLATE_FILE = Path("lexicon") / "boilerplate.yaml"  # inside a rules directory


def analyse(
    name: str,
    articles: Sequence[Article],
    rules: Sequence[Rule],
    *,
    lexicon: PackLexicon | None = None,
    progress: Progress = silent,
) -> Report:
    """Run clean..compare on articles already read (rule examples use this directly).

    `lexicon`: a rules folder's boilerplate patterns and word lists (None: the default pack's).
    `progress`: called as each stage completes (checker/progress.py).
    """
    lexicon = lexicon or PackLexicon()
    with using(lexicon.words):
        return _analyse(name, articles, rules, lexicon.boilerplate, progress)


def _analyse(
    name: str,
    articles: Sequence[Article],
    rules: Sequence[Rule],
    boilerplate: BoilerplatePatterns | None,
    progress: Progress,
) -> Report:
    # Alignment grows clusters outlet by outlet, so the order matters: fix it by source id,
    # as load_story does, so library callers get the same report in any order too.
    articles = sorted(articles, key=lambda a: a.source.source)
    cleaned = []
    for i, a in enumerate(articles, 1):
        cleaned.append(clean(a, boilerplate))
        progress("clean", i, len(articles))
    claims = build_claims(cleaned)
    progress("claims", 1, 1)
    parses = parse_claims(claims, {a.source.source: flat(a.text) for a in articles})
    claims = claim_actors(date_events(check_speakers(claims, parses), parses), parses)
    progress("parse", 1, 1)
    facts = build_facts(claims, parses)
    reps, members = distinct(claims)
    alignment = Alignment(reps, members, facts, claims)
    families = find_families(articles, claims)
    progress("align", 1, 1)
    sources = {a.source.source: a.source for a in articles}
    findings = compare(alignment, sources, rules, heading_claims(cleaned), families)
    findings = annotate(findings, families)
    progress("compare", 1, 1)
    return Report(
        story=name,
        sources=tuple(a.source for a in articles),
        findings=tuple(sorted(as_written(findings, articles), key=lambda f: f.sort_key())),
        claims=tuple(claims),
        articles=tuple(articles),
        rules=tuple(sorted((rule_info(r) for r in rules), key=lambda r: r.id)),
        families=families.families,
    )


def as_written(findings: Iterable[Finding], articles: Sequence[Article]) -> list[Finding]:
    """The findings citing each claim as it stands in its article, line breaks included: the
    stages read a claim with its line breaks as spaces, so that wrapping changes no finding."""
    texts = {a.source.source: a.text for a in articles}
    return [
        replace(
            f, claims=tuple(replace(c, text=texts[c.source][c.start : c.end]) for c in f.claims)
        )
        for f in findings
    ]


def rule_info(rule: Rule) -> RuleInfo:
    """What the report keeps of a rule that ran."""
    return RuleInfo(
        id=rule.id,
        kind=rule.kind,
        severity=rule.severity,
        description=rule.description,
        rationale=rule.rationale,
        message=rule.message,
    )


@dataclass(frozen=True)
class PackLexicon:
    """What a rules folder's lexicon/ changes: its boilerplate.yaml replaces the default
    patterns, its other files extend the default word lists. A value read once, so it travels
    to Dask workers that cannot see the folder."""

    boilerplate: BoilerplatePatterns | None = None
    words: WordLists | None = None

    @classmethod
    def of(cls, rules_dir: str | Path | None) -> PackLexicon:
        return cls(boilerplate_of(rules_dir), WordLists.of(rules_dir))


def boilerplate_of(rules_dir: str | Path | None) -> BoilerplatePatterns | None:
    """The boilerplate patterns of a rules directory (its lexicon/boilerplate.yaml, which
    replaces the default pack's), or None when it has none."""
    if rules_dir is None:
        return None
    path = Path(rules_dir) / BOILERPLATE_FILE
    return load_boilerplate(path) if path.is_file() else None


def run(
    story: Path,
    selection: RuleSelection = ALL_RULES,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = silent,
) -> Report:
    rules = load_rules(selection)
    lexicon = PackLexicon.of(selection.rules_dir)
    loaded = load_story(story, limits, progress)
    return analyse(loaded.name, loaded.articles, rules, lexicon=lexicon, progress=progress)


def claims_of(
    story: Path, limits: Limits = DEFAULT_LIMITS, rules_dir: Path | None = None
) -> tuple[tuple[Article, ...], list[Claim]]:
    """The articles of a story and their claims, for `checker claims`."""
    lexicon = PackLexicon.of(rules_dir)
    loaded = load_story(story, limits)
    with using(lexicon.words):
        cleaned = [clean(a, lexicon.boilerplate) for a in loaded.articles]
        return loaded.articles, build_claims(cleaned)
