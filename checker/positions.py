"""Line and column of a character offset in an article, for editors and code-scanning tools.

Both 1-based; columns count characters (Unicode code points, as Python strings index them).
A line ends at "\n", so "\r\n" files number their lines as any editor does.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from checker.records import Article


class LineIndex:
    """Offsets -> (line, column) for each article of a report, by source id."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._texts = {a.source.source: a.text for a in articles}
        self._starts: dict[str, list[int]] = {}  # line start offsets, computed when first asked

    def __contains__(self, source: str) -> bool:
        return source in self._texts

    def position(self, source: str, offset: int) -> tuple[int, int]:
        starts = self._starts.get(source)
        if starts is None:
            text = self._texts[source]
            starts = [0]
            at = text.find("\n")
            while at != -1:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            self._starts[source] = starts
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1
