"""The invented stories of the test suite shuffled into one feed, and the adjusted Rand index."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date
from math import comb
from pathlib import Path

from checker.ingest import load_story
from checker.ingest.feed import feed_line

ROOT = Path(__file__).resolve().parents[1]
STORIES = sorted(
    [
        *ROOT.glob("tests/blind/*/"),
        *ROOT.glob("tests/holdout/*/"),
        *ROOT.glob("tests/stories/*/"),
        ROOT / "fixtures" / "hk-data-requests",
    ]
)


def story_feed(
    path: Path, *, seed: int = 0, stories=STORIES, one_day: date | None = None
) -> dict[str, str]:
    """Write every story's articles, shuffled, as one feed; return article id -> story name.

    Article ids are `<story>-<source>`; a story without a date on each article is left out
    (a corpus feed needs dates). `one_day` dates every article that day instead.
    """
    lines, truth = [], {}
    for folder in stories:
        story = load_story(folder)
        if any(a.source.published is None for a in story.articles):
            continue
        for article in story.articles:
            if one_day is not None:
                article = replace(article, source=replace(article.source, published=one_day))
            article_id = f"{story.name}-{article.source.source}"
            lines.append(feed_line(article, article_id))
            truth[article_id] = story.name
    random.Random(seed).shuffle(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def adjusted_rand_index(truth: list[str], found: list[str]) -> float:
    """Hubert and Arabie's ARI: pair agreement of two partitions, 0 by chance, 1 when equal."""
    pairs = sum(comb(c, 2) for c in Counter(zip(truth, found, strict=True)).values())
    a = sum(comb(c, 2) for c in Counter(truth).values())
    b = sum(comb(c, 2) for c in Counter(found).values())
    expected = a * b / comb(len(truth), 2)
    best = (a + b) / 2
    return 1.0 if best == expected else (pairs - expected) / (best - expected)
