"""INGEST: read a story (a folder of article files plus an optional sources.csv) into a Story.

Article files are `.txt`, `.md`, `.html`/`.htm` and `.json`; everything else in the folder
(gold files, sources.csv itself, hidden files) is ignored. Articles are ordered by source id,
so the result never depends on directory order.

`Article.text` is the text exactly as decoded (newlines, quotes and spaces untouched): every
offset later in the pipeline indexes it. Two formats are read, not copied:
- `.html`: the visible text, extracted with the standard library's HTMLParser (script, style,
  nav, aside and footer dropped; one paragraph per block element, separated by a blank line).
- `.json`: `{"text": ..., "title"?, "published"?, "url"?, "outlet"?}`; the article text is the
  title, a blank line and the text.
For those two, offsets index the extracted text.

A single article file may also be given instead of a folder: it is read as a one-article
story (everything will be single-source, which is still useful for a quick look).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from checker.errors import CheckerError
from checker.records import Article, Source, Story

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
MANIFEST = "sources.csv"
_SUFFIX_LIST = ", ".join(ARTICLE_SUFFIXES)

# ---------------------------------------------------------------- reading and decoding

_UNICODE_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, and DEL.
_CONTROL = frozenset([*range(0, 9), *range(14, 32), 127])
_MAX_CONTROL_SHARE = 0.05
_SPACES = re.compile(r"\s+")
_HTML_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _read_bytes(path: Path, where: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise CheckerError(where, f"cannot read the file: {err.strerror or err}") from None


def _reject_binary(data: bytes, where: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise CheckerError(where, f"binary file ({what}), not text: extract its text first")
    if b"\x00" in data:
        raise CheckerError(where, "binary file (contains NUL bytes), not text")
    head = data[:8192]
    if sum(b in _CONTROL for b in head) > _MAX_CONTROL_SHARE * len(head):
        raise CheckerError(where, "binary file (mostly non-text bytes), not text")


def decode(data: bytes, where: str, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes; return (text, how), e.g. "utf-8-sig" or "cp1252 (detected)".

    UTF-8 with or without BOM first (and UTF-16/32 when a BOM says so), then a charset
    `declared` by the file itself (HTML <meta charset>), then charset-normalizer's guess.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise CheckerError(
                where,
                f"undecodable bytes: starts with a UTF-8 byte-order mark but byte "
                f"0x{data[err.start]:02x} at offset {err.start} is not UTF-8",
            ) from None
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise CheckerError(
                    where,
                    f"undecodable bytes: {codec} byte-order mark, but the bytes are not {codec}",
                ) from None
    _reject_binary(data, where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        bad = err.start
    if declared:
        try:
            return data.decode(declared), f"{codecs.lookup(declared).name} (declared)"
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = _detect(data)
    if text is None or sum(ord(c) in _CONTROL for c in text) > _MAX_CONTROL_SHARE * len(text):
        raise CheckerError(
            where,
            f"undecodable bytes: not UTF-8 (byte 0x{data[bad]:02x} at offset {bad}) "
            "and no other text encoding fits; save the file as UTF-8",
        )
    return text, f"{encoding} (detected)"


def _detect(data: bytes) -> tuple[str | None, str]:
    # Imported here: only files that are not UTF-8 pay for it.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None, ""
    # Short Western text often fits several code pages equally well; windows-1252 is the one
    # such text is almost always in (browsers read latin-1 labels as it too).
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence:
            best = m
            break
    return str(best), best.encoding


# ---------------------------------------------------------------- html and json


@dataclass(frozen=True)
class _Capture:
    """What one article file holds: its text, and metadata it carries itself (json, html)."""

    text: str
    encoding: str
    title: str = ""
    published: str = ""
    published_from: str = ""  # which field gave `published`
    url: str = ""
    outlet: str = ""


def _read_article(path: Path, where: str) -> _Capture:
    data = _read_bytes(path, where)
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
        return _from_html(text, encoding, where)
    if suffix == ".json":
        return _from_json(text, encoding, where)
    return _Capture(text, encoding)


_DATE_META = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "date",
    "og:published_time",
)


def _from_html(markup: str, encoding: str, where: str) -> _Capture:
    from html.parser import HTMLParser  # only stories with HTML articles pay for it

    skip_tags = {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "nav",
        "aside",
        "footer",
        "form",
        "button",
        "select",
    }
    block_tags = {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "main",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "dd",
        "dt",
        "dl",
        "title",
        "address",
        "caption",
        "td",
        "th",
    }

    class Extractor(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.pieces: list[str] = []
            self.skipping: list[str] = []
            self.meta: dict[str, str] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("meta", "link"):
                a = {k.lower(): (v or "") for k, v in attrs}
                key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                if tag == "link" and "canonical" in a.get("rel", "").lower():
                    key, a["content"] = "canonical", a.get("href", "")
                if key and a.get("content") and key not in self.meta:
                    self.meta[key] = a["content"].strip()
            elif tag in skip_tags and tag not in ("br", "hr"):
                self.skipping.append(tag)
            elif tag in block_tags:
                self.pieces.append("\n")

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in skip_tags:  # a self-closed <svg/> opens nothing
                self.handle_starttag(tag, attrs)

        def handle_endtag(self, tag: str) -> None:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            elif tag in block_tags:
                self.pieces.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.pieces.append(_SPACES.sub(" ", data))

    parser = Extractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise CheckerError(where, "no visible text in this HTML page")
    meta = parser.meta
    published_key = next((k for k in _DATE_META if meta.get(k)), "")
    return _Capture(
        text,
        encoding,
        published=meta.get(published_key, "")[:10],
        published_from=f"html meta '{published_key}'" if published_key else "",
        url=meta.get("og:url") or meta.get("canonical", ""),
        outlet=meta.get("og:site_name", ""),
    )


def _from_json(raw: str, encoding: str, where: str) -> _Capture:
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as err:
        raise CheckerError(f"{where}:{err.lineno}", f"invalid JSON: {err.msg}") from None
    if not isinstance(doc, dict):
        raise CheckerError(where, 'expected a JSON object like {"text": "..."}')
    fields = {}
    for key in ("text", "title", "published", "url", "outlet"):
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            raise CheckerError(where, f"field '{key}' must be a string")
        fields[key] = (value or "").strip() if key != "text" else value or ""
    if not fields["text"].strip():
        raise CheckerError(where, "missing or empty 'text' field")
    text = f"{fields['title']}\n\n{fields['text']}" if fields["title"] else fields["text"]
    if fields["published"]:
        _parse_date(fields["published"], where, "field 'published'")
    return _Capture(
        text,
        encoding,
        title=fields["title"],
        published=fields["published"],
        published_from="json field 'published'" if fields["published"] else "",
        url=fields["url"],
        outlet=fields["outlet"],
    )


def _parse_date(value: str, where: str, what: str) -> date:
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


# ---------------------------------------------------------------- sources.csv


@dataclass(frozen=True)
class _Row:
    line: int
    source: str
    file: str
    outlet: str
    url: str
    published: date | None
    language: str


def _read_manifest(path: Path, where: str) -> list[_Row]:
    text, _ = decode(_read_bytes(path, where), where)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    # Spreadsheets in many locales save "CSV" with semicolons; a header tells which it is.
    delimiter = next((d for d in ",;\t" if d in first), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[_Row] = []
    first_line: dict[str, int] = {}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip().lower() for c in cells]
                if "source" not in header:
                    raise CheckerError(
                        f"{where}:{line}",
                        f"missing the 'source' column (header is: {','.join(header)})",
                    )
                continue
            if len(cells) != len(header):
                raise CheckerError(
                    f"{where}:{line}",
                    f"expected {len(header)} fields ({','.join(header)}), found {len(cells)}",
                )
            row = dict(zip(header, (c.strip() for c in cells), strict=True))
            source = row["source"]
            if not source:
                raise CheckerError(f"{where}:{line}", "empty source id")
            if source in first_line:
                raise CheckerError(
                    f"{where}:{line}",
                    f"duplicate source id '{source}' (already on line {first_line[source]})",
                )
            first_line[source] = line
            published = row.get("published", "")
            rows.append(
                _Row(
                    line=line,
                    source=source,
                    file=row.get("file", ""),
                    outlet=row.get("outlet", ""),
                    url=row.get("url", ""),
                    published=_parse_date(published, f"{where}:{line}", "published")
                    if published
                    else None,
                    language=row.get("language", ""),
                )
            )
    except csv.Error as err:
        raise CheckerError(f"{where}:{reader.line_num}", f"malformed CSV: {err}") from None
    if header is None:
        raise CheckerError(
            where, "empty file: expected a header line 'source,outlet,url,published,language'"
        )
    return rows


def _match_files(folder: Path, shown: str, files: list[Path], rows: list[_Row]) -> dict[str, Path]:
    """Source id -> article file: rows first (by `file` column or file stem), then the rest."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    owner: dict[Path, str] = {}
    chosen: dict[str, Path] = {}
    csv_where = _join(shown, MANIFEST)
    for row in rows:
        where = f"{csv_where}:{row.line}"
        if row.file:
            path = folder / row.file
            if not path.is_file():
                raise CheckerError(where, f"file '{row.file}' does not exist")
            candidates = [path]
        else:
            candidates = by_stem.get(row.source) or [f for f in files if f.name == row.source]
        if not candidates:
            raise CheckerError(
                where,
                f"no article file for source '{row.source}' "
                f"(looked for {row.source} with {_SUFFIX_LIST})",
            )
        if len(candidates) > 1:
            names = ", ".join(sorted(c.name for c in candidates))
            raise CheckerError(
                where,
                f"source '{row.source}' matches several files ({names}); "
                "add a 'file' column to say which",
            )
        path = candidates[0]
        if path in owner:
            raise CheckerError(
                where, f"file '{path.name}' already belongs to source '{owner[path]}'"
            )
        owner[path] = row.source
        chosen[row.source] = path
    for stem, paths in sorted(by_stem.items()):
        rest = [p for p in paths if p not in owner]
        if not rest:
            continue
        if stem in chosen or len(rest) > 1:
            clash = {p.name for p in rest} | ({chosen[stem].name} if stem in chosen else set())
            raise CheckerError(shown, f"duplicate source id '{stem}': {', '.join(sorted(clash))}")
        chosen[stem] = rest[0]
    return chosen


