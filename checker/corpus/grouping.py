"""Event grouping: which articles of a feed report the same event.

Two articles are about one event when they are close in time and share rare tokens (names,
numbers, uncommon words), each weighted by its rarity in the feed (inverse document
frequency). Only tokens at most `GroupingOptions.block` articles share within a window are
used, and only pairs within the time window that share one are scored: the blocking that
keeps the cost near-linear in the feed (a common word would pair everything with everything).

Pairs are merged strongest first into stories (average linkage: a story joins another only
when its members are, on average, close to the other's), with one article per outlet unless
two articles of an outlet are near-copies (an updated version of the same piece).

An undated article is paired by content alone, with any article, on tokens rare in the whole
feed (it could be on any day). Its time is then the span of the dated articles it matches
(score at least `link`) near its best match, and the window is kept around that span: it
joins what happened then, and cannot carry a story across the weeks.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from checker.ingest.feed import FeedArticle

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]{3,}")


@dataclass(frozen=True)
class GroupingOptions:
    window_days: int = 3  # articles further apart than this are never one story
    link: float = 0.15  # least average similarity for two groups to merge
    near_copy: float = 0.8  # similarity above which an outlet's two articles are one piece
    block: int = 100  # tokens in more articles than this within a window are too common to pair on


DEFAULTS = GroupingOptions()


@dataclass(frozen=True)
class _Times:
    """When each article (in `order`) happened, as a span of days: its date, or for an undated
    one the dates of the articles it matches (None when it matches none)."""

    spans: list[tuple[int, int] | None]
    window: int

    def near(self, i: int, j: int) -> bool:
        a, b = self.spans[i], self.spans[j]
        if a is None or b is None:
            return True  # nothing says when: content alone decides
        return a[0] - b[1] <= self.window and b[0] - a[1] <= self.window


@dataclass(frozen=True)
class Group:
    """One story found in the feed: `checked` has one article per source, in source order;
    `copies` are an outlet's near-copies of a checked article (listed, not checked twice)."""

    id: str
    checked: tuple[FeedArticle, ...]
    copies: tuple[FeedArticle, ...] = ()

    @property
    def members(self) -> tuple[FeedArticle, ...]:
        return tuple(sorted((*self.checked, *self.copies), key=_age))


def tokens(text: str) -> frozenset[str]:
    return frozenset(t.replace(",", "").lower() for t in _TOKEN.findall(text))


def story_id(members: Sequence[FeedArticle]) -> str:
    """Derived from the story's first article (by date, then id): a later run on a feed that
    adds articles to the story keeps the id, so its baseline and resolutions stay valid."""
    first = min(members, key=_age)
    return "s" + hashlib.sha256(first.id.encode("utf-8")).hexdigest()[:11]


def group(
    articles: Sequence[FeedArticle], options: GroupingOptions = DEFAULTS
) -> tuple[Group, ...]:
    """The stories of a feed, ordered by their first article's date (undated last), then id."""
    order = sorted(articles, key=_age)  # dated by date, then the undated
    sets = [tokens(a.article.text) for a in order]
    weights = _rarity(sets)
    scores = _pair_scores(order, sets, weights, options)
    times = _times(order, scores, options)
    scores = {pair: v for pair, v in scores.items() if times.near(*pair)}
    clusters = _merge(order, scores, times, options)
    found = [_as_group(order, members) for members in clusters]
    return tuple(sorted(found, key=lambda g: _age(g.members[0])))


def _age(item: FeedArticle) -> tuple[bool, date, str]:
    published = item.article.source.published
    return (published is None, published or date.min, item.id)


def _day(item: FeedArticle) -> int | None:
    published = item.article.source.published
    return published.toordinal() if published else None


def _rarity(sets: list[frozenset[str]]) -> dict[str, float]:
    """Weight of each token shared by two articles or more: log(n / df)."""
    df: dict[str, int] = defaultdict(int)
    for s in sets:
        for t in s:
            df[t] += 1
    n = len(sets)
    return {t: math.log((n + 1) / d) for t, d in df.items() if d >= 2}


