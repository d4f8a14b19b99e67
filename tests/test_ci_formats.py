"""SARIF for code scanning and JUnit XML for any CI system."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ci_support import ARTICLES, by_rule, finding, report

from checker.baseline import BaselineEntry, save_baseline
from checker.formats import junit, sarif
from checker.records import Verdict
from checker.resolutions import Resolution, save_resolutions
from checker.states import apply_states

SCHEMA = Path(__file__).parents[2] / "shared/schemas/sarif-schema-2.1.0.json"


def _states(tmp_path: Path):
    """The fare story with every state: the conflict resolved, the not-comparable finding
    new, the rest known, and one baseline entry gone stale."""
    rep = report()
    aspect = by_rule(rep, "aspect")
    save_baseline(tmp_path / "b.json", [
        *(BaselineEntry.of(f) for f in rep.findings if f is not aspect),
        BaselineEntry("c100000000aa", "retired-rule", ("citywire",), "conflict"),
    ])
    save_resolutions(tmp_path / "r.json", [
        Resolution(by_rule(rep, "number-mismatch").id, "accepted", "different routes", "ana")])
    return apply_states(rep, baseline=tmp_path / "b.json", resolutions=tmp_path / "r.json")


@pytest.fixture
def sarif_schema() -> dict:
    if not SCHEMA.is_file():
        pytest.skip(f"the shared SARIF schema is not beside the project ({SCHEMA})")
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("with_states", [False, True], ids=["plain", "baseline-and-resolutions"])
def test_sarif_validates_against_the_2_1_0_schema(
    sarif_schema: dict, tmp_path: Path, with_states: bool
) -> None:
    import jsonschema

    rep = _states(tmp_path) if with_states else report()
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads(sarif.render(rep)))


def test_sarif_results_carry_fingerprint_state_and_claim_positions(tmp_path: Path) -> None:
    rep = _states(tmp_path)
    run = json.loads(sarif.render(rep))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = {r["partialFingerprints"]["checker/v1"]: r for r in run["results"]}
    conflict = by_rule(rep, "number-mismatch")
    got = results[conflict.id]
    assert got["ruleId"] == "number-mismatch" and got["level"] == "error"
    assert got["baselineState"] == "unchanged"
    assert got["suppressions"][0]["justification"] == "accepted: different routes (ana)"
    assert results[by_rule(rep, "aspect").id]["baselineState"] == "new"
    assert results["c100000000aa"]["baselineState"] == "absent"
    assert results["c100000000aa"]["ruleId"] == "retired-rule"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == sorted(rule_ids) and "retired-rule" in rule_ids
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"] if "ruleId" in r)
    # "The city council voted on Monday to raise ferry fares by 12%." is line 3 of the file.
    region = got["locations"][0]["physicalLocation"]["region"]
    line = ARTICLES["harbourtimes"].splitlines()[2]
    column = line.index("raise ferry") + 1
    assert region == {"startLine": 3, "startColumn": column, "endLine": 3,
                      "endColumn": column + len("raise ferry fares by 12%"),
                      "snippet": {"text": "raise ferry fares by 12%"}}
    uri = got["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "story/harbourtimes.txt"


def test_sarif_columns_count_characters_not_utf16_units() -> None:
    arts = {**ARTICLES, "harbourtimes": "🚢🚢 Ferry news.\n\n" + ARTICLES["harbourtimes"]}
    run = json.loads(sarif.render(report(arts)))["runs"][0]
    conflict = by_rule(report(arts), "number-mismatch")
    result = next(r for r in run["results"] if r["ruleId"] == conflict.rule)
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 5
    line = arts["harbourtimes"].splitlines()[4]
    assert region["startColumn"] == line.index("raise") + 1


def test_a_claim_across_a_line_break_spans_two_lines() -> None:
    arts = {**ARTICLES, "valleypost": "Fares were raised\r\nferry fares by 15%.\r\n"
                                      + ARTICLES["valleypost"]}
    rep = report(arts, extra=(finding(arts, "wrapped", Verdict.CONFLICT,
                                      ("valleypost", "raised\r\nferry fares by 15%"),
                                      ("harbourtimes", "raise ferry fares by 12%")),))
    result = next(r for r in json.loads(sarif.render(rep))["runs"][0]["results"]
                  if r["ruleId"] == "wrapped")
    region = next(loc["physicalLocation"]["region"] for loc in result["locations"]
                  if "valleypost" in loc["physicalLocation"]["artifactLocation"]["uri"])
    assert (region["startLine"], region["startColumn"]) == (1, len("Fares were ") + 1)
    assert region["endLine"] == 2
    assert region["endColumn"] == len("ferry fares by 15%") + 1


def test_sarif_is_the_same_for_the_same_report() -> None:
    assert sarif.render(report()) == sarif.render(report())


STORIES = Path(__file__).parent / "stories"


def test_sarif_describes_the_rules_that_ran_including_a_users_rules(
    sarif_schema: dict, tmp_path: Path
) -> None:
    """A rule from `--rules DIR` gets its own description and help, not a bare descriptor."""
    import jsonschema

    import checker
    from checker.lexicon import pack_dir

    rules = tmp_path / "newsroom-rules"
    rules.mkdir()
    text = (pack_dir() / "quote-wording.yaml").read_text(encoding="utf-8")
    text = text.replace("id: quote-wording", "id: house-misquote", 1)
    old = text[text.index("description: >"):text.index("rationale: >")]
    text = text.replace(old, "description: >\n  The house style desk's misquote check. "
                             "Quotations must match word for word.\n")
    (rules / "house-misquote.yaml").write_text(text, encoding="utf-8")

    rep = checker.check(STORIES / "court-fine", rules_dir=rules, ignore=["number"])
    assert {r.id for r in rep.rules} >= {"house-misquote", "quote-wording"}
    assert "number" not in {r.id for r in rep.rules}
    doc = json.loads(sarif.render(rep))
    jsonschema.Draft4Validator(sarif_schema).validate(doc)
    run = doc["runs"][0]
    described = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "number" not in described  # only the rules that ran
    mine = described["house-misquote"]
    assert mine["shortDescription"]["text"] == "The house style desk's misquote check."
    assert mine["fullDescription"]["text"].endswith("Quotations must match word for word.")
    assert mine["help"]["text"].startswith("The house style desk's misquote check.")
    assert mine["defaultConfiguration"]["level"] == "error"
    assert mine["properties"]["kind"] == "quote-wording"
    assert "house style" not in described["quote-wording"]["fullDescription"]["text"]
    fired = [r for r in run["results"] if r.get("ruleId") == "house-misquote"]
    assert fired and all(list(described)[r["ruleIndex"]] == "house-misquote" for r in fired)


def test_a_hand_made_report_falls_back_to_the_default_packs_descriptions() -> None:
    from checker.rulepack import load_rules

    rep = report(extra=(finding(ARTICLES, "currency", Verdict.CONSISTENT,
                                ("harbourtimes", "fund 40 new boats")),))
    assert rep.rules == ()
    described = {r["id"]: r for r in json.loads(sarif.render(rep))["runs"][0]["tool"]["driver"]
                 ["rules"]}
    currency = next(r for r in load_rules() if r.id == "currency")
    assert described["currency"]["fullDescription"]["text"] == currency.description
    unknown = described["number-mismatch"]
    assert unknown["shortDescription"] == {"text": "number-mismatch (number-mismatch)"}
    assert "helpUri" not in unknown  # no section to link to: no broken link


def test_junit_fails_exactly_the_new_conflicts(tmp_path: Path) -> None:
    rep = report()
    root = ET.fromstring(junit.render(rep))
    cases = root.findall(".//testcase")
    assert len(cases) == len(rep.findings)
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1 == int(root.get("failures"))
    assert by_rule(rep, "number-mismatch").id in failed[0].get("name")


def test_junit_skips_known_and_resolved_findings(tmp_path: Path) -> None:
    rep = _states(tmp_path)
    root = ET.fromstring(junit.render(rep))
    suite = root.find("testsuite")
    assert suite.get("failures") == "0"  # the conflict is resolved
    assert suite.get("skipped") == str(len(rep.findings) - 1)  # all but the new aspect one
    skipped = [c.find("skipped").get("message") for c in suite if c.find("skipped") is not None]
    assert "resolved: accepted: different routes (ana)" in skipped


def test_junit_keeps_xml_valid_whatever_the_article_says() -> None:
    arts = {**ARTICLES, "valleypost": ARTICLES["valleypost"] + "Fares <b>&</b> \x0b rose.\n"}
    rep = report(arts, extra=(finding(arts, "odd", Verdict.CONFLICT,
                                      ("valleypost", "Fares <b>&</b> \x0b rose"),),))
    root = ET.fromstring(junit.render(rep))
    assert int(root.get("failures")) == 2
