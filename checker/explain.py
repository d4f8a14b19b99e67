"""`checker explain`: a rule's documentation from its file, or one finding in full."""

from __future__ import annotations

import textwrap

from checker.kinds.base import Rule
from checker.records import Finding


def explain_rule(rule: Rule) -> str:
    out = [f"{rule.id}  (kind: {rule.kind}, severity: {rule.severity})", ""]
    out += textwrap.wrap(rule.description, 88) + [""]
    if rule.rationale:
        out += (
            ["Why it matters:"]
            + textwrap.wrap(rule.rationale, 88, initial_indent="  ", subsequent_indent="  ")
            + [""]
        )
    out.append(f"Message: {rule.message}")
    if rule.params:
        out.append("Parameters: " + ", ".join(f"{k}={v}" for k, v in rule.params))
    for ex in rule.examples:
        label = "fires" if ex.expect != "none" else "stays quiet"
        out += [
            "",
            f"Example ({label}{': ' + ex.expect if ex.expect != 'none' else ''})"
            + (f" - {ex.note}" if ex.note else ""),
        ]
        for source, text in ex.articles:
            out += textwrap.wrap(
                " ".join(text.split()), 86, initial_indent=f"  {source}: ", subsequent_indent="    "
            )
    out.append(f"\nDefined in {rule.path}")
    return "\n".join(out)


def explain_finding(f: Finding, rule: Rule) -> str:
    out = [f"{f.id}: {f.verdict.value} ({f.rule}, {f.severity}, {f.state.value})", ""]
    out += textwrap.wrap(f.message, 88) + [""]
    for c in f.claims:
        out += textwrap.wrap(
            " ".join(c.text.split()),
            86,
            initial_indent=f"  {c.source} [{c.start}:{c.end}]: ",
            subsequent_indent="    ",
        )
    if f.details:
        out += ["", "Details:"] + [
            f"  {k}: {', '.join(v) if isinstance(v, tuple) else v}" for k, v in f.details
        ]
    if f.note:
        out += ["", f"Resolution: {f.note}"]
    out += ["", "Rule:", explain_rule(rule)]
    return "\n".join(out)
