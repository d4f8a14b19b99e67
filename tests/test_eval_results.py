"""The README's quality figures are eval/results.json's, as `python3 tasks.py eval` measured them."""

from __future__ import annotations

import json
from pathlib import Path

from checker.evalreport import readme_section, render_readme
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
