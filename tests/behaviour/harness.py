"""Runs the behavioural cases through the library in-process and judges each one.

One pipeline run per case (checker.pipeline.analyse on articles built in memory, the default
rule pack loaded once); the results of a session are computed once and shared by the pytest
tests, the terminal summary and `python -m tests.behaviour`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker.pipeline import analyse
from checker.records import Article, Finding, Report, Source, Verdict
from checker.rulepack import load_rules

from .cases import CAPABILITIES, Capability, Case, Text, cases_of
from .known import ISSUE_14

THRESHOLD = 0.95


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    why: str  # on failure, what was missing or what fired
    findings: tuple[Finding, ...]
    seconds: float


@dataclass(frozen=True)
class Result:
    capability: Capability
    outcomes: tuple[Outcome, ...]

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0

    @property
    def domains(self) -> int:
        return len({o.case.domain for o in self.outcomes})

    @property
    def seconds(self) -> float:
        return sum(o.seconds for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return self.rate >= THRESHOLD

    def failures(self, limit: int = 8) -> str:
        """The failing cases, briefly: the articles and what the tool reported."""
        failed = [o for o in self.outcomes if not o.passed]
        lines = [f"{self.capability.name}: {self.passed}/{self.total} passed "
                 f"({self.rate:.2f} < {THRESHOLD}); {len(failed)} failing"
                 + (f", the first {limit} shown" if len(failed) > limit else "") + ":"]
        for o in failed[:limit]:
            lines.append(describe(o))
        return "\n".join(lines)


def source(text: Text, case: Case) -> Source:
    outlet = text.outlet.replace("-", " ").title()
    return Source(text.outlet, outlet, f"https://{text.outlet}.example.com/news/{case.index}",
                  case.published, "sources.csv", "en", f"{text.outlet}.txt", "utf-8")


@cache
def rules() -> tuple:
    return tuple(load_rules())


def run(case: Case) -> Report:
    articles = [Article(source(t, case), t.text) for t in case.texts]
    return analyse(case.name.replace("/", "-"), articles, list(rules()))


def _named(figure: str, text: str) -> bool:
    """Whether `text` names the figure as written (not as part of a longer number)."""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text) is not None


def finding_text(f: Finding) -> str:
    parts = [f.message]
    for _, value in f.details:
        parts.extend(value if isinstance(value, tuple) else [str(value)])
    return " | ".join(parts)


def cites_side(f: Finding, case: Case, outlets: Iterable[str]) -> bool:
    """Whether the finding cites a claim within a key sentence of one of these outlets."""
    texts = {t.outlet: t for t in case.texts}
    for ref in f.claims:
        if ref.source not in outlets:
            continue
        for start, end in texts[ref.source].key_spans():
            if ref.start < end and start < ref.end:
                return True
    return False


def judge(case: Case, findings: Sequence[Finding]) -> tuple[bool, str]:
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    if not case.fires:
        if conflicts:
            return False, "fired: " + "; ".join(f"{f.rule}: {f.message}" for f in conflicts)
        return True, ""
    if not conflicts:
        return False, "no conflict finding"
    if not any(all(cites_side(f, case, side) for side in case.sides) for f in conflicts):
        return False, "no conflict cites the differing sentences of both sides"
    for a, b in case.figures:
        if not any(_named(a, finding_text(f)) and _named(b, finding_text(f)) for f in conflicts):
            return False, f"no conflict names {a} and {b} together"
    return True, ""


def evaluate(case: Case) -> Outcome:
    start = time.perf_counter()
    report = run(case)
    seconds = time.perf_counter() - start
    passed, why = judge(case, report.findings)
    return Outcome(case, passed, why, report.findings, seconds)


def describe(o: Outcome) -> str:
    c = o.case
    lines = [f"- {c.name} ({c.note}; published {c.published}): {o.why}"]
    for t in c.texts:
        lines.append(f"    {t.outlet}: {t.text}")
    for f in o.findings:
        if f.verdict is Verdict.SINGLE_SOURCE:
            continue  # what one outlet alone reports says nothing about these capabilities
        cited = ", ".join(sorted({r.source for r in f.claims}))
        lines.append(f"    -> {f.verdict.value} {f.rule} [{cited}]: {f.message}")
    return "\n".join(lines)


_RESULTS: dict[str, Result] = {}


def result(capability: Capability) -> Result:
    if capability.name not in _RESULTS:
        _RESULTS[capability.name] = Result(
            capability, tuple(evaluate(c) for c in cases_of(capability)))
    return _RESULTS[capability.name]


def results(names: Iterable[str] | None = None) -> list[Result]:
    wanted = set(names) if names is not None else None
    return [result(c) for c in CAPABILITIES if wanted is None or c.name in wanted]


def computed() -> list[Result]:
    """The results computed so far in this process, in capability order."""
    return [_RESULTS[c.name] for c in CAPABILITIES if c.name in _RESULTS]


def status(r: Result) -> str:
    known = r.capability.name in ISSUE_14
    if r.ok:
        return "ok (listed as known: remove it from ISSUE_14)" if known else "ok"
    return "below (known: issue 14)" if known else "BELOW"


def table(rs: Sequence[Result]) -> str:
    head = ("capability", "expect", "cases", "domains", "passed", "rate", "seconds", "status")
    rows = [(r.capability.name, "fire" if r.capability.fires else "quiet", str(r.total),
             str(r.domains), str(r.passed), f"{r.rate:.2f}", f"{r.seconds:.1f}", status(r))
            for r in rs]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    fmt = "  ".join(f"{{:{'>' if 1 < i < 7 else '<'}{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*head).rstrip(), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*row).rstrip() for row in rows]
    cases = sum(r.total for r in rs)
    passed = sum(r.passed for r in rs)
    below = [r for r in rs if not r.ok]
    out.append(f"{len(rs)} capabilities, {cases} cases, {passed} passed; "
               f"{len(below)} capabilities below {THRESHOLD} "
               f"({sum(r.capability.name in ISSUE_14 for r in below)} known, issue 14); "
               f"{sum(r.seconds for r in rs):.1f} s in the pipeline")
    return "\n".join(out)


def as_json(rs: Sequence[Result]) -> dict:
    return {
        "schema": "checker.behaviour/1",
        "threshold": THRESHOLD,
        "capabilities": {
            r.capability.name: {
                "expect": "fire" if r.capability.fires else "quiet",
                "about": r.capability.about,
                "cases": r.total,
                "domains": r.domains,
                "passed": r.passed,
                "rate": round(r.rate, 4),
                "ok": r.ok,
                "known_failure": r.capability.name in ISSUE_14,
            }
            for r in rs
        },
        "cases": sum(r.total for r in rs),
        "passed": sum(r.passed for r in rs),
    }


def write_json(rs: Sequence[Result], path: Path) -> None:
    path.write_text(json.dumps(as_json(rs), indent=2, sort_keys=True) + "\n", encoding="utf-8")