# ---------------------------------------------------------------- dates

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
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
                d, mo, y = int(m[1]), _MONTHS[m[2][:3].lower()], int(m[3])
            else:
                mo, d, y = _MONTHS[m[1][:3].lower()], int(m[2]), int(m[3])
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


# ---------------------------------------------------------------- the story


def _join(folder: str, name: str) -> str:
    return name if folder in ("", ".") else f"{folder.rstrip('/')}/{name}"


def _article_files(folder: Path, shown: str) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise CheckerError(shown, f"cannot read the folder: {err.strerror or err}") from None
    files = [
        p
        for p in entries
        if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
    ]
    if not files:
        raise CheckerError(shown, f"no article files ({_SUFFIX_LIST}) in this folder")
    return files


def load_story(path: Path | str) -> Story:
    """Read a story folder (or one article file) into a Story; CheckerError on bad input.

    Each Source says where its date came from (`date_basis`): sources.csv, metadata of a json
    or html file, a date printed in the article's header lines, or, failing those, the median
    date of the other sources (said so), else unknown.
    """
    given = Path(path)
    shown = given.as_posix()
    if not given.exists():
        raise CheckerError(shown, "no such file or directory")
    if given.is_file():
        if given.suffix.lower() not in ARTICLE_SUFFIXES:
            raise CheckerError(shown, f"not a story folder or an article file ({_SUFFIX_LIST})")
        name, chosen, rows, folder_shown = given.stem, {given.stem: given}, [], ""
    elif given.is_dir():
        name = given.name or given.resolve().name
        files = _article_files(given, shown)
        manifest = given / MANIFEST
        rows = _read_manifest(manifest, _join(shown, MANIFEST)) if manifest.is_file() else []
        chosen = _match_files(given, shown, files, rows)
        folder_shown = shown
    else:
        raise CheckerError(shown, "not a story folder or an article file")

    by_source = {row.source: row for row in rows}
    captures: dict[str, tuple[str, _Capture]] = {}
    known: dict[str, tuple[date, str]] = {}
    for source in sorted(chosen):
        file = chosen[source]
        where = (
            _join(folder_shown, os.path.relpath(file, given).replace(os.sep, "/"))
            if folder_shown
            else shown
        )
        capture = _read_article(file, where)
        captures[source] = (where, capture)
        row = by_source.get(source)
        if row and row.published:
            known[source] = (row.published, "sources.csv")
        elif capture.published and _safe_date(capture.published):
            known[source] = (_safe_date(capture.published), capture.published_from)
        elif found := header_date(capture.text):
            known[source] = (found[0], f"article text: '{found[1]}'")

    articles = []
    for source, (where, capture) in captures.items():
        row = by_source.get(source)
        published, basis = known.get(source) or _borrowed(source, known)
        articles.append(
            Article(
                source=Source(
                    source=source,
                    outlet=(row and row.outlet) or capture.outlet or source,
                    url=(row and row.url) or capture.url,
                    published=published,
                    date_basis=basis,
                    language=row.language if row else "",
                    path=where,
                    encoding=capture.encoding,
                ),
                text=capture.text,
            )
        )
    return Story(name=name, path=shown, articles=tuple(articles))


def _safe_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _borrowed(source: str, known: dict[str, tuple[date, str]]) -> tuple[date | None, str]:
    others = sorted(s for s in known if s != source)
    if not others:
        return None, "unknown: relative dates are not resolved"
    days = sorted(known[s][0] for s in others)
    median = days[(len(days) - 1) // 2]  # the lower middle: always one of the real dates
    return median, f"borrowed: median date of the other sources ({', '.join(others)})"
