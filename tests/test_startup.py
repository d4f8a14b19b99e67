"""A fast first second (issue 9): `import checker` and `checker --version` load no heavy module.

Timings belong to `make bench`; this guards the cause instead. Each case runs in a fresh
interpreter, because the suite itself has imported everything long before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Each takes from 10 ms (yaml) to 150 ms (numpy, pandas) or a second (spacy) to import; a run that needs one
# imports it where it is used.
HEAVY = (
    "numpy",
    "pandas",
    "rapidfuzz",
    "yaml",
    "trafilatura",
    "dask",
    "distributed",
    "openpyxl",
    "rich",
    "pydantic",
    "jinja2",
    "lxml",
    "currency_converter",
    "nicknames",
    "spellchecker",
    "spacy",
    "thinc",
)

_IMPORT = "import checker"
_VERSION = """
import sys
sys.argv = ["checker", "--version"]
from checker.cli import main
try:
    main()
except SystemExit as done:
    assert not done.code, done.code
"""


def _loaded_after(code: str) -> list[str]:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    modules = json.loads(out.strip().splitlines()[-1])
    return sorted({m.split(".")[0] for m in modules} & set(HEAVY))


@pytest.mark.parametrize("code", [_IMPORT, _VERSION], ids=["import checker", "checker --version"])
def test_starting_loads_no_heavy_module(code):
    assert _loaded_after(code) == []


REFERENCE = Path(__file__).resolve().parents[1] / "fixtures" / "hk-data-requests"
# What the reference story needs is loaded where it is used; these it does not need at all
# (numpy it does: the parser's arrays).
NOT_FOR_A_REPORT = ("pandas", "dask", "distributed", "openpyxl", "trafilatura")


def test_a_report_of_the_reference_story_loads_no_array_or_table_library(tmp_path):
    out = tmp_path / "report.json"
    code = f"""
import sys
sys.argv = ["checker", "diff", {str(REFERENCE)!r}, "-o", {str(out)!r}, "--format", "json"]
from checker.cli import main
try:
    main()
except SystemExit as done:
    assert done.code in (0, 1), done.code
"""
    assert [m for m in _loaded_after(code) if m in NOT_FOR_A_REPORT] == []
    assert out.stat().st_size > 0


def test_the_guard_sees_a_heavy_module_when_one_is_loaded():
    assert _loaded_after("import checker, yaml") == ["yaml"]
