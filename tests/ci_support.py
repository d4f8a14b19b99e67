"""Hand-made reports for the CI tests: made-up outlets, made-up facts, real offsets."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from checker.errors import CheckerError
from checker.fingerprint import assign_ids
from checker.records import Article, ClaimRef, Finding, Report, Source, Verdict
from checker.states import apply_states

ARTICLES = {
    "harbourtimes": (
        "Ferry fares rise\n\nThe city council voted on Monday to raise ferry fares by 12%.\n"
        "A council spokesman said the “temporary” rise would fund 40 new boats.\n"
    ),
    "valleypost": (
        "The council raised ferry fares by 15% on Monday, citing fuel costs.\n\n"
        "The spokesman said the rise was ‘permanent’ and would fund 40 new boats.\n"
    ),
    "citywire": "Ferry fares will rise by 12%, the council said; 40 new boats are planned.\n",
}


def source(name: str) -> Source:
    return Source(source=name, outlet=name.title(), url="", published=None, date_basis="",
                  language="en", path=f"story/{name}.txt", encoding="utf-8")


def claim(articles: dict[str, str], name: str, words: str) -> ClaimRef:
    start = articles[name].index(words)
    return ClaimRef(name, words, start, start + len(words))


def finding(articles: dict[str, str], rule: str, verdict: Verdict,
            *cited: tuple[str, str], severity: str = "error") -> Finding:
    return Finding(
        id="", rule=rule, kind=rule, verdict=verdict, severity=severity,
        message=f"{rule}: " + " vs ".join(words for _, words in cited),
        claims=tuple(claim(articles, name, words) for name, words in cited),
    )


def report(articles: dict[str, str] | None = None, extra: tuple[Finding, ...] = ()) -> Report:
    """Three outlets on a fare rise: one conflict, one not-comparable, one consistent and one
    single-source finding (plus `extra`), with ids assigned as the pipeline does."""
    arts = articles or ARTICLES
    findings = [
        finding(arts, "number-mismatch", Verdict.CONFLICT,
                ("harbourtimes", "raise ferry fares by 12%"),
                ("valleypost", "raised ferry fares by 15%")),
        finding(arts, "aspect", Verdict.NOT_COMPARABLE,
                ("harbourtimes", "the “temporary” rise"),
                ("valleypost", "the rise was ‘permanent’"), severity="warning"),
        finding(arts, "number-agrees", Verdict.CONSISTENT,
                ("harbourtimes", "fund 40 new boats"), ("citywire", "40 new boats are planned"),
                severity="info"),
        finding(arts, "single-source", Verdict.SINGLE_SOURCE,
                ("valleypost", "citing fuel costs"), severity="info"),
        *extra,
    ]
    return Report(
        story="fares",
        sources=tuple(source(n) for n in sorted(arts)),
        findings=tuple(assign_ids(findings)),
        articles=tuple(Article(source(n), arts[n]) for n in sorted(arts)),
    )


def by_rule(rep: Report, rule: str) -> Finding:
    return next(f for f in rep.findings if f.rule == rule)


# ---------------------------------------------------------------- a stand-in pipeline

_FARE = re.compile(r"raised?\s+ferry\s+fares\s+by\s+(\d+)%")


def write_story(folder: Path, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def fake_check(story: str | Path, *, rules_dir=None, select=(), ignore=(), baseline=None,
               resolutions=None, overrides=None, selection=None, limits=None,
               progress=None) -> Report:
    """checker.check on a fare story, small enough to reason about: the fare rise each outlet
    gives (a conflict when two differ) and the boats that two outlets agree on."""
    if selection is not None:  # what the command line passes
        ignore = selection.ignore
    folder = Path(story)
    if not folder.is_dir():
        raise CheckerError(folder.as_posix(), "no such file or directory")
    arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    fares = []
    for name, text in sorted(arts.items()):
        if m := _FARE.search(text):
            fares.append((name, m))
    findings = []
    if len(fares) >= 2 and "number-mismatch" not in ignore:
        (a, ma), (b, mb) = fares[:2]
        verdict = Verdict.CONFLICT if ma.group(1) != mb.group(1) else Verdict.CONSISTENT
        findings.append(Finding(
            id="", rule="number-mismatch", kind="number", verdict=verdict, severity="error",
            message=f"{ma.group(1)}% vs {mb.group(1)}%",
            claims=(ClaimRef(a, ma.group(0), ma.start(), ma.end()),
                    ClaimRef(b, mb.group(0), mb.start(), mb.end()))))
    for name, text in sorted(arts.items()):
        if (at := text.find("fuel costs")) >= 0:
            findings.append(Finding(
                id="", rule="single-source", kind="single-source",
                verdict=Verdict.SINGLE_SOURCE, severity="info", message="only one outlet",
                claims=(ClaimRef(name, "fuel costs", at, at + 10),)))
    sources = tuple(replace(source(n), path=f"{folder.as_posix()}/{n}.txt") for n in arts)
    rep = Report(story=folder.name, sources=sources, findings=tuple(assign_ids(findings)),
                 articles=tuple(Article(s, arts[s.source]) for s in sources))
    if baseline is None and resolutions is None:
        return rep
    return apply_states(rep, baseline=baseline, resolutions=resolutions)
