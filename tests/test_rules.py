"""Every rule carries firing and quiet examples; the suite runs each one through the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.lexicon import lexicon, pack_dir
from checker.pipeline import analyse
from checker.records import Article, Source
from checker.rulepack import ID_PATTERN, Example, Rule, load_rule, load_rules
from checker.selection import RuleSelection

RULES = load_rules()


def _story(example: Example) -> list[Article]:
    return [
        Article(
            Source(
                source=sid,
                outlet=sid,
                url="",
                published=example.published,
                date_basis="rule example",
                language="en",
                path=f"{sid}.txt",
                encoding="utf-8",
            ),
            text,
        )
        for sid, text in example.articles
    ]


CASES = [
    pytest.param(rule, i, ex, id=f"{rule.id}-{i}-{ex.expect}")
    for rule in RULES
    for i, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "index", "example"), CASES)
def test_rule_example(rule: Rule, index: int, example: Example) -> None:
    report = analyse("example", _story(example), [rule])
    verdicts = sorted({f.verdict.value for f in report.findings})
    if example.expect == "none":
        assert not report.findings, [f.message for f in report.findings]
    else:
        assert example.expect in verdicts, (verdicts, [f.message for f in report.findings])


def test_every_rule_has_a_firing_and_a_quiet_example() -> None:
    for rule in RULES:
        expects = {ex.expect for ex in rule.examples}
        assert "none" in expects, f"{rule.id} has no example where it must stay quiet"
        assert expects - {"none"}, f"{rule.id} has no example where it must fire"


def test_rule_ids_are_unique_well_formed_and_match_their_file() -> None:
    paths = sorted(pack_dir().glob("*.yaml"))
    assert len(paths) == len(RULES) >= 9
    for path in paths:
        assert ID_PATTERN.match(path.stem)
        assert load_rule(path).id == path.stem


def test_every_lexicon_entry_is_text() -> None:
    """YAML reads a bare `no` or `on` as a boolean: every word in a list must stay a string."""

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, dict | list):
                    walk(v, where)
                else:
                    assert isinstance(v, str), f"{where}: {v!r} is not a string"

    for path in sorted((pack_dir() / "lexicon").glob("*.yaml")):
        walk(lexicon(path.stem), path.stem)


def test_broken_rule_file_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "my-rule.yaml"
    bad.write_text("id: my-rule\nkind: number\n  severity: [error\n", encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        load_rules(RuleSelection(rules_dir=tmp_path))
    assert "my-rule.yaml:" in err.value.where


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (
            "id: other-name\nkind: number\nseverity: error\nmessage: m\ndescription: d\n",
            "must equal the file name",
        ),
        (
            "id: my-rule\nkind: astrology\nseverity: error\nmessage: m\ndescription: d\n",
            "unknown kind",
        ),
        ("id: my-rule\nkind: number\nseverity: fatal\nmessage: m\ndescription: d\n", "severity"),
        (
            "id: my-rule\nkind: number\nseverity: error\nmessage: '{nope}'\ndescription: d\n",
            "unknown field",
        ),
        (
            "id: my-rule\nkind: number\nseverity: error\nmessage: m\ndescription: d\nparams: {speed: 3}\n",
            "unknown param",
        ),
    ],
)
def test_invalid_rule_is_rejected_with_a_reason(tmp_path: Path, body: str, complaint: str) -> None:
    (tmp_path / "my-rule.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        load_rules(RuleSelection(rules_dir=tmp_path))
    assert complaint in err.value.what


def test_user_rules_override_and_select(tmp_path: Path) -> None:
    text = (
        (pack_dir() / "number.yaml")
        .read_text(encoding="utf-8")
        .replace("min_score: 62.0", "min_score: 90.0")
    )
    (tmp_path / "number.yaml").write_text(text, encoding="utf-8")
    rules = {r.id: r for r in load_rules(RuleSelection(rules_dir=tmp_path))}
    assert rules["number"].param("min_score", None) == 90.0
    assert [r.id for r in load_rules(RuleSelection(select=("n",)))] == [
        "name-spelling",
        "negation",
        "not-comparable",
        "number",
    ]
    assert "number" not in {r.id for r in load_rules(RuleSelection(ignore=("number",)))}


@pytest.mark.parametrize("option", ["select", "ignore"])
def test_a_rule_name_that_matches_no_rule_is_an_error_not_an_empty_run(option: str) -> None:
    with pytest.raises(CheckerError) as err:
        load_rules(RuleSelection(**{option: ("no-such-rule",)}))
    assert err.value.where == f"--{option}"
    assert "'no-such-rule'" in err.value.what


def test_check_keywords_and_a_selection_value_give_the_same_rules(tmp_path: Path) -> None:
    import checker

    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("The council said 40 buses were late.\n", encoding="utf-8")
    (story / "b.txt").write_text("The council said 45 buses were late.\n", encoding="utf-8")
    by_keywords = checker.check(story, select=["number"], overrides={"number": {"max_ratio": 5.0}})
    by_value = checker.check(
        story,
        selection=RuleSelection(select=("number",), overrides=(("number", (("max_ratio", 5.0),)),)),
    )
    assert [r.id for r in by_keywords.rules] == [r.id for r in by_value.rules] == ["number"]
    assert by_keywords.findings == by_value.findings
