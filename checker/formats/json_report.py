"""JSON: the machine contract, schema checker.report/1 (DESIGN.md)."""

from __future__ import annotations

import json

from checker.records import Finding, Report, State

SCHEMA = "checker.report/1"


def finding_dict(f: Finding) -> dict:
    details = {k: list(v) if isinstance(v, tuple) else v for k, v in f.details}
    if f.state is State.RESOLVED and f.note:
        details["resolution_note"] = f.note
    return {
        "id": f.id,
        "rule": f.rule,
        "kind": f.kind,
        "verdict": f.verdict.value,
        "severity": f.severity,
        "confidence": f.confidence,
        "message": f.message,
        "state": f.state.value,
        "claims": [
            {"source": c.source, "text": c.text, "start": c.start, "end": c.end} for c in f.claims
        ],
        "details": details,
    }


def report_dict(report: Report) -> dict:
    doc = {
        "schema": SCHEMA,
        "story": report.story,
        "sources": [
            {
                "source": s.source,
                "outlet": s.outlet,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "path": s.path,
            }
            for s in report.sources
        ],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.summary(),
    }
    if report.families:
        # outlets running copies of one story, one witness each (checker/families.py); the
        # key is there only when a story has such copies
        doc["families"] = [
            {"sources": list(f.sources), "agency": f.agency or None, "why": list(f.why)}
            for f in report.families
        ]
    return doc


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
