"""SARIF 2.1.0: the format code-scanning services (GitHub, GitLab, Azure DevOps) read.

One run. Each finding is a result with its rule, its fingerprint in `partialFingerprints`, its
state as `baselineState` (new / unchanged; stale entries become `absent` results) and one
location per cited claim: the article file with 1-based line and column. Columns count Unicode
code points, as Python strings do, and the run says so (`columnKind`), since SARIF's default
is UTF-16 code units. Resolved findings carry an external suppression with the editor's note.

Written to pass the Microsoft SARIF multitool's `validate` without a warning: each rule has a
PascalCase `name` that is not its id, help text and a `helpUri` to its section of
docs/rules.md; the driver has an `informationUri`; relative article paths are relative to
`%SRCROOT%` (declared in `originalUriBaseIds`); each location has a `contextRegion` with the
sentences around the claim. Verdicts other than conflict are not failures, so SARIF allows
them only level `none`: their `kind` says what they are (`review` for not-comparable, `pass`
for consistent, `informational` for single-source), and their message starts with the verdict.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from checker.fingerprint import VERSION
from checker.positions import LineIndex
from checker.records import (
    Article,
    ClaimRef,
    Finding,
    Report,
    RuleInfo,
    StaleEntry,
    State,
    Verdict,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = f"checker/v{VERSION}"
# Where the project's documentation lives. SARIF wants absolute URIs here; the project has no
# public home yet, so this is a reserved, unresolvable name (RFC 2606) to be replaced in one
# place when it has one.
HOME = "https://checker.invalid/"
RULES_DOC = f"{HOME}docs/rules.md"
SRCROOT = "%SRCROOT%"

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# SARIF allows a level other than "none" only on results of kind "fail" (SARIF 3.27.9).
_KIND = {
    Verdict.CONFLICT: "fail",
    Verdict.NOT_COMPARABLE: "review",
    Verdict.CONSISTENT: "pass",
    Verdict.SINGLE_SOURCE: "informational",
}
_BASELINE_STATE = {State.NEW: "new", State.KNOWN: "unchanged", State.RESOLVED: "unchanged"}


def render(report: Report) -> str:
    from checker import __version__

    rules = _rules(report)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    lines = _Lines(report.articles)
    results = [_result(f, index, lines) for f in report.findings]
    results += [_absent(s, index) for s in _unique(report.stale)]
    run = {
        "tool": {
            "driver": {
                "name": "checker",
                "version": __version__,
                "informationUri": HOME,
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"checker/{report.story}/"},
        "originalUriBaseIds": {
            SRCROOT: {
                "description": {
                    "text": "The folder checker ran in: relative article paths start there "
                    "(in CI, the repository root)."
                }
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _rules(report: Report) -> list[dict[str, Any]]:
    """Rule descriptors of the rules that ran (the default pack's for a report that does not
    say, e.g. one made by hand); a rule neither knows (a stale entry's retired rule) gets a
    minimal descriptor from its findings."""
    ran = report.rules or _pack_rules()
    described = {r.id: _descriptor(r) for r in ran}
    wanted = {f.rule for f in report.findings} | {s.rule for s in report.stale if s.rule}
    for rule_id in wanted - described.keys():
        kind = next((f.kind for f in report.findings if f.rule == rule_id), "")
        text = f"{rule_id} ({kind})" if kind else rule_id
        described[rule_id] = {
            "id": rule_id,
            "name": rule_name(rule_id),
            "shortDescription": {"text": text},
            "help": {"text": f"{text}: not a rule of the default pack (`checker explain` it)."},
        }
    return [described[k] for k in sorted(described)]


def _pack_rules() -> tuple[RuleInfo, ...]:
    try:
        from checker.pipeline import rule_info
        from checker.rulepack import load_rules
    except ImportError:  # the rule loader is optional for this format
        return ()
    return tuple(rule_info(rule) for rule in load_rules())


def rule_name(rule_id: str) -> str:
    """`quote-wording` -> `QuoteWordingCheck`: PascalCase, and never the id itself, which
    SARIF1001 forbids (a one-word id capitalised would only differ in case)."""
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", rule_id)) + "Check"


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    help_text = "\n\n".join(t for t in (rule.description, rule.rationale) if t)
    return {
        "id": rule.id,
        "name": rule_name(rule.id),
        "shortDescription": {"text": _SENTENCE.split(rule.description.strip(), 1)[0]},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text or rule.id},
        **({"helpUri": f"{RULES_DOC}#{rule.id}"} if rule.id in _documented() else {}),
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
        "properties": {"kind": rule.kind},
    }


@functools.cache
def _documented() -> frozenset[str]:
    """Ids of the default pack's rules: those docs/rules.md has a section for. A user's own
    rule gets no link rather than a broken one."""
    try:
        from checker.lexicon import pack_dir
    except ImportError:
        return frozenset()
    return frozenset(p.stem for p in Path(pack_dir()).glob("*.yaml"))


def _result(finding: Finding, index: dict[str, int], lines: _Lines) -> dict[str, Any]:
    kind = _KIND[finding.verdict]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "kind": kind,
        "level": _LEVEL.get(finding.severity, "warning") if kind == "fail" else "none",
        "message": {"text": _message(finding)},
        "locations": [lines.location(c) for c in finding.claims],
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "baselineState": _BASELINE_STATE[finding.state],
        # SARIF's rank (0-100): how much a reader should trust the result (SARIF 3.27.12)
        "rank": round(finding.confidence * 100, 1),
        "properties": {
            "confidence": finding.confidence,
            "verdict": finding.verdict.value,
            "state": finding.state.value,
            "sources": list(finding.sources),
        },
    }
    if finding.state is State.RESOLVED:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": finding.note}
        ]
    return result


def _message(finding: Finding) -> str:
    """A conflict's message as it is; any other verdict says first what it is, since its level
    (none) does not."""
    if finding.verdict is Verdict.CONFLICT:
        return finding.message
    return f"{finding.verdict.value.capitalize()}: {finding.message}"


def _unique(stale: tuple[StaleEntry, ...]) -> list[StaleEntry]:
    """One entry per id: an id stale in both files is one absent result, with its rule."""
    by_id: dict[str, StaleEntry] = {}
    for entry in stale:
        if entry.id not in by_id or (entry.rule and not by_id[entry.id].rule):
            by_id[entry.id] = entry
    return [by_id[i] for i in sorted(by_id)]


def _absent(entry: StaleEntry, index: dict[str, int]) -> dict[str, Any]:
    """An entry of the baseline or resolutions the run no longer produced."""
    result: dict[str, Any] = {
        "message": {
            "text": "No longer found: the articles or the rules changed since this "
            f"finding was recorded in the {entry.file} file."
        },
        "partialFingerprints": {FINGERPRINT_KEY: entry.id},
        "baselineState": "absent",
        "kind": "informational",
        "level": "none",
        "properties": {"sources": list(entry.sources)},
    }
    if entry.rule:
        result = {"ruleId": entry.rule, "ruleIndex": index[entry.rule], **result}
    return result


class _Lines:
    """Where each claim stands: its article's file and its region in it."""

    def __init__(self, articles: tuple[Article, ...]) -> None:
        self._index = LineIndex(articles)
        self._texts = {a.source.source: a.text for a in articles}
        self._uris = {a.source.source: _artifact(a.source.path) for a in articles}

    def location(self, claim: ClaimRef) -> dict[str, Any]:
        if claim.source not in self._index:  # a report built without its articles
            return {"message": {"text": f"{claim.source}: {claim.text}"}}
        text = self._texts[claim.source]
        where: dict[str, Any] = {
            "artifactLocation": self._uris[claim.source],
            "region": self._region(claim.source, claim.start, claim.end, claim.text),
        }
        around = _context(text, claim.start, claim.end)
        if around is not None:
            first, last = around
            where["contextRegion"] = self._region(claim.source, first, last, text[first:last])
        return {"physicalLocation": where}

    def _region(self, source: str, start: int, end: int, snippet: str) -> dict[str, Any]:
        start_line, start_column = self._index.position(source, start)
        end_line, end_column = self._index.position(source, end)
        return {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": snippet},
        }


def _context(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The claim with the sentence before and the sentence after it, within its paragraph:
    enough for a reviewer to see what the claim is about without opening the file. A claim
    that is its whole paragraph gets the paragraphs around it; one that is the whole article
    gets none (SARIF wants the context strictly larger than the claim)."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end == -1 else para_end
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para_start, para_end)]
    before = [e for e in ends if e <= start]
    first = before[-2] if len(before) >= 2 else para_start
    after = [e for e in ends if e > end]
    last = after[0] if after else para_end
    first, last = _trim(text, min(first, start), max(last, end))
    if (first, last) == (start, end) or (first, last) == _trim(text, start, end):
        wider = text.rfind("\n\n", 0, max(para_start - 2, 0))
        first = 0 if wider == -1 else wider + 2
        wider = text.find("\n\n", para_end + 2)
        last = len(text) if wider == -1 or para_end >= len(text) else wider
        first, last = _trim(text, min(first, start), max(last, end))
    return None if (first, last) == (start, end) else (first, last)


def _trim(text: str, first: int, last: int) -> tuple[int, int]:
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def _artifact(path: str) -> dict[str, str]:
    """Source.path (the story folder as given, then the file) as an artifact location: an
    absolute path is a file URI; a relative one stays relative to %SRCROOT%, so code scanning
    resolves it against the repository root."""
    if PureWindowsPath(path).is_absolute() and not path.startswith("/"):
        return {"uri": PureWindowsPath(path).as_uri()}
    if path.startswith("/"):
        return {"uri": PurePosixPath(path).as_uri()}
    return {"uri": quote(path.replace("\\", "/")), "uriBaseId": SRCROOT}
