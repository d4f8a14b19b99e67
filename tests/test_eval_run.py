"""`python3 tasks.py eval` (checker/evalrun.py) on a corpus made of the invented blind stories.

Given a blind set and a development set, each with a recipe, gold files and saved excerpts,
the command rebuilds the texts, scores both in one process and prints one table; its JSON
holds what `checker eval` would say of the same folders, pooled over the unseen and over the
development sets; the README's section is written from that JSON.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import checker
from checker.evalreport import BEGIN, END, readme_section, render_readme
from checker.evalrun import capability_rates, main, run_behaviour
from checker.evaluate import load_gold, pool, score

BLIND = Path(__file__).parent / "blind"
STORIES = {"unseen-set": ["bank-merger", "port-strike"], "dev-set": ["vaccine-rollout"]}


def body_of(text: str) -> str:
    from checker.evalrun import builder

    return builder().body_of(text)


def recipe_event(story: str, raw: Path) -> str:
    """The story's [[event]] in a recipe, its excerpts saved under RAW/<story>/."""
    rows = list(csv.DictReader((BLIND / story / "sources.csv").open(encoding="utf-8")))
    lines = ["[[event]]", f'name = "{story}"', 'domain = "invented"', ""]
    for row in rows:
        text = (BLIND / story / f"{row['source']}.txt").read_text(encoding="utf-8")
        (raw / story).mkdir(parents=True, exist_ok=True)
        (raw / story / f"{row['source']}.json").write_text(json.dumps(text), encoding="utf-8")
        body = body_of(text)
        lines += [
            "[[event.article]]",
            f'slug = "{row["source"]}"',
            f"outlet = {json.dumps(row['outlet'])}",
            f'url = "{row["url"]}"',
            f'date = "{row["published"]}"',
            f'query = "{story}"',
            "query_confirmed = true",
            "query_rank = 1",
            f'body_sha256 = "{hashlib.sha256(body.encode()).hexdigest()}"',
            f"chars = {len(body)}",
            "",
        ]
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def no_texts_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHECKER_EVAL_TEXTS", raising=False)


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    """eval/real with an unseen set (its files in its folder, no set.toml) and a development set
    whose gold and recipe live elsewhere (as the shared sets do); excerpts under raw/."""
    real, raw, elsewhere = tmp_path / "real", tmp_path / "raw", tmp_path / "shared-dev"
    for name, stories in STORIES.items():
        source = real / name if name == "unseen-set" else elsewhere
        source.mkdir(parents=True)
        events = [recipe_event(st, raw / name) for st in stories]
        (source / "recipe.toml").write_text("\n".join(events), encoding="utf-8")
        for st in stories:
            gold = (BLIND / st / "gold.toml").read_text(encoding="utf-8")
            (source / f"{st}.toml").write_text(gold, encoding="utf-8")
        (real / name).mkdir(parents=True, exist_ok=True)
        (real / name / "README.md").write_text("- Built: 2026-12-06\n", encoding="utf-8")
    (real / "dev-set" / "set.toml").write_text(
        'status = "development"\nbuilt = "2026-12-06"\nby = "a test"\n'
        f'gold = "{elsewhere}"\n'
        'used_for = [{ role = "blind", when = "2026-12-06", what = "scored" },'
        ' { role = "development", when = "2026-12-07", what = "developed on" }]\n',
        encoding="utf-8",
    )
    return {"real": real, "raw": raw, "texts": tmp_path / "texts", "json": tmp_path / "r.json"}


def run(c: dict[str, Path], *extra: str) -> int:
    base = ["--corpus", str(c["real"]), "--json", str(c["json"]), "--no-behaviour"]
    return main([*base, *extra])


def expected(texts: Path, name: str, gold_dir: Path) -> dict[str, Any]:
    """What `checker eval TEXTS/<set>/*/ --gold-dir DIR` pools to."""
    parts = [
        score(checker.check(texts / name / st), load_gold(gold_dir / f"{st}.toml"))
        for st in STORIES[name]
    ]
    p = pool(parts)
    return {
        "core_recall": p.recall.get("core"),
        "verdict_accuracy": p.verdict_accuracy,
        "conflict_precision": p.conflict_precision,
        "single_source_recall": p.single_source_recall,
        "false_alarms": len(p.false_alarms),
    }


