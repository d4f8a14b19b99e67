"""JSONL feeds: one article per line, the shape wire and scraping pipelines emit.

Each line is `{"source", "outlet", "url", "published", "title", "text"}` with `language` and
`id` optional (a corpus feed needs `id`, unique). The article text is the title, a blank line
and the text, read by the .json article reader so a feed line and a .json file agree.
A bad line is one error naming it: `feed.jsonl:17: ...`; a corpus reads the others and lists
the bad ones (`read_feed_lines`), a story refuses the feed (`read_feed`).

An article without `published` is dated from its URL's path, else from its header lines, else
left undated (a corpus dates it from the articles it is grouped with).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.errors import CheckerError
from checker.ingest.capture import Capture, in_range, parse_date
from checker.ingest.decoding import decode, read_bytes
from checker.ingest.jsondoc import from_json
from checker.ingest.pubdate import header_date, url_date
from checker.limits import DEFAULT_LIMITS, Limits
from checker.records import Article, Source, Story

FEED_SUFFIX = ".jsonl"
UNDATED = "unknown: no date in the feed, the URL or the article's first lines"
_OPTIONAL = ("id", "language")


@dataclass(frozen=True)
class FeedArticle:
    """One feed line read: the article as the pipeline sees it, its id and its title."""

    id: str  # the feed's `id`, else the source id
    line: int
    title: str
    article: Article
    has_id: bool = True  # False when the line had no `id` (a story feed may omit it)


@dataclass(frozen=True)
class Rejected:
    """A feed line that could not be read, and why: a corpus leaves it out and lists it."""

    file: str
    line: int
    id: str  # the line's `id`, when it could be read
    reason: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def line_count(n: int) -> str:
    """ "1 line", "2 lines": for messages about rejected lines."""
    return f"{n} line" if n == 1 else f"{n} lines"


@dataclass(frozen=True)
class FeedLines:
    articles: tuple[FeedArticle, ...]
    rejected: tuple[Rejected, ...]


def read_feed_lines(
    path: Path | str, *, need_ids: bool = False, limits: Limits = DEFAULT_LIMITS
) -> FeedLines:
    """Every line of a feed: the articles read, in file order, and the lines that could not be
    (invalid JSON, a field missing or of the wrong type, a duplicate id, past a limit).
    CheckerError only when the file itself cannot be read, or has no line at all.

    `need_ids`: every line must carry a unique `id` (a corpus feed, whose articles belong to
    different stories, has no other key).
    """
    given = Path(path)
    shown = given.as_posix()
    if not given.is_file():
        raise CheckerError(shown, "no such file")
    text, encoding = decode(read_bytes(given, shown), shown)
    read: list[FeedArticle] = []
    rejected: list[Rejected] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        try:
            item = _read_line(line, encoding, where, number, need_ids, limits)
        except CheckerError as err:
            found = _id_of(line) if len(line) <= limits.max_file_bytes else ""
            rejected.append(Rejected(shown, number, found, err.what))
            continue
        if item.has_id and item.id in first_line:
            reason = f"duplicate id '{item.id}' (already on line {first_line[item.id]})"
            rejected.append(Rejected(shown, number, item.id, reason))
            continue
        first_line.setdefault(item.id, number)
        read.append(item)
    if not read and not rejected:
        raise CheckerError(shown, "empty feed: expected one JSON article per line")
    return FeedLines(tuple(read), tuple(rejected))


def read_feed(
    path: Path | str, *, need_ids: bool = False, limits: Limits = DEFAULT_LIMITS
) -> tuple[FeedArticle, ...]:
    """Every line of a feed as a FeedArticle, in file order; CheckerError on the first bad line."""
    lines = read_feed_lines(path, need_ids=need_ids, limits=limits)
    if lines.rejected:
        first = lines.rejected[0]
        raise CheckerError(first.where, first.reason)
    return lines.articles


def feed_story(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Story:
    """A feed read as one story: one article per source, in source order (as a folder is)."""
    given = Path(path)
    items = read_feed(given, limits=limits)
    by_source: dict[str, FeedArticle] = {}
    for item in items:
        source = item.article.source.source
        if source in by_source:
            raise CheckerError(
                f"{given.as_posix()}:{item.line}",
                f"duplicate source '{source}' (already on line {by_source[source].line}): "
                "a story has one article per source",
            )
        by_source[source] = item
    articles = tuple(by_source[s].article for s in sorted(by_source))
    return Story(name=given.stem, path=given.as_posix(), articles=articles)


def _read_line(
    line: str, encoding: str, where: str, number: int, need_ids: bool, limits: Limits
) -> FeedArticle:
    # A line is an article file of its own: the same limits, the raw size before it is parsed.
    limits.check_file_size(len(line.encode("utf-8", "surrogatepass")), where)
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as err:
        raise CheckerError(where, f"invalid JSON: {err.msg}") from None
    if not isinstance(doc, dict):
        raise CheckerError(where, 'expected a JSON object like {"source": ..., "text": ...}')
    for key in ("source", *_OPTIONAL):
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            raise CheckerError(where, f"field '{key}' must be a string")
    source = (doc.get("source") or "").strip()
    if not source:
        raise CheckerError(where, "missing or empty 'source' field")
    article_id = (doc.get("id") or "").strip()
    if need_ids and not article_id:
        raise CheckerError(where, "missing or empty 'id' field (a corpus feed needs one per line)")
    capture = from_json(line, encoding, where)
    limits.check_text(capture.text, where)
    published, basis = _date_of(capture, where)
    return FeedArticle(
        id=article_id or source,
        line=number,
        title=capture.title,
        article=Article(
            source=Source(
                source=source,
                outlet=capture.outlet or source,
                url=capture.url,
                published=published,
                date_basis=basis,
                language=(doc.get("language") or "").strip(),
                # The article id, not the line: a report must not change when the feed is reordered.
                path=article_id or source,
                encoding=encoding,
            ),
            text=capture.text,
        ),
        has_id=bool(article_id),
    )


def _date_of(capture: Capture, where: str) -> tuple[date | None, str]:
    """The line's own field, else the date in its URL, else one in its header lines."""
    if capture.published:
        return parse_date(capture.published, where, "field 'published'"), "feed field 'published'"
    if (found := url_date(capture.url)) and in_range(found[0]):
        return found[0], f"url: '{found[1]}'"
    if (found := header_date(capture.text)) and in_range(found[0]):
        return found[0], f"article text: '{found[1]}'"
    return None, UNDATED


_ID_FIELD = re.compile(r'"id"\s*:\s*"([^"\\]+)"')


def _id_of(line: str) -> str:
    """The `id` of a line that could not be read, if it can be found at all: in broken JSON,
    where it is written plainly."""
    try:
        doc = json.loads(line)
    except ValueError:
        m = _ID_FIELD.search(line)
        return m.group(1).strip() if m else ""
    value = doc.get("id") if isinstance(doc, dict) else None
    return value.strip() if isinstance(value, str) else ""


def feed_line(article: Article, article_id: str = "") -> str:
    """The feed line that reads back as `article` (its text already holds any title)."""
    s = article.source
    doc = {"id": article_id} if article_id else {}
    doc |= {"source": s.source, "outlet": s.outlet, "url": s.url}
    doc |= {"published": s.published.isoformat() if s.published else None, "title": ""}
    doc |= {"text": article.text, "language": s.language}
    return json.dumps(doc, ensure_ascii=False)
