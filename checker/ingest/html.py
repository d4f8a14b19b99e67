"""HTML pages: the article's main text and the page's metadata, extracted by trafilatura.

trafilatura finds the article body and leaves out page furniture (cookie banners, menus,
advertisements, newsletter and subscription pitches, "read more" and related-story blocks),
and reads title, date, site name and canonical URL from the page's metadata (meta tags,
JSON-LD, Open Graph). The text checker reads is the headline, a blank line, then one
paragraph per block of the article body, separated by blank lines: offsets index that text.
"""

from __future__ import annotations

import logging
import re

from checker.errors import CheckerError, warn_input
from checker.ingest.capture import Capture

# AMP pages carry their ads and consent dialogs in custom elements whose fallback text reads
# like prose; no article text is ever inside them.
_PRUNE = ["//amp-ad", "//amp-embed", "//amp-sticky-ad", "//amp-consent", "//amp-analytics"]
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_SCRIPT_OPEN = re.compile(rb"<script\b", re.I)
_SCRIPT_CLOSE = re.compile(rb"</script\s*>", re.I)

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Their warnings would reach standard error through logging's last-resort handler.
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _unclosed_script(markup: str) -> bool:
    """A <script> never closed swallows the rest of the page as script text: the parser is
    right to hide it, but the user should know the page lost its text."""
    data = markup.encode("utf-8", "surrogatepass")
    return len(_SCRIPT_OPEN.findall(data)) > len(_SCRIPT_CLOSE.findall(data))


def from_html(markup: str, encoding: str, where: str) -> Capture:
    # trafilatura (and lxml under it) cost about half a second to import: only stories with
    # HTML articles pay for it.
    import trafilatura

    if _unclosed_script(markup):
        warn_input(where, "a <script> is never closed: the page text after it is hidden")
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
        prune_xpath=_PRUNE,
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise CheckerError(where, "no article text found in this HTML page")
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    title = " ".join((getattr(doc, "title", None) or "").split())
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    published = getattr(doc, "date", None) or ""
    return Capture(
        "\n\n".join(paragraphs),
        encoding,
        title=title,
        published=published[:10],
        published_from="html page metadata" if published else "",
        url=getattr(doc, "url", None) or "",
        outlet=getattr(doc, "sitename", None) or "",
        language=getattr(doc, "language", None) or _page_language(markup),
    )


def _page_language(markup: str) -> str:
    m = _HTML_LANG.search(markup[:4096])
    return m.group(1).lower() if m else ""
