"""The GitHub workflow and the pre-commit hook do what docs/ci.md says: their commands run
as written on a copy of the reference story."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import yaml

from checker.cli.ci import register

ROOT = Path(__file__).parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "checker.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
STORY = "fixtures/hk-data-requests"


def _checker_commands(workflow: dict) -> list[str]:
    """The `run` lines of the workflow's steps that call checker."""
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    lines = [line.strip() for s in steps for line in s.get("run", "").splitlines()]
    return [line for line in lines if line.startswith("checker ")]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository holding a copy of the story."""
    shutil.copytree(ROOT / STORY, tmp_path / STORY)
    return tmp_path


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a documented command as CI would: through the shell, `checker` on the PATH."""
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    if shutil.which("checker", path=env["PATH"]) is None:
        pytest.skip("no `checker` command installed beside this Python")
    return subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True,
                          text=True, check=False, timeout=600)


def test_the_workflow_runs_checker_ci_and_uploads_its_sarif(repo: Path) -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    commands = _checker_commands(workflow)
    assert [shlex.split(c)[:2] for c in commands] == [["checker", "ci"]]
    upload = next(s for job in workflow["jobs"].values() for s in job["steps"]
                  if "upload-sarif" in s.get("uses", ""))
    sarif_file = upload["with"]["sarif_file"]
    assert f"-o {sarif_file}" in commands[0]

    # Without a baseline every conflict of the story is new: the job fails, SARIF written.
    failing = _shell(commands[0], repo)
    assert failing.returncode == 1, failing.stderr
    assert (repo / sarif_file).is_file()

    # After the documented one-time `checker baseline`, the same job passes.
    words = shlex.split(commands[0])
    baseline = words[words.index("--baseline") + 1] if "--baseline" in words else "checker-baseline.json"
    (repo / baseline).unlink(missing_ok=True)
    assert _shell(f"checker baseline {STORY} -o {baseline}", repo).returncode == 0
    passing = _shell(commands[0], repo)
    assert passing.returncode == 0, passing.stderr
    results = json.loads((repo / sarif_file).read_text(encoding="utf-8"))["runs"][0]["results"]
    assert results and {r["baselineState"] for r in results} == {"unchanged"}


def test_the_pre_commit_hook_runs_checker_ci_on_the_story_it_is_given(repo: Path) -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["checker-ci"]
    hook = hooks[0]
    assert hook["pass_filenames"] is False  # the story folder comes from `args`
    command = f"{hook['entry']} {shlex.quote(STORY)}"
    assert _shell(command, repo).returncode == 1  # no baseline yet: the conflicts are new
    assert _shell(f"checker baseline {STORY}", repo).returncode == 0
    result = _shell(command, repo)
    assert result.returncode == 0, result.stderr


def test_docs_cover_every_ci_command_and_option() -> None:
    app = typer.Typer()
    register(app)
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app)
    for name, sub in command.commands.items():
        assert f"checker {name}" in doc, name
        assert sub.help, f"`checker {name}` has no help text"
        for param in sub.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}" in doc or f" {opt} " in doc, f"{name} {opt} not in docs"
