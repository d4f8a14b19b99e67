"""Every validation error is a sentence about the input: where, and what is wrong."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from checker.errors import CheckerError, InputWarning
from checker.ingest import load_story
from checker.jsonio import loads
from checker.rulepack import load_rules
from checker.selection import RuleSelection

RULE = "id: my-rule\nkind: number\nseverity: error\ndescription: d\nmessage: '{message}'\n"


def story_with(tmp_path: Path, name: str, content: str | bytes) -> Path:
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    (folder / "base.txt").write_text("The council said 40 buses were late.\n", encoding="utf-8")
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    (folder / name).write_bytes(data)
    return folder


def error_of(folder: Path) -> CheckerError:
    with pytest.raises(CheckerError) as err:
        load_story(folder)
    return err.value


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ('{"text": ' + "[" * 5000 + "]" * 5000 + "}", "nested deeper than 64 levels"),
        ('{"text": "x", "n": 1' + "0" * 10000 + "}", "integer of 10001 digits"),
        ('{"text": "a \\ud800 b"}', "lone surrogate (\\ud800)"),
        ('{"text": "x", "n": NaN}', "'NaN' is not a JSON number"),
        ('{"text": "x",\n "n": }', "invalid JSON"),
    ],
)
def test_hostile_json_articles_are_refused_with_a_reason(
    tmp_path: Path, text: str, complaint: str
) -> None:
    err = error_of(story_with(tmp_path, "bad.json", text))
    assert err.where.split(":")[0].endswith("story/bad.json")
    assert complaint in err.what


def test_json_helper_reads_what_is_ordinary() -> None:
    assert loads('{"a": [1, 2.5, "x", {"b": null}]}', "f.json") == {"a": [1, 2.5, "x", {"b": None}]}


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_published_dates_outside_the_supported_years_are_refused(
    tmp_path: Path, published: str
) -> None:
    folder = story_with(tmp_path, "b.json", json.dumps({"text": "x", "published": published}))
    assert "outside the years 1900-2100" in error_of(folder).what
    (folder / "b.json").unlink()
    (folder / "sources.csv").write_text(f"source,published\nbase,{published}\n", encoding="utf-8")
    err = error_of(folder)
    assert err.where.endswith("sources.csv:2") and "1900-2100" in err.what


def test_utf8_with_one_stray_byte_is_read_as_utf8_with_a_warning(tmp_path: Path) -> None:
    body = "Le maire a dit\u00a0: 40\u00a0bus.\nLa ville paie 3\u00a0€.\n".encode()
    folder = story_with(tmp_path, "b.txt", body + b"Encore \xff un.\n")
    with pytest.warns(InputWarning) as caught:
        story = load_story(folder)
    text = {a.source.source: a.text for a in story.articles}["b"]
    assert "\u00a0" in text and "¬" not in text and "\ufffd" in text
    [warning] = [w.message for w in caught if isinstance(w.message, InputWarning)]
    assert warning.where.endswith("story/b.txt:3") and "0xff" in warning.what


def test_a_legacy_code_page_is_still_detected(tmp_path: Path) -> None:
    folder = story_with(tmp_path, "b.txt", "Le café coûte 3 € à Noël.\n".encode("cp1252"))
    story = load_story(folder)
    assert {a.source.source: a.text for a in story.articles}["b"].startswith("Le café coûte")


@pytest.mark.parametrize(
    ("message", "complaint"),
    [
        ("{a_source} said {", "Single '{'"),
        ("{a_source:d} and {b_source}", "fields are text"),
        ("{a_source:>200000000}", "width above 80"),
        ("{a_source:.999}", "precision above 80"),
        ("{a_source!x}", "only !s and !r"),
        ("{}", "needs a name"),
    ],
)
def test_message_templates_that_would_fail_or_blow_up_are_refused(
    tmp_path: Path, message: str, complaint: str
) -> None:
    (tmp_path / "my-rule.yaml").write_text(RULE.format(message=message), encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        load_rules(RuleSelection(rules_dir=tmp_path))
    assert err.value.where.endswith("my-rule.yaml") and complaint in err.value.what


def test_a_modest_width_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "my-rule.yaml").write_text(
        RULE.format(message="{a_source:<12} vs {b_source!r}") + "examples: []\n", encoding="utf-8"
    )
    assert "my-rule" in {r.id for r in load_rules(RuleSelection(rules_dir=tmp_path))}


@pytest.mark.parametrize(
    "body", ["examples: oops\n", "examples: [oops]\n", "params: {min_score: high}\n"]
)
def test_rule_files_are_checked_by_type(tmp_path: Path, body: str) -> None:
    (tmp_path / "my-rule.yaml").write_text(RULE.format(message="m") + body, encoding="utf-8")
    with pytest.raises(CheckerError) as err:
        load_rules(RuleSelection(rules_dir=tmp_path))
    assert "my-rule.yaml" in err.value.where


def test_a_threshold_of_the_wrong_type_is_an_error_naming_the_key() -> None:
    selection = RuleSelection(overrides=(("currency", (("tolerance", "high"),)),))
    with pytest.raises(CheckerError) as err:
        load_rules(selection)
    assert err.value.what == "thresholds.currency.tolerance must be a number, not 'high'"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["diff"], "checker: error: checker diff: Missing argument 'STORY'."),
        (["diff", "--nope", "x"], "checker: error: checker diff: No such option: --nope"),
        (["frob"], "checker: error: checker: No such command 'frob'."),
    ],
)
def test_usage_errors_are_one_line_not_the_usage_block(
    args: list[str], line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from checker.cli import main

    monkeypatch.setattr(sys, "argv", ["checker", *args])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith(line)


@pytest.mark.parametrize(
    ("limits", "text", "complaint"),
    [
        ({"max_article_chars": 100}, "word " * 30, "longer than max-article-chars = 100"),
        (
            {"max_token_length": 50},
            "The council.\nA " + "9" * 60 + " b.\n",
            "max-token-length = 50",
        ),
        ({"max_file_bytes": 10}, "The council said 40 buses.\n", "larger than max-file-bytes = 10"),
    ],
)
def test_each_input_limit_stops_the_run_naming_the_file_and_the_key(
    tmp_path: Path, limits: dict, text: str, complaint: str
) -> None:
    from checker.limits import Limits

    folder = story_with(tmp_path, "big.txt", text)
    (folder / "base.txt").unlink()
    with pytest.raises(CheckerError) as err:
        load_story(folder, Limits(**limits))
    assert "story/big.txt" in err.value.where and complaint in err.value.what


def test_a_limit_is_raised_in_the_config_file(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from checker.cli import app

    folder = story_with(tmp_path, "b.txt", "The council said " + "4" * 1500 + " buses.\n")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    refused = runner.invoke(app, ["claims", str(folder)])
    assert refused.exit_code == 2 and "max-token-length = 1,000" in refused.stderr
    (tmp_path / "checker.toml").write_text("max-token-length = 2000\n", encoding="utf-8")
    assert runner.invoke(app, ["claims", str(folder)]).exit_code == 0
    (tmp_path / "checker.toml").write_text("max-token-length = 'lots'\n", encoding="utf-8")
    wrong = runner.invoke(app, ["claims", str(folder)])
    assert wrong.exit_code == 2
    assert wrong.stderr.startswith("checker: error: checker.toml: max-token-length: must be")
