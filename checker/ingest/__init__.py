"""INGEST: read a story (a folder of article files plus an optional sources.csv) into a Story.

Article files are `.txt`, `.md`, `.html`/`.htm` and `.json`; everything else in the folder
(gold files, sources.csv itself, hidden files) is ignored. Articles are ordered by source id,
so the result never depends on directory order.

`Article.text` is the text exactly as decoded (newlines, quotes and spaces untouched): every
offset later in the pipeline indexes it. Two formats are read, not copied:
- `.html`: the article's main text, extracted by trafilatura (page furniture left out): the
  headline, a blank line, then the body's paragraphs separated by blank lines.
- `.json`: `{"text": ..., "title"?, "published"?, "url"?, "outlet"?}`; the article text is the
  title, a blank line and the text.
For those two, offsets index the extracted text.

A single article file may also be given instead of a folder: it is read as a one-article
story (everything will be single-source, which is still useful for a quick look).
"""

from checker.ingest.manifest import ARTICLE_SUFFIXES, MANIFEST
from checker.ingest.pubdate import header_date
from checker.ingest.story import load_story

__all__ = ["ARTICLE_SUFFIXES", "MANIFEST", "header_date", "load_story"]
