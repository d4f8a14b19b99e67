"""The publication date printed in an article's header lines (headline, byline, dateline)."""

from __future__ import annotations

import re
from datetime import date

from checker.extract.vocab import month_number, month_pattern

_MONTH = rf"({month_pattern()})\b\.?"
_ORD = r"(?:st|nd|rd|th)?"
# Year first (2020-07-08, 2020/07/08), day first (8 July 2020, 08th Jul, 2020),
# month first (July 8, 2020). Purely numeric day/month orders (07/08/2020) are ambiguous:
# not read.
_DATE_PATTERNS = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    (
        "dmy",
        re.compile(rf"(?<!\d)(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})(?!\d)", re.I),
    ),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?!\d)", re.I)),
)
_HEADER_LINES = 10  # a date this far down is about the event, not the publication
_DATELINE_CHARS = 45  # in a paragraph of prose, only a leading dateline counts
_PROSE_WORDS = 8  # a line of this many words ending like a sentence starts the body
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def header_date(text: str) -> tuple[date, str] | None:
    """The publication date printed in the article's header lines, and the words it was in.

    Scans the first lines (headline, standfirst, byline, dateline) up to and including the
    first paragraph of prose; in that paragraph only its start (a dateline) is read, since
    later dates are about the event.
    """
    for n, line in enumerate(ln for ln in text.splitlines() if ln.strip()):
        if n >= _HEADER_LINES:
            break
        is_prose = len(line.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(line))
        found = _first_date(line[:_DATELINE_CHARS] if is_prose else line)
        if found:
            return found
        if is_prose:
            break
    return None


def _first_date(line: str) -> tuple[date, str] | None:
    hits = []
    for order, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            if order == "ymd":
                y, mo, d = int(m[1]), int(m[2]), int(m[3])
            elif order == "dmy":
                d, mo, y = int(m[1]), month_number(m[2]), int(m[3])
            else:
                mo, d, y = month_number(m[1]), int(m[2]), int(m[3])
            if not 1900 <= y <= 2100:
                continue
            try:
                hits.append((m.start(), date(y, mo, d), m.group(0).strip()))
            except ValueError:
                continue
    if not hits:
        return None
    _, day, words = min(hits)
    return day, words
