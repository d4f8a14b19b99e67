"""A user's boilerplate patterns (--rules DIR/lexicon/boilerplate.yaml) run under RE2: no
pattern can make a run hang, and one RE2 cannot use is one error naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.clean import load_boilerplate
from checker.errors import CheckerError
from checker.lexicon import pack_dir

PATTERN = """
  - id: {id}
    group: promo
    scope: line
    description: A user's own pattern.
    regex: '{regex}'
"""


def user_file(tmp_path: Path, regex: str, pid: str = "mine") -> Path:
    default = (pack_dir() / "lexicon" / "boilerplate.yaml").read_text(encoding="utf-8")
    path = tmp_path / "lexicon" / "boilerplate.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(default.rstrip("\n") + "\n" + PATTERN.format(id=pid, regex=regex), "utf-8")
    return path


def test_a_catastrophic_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    # Under a backtracking engine this line takes longer than the test suite; under RE2 it is
    # immediate. No timing is asserted: a hang would stop the suite.
    patterns = load_boilerplate(user_file(tmp_path, "(a+)+$"))
    assert "mine" in patterns.linear
    assert patterns.match("line", "a" * 40 + "!") is None
    assert patterns.match("line", "a" * 40) == "mine"


def test_the_copied_default_patterns_still_run_as_shipped(tmp_path: Path) -> None:
    patterns = load_boilerplate(user_file(tmp_path, "Brought to you by [A-Z][a-z]+ Widgets\\.?"))
    assert patterns.linear == frozenset({"mine"})
    assert patterns.match("line", "Advertisement") == "ad-label"
    assert patterns.match("line", "Brought to you by Acme Widgets.") == "mine"


@pytest.mark.parametrize("regex", ["(?<=Read) more", "(a)\\\\1"])
def test_a_pattern_re2_cannot_use_is_one_error_naming_file_and_line(
    tmp_path: Path, regex: str
) -> None:
    path = user_file(tmp_path, regex)
    line = path.read_text(encoding="utf-8").splitlines().index("  - id: mine") + 1
    with pytest.raises(CheckerError) as err:
        load_boilerplate(path)
    assert err.value.where == f"{path}:{line}"
