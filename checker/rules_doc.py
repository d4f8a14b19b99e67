"""docs/rules.md: one section per rule of the default pack, written from the rule files.

SARIF's `helpUri` points each rule at its section (`docs/rules.md#<rule-id>`), so the page
must follow the rule files: `python3 tasks.py docs` rewrites it, and a test fails when it is
out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checker.kinds.base import Rule
from checker.rulepack import load_rules

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def section(rule: Rule) -> list[str]:
    out = [f"## {rule.id}", "", f"Kind `{rule.kind}`, severity `{rule.severity}`.", ""]
    out += [" ".join(rule.description.split()), ""]
    if rule.rationale:
        out += [f"Why it matters: {' '.join(rule.rationale.split())}", ""]
    out += [f"Message: `{rule.message}`", ""]
    if rule.params:
        out += ["Parameters: " + ", ".join(f"`{k}` = `{v}`" for k, v in rule.params), ""]
    return out


def render() -> str:
    rules = sorted(load_rules(), key=lambda r: r.id)
    out = [
        "# The rules",
        "",
        "Written from the rule files under `rules/` by `python3 tasks.py docs`; do not edit.",
        "`checker explain RULE` prints the same with the rule's examples.",
        "",
    ]
    for rule in rules:
        out += section(rule)
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
