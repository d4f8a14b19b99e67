"""What a user installing checker, or building it from an sdist, relies on (issue 9, item 10)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_licence_file_is_the_licence_pyproject_names() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]


def test_every_folder_of_the_package_is_declared_so_setuptools_stays_silent() -> None:
    # setuptools warns ("Package would be ignored") about each importable folder it is not
    # told about, data-only folders included.
    config = PYPROJECT["tool"]["setuptools"]
    found = set()
    for name, folder in (("checker", ROOT / "checker"), ("checker._rules", ROOT / "rules")):
        for sub in [folder, *folder.rglob("*")]:
            if not sub.is_dir() or "__pycache__" in sub.parts:
                continue
            if name == "checker" and sub.relative_to(folder).parts[:1] == ("_rules",):
                continue
            if any(f.is_file() for f in sub.iterdir()):
                found.add(".".join((name, *sub.relative_to(folder).parts)))
    assert found - set(config["packages"]) == set(), "add these to [tool.setuptools] packages"
    data = config["package-data"]
    assert "checker.templates" in data and "checker._rules.lexicon" in data


def test_the_sdist_carries_what_its_tests_need() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for folder in ("tests", "fixtures", "docs", "rules", "eval"):
        assert re.search(rf"^graft {folder}$", manifest, re.M), folder


@pytest.mark.parametrize("command", ["diff", "claims", "baseline", "ci", "eval", "explain"])
def test_usage_lines_name_arguments_without_braces(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    usage = result.output.splitlines()[0]
    assert usage.startswith(f"Usage: checker {command} ")
    assert "{" not in usage and "}" not in usage, usage


@pytest.mark.parametrize("columns", [60, 80, 132])
def test_checker_rules_fits_the_terminal(columns: int, tmp_path: Path) -> None:
    # Run outside the checkout, so that `python -c` imports checker as installed.
    done = subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", "rules"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "COLUMNS": str(columns)},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) > 5
    assert max(len(line) for line in lines) <= columns
