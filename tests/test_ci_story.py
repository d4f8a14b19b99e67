"""The CI gate on the reference story, through the real pipeline and the real command line.

Every test works on a copy of the story in a temporary folder; fixtures/ is never touched.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli import app
from checker.records import State, Verdict

FIXTURE = Path(__file__).parents[1] / "fixtures" / "hk-data-requests"
SCHEMA = Path(__file__).parents[2] / "shared/schemas/sarif-schema-2.1.0.json"
ID_LINE = re.compile(r"^(c[0-9][0-9a-f]{10}(?:-\d+)?)  ", re.M)


def run(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def copy_story(dest: Path, order: list[str] | None = None) -> Path:
    """Copy the story, writing its files in `order` (default: sorted)."""
    dest.mkdir(parents=True)
    names = order or sorted(p.name for p in FIXTURE.iterdir())
    for name in names:
        shutil.copy2(FIXTURE / name, dest / name)
    return dest


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return copy_story(tmp_path / "story")


@pytest.fixture
def baselined(story: Path) -> Path:
    made = run("baseline", story)
    assert made.exit_code == 0, made.output
    return story


def edit(story: Path, name: str, change) -> None:
    path = story / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _rewrap(text: str) -> str:
    """Every line hard-wrapped at 60 columns, as an editor's re-wrap does."""
    return "\n".join(textwrap.fill(line, 60) if line.strip() else line for line in text.split("\n"))


def _smart_quotes(text: str) -> str:
    """Straight quotes and apostrophes made typographic, as a word processor does."""
    text = re.sub(r'(^|[\s(\[])"', "\\1“", text, flags=re.M).replace('"', "”")
    text = re.sub(r"(\w)'", "\\1’", text)
    return re.sub(r"(^|[\s(\[])'", "\\1‘", text, flags=re.M).replace("'", "’")


def _straight_quotes(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def _white_space(text: str) -> str:
    """Blank lines between all paragraphs, two spaces after full stops, trailing spaces."""
    text = re.sub(r"\n+", "\n\n", text)
    return text.replace(". ", ".  ").replace("\n", "  \n")


def _new_paragraph(text: str) -> str:
    first, rest = text.split("\n", 1)
    return f"{first}\n\nThis article has been updated.\n\n{rest}"


EDITS = {
    "rewrap": _rewrap,
    "smart-quotes": _smart_quotes,
    "straight-quotes": _straight_quotes,
    "white-space": _white_space,
    "new-paragraph": _new_paragraph,
}


def _edit_cases() -> list:
    return [
        pytest.param(change, name, id=f"{change}-{name}")
        for change in EDITS
        for name in sorted(p.name for p in FIXTURE.glob("*.txt"))
    ]


def test_baseline_then_ci_passes(baselined: Path) -> None:
    result = run("ci", baselined)
    assert result.exit_code == 0, result.output
    assert ID_LINE.findall(result.stdout) == []


@pytest.mark.parametrize("change, name", _edit_cases())
def test_edits_that_say_nothing_new_keep_every_id(baselined: Path, change: str, name: str):
    before = Path("checker-baseline.json").read_bytes()
    edit(baselined, name, EDITS[change])
    result = run("ci", baselined)
    assert result.exit_code == 0, result.output
    report = checker.check(baselined, baseline="checker-baseline.json")
    assert [f.id for f in report.findings if f.state is State.NEW] == []
    assert report.stale == ()
    assert run("baseline", baselined).exit_code == 0
    assert Path("checker-baseline.json").read_bytes() == before  # no churn


def test_file_order_changes_nothing(baselined: Path) -> None:
    """The story copied again, its files written in reverse order with new times."""
    before = Path("checker-baseline.json").read_bytes()
    names = sorted(p.name for p in FIXTURE.iterdir())
    shutil.rmtree(baselined)
    baselined.mkdir()
    for name in reversed(names):
        shutil.copyfile(FIXTURE / name, baselined / name)
    result = run("ci", baselined)
    assert result.exit_code == 0, result.output
    assert "new, " in result.stderr and " 0 new," in result.stderr
    assert run("baseline", baselined).exit_code == 0
    assert Path("checker-baseline.json").read_bytes() == before


def test_fingerprints_equal_across_shuffled_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    names = sorted(p.name for p in FIXTURE.iterdir())
    shuffled = names[:]
    random.Random(3).shuffle(shuffled)
    copy_story(tmp_path / "a" / "story", names)
    copy_story(tmp_path / "b" / "story", shuffled)
    first, second = checker.check("a/story"), checker.check("b/story")
    assert [f.id for f in first.findings] == [f.id for f in second.findings]
    assert len({f.id for f in first.findings}) == len(first.findings) > 0


def test_a_changed_number_is_one_new_conflict_until_resolved(baselined: Path) -> None:
    edit(baselined, "bolnews.txt", lambda t: t.replace("81 accounts", "18 accounts"))
    failed = run("ci", baselined)
    assert failed.exit_code == 1, failed.output
    ids = ID_LINE.findall(failed.stdout)
    assert len(ids) == 1, failed.stdout
    assert "18 accounts" in failed.stdout

    resolved = run("resolve", ids[0], "--status", "corrected", "--note", "BOL fixed it")
    assert resolved.exit_code == 0, resolved.output
    assert run("ci", baselined).exit_code == 0

    edit(baselined, "bolnews.txt", lambda t: t.replace("18 accounts", "81 accounts"))
    back = run("ci", baselined)
    assert back.exit_code == 0, back.output
    assert f"{ids[0]} (corrected: BOL fixed it) matches no finding any more" in back.stderr


@pytest.mark.parametrize(
    "file, content",
    [
        ("checker-baseline.json", "{"),
        ("checker-baseline.json", '{"schema": "checker.baseline/7"}'),
        ("checker-resolutions.json", "[]"),
        ("checker-resolutions.json", '{"schema": "checker.resolutions/0"}'),
    ],
)
def test_a_malformed_or_unknown_version_file_exits_2(story: Path, file: str, content: str):
    Path(file).write_text(content, encoding="utf-8")
    result = run("ci", story)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"checker: error: {file}")


