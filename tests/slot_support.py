"""Invented sentences read the way the pipeline reads them, for the slot tests
(tests/test_frames.py, test_events.py, test_speakers.py, test_actors.py, test_slot_stories.py,
test_confidence.py).

Every sentence goes through the real stages: the cleaner, the claim builder (figures, dates,
quotations), one batched parse by spaCy's English pipeline (checker.parse), and then the
module under test. Nothing is built by hand that the pipeline would build itself, so a test
fails when a user's sentence would be misread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from checker.claims import build_claims, flat
from checker.clean import clean
from checker.frames import Frame, dated, figure_roots, frame_of
from checker.parse.sentences import Parsed, Parses, parse_claims
from checker.pipeline import analyse
from checker.records import Article, Claim, Finding, Quantity, Report, Source, Verdict
from checker.rulepack import load_rules

# Thursday 14 March 2024: "on Monday" is 11 March, "by Wednesday evening" 13 March.
PUBLISHED = date(2024, 3, 14)


def source(name: str, published: date | None = PUBLISHED) -> Source:
    return Source(
        name,
        name.replace("-", " ").title(),
        f"https://{name}.example.com/news/1",
        published,
        "sources.csv",
        "en",
        f"{name}.txt",
        "utf-8",
    )


@dataclass(frozen=True)
class Reading:
    """One invented text as the stages after the parse see it."""

    text: str
    claims: tuple[Claim, ...]
    parses: Parses

    def parsed(self, claim: Claim) -> Parsed:
        p = self.parses.of(claim)
        assert p is not None, f"not parsed: {claim.text!r}"
        return p

    def frames(self) -> list[tuple[Quantity, Frame]]:
        """Each figure of the text with its frame, as checker/facts.py builds it (the time
        resolved to a value with `dated`)."""
        out = []
        for c in self.claims:
            p = self.parses.of(c)
            roots = figure_roots(p, c.quantities)
            out += [(q, dated(frame_of(p, q, c.dates, roots), c.dates)) for q in c.quantities]
        return out

    def frame(self, figure: str | None = None) -> Frame:
        """The frame of the figure written `figure` (the text's only figure when None)."""
        found = [(q, f) for q, f in self.frames() if figure is None or figure in q.text]
        assert len(found) == 1, (
            f"expected one figure {figure!r} in {self.text!r}, got {[q.text for q, _ in found]}"
        )
        return found[0][1]


def read_all(texts: Iterable[str], published: date | None = PUBLISHED) -> dict[str, Reading]:
    """Each text as its own article, all parsed in one batch (the way a story is)."""
    texts = list(dict.fromkeys(texts))
    names = {f"s{i}": t for i, t in enumerate(texts)}
    cleaned = [clean(Article(source(n, published), t)) for n, t in names.items()]
    claims = build_claims(cleaned)
    parses = parse_claims(claims, {n: flat(t) for n, t in names.items()})
    out = {}
    for n, t in names.items():
        own = tuple(c for c in claims if c.source == n)
        out[t] = Reading(t, own, parses)
    return out


@cache
def rules() -> tuple:
    return tuple(load_rules())


def story(texts: Mapping[str, str], published: date | None = PUBLISHED) -> Report:
    """The report on articles {outlet: text}, through checker.pipeline.analyse."""
    articles = [Article(source(name, published), text) for name, text in texts.items()]
    return analyse("invented", articles, list(rules()))


def of_verdict(report: Report, verdict: Verdict) -> list[Finding]:
    return [f for f in report.findings if f.verdict is verdict]


def conflicts(report: Report) -> list[Finding]:
    return of_verdict(report, Verdict.CONFLICT)


def finding_text(f: Finding) -> str:
    """The message and details, where a finding names what it compared."""
    parts = [f.message]
    for _, value in f.details:
        parts.extend(value if isinstance(value, tuple) else [str(value)])
    return " | ".join(parts)


def describe(report: Report) -> str:
    """The findings, for an assertion's message."""
    return "\n".join(
        f"{f.verdict.value} {f.rule} {f.confidence:.2f} [{', '.join(f.sources)}]: {f.message}"
        for f in report.findings
        if f.verdict is not Verdict.SINGLE_SOURCE
    ) or "(no finding)"
