"""Configuration files: found upward, checker.toml first, strict about keys and types."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

import checker
from checker.config import Config, key_name, load_config, parse_config
from checker.errors import CheckerError

DEFAULTS = Path(checker.__file__).parent / "defaults.toml"


def test_the_defaults_file_documents_every_setting_with_its_default() -> None:
    text = DEFAULTS.read_text(encoding="utf-8")
    table = tomllib.loads(text)
    assert parse_config(DEFAULTS, table) == Config()
    # Settings without a value by default (TOML has no null) are shown commented out.
    unset = {key_name(f.name) for f in fields(Config) if f.default is None}
    assert set(table) | unset == {key_name(f.name) for f in fields(Config)}
    for key in unset:
        assert re.search(rf"^# {key} = ", text, re.M), f"{key} is not shown in defaults.toml"


def test_no_file_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()


def test_found_upward_and_checker_toml_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    deep = tmp_path / "stories" / "2024"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\nfail-on = "any"\nselect = ["number"]\n')
    monkeypatch.chdir(deep)
    assert load_config().fail_on == "any"
    assert load_config().baseline == "checker-baseline.json"  # no key: the default, as is
    (tmp_path / "checker.toml").write_text('format = "sarif"\nbaseline = "ci/known.json"\n')
    config = load_config()
    assert (config.fail_on, config.format) == ("conflict", "sarif")  # pyproject ignored
    assert Path(config.baseline).resolve() == (tmp_path / "ci/known.json").resolve()


def test_a_pyproject_without_a_checker_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "checker.toml").write_text('fail-on = "any"\n')
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "pyproject.toml").write_text('[project]\nname = "app"\n')
    assert load_config(tmp_path / "app").fail_on == "any"


def test_thresholds_become_per_rule_parameters(tmp_path: Path) -> None:
    (tmp_path / "checker.toml").write_text(
        '[thresholds.number]\ntolerance = 0.02\nunits = ["percent", "point"]\n'
        '[thresholds.currency]\ntolerance = 0.05\n')
    config = load_config(tmp_path)
    assert config.params_for("number") == {"tolerance": 0.02, "units": ("percent", "point")}
    assert config.params_for("currency") == {"tolerance": 0.05}
    assert config.params_for("date") == {}


@pytest.mark.parametrize("content, says", [
    ('fail-on = "all"', "fail-on: must be one of conflict, any, not 'all'"),
    ('format = "pdf"', "format: must be one of"),
    ('select = "number"', "select: must be a list of rule ids or prefixes"),
    ("baseline = 3", "baseline: must be a path"),
    ("thresholds = 1", "thresholds: must be a table"),
    ("[thresholds.number]\ntolerance = {a = 1}", "thresholds: number.tolerance: must be"),
    ('rule-dir = "x"', "unknown key 'rule-dir' (did you mean 'rules'?)"),
    ("fail-on = ", "not valid TOML"),
])
def test_wrong_keys_and_types_name_the_file_and_key(tmp_path: Path, content: str, says: str):
    (tmp_path / "checker.toml").write_text(content + "\n")
    with pytest.raises(CheckerError) as err:
        load_config(tmp_path)
    assert err.value.where.endswith("checker.toml")
    assert says in err.value.what


def test_errors_in_pyproject_name_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.checker]\nprune = true\n')
    with pytest.raises(CheckerError, match=r"\[tool.checker\] unknown key 'prune'"):
        load_config(tmp_path)
