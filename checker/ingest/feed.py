"""JSONL feeds: one article per line, the shape wire and scraping pipelines emit.

Each line is `{"source", "outlet", "url", "published", "title", "text"}` with `language` and
`id` optional (a corpus feed needs `id`, unique). The article text is the title, a blank line
and the text, read by the .json article reader so a feed line and a .json file agree.
A bad line is one error naming it: `feed.jsonl:17: ...`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.errors import CheckerError
from checker.ingest.capture import Capture, parse_date
from checker.ingest.decoding import decode, read_bytes
from checker.ingest.jsondoc import from_json
from checker.ingest.pubdate import header_date
from checker.records import Article, Source, Story

FEED_SUFFIX = ".jsonl"
_OPTIONAL = ("id", "language")


@dataclass(frozen=True)
class FeedArticle:
    """One feed line read: the article as the pipeline sees it, its id and its title."""

    id: str  # the feed's `id`, else the source id
    line: int
    title: str
    article: Article
    has_id: bool = True  # False when the line had no `id` (a story feed may omit it)


def read_feed(path: Path | str, *, need_ids: bool = False) -> tuple[FeedArticle, ...]:
    """Every line of a feed as a FeedArticle, in file order; CheckerError on the first bad line.

    `need_ids`: every line must carry a unique `id` (a corpus feed, whose articles belong to
    different stories, has no other key).
    """
    given = Path(path)
    shown = given.as_posix()
    if not given.is_file():
        raise CheckerError(shown, "no such file")
    text, encoding = decode(read_bytes(given, shown), shown)
    read: list[FeedArticle] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        item = _read_line(line, encoding, where, number, need_ids)
        if item.has_id and item.id in first_line:
            raise CheckerError(
                where, f"duplicate id '{item.id}' (already on line {first_line[item.id]})"
            )
        first_line.setdefault(item.id, number)
        read.append(item)
    if not read:
        raise CheckerError(shown, "empty feed: expected one JSON article per line")
    return tuple(read)


def feed_story(path: Path | str) -> Story:
    """A feed read as one story: one article per source, in source order (as a folder is)."""
    given = Path(path)
    items = read_feed(given)
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


def _read_line(line: str, encoding: str, where: str, number: int, need_ids: bool) -> FeedArticle:
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
    if capture.published:
        return parse_date(capture.published, where, "field 'published'"), "feed field 'published'"
    if found := header_date(capture.text):
        return found[0], f"article text: '{found[1]}'"
    return None, "unknown: relative dates are not resolved"


def feed_line(article: Article, article_id: str = "") -> str:
    """The feed line that reads back as `article` (its text already holds any title)."""
    s = article.source
    doc = {"id": article_id} if article_id else {}
    doc |= {"source": s.source, "outlet": s.outlet, "url": s.url}
    doc |= {"published": s.published.isoformat() if s.published else None, "title": ""}
    doc |= {"text": article.text, "language": s.language}
    return json.dumps(doc, ensure_ascii=False)
