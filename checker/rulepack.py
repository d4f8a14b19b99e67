"""Rules as data: one YAML file per rule, the file stem is the rule id.

A rule names one `kind` from a closed set, each implemented once in checker/kinds/. The rule
file carries the message template, severity, parameters and examples that the suite runs.
"""

from __future__ import annotations

import functools
import re
import string
import types
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from checker.errors import CheckerError
from checker.kinds.base import Example, Rule
from checker.lexicon import load_yaml, pack_dir
from checker.selection import ALL_RULES, RuleSelection

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SEVERITIES = ("error", "warning", "info")
EXPECTATIONS = ("conflict", "consistent", "not-comparable", "single-source", "none")
_KEYS = {"id", "kind", "severity", "message", "description", "rationale", "params", "examples"}


MAX_WIDTH = 80  # a message field padded wider than a line is a mistake (or an attack)
# Message fields are text: alignment, width and precision (truncation) only.
_SPEC = re.compile(r"^(?:[^{}]?[<>^])?(?P<width>\d+)?(?:\.(?P<precision>\d+))?s?$")


def _fields(path: Path, template: str) -> set[str]:
    """The field names a message template uses; CheckerError for a template that would fail
    or blow up when rendered (unbalanced braces, a number format on text, a huge width)."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as err:
        raise CheckerError(
            path, f"message: {err} (write a literal brace as {{{{ or }}}})"
        ) from None
    names = set()
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name:
            raise CheckerError(path, "message: a field needs a name, as in {a_source}")
        if conversion not in (None, "s", "r"):
            raise CheckerError(
                path, f"message: {{{name}!{conversion}}}: only !s and !r are allowed"
            )
        m = _SPEC.match(spec or "")
        if m is None:
            raise CheckerError(
                path,
                f"message: {{{name}:{spec}}}: fields are text; only alignment, width and "
                "precision are allowed (as in {a_source:<12})",
            )
        for part in ("width", "precision"):
            if m.group(part) and int(m.group(part)) > MAX_WIDTH:
                raise CheckerError(path, f"message: {{{name}:{spec}}}: {part} above {MAX_WIDTH}")
        names.add(name)
    return names


def check_param(where: str | Path, name: str, default: Any, value: Any) -> None:
    """A parameter value must have the type of the kind's default (an int is a fine float)."""
    if isinstance(default, bool):
        ok, what = isinstance(value, bool), "true or false"
    elif isinstance(default, int | float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        what = "a number"
    elif isinstance(default, str):
        ok, what = isinstance(value, str), "a string"
    elif isinstance(default, list | tuple):
        ok, what = isinstance(value, list | tuple), "a list"
    else:
        ok, what = True, ""
    if not ok:
        raise CheckerError(where, f"{name} must be {what}, not {value!r}")


def _example(path: Path, i: int, raw: Any) -> Example:
    where = f"{path}: examples[{i}]"
    if not isinstance(raw, dict) or "expect" not in raw or "articles" not in raw:
        raise CheckerError(where, "an example needs `expect` and `articles`")
    if raw["expect"] not in EXPECTATIONS:
        raise CheckerError(where, f"expect must be one of {', '.join(EXPECTATIONS)}")
    arts = raw["articles"]
    if not isinstance(arts, dict) or not all(isinstance(v, str) for v in arts.values()):
        raise CheckerError(where, "`articles` maps a source id to its text")
    published = raw.get("published")
    if published is not None and not isinstance(published, date):
        raise CheckerError(where, "`published` must be a date (YYYY-MM-DD)")
    return Example(
        expect=raw["expect"],
        articles=tuple(sorted((str(k), v) for k, v in arts.items())),
        published=published,
        note=str(raw.get("note", "")),
    )


def load_rule(path: Path) -> Rule:
    from checker.kinds import KINDS

    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise CheckerError(path, "a rule file is a YAML mapping")
    unknown = set(raw) - _KEYS
    if unknown:
        raise CheckerError(path, f"unknown key(s): {', '.join(sorted(unknown))}")
    for key in ("id", "kind", "severity", "message", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CheckerError(path, f"missing or empty `{key}`")
    if raw["id"] != path.stem:
        raise CheckerError(path, f"id `{raw['id']}` must equal the file name `{path.stem}`")
    if not ID_PATTERN.match(raw["id"]):
        raise CheckerError(path, f"id `{raw['id']}` must be lower-case words joined by hyphens")
    if raw["kind"] not in KINDS:
        raise CheckerError(
            path, f"unknown kind `{raw['kind']}` (known: {', '.join(sorted(KINDS))})"
        )
    if raw["severity"] not in SEVERITIES:
        raise CheckerError(path, f"severity must be one of {', '.join(SEVERITIES)}")
    kind = KINDS[raw["kind"]]
    bad = _fields(path, raw["message"]) - set(kind.FIELDS)
    if bad:
        raise CheckerError(
            path,
            f"message uses unknown field(s) {', '.join(sorted(bad))}; "
            f"kind {raw['kind']} offers {', '.join(sorted(kind.FIELDS))}",
        )
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise CheckerError(path, "`params` must be a mapping")
    unknown_params = set(params) - set(kind.PARAMS)
    if unknown_params:
        raise CheckerError(
            path, f"unknown param(s) for kind {raw['kind']}: {', '.join(sorted(unknown_params))}"
        )
    for name, value in params.items():
        check_param(path, f"params.{name}", kind.PARAMS[name], value)
    examples = raw.get("examples") or []
    if not isinstance(examples, list):
        raise CheckerError(path, "`examples` must be a list of mappings (expect, articles)")
    return Rule(
        id=raw["id"],
        kind=raw["kind"],
        severity=raw["severity"],
        message=raw["message"].strip(),
        description=raw["description"].strip(),
        rationale=str(raw.get("rationale", "")).strip(),
        params=tuple(sorted({**kind.PARAMS, **params}.items())),
        examples=tuple(_example(path, i, e) for i, e in enumerate(examples)),
        path=str(path),
    )


def _matches(rule_id: str, patterns: Sequence[str]) -> bool:
    return any(rule_id == p or rule_id.startswith(p.rstrip("*")) for p in patterns)


def _check_names(option: str, patterns: Sequence[str], known: Sequence[str]) -> None:
    """A typo in --select or --ignore must not silently turn rules (or a CI gate) off."""
    for pattern in patterns:
        if not any(_matches(rule_id, [pattern]) for rule_id in known):
            raise CheckerError(
                option,
                f"no rule has the id or id prefix '{pattern}' (rules: {', '.join(sorted(known))})",
            )


def load_rules(selection: RuleSelection = ALL_RULES) -> tuple[Rule, ...]:
    """The default pack, plus (and overridden by) the rules in `selection.rules_dir`,
    narrowed and tuned as `selection` says."""
    dirs = [pack_dir()]
    if selection.rules_dir is not None:
        extra = selection.rules_dir
        if not extra.is_dir():
            raise CheckerError(extra, "rules directory not found")
        dirs.append(extra)
    rules: dict[str, Rule] = {}
    for d in dirs:
        for path in sorted(d.glob("*.yaml")):
            rule = load_rule(path)
            rules[rule.id] = rule
    for rule_id, pairs in selection.overrides:
        if rule_id not in rules:
            raise CheckerError("config", f"thresholds for unknown rule `{rule_id}`")
        rule = rules[rule_id]
        kind_params = dict(rule.params)
        values = dict(pairs)
        unknown = set(values) - set(kind_params)
        if unknown:
            raise CheckerError(
                "config", f"unknown param(s) for {rule_id}: {', '.join(sorted(unknown))}"
            )
        for name, value in values.items():
            check_param("config", f"thresholds.{rule_id}.{name}", kind_params[name], value)
        rules[rule_id] = Rule(
            **{**rule.__dict__, "params": tuple(sorted({**kind_params, **values}.items()))}
        )
    _check_names("--select", selection.select, list(rules))
    _check_names("--ignore", selection.ignore, list(rules))
    chosen = [
        with_options(r)
        for r in rules.values()
        if (not selection.select or _matches(r.id, selection.select))
        and not _matches(r.id, selection.ignore)
    ]
    return tuple(sorted(chosen, key=lambda r: r.id))


@functools.cache
def options_type(kind: str) -> type:
    """The kind's parameters as one immutable record, typed and defaulted by PARAMS. A
    NamedTuple: generating a frozen dataclass per kind took 5 ms of every run."""
    from checker.kinds import KINDS

    defaults = {name: _frozen(v) for name, v in KINDS[kind].PARAMS.items()}

    def body(namespace: dict[str, Any]) -> None:
        namespace["__module__"] = __name__
        namespace["__annotations__"] = {name: type(v) for name, v in defaults.items()}
        namespace.update(defaults)

    name = "".join(part.title() for part in kind.split("-")) + "Params"
    return types.new_class(name, (NamedTuple,), exec_body=body)


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def with_options(rule: Rule) -> Rule:
    """The rule with its typed parameters built once (values checked when read)."""
    values = {k: _frozen(v) for k, v in rule.params}
    return replace(rule, options=options_type(rule.kind)(**values))
