"""A story folder (or one article file) read into a Story: files, manifest, dates."""

from __future__ import annotations

import contextlib
import os
import re
from datetime import date
from pathlib import Path

from checker.errors import CheckerError, printable, warn_input
from checker.ingest.boundary import inside, is_checker_output
from checker.ingest.capture import Capture, in_range
from checker.ingest.decoding import decode, read_bytes
from checker.ingest.feed import FEED_SUFFIX, feed_story
from checker.ingest.manifest import (
    ARTICLE_SUFFIXES,
    MANIFEST,
    SUFFIX_LIST,
    join,
    match_files,
    read_manifest,
)
from checker.ingest.pubdate import header_date, url_date
from checker.limits import DEFAULT_LIMITS, Limits
from checker.progress import Progress, silent
from checker.records import Article, Source, Story

_URL = re.compile(r"(https?):/+", re.I)
_HTML_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def read_article(path: Path, where: str, limits: Limits = DEFAULT_LIMITS) -> Capture:
    with contextlib.suppress(OSError):  # if stat fails, read_bytes says why
        limits.check_file_size(path.stat().st_size, where)
    capture = _read_article(path, where)
    limits.check_text(capture.text, where)
    return capture


def _read_article(path: Path, where: str) -> Capture:
    data = read_bytes(path, where)
    if not data.strip():
        raise CheckerError(where, "empty file" if not data else "file has only white space")
    suffix = path.suffix.lower()
    declared = None
    if suffix in (".html", ".htm"):
        m = _HTML_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    text, encoding = decode(data, where, declared)
    if not text.strip():
        raise CheckerError(where, "file has only white space")
    if suffix in (".html", ".htm"):
        from checker.ingest.html import from_html  # only stories with HTML pay for it

        return from_html(text, encoding, where)
    if suffix == ".json":
        from checker.ingest.jsondoc import from_json

        return from_json(text, encoding, where)
    return Capture(text, encoding)


def _article_files(folder: Path, shown: str) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise CheckerError(shown, f"cannot read the folder: {err.strerror or err}") from None
    root = folder.resolve()
    files = []
    for p in sorted(entries):
        if p.name.startswith(".") or p.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        where = join(shown, printable(p.name))
        if printable(p.name) != p.name:
            raise CheckerError(where, "the file name is not valid UTF-8; rename the file")
        if p.is_symlink():
            inside(root, p, where, p.name)
        if not p.is_file():
            continue  # a folder or a device named like an article
        if is_checker_output(p):
            warn_input(where, "a report checker wrote, not an article: skipped")
            continue
        files.append(p)
    if not files:
        raise CheckerError(shown, f"no article files ({SUFFIX_LIST}) in this folder")
    return files


def load_story(
    path: Path | str, limits: Limits = DEFAULT_LIMITS, progress: Progress = silent
) -> Story:
    """Read a story folder (or one article file) into a Story; CheckerError on bad input.

    Each Source says where its date came from (`date_basis`): sources.csv, metadata of a json
    or html file, a date in its URL's path, a date printed in the article's header lines, or,
    failing those, the median date of the other sources (said so), else unknown.
    """
    given = Path(path)
    shown = printable(given.as_posix())
    if not given.exists():
        if m := _URL.match(shown):  # a path argument collapses the "//" of a URL
            raise CheckerError(
                f"{m.group(1)}://{shown[m.end() :]}",
                "a web address, not a story folder: build one with "
                "`checker fetch URL... -o STORY`, then run checker on STORY",
            )
        raise CheckerError(shown, "no such file or directory")
    if given.is_file() and given.suffix.lower() == FEED_SUFFIX:
        return feed_story(given, limits)
    if given.is_file():
        if given.suffix.lower() not in ARTICLE_SUFFIXES:
            raise CheckerError(shown, f"not a story folder or an article file ({SUFFIX_LIST})")
        name, chosen, rows, folder_shown = given.stem, {given.stem: given}, [], ""
    elif given.is_dir():
        name = given.name or given.resolve().name
        files = _article_files(given, shown)
        manifest = given / MANIFEST
        rows = read_manifest(manifest, join(shown, MANIFEST)) if manifest.is_file() else []
        chosen = match_files(given, shown, files, rows)
        folder_shown = shown
    else:
        raise CheckerError(shown, "not a story folder or an article file")

    by_source = {row.source: row for row in rows}
    captures: dict[str, tuple[str, Capture]] = {}
    known: dict[str, tuple[date, str]] = {}
    for source in sorted(chosen):
        file = chosen[source]
        where = (
            join(folder_shown, printable(os.path.relpath(file, given).replace(os.sep, "/")))
            if folder_shown
            else shown
        )
        capture = read_article(file, where, limits)
        captures[source] = (where, capture)
        progress("read", len(captures), len(chosen))
        row = by_source.get(source)
        if row and row.published:
            known[source] = (row.published, "sources.csv")
        elif capture.published and _safe_date(capture.published):
            known[source] = (_safe_date(capture.published), capture.published_from)
        elif (found := url_date((row and row.url) or capture.url)) and in_range(found[0]):
            known[source] = (found[0], f"url: '{found[1]}'")
        elif (found := header_date(capture.text)) and in_range(found[0]):
            known[source] = (found[0], f"{_TEXT_BASIS}: '{found[1]}'")

    stray = _stray_text_dates(known)
    for source in stray:
        del known[source]
    articles = []
    for source, (where, capture) in captures.items():
        row = by_source.get(source)
        published, basis = known.get(source) or _borrowed(source, known)
        if source in stray:
            basis += f"; the date in its text, '{stray[source]}', is far from every other source's"
        articles.append(
            Article(
                source=Source(
                    source=source,
                    outlet=(row and row.outlet) or capture.outlet or source,
                    url=(row and row.url) or capture.url,
                    published=published,
                    date_basis=basis,
                    language=(row and row.language) or capture.language,
                    path=where,
                    encoding=capture.encoding,
                ),
                text=capture.text,
            )
        )
    return Story(name=name, path=shown, articles=tuple(articles))


def _safe_date(value: str) -> date | None:
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if in_range(day) else None


# A story's articles appear within weeks of one another; a date printed in a page's header
# further than this from the date every better-dated source agrees on is the page's own (the
# day it was crawled, a site-wide "today"), not the article's
STRAY_DAYS = 180
_TEXT_BASIS = "article text"


def _stray_text_dates(known: dict[str, tuple[date, str]]) -> dict[str, str]:
    """Sources whose only date is one read from their text and far from the median date of
    the sources dated by sources.csv, metadata or their URL: source -> the words it was in."""
    firm = sorted(day for day, basis in known.values() if not basis.startswith(_TEXT_BASIS))
    if not firm:
        return {}
    median = firm[(len(firm) - 1) // 2]
    return {
        source: basis.split(": ", 1)[-1].strip("'")
        for source, (day, basis) in known.items()
        if basis.startswith(_TEXT_BASIS) and abs((day - median).days) > STRAY_DAYS
    }


def _borrowed(source: str, known: dict[str, tuple[date, str]]) -> tuple[date | None, str]:
    others = sorted(s for s in known if s != source)
    if not others:
        return None, "unknown: relative dates are not resolved"
    days = sorted(known[s][0] for s in others)
    median = days[(len(days) - 1) // 2]  # the lower middle: always one of the real dates
    return median, f"borrowed: median date of the other sources ({', '.join(others)})"
