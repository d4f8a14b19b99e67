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
    language: str = ""


# Publication dates outside these years are typos or hostile input; later stages (the day's
# exchange rate, relative dates) are only meaningful inside them.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def in_range(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def parse_date(value: str, where: str, what: str) -> date:
    """An ISO 8601 date or date-time, or an RFC 2822 one (an RSS feed's pubDate)."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        try:
            day = datetime.fromisoformat(value).date()
        except ValueError:
            from email.utils import parsedate_to_datetime  # 12 ms: only when ISO fails

            try:
                day = parsedate_to_datetime(value).date()
            except (TypeError, ValueError):
                raise CheckerError(
                    where, f"{what}: '{value}' is not a valid ISO date (YYYY-MM-DD)"
                ) from None
    if not in_range(day):
        raise CheckerError(
            where, f"{what}: '{value}' is outside the years {FIRST_YEAR}-{LAST_YEAR} checker reads"
        )
    return day
