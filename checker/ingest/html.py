"""HTML pages: the visible text and the page's own metadata (date, url, site name).

Read with the standard library's HTMLParser: script, style, nav, aside and footer dropped;
one paragraph per block element, separated by a blank line. Offsets index the extracted text.
"""

from __future__ import annotations

import re

from checker.errors import CheckerError
from checker.ingest.capture import Capture

_SPACES = re.compile(r"\s+")

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


def from_html(markup: str, encoding: str, where: str) -> Capture:
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
    return Capture(
        text,
        encoding,
        published=meta.get(published_key, "")[:10],
        published_from=f"html meta '{published_key}'" if published_key else "",
        url=meta.get("og:url") or meta.get("canonical", ""),
        outlet=meta.get("og:site_name", ""),
    )
