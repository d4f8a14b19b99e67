"""Configuration: [tool.checker] in pyproject.toml or checker.toml; command-line options win."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    baseline: str = "checker-baseline.json"
    resolutions: str = "checker-resolutions.json"
    fail_on: str = "conflict"  # conflict | any
    format: str = "table"
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    rules: str | None = None  # extra rule directory


def load_config() -> Config:
    return Config()
