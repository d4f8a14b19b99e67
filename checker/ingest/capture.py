"""What one article file holds, whatever its format: text and the metadata it carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from checker.errors import CheckerError


@dataclass(frozen=True)
class Capture:
    """What one article file holds: its text, and metadata it carries itself (json, html)."""

    text: str
    encoding: str
    title: str = ""
    published: str = ""
    published_from: str = ""  # which field gave `published`
    url: str = ""
    outlet: str = ""


def parse_date(value: str, where: str, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise CheckerError(
            where, f"{what}: '{value}' is not a valid ISO date (YYYY-MM-DD)"
        ) from None
