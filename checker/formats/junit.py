"""JUnit XML, the test-report format every CI system can show.

One test suite for the story, one test case per finding. A new conflict is a failing test case,
so the build page lists it; known (baselined) and resolved findings are skipped test cases,
with the reason; every other finding passes. No timestamps or durations: the same report
always gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.records import Finding, Report, State, Verdict

# Characters XML 1.0 cannot carry at all, even escaped: dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report: Report) -> str:
    cases = [_case(report.story, f) for f in report.findings]
    failures = sum(1 for c in cases if c.find("failure") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None)
    counts = {
        "tests": str(len(cases)),
        "failures": str(failures),
        "errors": "0",
        "skipped": str(skipped),
    }
    root = ET.Element("testsuites", {"name": "checker", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": _clean(report.story), **counts})
    suite.extend(cases)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _case(story: str, finding: Finding) -> ET.Element:
    name = f"{finding.id} {finding.rule} ({', '.join(finding.sources)})"
    case = ET.Element(
        "testcase", {"classname": _clean(f"checker.{story}.{finding.rule}"), "name": _clean(name)}
    )
    if finding.state is State.KNOWN:
        ET.SubElement(case, "skipped", {"message": "known: in the baseline"})
    elif finding.state is State.RESOLVED:
        ET.SubElement(case, "skipped", {"message": _clean(f"resolved: {finding.note}")})
    elif finding.verdict is Verdict.CONFLICT:
        failure = ET.SubElement(
            case, "failure", {"message": _clean(finding.message), "type": finding.verdict.value}
        )
        failure.text = _clean(_evidence(finding))
    return case


def _evidence(finding: Finding) -> str:
    lines = [
        f"{finding.message}",
        f"id: {finding.id}  rule: {finding.rule}  confidence: {finding.confidence:.2f}"
        f" ({finding.confidence_level})",
    ]
    lines += [f"{c.source} [{c.start}:{c.end}]: {' '.join(c.text.split())}" for c in finding.claims]
    return "\n".join(lines)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)
