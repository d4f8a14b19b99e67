"""Which rules run: one frozen value built once and passed down to the rule loader.

The command line builds it from its options over the configuration; `checker.check(...)`
builds it from its keyword arguments. Nothing below takes the four pieces separately.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Overrides = tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]


@dataclass(frozen=True)
class RuleSelection:
    """The default pack plus `rules_dir` (which adds or overrides rules and may carry its own
    lexicon/boilerplate.yaml), narrowed to `select` minus `ignore` (ids or id prefixes), with
    `overrides`: rule id -> sorted (parameter, value) pairs."""

    rules_dir: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    overrides: Overrides = ()

    @classmethod
    def of(
        cls,
        rules_dir: str | Path | None = None,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> RuleSelection:
        return cls(
            rules_dir=Path(rules_dir) if rules_dir is not None else None,
            select=tuple(select),
            ignore=tuple(ignore),
            overrides=tuple(
                (rule, tuple(sorted(values.items())))
                for rule, values in sorted((overrides or {}).items())
            ),
        )

    def params_for(self, rule_id: str) -> dict[str, Any]:
        return dict(dict(self.overrides).get(rule_id, ()))


ALL_RULES = RuleSelection()