def test_rebuilds_scores_and_pools_unseen_and_development_sets(
    corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(corpus, "--texts", str(corpus["texts"]), "--raw", str(corpus["raw"])) == 0
    out = capsys.readouterr().out
    assert "unseen-set" in out and "dev-set" in out and "pooled: unseen" in out
    assert "Behaviour suite: not run (--no-behaviour)" in out
    doc = json.loads(corpus["json"].read_text(encoding="utf-8"))
    assert sorted((corpus["texts"] / "unseen-set").iterdir())[0].name == "bank-merger"
    by_name = {s["name"]: s for s in doc["sets"]}
    gold_dirs = {
        "unseen-set": corpus["real"] / "unseen-set",
        "dev-set": corpus["real"].parent / "shared-dev",
    }
    for name, gold_dir in gold_dirs.items():
        want = expected(corpus["texts"], name, gold_dir)
        assert {k: by_name[name]["figures"][k] for k in want} == want
        assert [s["story"] for s in by_name[name]["per_story"]] == STORIES[name]
    assert doc["pooled"]["unseen"]["sets"] == ["unseen-set"]
    assert doc["pooled"]["development"]["sets"] == ["dev-set"]
    assert doc["pooled"]["unseen"]["figures"] == by_name["unseen-set"]["figures"]
    assert doc["corpus"]["stories"] == 3 and doc["corpus"]["domain_names"] == ["invented"]
    assert doc["measured"]["commit"] and isinstance(doc["measured"]["dirty"], bool)


def test_a_text_that_differs_from_its_recipe_is_not_scored(
    corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(corpus, "--texts", str(corpus["texts"]), "--raw", str(corpus["raw"])) == 0
    article = next((corpus["texts"] / "dev-set" / "vaccine-rollout").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "An edit.\n", encoding="utf-8")
    assert run(corpus, "--texts", str(corpus["texts"])) == 1
    captured = capsys.readouterr()
    assert "differs from the recipe's hash" in captured.err
    doc = json.loads(corpus["json"].read_text(encoding="utf-8"))
    assert [s["name"] for s in doc["sets"]] == ["unseen-set"]
    assert doc["pooled"]["development"] is None
    assert doc["not_scored"][0]["name"] == "dev-set"


def test_set_restricts_the_run_and_an_unknown_set_is_an_error(
    corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    texts = ["--texts", str(corpus["texts"]), "--raw", str(corpus["raw"])]
    assert run(corpus, *texts, "--set", "dev-set") == 0
    assert not (corpus["texts"] / "unseen-set").exists()
    doc = json.loads(corpus["json"].read_text(encoding="utf-8"))
    assert [s["name"] for s in doc["sets"]] == ["dev-set"]
    assert doc["corpus"]["sets"] == 2  # the corpus is counted whole
    assert run(corpus, *texts, "--set", "nope") == 2
    assert "no set nope" in capsys.readouterr().err


def test_without_texts_nothing_is_scored_and_the_json_is_kept(
    corpus: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(corpus) == 2
    assert "--texts DIR or $CHECKER_EVAL_TEXTS" in capsys.readouterr().err
    corpus["texts"].mkdir()
    monkeypatch.setenv("CHECKER_EVAL_TEXTS", str(corpus["texts"]))
    assert run(corpus) == 1
    assert not corpus["json"].exists()


def test_the_readme_section_is_written_from_the_json(corpus: dict[str, Path]) -> None:
    readme = corpus["real"].parent / "README.md"
    readme.write_text(
        f"# Title\n\n## Quality\n\n{BEGIN}\nstale figures\n{END}\n\nAfter.\n", encoding="utf-8"
    )
    texts = ["--texts", str(corpus["texts"]), "--raw", str(corpus["raw"])]
    assert run(corpus, *texts, "--readme", "--readme-file", str(readme)) == 0
    doc = json.loads(corpus["json"].read_text(encoding="utf-8"))
    text = readme.read_text(encoding="utf-8")
    assert readme_section(text) == render_readme(doc)
    assert (
        text.startswith("# Title\n")
        and text.endswith("\n\nAfter.\n")
        and "stale figures" not in text
    )
    # --readme alone rewrites the section from the JSON already there, without scoring
    shutil.rmtree(corpus["texts"])
    readme.write_text(f"{BEGIN}\nstale\n{END}\n", encoding="utf-8")
    assert main(["--readme", "--json", str(corpus["json"]), "--readme-file", str(readme)]) == 0
    assert readme_section(readme.read_text(encoding="utf-8")) == render_readme(doc)


@pytest.mark.parametrize(
    "raw",
    [
        {"number-fires": 0.9, "quiet-reworded": 1.0},
        {"capabilities": {"number-fires": {"rate": 0.9, "passed": 9, "cases": 10}}},
        {"capabilities": {"number-fires": {"passed": 9, "cases": 10}}},
    ],
)
def test_the_behaviour_suites_rates_are_read_from_its_json(raw: Any) -> None:
    assert capability_rates(raw)["number-fires"]["rate"] == pytest.approx(0.9)


def test_the_behaviour_suite_runs_as_a_module_and_its_rates_are_kept(tmp_path: Path) -> None:
    assert run_behaviour(tmp_path) == {"ran": False, "why": "tests/behaviour is absent"}
    suite = tmp_path / "tests" / "behaviour"
    suite.mkdir(parents=True)
    (suite / "__main__.py").write_text(
        "import json, sys\n"
        "path = sys.argv[sys.argv.index('--json') + 1]\n"
        "rates = {'number-fires': {'rate': 0.5, 'passed': 1, 'cases': 2}}\n"
        "json.dump({'capabilities': rates}, open(path, 'w'))\n"
        "sys.exit(1)\n",
        encoding="utf-8",
    )
    got = run_behaviour(tmp_path)
    assert got["ran"] and got["exit_code"] == 1
    assert got["capabilities"] == {"number-fires": {"rate": 0.5, "passed": 1, "total": 2}}
