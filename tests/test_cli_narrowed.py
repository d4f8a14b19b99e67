"""main() hands typer only the command a run names (checker/cli/__init__.py, `_app_for`):
whatever the arguments, a user sees what the whole app would show."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import _app_for, app

STORY = str(Path(__file__).resolve().parents[1] / "fixtures" / "hk-data-requests")
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_state_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def shown(typer_app, args: list[str]) -> tuple[int, str]:
    result = runner.invoke(typer_app, args)
    return result.exit_code, result.output


NAMES = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
ARGS = [
    *([name, "--help"] for name in NAMES),
    ["diff", STORY, "--format", "json"],
    ["diff"],  # a missing argument
    ["diff", STORY, "--bogus"],  # an unknown option
    ["diff", STORY, "--select", "no-such-rule"],
    ["--version"],
    ["--help"],
    ["dif", STORY],  # a typo: the whole app, which suggests `diff`
    [],
]


@pytest.mark.parametrize("args", ARGS, ids=lambda a: " ".join(a).replace(STORY, "STORY") or "none")
def test_a_narrowed_app_shows_what_the_whole_app_shows(args):
    assert shown(_app_for(args), args) == shown(app, args)


def test_only_a_named_command_or_the_version_narrows_the_app():
    assert [c.name for c in _app_for(["diff", STORY]).registered_commands] == ["diff"]
    assert _app_for(["--version"]).registered_commands == []
    for args in (["--help"], ["dif"], [], ["--version", "diff"]):
        assert _app_for(args) is app
    assert len(app.registered_commands) == len(NAMES)  # the app itself is left whole
