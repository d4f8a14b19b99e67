"""SARIF that Microsoft's SARIF multitool validates without an error or a warning, with the
rule names, help links and context a code-scanning reviewer sees (issue 9, item 6)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from ci_support import by_rule, report
from test_ci_formats import _states

from checker.formats import sarif
from checker.records import Verdict
from checker.rules_doc import render

ROOT = Path(__file__).parents[1]
FIXTURE = ROOT / "fixtures" / "hk-data-requests"
TOOL = ["npx", "--yes", "@microsoft/sarif-multitool"]


@pytest.fixture(scope="module")
def multitool() -> list[str]:
    if shutil.which("npx") is None:
        print("npx is not installed: the SARIF multitool cannot be run")
        pytest.skip("npx (Node.js) is not installed: the SARIF multitool cannot be run")
    try:
        done = subprocess.run([*TOOL, "--version"], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        done = None
    if done is None or done.returncode != 0:
        print("the SARIF multitool could not be fetched (.ci/run fetches it)")
        pytest.skip("@microsoft/sarif-multitool could not be fetched with npx (.ci/run does)")
    return TOOL


def validate(tool: list[str], path: Path) -> list[str]:
    """Every error and warning the multitool reports for the file."""
    out = path.with_suffix(".validation.sarif")
    done = subprocess.run([*tool, "validate", str(path), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert out.is_file(), done.stdout + done.stderr
    results = json.loads(out.read_text(encoding="utf-8-sig"))["runs"][0].get("results", [])
    return [f"{r.get('ruleId')}: {r['message'].get('text', r['message'])}" for r in results
            if r.get("level", "warning") in ("error", "warning")]


def checker_sarif(tmp_path: Path, story: str, *args: str) -> Path:
    from typer.testing import CliRunner

    from checker.cli import app

    out = tmp_path / "r.sarif"
    done = CliRunner().invoke(app, ["diff", story, "-f", "sarif", "-o", str(out), *args])
    assert done.exit_code == 0, done.output
    return out


def test_the_reference_story_is_clean_under_the_multitool(multitool, tmp_path, monkeypatch):
    shutil.copytree(FIXTURE, tmp_path / "story")
    monkeypatch.chdir(tmp_path)
    assert validate(multitool, checker_sarif(tmp_path, "story")) == []


def test_an_absolute_story_path_is_clean_too(multitool, tmp_path):
    assert validate(multitool, checker_sarif(tmp_path, str(FIXTURE))) == []


def test_baselined_resolved_and_stale_findings_are_clean(multitool, tmp_path):
    path = tmp_path / "states.sarif"
    path.write_text(sarif.render(_states(tmp_path)), encoding="utf-8")
    assert validate(multitool, path) == []


# ---------------------------------------------------------------- what the file says


def run_of(rep) -> dict:
    return json.loads(sarif.render(rep))["runs"][0]


def test_rules_have_a_pascal_case_name_and_a_link_to_their_section() -> None:
    driver = run_of(report())["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["quote-wording"]["name"] == "QuoteWordingCheck"
    assert rules["number"]["name"] == "NumberCheck"
    for rule_id, rule in rules.items():
        assert rule["name"].lower() != rule_id.lower()
    # The pack's own rules link to their section; a hand-made rule gets no broken link.
    assert rules["quote-wording"]["helpUri"].endswith("docs/rules.md#quote-wording")
    assert "helpUri" not in rules["number-mismatch"]


def test_the_rules_page_has_every_section_a_help_link_points_to() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == render(), "docs/rules.md is out of date: run `python3 tasks.py docs`"
    from checker.rulepack import load_rules

    for rule in load_rules():
        assert f"\n## {rule.id}\n" in page


def test_relative_article_paths_are_relative_to_srcroot() -> None:
    run = run_of(report())
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": location["uri"], "uriBaseId": "%SRCROOT%"}
    assert not location["uri"].startswith(("/", "file:"))


def test_context_region_holds_the_claim_and_more() -> None:
    run = run_of(report())
    for result in run["results"]:
        for loc in result.get("locations", []):
            where = loc["physicalLocation"]
            claim = where["region"]["snippet"]["text"]
            if "contextRegion" in where:
                context = where["contextRegion"]["snippet"]["text"]
                assert claim in context and len(context) > len(claim)


@pytest.mark.parametrize(
    ("claim", "context"),
    [
        # Mid-paragraph: the sentence before and the sentence after.
        ("Fares rise by 12%.", "Talks failed. Fares rise by 12%. The union objects."),
        # First of its paragraph: only what follows, never the headline above.
        ("Talks failed.", "Talks failed. Fares rise by 12%."),
        # A paragraph of one sentence: the paragraphs around it.
        ("A lone line.", "Talks failed. Fares rise by 12%. The union objects. Then more.\n\n"
                         "A lone line.\n\nThe end."),
    ],
)
def test_context_is_the_claim_with_its_neighbouring_sentences(claim: str, context: str) -> None:
    text = ("Headline\n\nTalks failed. Fares rise by 12%. The union objects. Then more.\n\n"
            "A lone line.\n\nThe end.\n")
    start = text.index(claim)
    first, last = sarif._context(text, start, start + len(claim))
    assert text[first:last] == context


def test_an_article_that_is_one_claim_has_no_context() -> None:
    assert sarif._context("Only this.", 0, 10) is None


def test_verdicts_that_are_not_failures_say_what_they_are() -> None:
    rep = report()
    results = {r["partialFingerprints"]["checker/v1"]: r for r in run_of(rep)["results"]}
    for finding in rep.findings:
        got = results[finding.id]
        if finding.verdict is Verdict.CONFLICT:
            assert got["kind"] == "fail" and got["level"] in ("error", "warning", "note")
            continue
        assert got["level"] == "none"
        assert got["kind"] == {Verdict.NOT_COMPARABLE: "review", Verdict.CONSISTENT: "pass",
                               Verdict.SINGLE_SOURCE: "informational"}[finding.verdict]
        assert got["message"]["text"].lower().startswith(finding.verdict.value)
    assert by_rule(rep, "number-mismatch").verdict is Verdict.CONFLICT
