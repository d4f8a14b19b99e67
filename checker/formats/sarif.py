"""SARIF 2.1.0: the format code-scanning services (GitHub, GitLab, Azure DevOps) read.

One run. Each finding is a result with its rule, its fingerprint in `partialFingerprints`, its
state as `baselineState` (new / unchanged; stale entries become `absent` results) and one
location per cited claim: the article file with 1-based line and column. Columns count Unicode
code points, as Python strings do, and the run says so (`columnKind`), since SARIF's default
is UTF-16 code units. Resolved findings carry an external suppression with the editor's note.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
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

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
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
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"checker/{report.story}/"},
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
        described[rule_id] = {"id": rule_id, "shortDescription": {"text": text}}
    return [described[k] for k in sorted(described)]


def _pack_rules() -> tuple[RuleInfo, ...]:
    try:
        from checker.pipeline import rule_info
        from checker.rulepack import load_rules
    except ImportError:  # the rule loader is optional for this format
        return ()
    return tuple(rule_info(rule) for rule in load_rules())


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    help_text = "\n\n".join(t for t in (rule.description, rule.rationale) if t)
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.id.split("-")),
        "shortDescription": {"text": _SENTENCE.split(rule.description.strip(), 1)[0]},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
        "properties": {"kind": rule.kind},
    }


def _result(finding: Finding, index: dict[str, int], lines: _Lines) -> dict[str, Any]:
    kind = _KIND[finding.verdict]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "kind": kind,
        "level": _LEVEL.get(finding.severity, "warning") if kind == "fail" else "none",
        "message": {"text": finding.message},
        "locations": [lines.location(c) for c in finding.claims],
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "baselineState": _BASELINE_STATE[finding.state],
        "properties": {
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
        self._uris = {a.source.source: _uri(a.source.path) for a in articles}

    def location(self, claim: ClaimRef) -> dict[str, Any]:
        if claim.source not in self._index:  # a report built without its articles
            return {"message": {"text": f"{claim.source}: {claim.text}"}}
        start_line, start_column = self._index.position(claim.source, claim.start)
        end_line, end_column = self._index.position(claim.source, claim.end)
        return {
            "physicalLocation": {
                "artifactLocation": {"uri": self._uris[claim.source]},
                "region": {
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "snippet": {"text": claim.text},
                },
            },
        }


def _uri(path: str) -> str:
    """Source.path (the story folder as given, then the file) as a URI reference: relative
    paths stay relative, so code scanning resolves them against the repository root."""
    if PureWindowsPath(path).is_absolute() and not path.startswith("/"):
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return quote(path.replace("\\", "/"))
