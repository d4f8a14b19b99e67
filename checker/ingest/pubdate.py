"""An article's publication date from what it carries: the date printed in its header lines
(headline, byline, dateline), or the date in its URL's path."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from checker.extract.vocab import month_number, month_pattern

_MONTHS = rf"({month_pattern()})"
_MONTH = rf"{_MONTHS}\b\.?"
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


# A date as a URL's path writes it: /2021/08/05/, /2021-08-05-slug, /2021/aug/05/, /20210805/.
# Year first only: day-first and month-first paths are rare and ambiguous. Our own patterns
# rather than htmldate's: its URL rule is one regex of the first kind (no month names, no
# compact form), and importing it with dateparser costs 80 ms of every feed read.
_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)([/_-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)"),
    re.compile(rf"/((?:19|20)\d\d)/{_MONTHS}/(\d{{1,2}})(?=[/_.-]|$)", re.I),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)"),
)


def url_date(url: str) -> tuple[date, str] | None:
    """The date in a URL's path, and the part of the URL it was read from."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            y, mo, d = m.group(1), m.group(m.lastindex - 1), m.group(m.lastindex)
            month = int(mo) if mo.isdigit() else month_number(mo)
            try:
                return date(int(y), month or 0, int(d)), m.group(0)
            except ValueError:
                continue  # /2003754998 is an article number, not 3 July 2003's 754th day
    return None