def test_sarif_of_the_story_validates_and_says_what_changed(baselined: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"the shared SARIF schema is not beside the project ({SCHEMA})")
    edit(baselined, "bolnews.txt", lambda t: t.replace("81 accounts", "18 accounts"))
    # The story as CI names it, relative to the repository: SARIF locations are relative too.
    result = run("ci", baselined.name, "--format", "sarif", "-o", "checker.sarif")
    assert result.exit_code == 1
    sarif = json.loads(Path("checker.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    states = [r["baselineState"] for r in sarif["runs"][0]["results"]]
    assert states.count("new") >= 1 and "unchanged" in states
    for result in sarif["runs"][0]["results"]:
        for location in result.get("locations", []):
            physical = location["physicalLocation"]
            path = Path(physical["artifactLocation"]["uri"])
            lines = path.read_text(encoding="utf-8").split("\n")
            region = physical["region"]
            if region["startLine"] == region["endLine"]:
                line = lines[region["startLine"] - 1]
                cited = line[region["startColumn"] - 1 : region["endColumn"] - 1]
                assert cited == region["snippet"]["text"]


def test_junit_counts_the_new_conflicts(baselined: Path) -> None:
    edit(baselined, "bolnews.txt", lambda t: t.replace("81 accounts", "18 accounts"))
    result = run("ci", baselined, "--format", "junit", "-o", "checker.xml")
    assert result.exit_code == 1
    root = ET.parse("checker.xml").getroot()
    report = checker.check(baselined, baseline="checker-baseline.json")
    new_conflicts = [
        f for f in report.findings if f.state is State.NEW and f.verdict is Verdict.CONFLICT
    ]
    assert int(root.get("failures")) == len(new_conflicts) == 1
    assert len(root.findall(".//testcase/failure")) == 1
    assert int(root.get("tests")) == len(report.findings)
