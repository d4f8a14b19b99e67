"""The bad-input corpus: stories, rules and settings as an attacker or a careless user would
give them. `python tests/bad_inputs.py DIR` writes it to DIR to try by hand; the suite builds
it in a temporary folder (tests/test_bad_inputs.py) and runs every case.

Each case is a folder holding a `story/` (and, where the case needs them, `rules/` or a
`checker.toml`); the command runs from that folder. `code` is the exit code a user must get
(2: bad input; 0: input checker reads, perhaps with a warning), `names` what the one line on
standard error must contain (the file, or the option), None when nothing may be printed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ARTICLE = "The council said on Monday that 40 buses were late because of the storm.\n"
OTHER = "The council said 45 buses were late on Monday, after the storm.\n"
RULE = """id: my-rule
kind: number
severity: error
description: Numbers that differ.
message: '{message}'
examples: {examples}
"""


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]  # after `checker`; run from the case's folder
    code: int
    names: str | None  # what the one stderr line names; None: stderr must stay empty
    writes: bool = True  # the command takes -o FILE


def _story(case: Path, files: dict[str, str | bytes] | None = None) -> Path:
    story = case / "story"
    story.mkdir(parents=True, exist_ok=True)
    (story / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for name, content in (files or {"b.txt": OTHER}).items():
        path = story / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return story


def _outside(case: Path) -> Path:
    secret = case / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    return secret


def _rule(case: Path, message: str = "{a_value} vs {b_value}", examples: str = "[]") -> None:
    rules = case / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "my-rule.yaml").write_text(
        RULE.format(message=message, examples=examples), encoding="utf-8"
    )


DIFF = ("diff", "story")
Builder = Callable[[Path], Case]
BUILDERS: list[Builder] = []


def case(builder: Builder) -> Builder:
    BUILDERS.append(builder)
    return builder


# ---------------------------------------------------------------- the story folder as a boundary


@case
def csv_absolute_path(c: Path) -> Case:
    story = _story(c)
    (story / "sources.csv").write_text(f"source,file\nx,{_outside(c)}\n", encoding="utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv:2")


@case
def csv_dot_dot_path(c: Path) -> Case:
    story = _story(c)
    _outside(c)
    (story / "sources.csv").write_text("source,file\nx,../secret.txt\n", encoding="utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv:2")


@case
def csv_etc_passwd(c: Path) -> Case:
    story = _story(c)
    (story / "sources.csv").write_text("source,file\nx,../../../../../../etc/passwd\n", "utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv:2")


@case
def symlink_to_file_outside(c: Path) -> Case:
    story = _story(c)
    (story / "passwd.txt").symlink_to(_outside(c))
    return Case(c.name, DIFF, 2, "story/passwd.txt")


@case
def symlink_to_folder_outside(c: Path) -> Case:
    story = _story(c)
    _outside(c)
    (story / "elsewhere").symlink_to(c, target_is_directory=True)
    (story / "sources.csv").write_text("source,file\nx,elsewhere/secret.txt\n", "utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv:2")


@case
def symlink_loop(c: Path) -> Case:
    story = _story(c)
    (story / "loop.txt").symlink_to(story / "loop.txt")
    return Case(c.name, DIFF, 2, "story/loop.txt")


@case
def file_name_not_utf8(c: Path) -> Case:
    story = _story(c)
    (story / os.fsdecode(b"caf\xe9.txt")).write_text(OTHER, encoding="utf-8")
    return Case(c.name, DIFF, 2, "story/caf\\xe9.txt")


@case
def report_inside_the_story(c: Path) -> Case:
    story = _story(c)
    (story / "report.json").write_text(
        json.dumps({"schema": "checker.report/1", "story": "story", "findings": []}), "utf-8"
    )
    return Case(c.name, DIFF, 0, "story/report.json")


# ---------------------------------------------------------------- JSON and dates


@case
def json_nested_deeply(c: Path) -> Case:
    _story(c, {"b.json": '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"})
    return Case(c.name, DIFF, 2, "story/b.json")


@case
def json_huge_integer(c: Path) -> Case:
    _story(c, {"b.json": '{"text": "x", "n": ' + "9" * 10_000 + "}"})
    return Case(c.name, DIFF, 2, "story/b.json")


@case
def json_lone_surrogate(c: Path) -> Case:
    _story(c, {"b.json": '{"text": "The council \\ud800 said 45 buses."}'})
    return Case(c.name, DIFF, 2, "story/b.json")


@case
def json_not_a_number(c: Path) -> Case:
    _story(c, {"b.json": '{"text": "The council said 45 buses.", "n": NaN}'})
    return Case(c.name, DIFF, 2, "story/b.json")


@case
def json_published_year_1(c: Path) -> Case:
    _story(c, {"b.json": json.dumps({"text": OTHER, "published": "0001-01-01"})})
    return Case(c.name, DIFF, 2, "story/b.json")


@case
def csv_published_year_9999(c: Path) -> Case:
    story = _story(c)
    (story / "sources.csv").write_text("source,published\na,9999-12-31\n", encoding="utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv:2")


# ---------------------------------------------------------------- text and limits


@case
def utf8_with_one_stray_byte(c: Path) -> Case:
    _story(c, {"b.txt": "Le conseil a dit\u00a0: 45\u00a0bus.\n".encode() + b"\xff\n"})
    return Case(c.name, DIFF, 0, "story/b.txt:2")


@case
def binary_file(c: Path) -> Case:
    _story(c, {"b.txt": b"%PDF-1.7\n\x00\x01\x02"})
    return Case(c.name, DIFF, 2, "story/b.txt")


@case
def empty_file(c: Path) -> Case:
    _story(c, {"b.txt": b""})
    return Case(c.name, DIFF, 2, "story/b.txt")


@case
def article_too_long(c: Path) -> Case:
    _story(c, {"b.txt": OTHER * 8_000})  # about 520,000 characters
    return Case(c.name, DIFF, 2, "story/b.txt")


@case
def word_of_100000_characters(c: Path) -> Case:
    _story(c, {"b.txt": OTHER + "x" * 100_000 + "\n"})
    return Case(c.name, DIFF, 2, "story/b.txt:2")


@case
def html_unclosed_script(c: Path) -> Case:
    page = (
        "<html><head><title>Buses</title></head><body><article><h1>Buses late</h1>"
        f"<p>{OTHER}</p><p>The council apologised to the passengers for the long delay.</p>"
        "<script>var hidden = 1;<p>The rest of the page.</p></article></body></html>"
    )
    _story(c, {"b.html": page})
    return Case(c.name, DIFF, 0, "story/b.html")


@case
def html_without_text(c: Path) -> Case:
    _story(c, {"b.html": "<html><head><title></title></head><body><div></div></body></html>"})
    return Case(c.name, DIFF, 2, "story/b.html")


@case
def csv_malformed(c: Path) -> Case:
    story = _story(c)
    (story / "sources.csv").write_text("source,outlet\na,Daily,Extra\n", encoding="utf-8")
    return Case(c.name, DIFF, 2, "story/sources.csv")


# ---------------------------------------------------------------- configuration and rules


@case
def config_threshold_wrong_type(c: Path) -> Case:
    _story(c)
    (c / "checker.toml").write_text("[thresholds.currency]\ntolerance = 'high'\n", "utf-8")
    return Case(c.name, DIFF, 2, "thresholds.currency.tolerance")


@case
def config_limit_wrong_type(c: Path) -> Case:
    _story(c)
    (c / "checker.toml").write_text("max-article-chars = -5\n", encoding="utf-8")
    return Case(c.name, DIFF, 2, "checker.toml")


@case
def rule_examples_a_string(c: Path) -> Case:
    _story(c)
    _rule(c, examples="'none'")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/my-rule.yaml")


@case
def rule_message_unbalanced_brace(c: Path) -> Case:
    _story(c)
    _rule(c, message="{a_value} vs {b_value")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/my-rule.yaml")


@case
def rule_message_number_format_on_text(c: Path) -> Case:
    _story(c)
    _rule(c, message="{a_source:d} vs {b_value}")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/my-rule.yaml")


@case
def rule_message_huge_width(c: Path) -> Case:
    _story(c)
    _rule(c, message="{a_source:>200000000}")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/my-rule.yaml")


@case
def rule_yaml_broken(c: Path) -> Case:
    _story(c)
    (c / "rules").mkdir()
    (c / "rules" / "my-rule.yaml").write_text("id: my-rule\n  kind: [number\n", "utf-8")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/my-rule.yaml")


def _boilerplate(c: Path, regex: str) -> None:
    from checker.lexicon import pack_dir

    default = (pack_dir() / "lexicon" / "boilerplate.yaml").read_text(encoding="utf-8")
    (c / "rules" / "lexicon").mkdir(parents=True)
    (c / "rules" / "lexicon" / "boilerplate.yaml").write_text(
        default.rstrip("\n")
        + f"\n  - id: mine\n    group: x\n    scope: line\n    description: d\n    regex: '{regex}'\n",
        encoding="utf-8",
    )


@case
def boilerplate_catastrophic_pattern(c: Path) -> Case:
    _story(c, {"b.txt": OTHER + "a" * 40 + "!\n"})
    _boilerplate(c, "(a+)+$")
    return Case(c.name, (*DIFF, "--rules", "rules"), 0, None)


@case
def boilerplate_pattern_re2_refuses(c: Path) -> Case:
    _story(c)
    _boilerplate(c, "(?<=Read) more")
    return Case(c.name, (*DIFF, "--rules", "rules"), 2, "rules/lexicon/boilerplate.yaml:")


@case
def select_unknown_rule(c: Path) -> Case:
    _story(c)
    return Case(c.name, (*DIFF, "--select", "no-such-rule"), 2, "--select")


@case
def ci_ignore_unknown_rule(c: Path) -> Case:
    _story(c)
    return Case(c.name, ("ci", "story", "--ignore", "no-such-rule"), 2, "--ignore")


# ---------------------------------------------------------------- the command line


@case
def missing_argument(c: Path) -> Case:
    return Case(c.name, ("diff",), 2, "STORY")


@case
def unknown_option(c: Path) -> Case:
    _story(c)
    return Case(c.name, (*DIFF, "--colour"), 2, "--colour")


@case
def missing_story(c: Path) -> Case:
    return Case(c.name, ("diff", "no-such-story"), 2, "no-such-story")


@case
def story_is_an_unknown_file(c: Path) -> Case:
    (c / "story.pdf").write_bytes(b"%PDF-1.7\n")
    return Case(c.name, ("diff", "story.pdf"), 2, "story.pdf")


def build(root: Path) -> list[Case]:
    """Write every case under `root` (one folder each) and return them."""
    cases = []
    for builder in BUILDERS:
        folder = root / builder.__name__
        folder.mkdir(parents=True)
        cases.append(builder(folder))
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/bad_inputs.py DIR")
    for built in build(Path(sys.argv[1])):
        print(f"{built.name}: checker {' '.join(built.args)} -> exit {built.code}")
