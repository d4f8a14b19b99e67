"""The README's quality figures are eval/results.json's, as `python3 tasks.py eval` measured them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from checker.evalreport import readme_section, render_readme
from checker.evalrun import capability_rates
from checker.evalsets import load_sets

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "results.json"


def results() -> dict:
    return json.loads(RESULTS.read_text(encoding="utf-8"))


def test_the_readme_figures_are_those_of_eval_results_json() -> None:
    section = readme_section((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section is not None, "README.md has no generated quality section"
    assert section == render_readme(results()), (
        "README.md's quality section differs from eval/results.json:"
        " run `python3 tasks.py eval --readme`"
    )


def test_the_results_name_the_commit_and_sets_of_the_corpus() -> None:
    doc = results()
    assert doc["schema"] == "checker.eval/1"
    assert len(doc["measured"]["commit"]) == 40 and doc["measured"]["date"]
    corpus = {s.name: s.status for s in load_sets(ROOT / "eval" / "real", ROOT)}
    for s in doc["sets"]:
        assert s["name"] in corpus, f"{s['name']} is not a set under eval/real"
        assert sum(1 for _ in s["per_story"]) == s["stories"]
    pooled = doc["pooled"]["development"]
    if pooled is not None:
        assert pooled["stories"] == sum(
            s["stories"] for s in doc["sets"] if s["status"] == "development"
        )


def test_the_behaviour_table_counts_the_cases_the_suite_ran(tmp_path) -> None:
    """The quality table gives each capability's cases, read from the suite's own JSON."""
    out = tmp_path / "b.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.behaviour", "--json", str(out), "--capability", "fire:unit"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert out.exists(), done.stderr
    rates = capability_rates(json.loads(out.read_text(encoding="utf-8")))
    assert rates["fire:unit"]["total"] > 0
    assert rates["fire:unit"]["passed"] <= rates["fire:unit"]["total"]
