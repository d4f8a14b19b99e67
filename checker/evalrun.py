"""`python3 tasks.py eval`: rebuild the real sets' texts, score every set present, one table.

    python -m checker.evalrun --texts DIR [--raw DIR] [--set NAME]... [--readme]

Texts are read from DIR/<set>/<story>/ (--texts, else the environment variable
CHECKER_EVAL_TEXTS); with --raw, each set with excerpts in RAW/<set>/<story>/<slug>.json is
first rebuilt there by eval/build.py. Every story is checked and scored in this process
(checker.check, checker.evaluate.score and pool); the figures go to eval/results.json and the
terminal, and with --readme into the README's quality section. See eval/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import checker
from checker.errors import CheckerError
from checker.evalsets import REAL, ROOT, EvalSet, Story, corpus_size, load_sets
from checker.evaluate import Scores, load_gold, pool, score

ENV = "CHECKER_EVAL_TEXTS"
RESULTS = ROOT / "eval" / "results.json"
README = ROOT / "README.md"
TARGET = {"stories": 30, "domains": 12}
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}
# Files whose changes cannot move a figure: the driver's own outputs.
OUTPUTS = {"eval/results.json", "README.md"}


@dataclass(frozen=True)
class SetResult:
    set: EvalSet
    stories: tuple[tuple[Story, Scores], ...]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="tasks.py eval", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    p.add_argument(
        "--texts",
        type=Path,
        metavar="DIR",
        help=f"rebuilt story folders, DIR/<set>/<story>/ (default: ${ENV})",
    )
    p.add_argument(
        "--raw",
        type=Path,
        metavar="DIR",
        help="saved excerpts, DIR/<set>/<story>/<slug>.json: rebuild into --texts first",
    )
    p.add_argument(
        "--set", dest="sets", action="append", metavar="NAME", help="only this set (repeatable)"
    )
    p.add_argument(
        "--json",
        type=Path,
        default=RESULTS,
        metavar="FILE",
        help="where the figures go (default: eval/results.json)",
    )
    p.add_argument(
        "--readme",
        action="store_true",
        help="write the README's quality section from the JSON (alone: from the "
        "JSON already there, nothing scored)",
    )
    p.add_argument(
        "--no-behaviour",
        dest="behaviour",
        action="store_false",
        help="do not run the behaviour suite (tests/behaviour)",
    )
    p.add_argument("--corpus", type=Path, default=REAL, metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--readme-file", type=Path, default=README, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def selected(sets: list[EvalSet], names: list[str] | None) -> list[EvalSet]:
    if not names:
        return sets
    known = {s.name: s for s in sets}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise CheckerError("--set", f"no set {', '.join(unknown)} (sets: {', '.join(known)})")
    return [known[n] for n in sorted(set(names))]


# --- rebuilding texts from excerpts (eval/build.py) ----------------------------------------


def builder() -> ModuleType:
    path = ROOT / "eval" / "build.py"
    spec = importlib.util.spec_from_file_location("_checker_eval_build", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise CheckerError(path, "the set builder is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rebuild(s: EvalSet, raw: Path, texts: Path) -> bool:
    """Build TEXTS/<set>/ from RAW/<set>/ whole, replacing what was there only on success."""
    texts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=texts, prefix=f".{s.name}-build-") as tmp:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = builder().build(s.source, raw / s.name, Path(tmp) / s.name)
        lines = out.getvalue().splitlines()
        for line in lines[:-1]:
            if not line.endswith(": MATCH"):
                print(f"  {s.name}/{line}", file=sys.stderr)
        summary = lines[-1] if lines else "nothing built"
        print(f"{s.name}: rebuilt from {raw / s.name}: {summary}", file=sys.stderr)
        if code:
            print(f"{s.name}: build failed; {texts / s.name} left as it was", file=sys.stderr)
            return False
        shutil.rmtree(texts / s.name, ignore_errors=True)
        (Path(tmp) / s.name).rename(texts / s.name)
    return True


def rebuild_all(sets: list[EvalSet], raw: Path, texts: Path) -> int:
    failed = 0
    for s in sets:
        if not s.available:
            print(f"{s.name}: recipe not found at {s.recipe}; not rebuilt", file=sys.stderr)
        elif not (raw / s.name).is_dir():
            print(f"{s.name}: no excerpts in {raw / s.name}; not rebuilt", file=sys.stderr)
        elif not rebuild(s, raw, texts):
            failed += 1
    return failed


# --- scoring -------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_problems(story: Story, folder: Path) -> list[str]:
    """What keeps a story folder from being the recipe's texts: missing, extra or changed."""
    if not folder.is_dir():
        return [f"{story.name}: no story folder"]
    files = {p.stem: p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES}
    want = {a.slug: a for a in story.articles}
    problems = [f"{story.name}/{slug}: missing" for slug in sorted(want.keys() - files.keys())]
    problems += [f"{story.name}/{p}: not in the recipe" for p in sorted(files.keys() - want.keys())]
    problems += [
        f"{story.name}/{slug}: differs from the recipe's hash"
        for slug in sorted(want.keys() & files.keys())
        if sha256(files[slug]) != want[slug].body_sha256
    ]
    return problems