def _pair_scores(
    order: list[FeedArticle],
    sets: list[frozenset[str]],
    weights: dict[str, float],
    options: GroupingOptions,
) -> dict[tuple[int, int], float]:
    """Cosine similarity of the weighted rare-token sets, for pairs sharing one: dated pairs
    in the window, and an undated article with any other."""
    days = [_day(a) for a in order]
    undated = next((k for k, d in enumerate(days) if d is None), len(days))  # they sort last
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for t in s:
            if t in weights:
                postings[t].append(i)  # ascending i is ascending date: `order` is sorted
    # Rare means rare where the article may be: within the window for a dated one (a name in
    # the news all week is still news each day, while a word in more than `block` articles of
    # a few days pairs everything with everything), in the whole feed for an undated one.
    usable = {
        t: items
        for t, items in postings.items()
        if _busiest_window(items, days, options.window_days) <= options.block
    }
    anywhere = {t for t, items in usable.items() if len(items) <= options.block}
    weight2 = {t: weights[t] ** 2 for t in usable}
    # Norms over the tokens a pair can share: a pair with an undated article shares only the
    # feed's rare ones, and is measured over those alone.
    norms, norms_anywhere = [0.0] * len(sets), [0.0] * len(sets)
    for t, items in usable.items():
        for i in items:
            norms[i] += weight2[t]
            if t in anywhere:
                norms_anywhere[i] += weight2[t]
    scores: dict[tuple[int, int], float] = {}
    for i, s in enumerate(sets):
        # Article by article, into a small dict of its later neighbours: one feed-sized dict
        # updated once per shared token grows slower per update as it outgrows the CPU cache.
        shared: dict[int, float] = defaultdict(float)
        for t in s:
            items = usable.get(t)
            if items is None or (i >= undated and t not in anywhere):
                continue
            y = bisect_right(items, i)
            if i < undated:  # the later dated articles in the window, then the undated ones
                while (
                    y < len(items)
                    and items[y] < undated
                    and days[items[y]] - days[i] <= options.window_days  # type: ignore[operator]
                ):
                    shared[items[y]] += weight2[t]
                    y += 1
                if t not in anywhere:
                    continue
                y = bisect_left(items, undated, y)
            for j in items[y:]:
                shared[j] += weight2[t]
        for j, v in shared.items():
            by = norms if j < undated else norms_anywhere
            scores[i, j] = v / math.sqrt(by[i] * by[j])
    return scores


def _busiest_window(items: list[int], days: list[int | None], window: int) -> int:
    """The most dated articles of `items` (in date order) within any `window` days."""
    most, first = 0, 0
    for last, j in enumerate(items):
        day = days[j]
        if day is None:
            break  # the undated come last
        while day - days[items[first]] > window:  # type: ignore[operator]
            first += 1
        most = max(most, last - first + 1)
    return most


def _times(
    order: list[FeedArticle], scores: dict[tuple[int, int], float], options: GroupingOptions
) -> _Times:
    """Each article's span of days: its date; for an undated one, the days of the dated
    articles it matches (`link` or better) within the window of its best match. Anchored on
    the best match: articles a week apart that it resembles as well (a weekly report, a
    follow-up) must not become one story through it."""
    days = [_day(a) for a in order]
    matches: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in scores.items():
        if score >= options.link and (days[i] is None) != (days[j] is None):
            dated, other = (i, j) if days[i] is not None else (j, i)
            matches[other].append((score, days[dated]))  # type: ignore[arg-type]
    spans: list[tuple[int, int] | None] = [(d, d) if d is not None else None for d in days]
    for i, found in matches.items():
        best = max(found)[1]
        near = [d for _, d in found if abs(d - best) <= options.window_days]
        spans[i] = (min(near), max(near))
    return _Times(spans, options.window_days)


def _merge(
    order: list[FeedArticle],
    scores: dict[tuple[int, int], float],
    times: _Times,
    options: GroupingOptions,
) -> list[list[int]]:
    """Average-linkage merging over the scored pairs, strongest first."""
    owner = list(range(len(order)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(order))}
    sources = [a.article.source.source for a in order]
    for (i, j), score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if score < options.link:
            break
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if not _outlets_fit(members[a], members[b], sources, scores, options):
            continue
        # Averaged over the pairs inside the window: a story that runs for a week is judged by
        # articles close in time, and a day-one report need not resemble the day-six follow-up.
        cross = [
            scores.get((min(x, y), max(x, y)), 0.0)
            for x in members[a]
            for y in members[b]
            if times.near(x, y)
        ]
        if sum(cross) / len(cross) < options.link:
            continue
        both = members[a] + members[b]
        for k in members[b]:
            owner[k] = a
        members[a] = sorted(both)
        del members[b]
    return [m for _, m in sorted(members.items())]


def _outlets_fit(
    a: list[int],
    b: list[int],
    sources: list[str],
    scores: dict[tuple[int, int], float],
    options: GroupingOptions,
) -> bool:
    """One article per outlet, unless the outlet's two articles are near-copies."""
    return all(
        scores.get((min(x, y), max(x, y)), 0.0) >= options.near_copy
        for x in a
        for y in b
        if sources[x] == sources[y]
    )


def _latest(item: FeedArticle) -> tuple[bool, date, str]:
    published = item.article.source.published
    return (published is not None, published or date.min, item.id)


def _as_group(order: list[FeedArticle], members: list[int]) -> Group:
    by_source: dict[str, list[FeedArticle]] = defaultdict(list)
    for k in members:
        by_source[order[k].article.source.source].append(order[k])
    checked, copies = [], []
    for source in sorted(by_source):
        # The outlet's latest version is checked: an update supersedes what it replaces (and
        # a dated version one whose date is unknown).
        latest, *older = sorted(by_source[source], key=_latest, reverse=True)
        checked.append(latest)
        copies.extend(older)
    items = [order[k] for k in members]
    return Group(id=story_id(items), checked=tuple(checked), copies=tuple(sorted(copies, key=_age)))
