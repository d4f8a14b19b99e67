"""Article files in JSON: `{"text": ..., "title"?, "published"?, "url"?, "outlet"?}`.

The article text is the title, a blank line and the text; offsets index that.
"""

from __future__ import annotations

from checker.errors import CheckerError
from checker.ingest.capture import Capture, parse_date
from checker.jsonio import loads


def from_json(raw: str, encoding: str, where: str) -> Capture:
    doc = loads(raw, where)
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
        parse_date(fields["published"], where, "field 'published'")
    return Capture(
        text,
        encoding,
        title=fields["title"],
        published=fields["published"],
        published_from="json field 'published'" if fields["published"] else "",
        url=fields["url"],
        outlet=fields["outlet"],
    )