def score_set(s: EvalSet, stories: tuple[Story, ...], folder: Path) -> SetResult:
    print(f"{s.name}: checking and scoring {len(stories)} stories", file=sys.stderr)
    scored = tuple(
        (st, score(checker.check(folder / st.name), load_gold(s.gold_file(st.name))))
        for st in sorted(stories, key=lambda st: st.name)
    )
    return SetResult(s, scored)


def score_all(
    sets: list[EvalSet], texts: Path
) -> tuple[list[SetResult], list[dict[str, str]], int]:
    """The sets whose texts are present, scored; the others with why; how many were broken."""
    results, skipped, broken = [], [], 0
    for s in sets:
        folder = texts / s.name
        if not s.available:
            skipped.append(_skip(s, f"recipe not found at {s.recipe}"))
            continue
        if not folder.is_dir():
            skipped.append(_skip(s, f"no texts in {folder}"))
            continue
        stories = s.stories()
        problems = [p for st in stories for p in text_problems(st, folder / st.name)]
        if problems:
            broken += 1
            for p in problems:
                print(f"  {s.name}/{p}", file=sys.stderr)
            skipped.append(_skip(s, f"texts in {folder} do not match the recipe"))
            continue
        results.append(score_set(s, stories, folder))
    return results, skipped, broken


def _skip(s: EvalSet, why: str) -> dict[str, str]:
    return {"name": s.name, "status": s.status, "why": why}


# --- the document --------------------------------------------------------------------------


def figures(sc: Scores) -> dict[str, Any]:
    return {
        "core_recall": sc.recall.get("core"),
        "core_recall_strict": sc.strict_recall.get("core"),
        "subtle_recall": sc.recall.get("subtle"),
        "verdict_accuracy": sc.verdict_accuracy,
        "conflict_precision": sc.conflict_precision,
        "single_source_recall": sc.single_source_recall,
        "false_alarms": len(sc.false_alarms),
        "false_alarms_by_rule": sc.false_alarms_by_rule(),
        "misses_by_kind": sc.misses_by_kind(),
        "gold_items": {
            "core": sum(1 for i in sc.items if i.tier == "core"),
            "subtle": sum(1 for i in sc.items if i.tier == "subtle"),
            "single_source": sc.singles,
        },
        "conflicts_reported": sc.conflicts,
    }


def set_doc(r: SetResult) -> dict[str, Any]:
    return {
        "name": r.set.name,
        "status": r.set.status,
        "stories": len(r.stories),
        "figures": figures(pool([sc for _, sc in r.stories])),
        "per_story": [
            {
                "story": st.name,
                "domain": st.domain,
                "articles": len(st.articles),
                "figures": figures(sc),
            }
            for st, sc in r.stories
        ],
    }


def pooled_doc(results: list[SetResult]) -> dict[str, Any] | None:
    if not results:
        return None
    parts = [sc for r in results for _, sc in r.stories]
    return {
        "sets": [r.set.name for r in results],
        "stories": len(parts),
        "figures": figures(pool(parts)),
    }


def corpus_doc(sets: list[EvalSet]) -> dict[str, Any]:
    size = corpus_size(sets)
    return {
        "sets": size.sets,
        "stories": size.stories,
        "domains": len(size.domains),
        "domain_names": list(size.domains),
        "target": TARGET,
        "unreadable_sets": list(size.unreadable),
    }


def git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout


def measured() -> dict[str, Any]:
    status = git("status", "--porcelain")
    changed = [line[3:].split(" -> ")[-1] for line in (status or "").splitlines()]
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "commit": (git("rev-parse", "HEAD") or "unknown").strip(),
        "dirty": status is None or any(path not in OUTPUTS for path in changed),
    }


def document(
    corpus: list[EvalSet],
    results: list[SetResult],
    skipped: list[dict[str, str]],
    behaviour: dict[str, Any],
) -> dict[str, Any]:
    return {
        "schema": "checker.eval/1",
        "measured": measured(),
        "corpus": corpus_doc(corpus),
        "sets": [set_doc(r) for r in results],
        "not_scored": skipped,
        "pooled": {
            "unseen": pooled_doc([r for r in results if r.set.unseen]),
            "development": pooled_doc([r for r in results if not r.set.unseen]),
        },
        "behaviour": behaviour,
    }


# --- the behaviour suite (tests/behaviour, issue 15) --------------------------------------


def run_behaviour(root: Path = ROOT) -> dict[str, Any]:
    suite = root / "tests" / "behaviour"
    if not (suite / "__main__.py").is_file():
        return {"ran": False, "why": "tests/behaviour is absent"}
    print("behaviour: python -m tests.behaviour --json FILE", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "behaviour.json"
        cmd = [sys.executable, "-m", "tests.behaviour", "--json", str(out)]
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        if not out.is_file():
            tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return {"ran": False, "why": f"it wrote no JSON (exit {done.returncode}: {tail})"}
        raw = json.loads(out.read_text(encoding="utf-8"))
    return {"ran": True, "exit_code": done.returncode, "capabilities": capability_rates(raw)}


def capability_rates(raw: Any) -> dict[str, dict[str, Any]]:
    """Each capability's pass rate and counts, from `python -m tests.behaviour --json`: a
    `capabilities` mapping of capability to {rate, passed, cases} (or a bare rate)."""
    caps = raw.get("capabilities", raw) if isinstance(raw, dict) else raw
    if not isinstance(caps, dict):
        raise CheckerError("tests.behaviour --json", "no per-capability rates in its JSON")
    return {str(name): _rate(value) for name, value in sorted(caps.items())}


def _rate(value: Any) -> dict[str, Any]:
    if isinstance(value, int | float):
        return {"rate": float(value), "passed": None, "total": None}
    if not isinstance(value, dict):
        raise CheckerError("tests.behaviour --json", f"cannot read a rate from {value!r}")
    passed, total = value.get("passed"), value.get("cases")
    rate = value.get("rate")
    if rate is None and isinstance(passed, int) and isinstance(total, int) and total:
        rate = passed / total
    if not isinstance(rate, int | float):
        raise CheckerError("tests.behaviour --json", f"cannot read a rate from {value!r}")
    return {"rate": float(rate), "passed": passed, "total": total}


# --- the command ---------------------------------------------------------------------------


def write_json(path: Path, doc: dict[str, Any]) -> None:
    from checker.output import write_atomic

    write_atomic(path, json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def readme_only(args: argparse.Namespace) -> int:
    from checker.evalreport import update_readme

    if not args.json.is_file():
        raise CheckerError(args.json, "no figures yet: run `python3 tasks.py eval --texts DIR`")
    update_readme(args.readme_file, json.loads(args.json.read_text(encoding="utf-8")))
    print(f"{args.readme_file}: quality section written from {args.json}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    from checker.evalreport import render_table, update_readme

    texts = args.texts or (Path(os.environ[ENV]) if os.environ.get(ENV) else None)
    if texts is None:
        if args.readme:
            return readme_only(args)
        raise CheckerError("--texts", f"give the rebuilt texts' folder (--texts DIR or ${ENV})")
    corpus = load_sets(args.corpus)
    sets = selected(corpus, args.sets)
    failed = rebuild_all(sets, args.raw, texts) if args.raw else 0
    results, skipped, broken = score_all(sets, texts)
    if not results:
        print(f"no set has texts in {texts}: nothing scored, {args.json} unchanged")
        return 1
    behaviour = run_behaviour() if args.behaviour else {"ran": False, "why": "--no-behaviour"}
    doc = document(corpus, results, skipped, behaviour)
    write_json(args.json, doc)
    print(render_table(doc), end="")
    if args.readme:
        update_readme(args.readme_file, doc)
    return 1 if failed or broken else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except CheckerError as err:
        print(f"tasks.py eval: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
