"""Dates for a story's undated articles, from the dated articles it was grouped with.

An article that says "on Friday" or "yesterday" and carries no date of its own is read
against the date of the articles that report the same event: their median (the lower middle,
always one of their dates), as a story folder borrows the median of its other sources. Its
date basis says so and names what it resolves. A story without a dated article stays undated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from checker.extract.dates import find_dates
from checker.ingest.feed import FeedArticle

_NAMED = 5  # dated articles named in a date basis; a big story's list is cut short


def date_undated(members: Sequence[FeedArticle]) -> tuple[FeedArticle, ...]:
    """The story's articles, each undated one dated from the dated ones, in the same order."""
    dated = sorted(
        (m for m in members if m.article.source.published),
        key=lambda m: (m.article.source.published, m.id),
    )
    if not dated or len(dated) == len(members):
        return tuple(members)
    median = dated[(len(dated) - 1) // 2].article.source.published
    ids = sorted(m.id for m in dated)
    named = ", ".join(ids[:_NAMED]) + (
        f" and {len(ids) - _NAMED} more" if len(ids) > _NAMED else ""
    )
    basis = f"borrowed: median date of the dated articles it is grouped with ({named})"
    out = []
    for m in members:
        source = m.article.source
        if source.published is None:
            source = replace(source, published=median, date_basis=basis + _resolves(m))
            m = replace(m, article=replace(m.article, source=source))
        out.append(m)
    return tuple(out)


def _resolves(member: FeedArticle) -> str:
    """ ", for its relative dates ('on Friday', 'yesterday')", or nothing if it has none."""
    words: list[str] = []
    for d in find_dates(member.article.text, 0, None):
        if d.relative and d.text not in words:
            words.append(d.text)
    shown = ", ".join(f"'{w}'" for w in words[:3]) + (", ..." if len(words) > 3 else "")
    return f", for its relative dates ({shown})" if words else ""
