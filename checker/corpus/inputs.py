"""What a corpus is made of: a JSONL feed grouped into stories, or a folder of story folders,
feeds and loose article files (the loose ones grouped like a feed's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.corpus.grouping import DEFAULTS, Group, GroupingOptions, group
from checker.errors import CheckerError
from checker.ingest import ARTICLE_SUFFIXES, load_story
from checker.ingest.feed import FEED_SUFFIX, FeedArticle, read_feed
from checker.ingest.manifest import join
from checker.records import Story


@dataclass(frozen=True)
class Member:
    """An article of a corpus story, as index.json lists it."""

    id: str
    source: str
    outlet: str
    url: str
    published: date | None
    checked: bool  # False for an outlet's near-copy of the article that was checked


@dataclass(frozen=True)
class CorpusStory:
    id: str
    title: str
    story: Story  # what is checked: name = id, one article per source
    members: tuple[Member, ...]


def read_corpus(path: Path | str, options: GroupingOptions = DEFAULTS) -> tuple[CorpusStory, ...]:
    """The stories of INPUT, ordered by id; CheckerError on bad input."""
    given = Path(path)
    shown = given.as_posix()
    if not given.exists():
        raise CheckerError(shown, "no such file or directory")
    if given.is_file():
        if given.suffix.lower() != FEED_SUFFIX:
            raise CheckerError(shown, f"not a feed ({FEED_SUFFIX}) or a folder")
        stories = [
            _from_group(g, shown)
            for g in group(_dated(read_feed(given, need_ids=True), shown), options)
        ]
    else:
        stories = _from_folder(given, shown, options)
    seen: set[str] = set()
    for s in stories:
        if s.id in seen:  # a story folder named like a grouped story's id
            raise CheckerError(shown, f"two stories have the id '{s.id}'")
        seen.add(s.id)
    return tuple(sorted(stories, key=lambda s: s.id))


def _dated(items: tuple[FeedArticle, ...], shown: str) -> tuple[FeedArticle, ...]:
    for item in items:
        if item.article.source.published is None:
            raise CheckerError(
                f"{shown}:{item.line}" if item.line else join(shown, item.id),
                "no publication date ('published'): a corpus groups articles by time",
            )
    return items


def _from_folder(folder: Path, shown: str, options: GroupingOptions) -> list[CorpusStory]:
    loose: list[FeedArticle] = []
    stories: list[CorpusStory] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            stories.append(_given(load_story(entry)))
        elif entry.suffix.lower() == FEED_SUFFIX:
            loose.extend(_dated(read_feed(entry, need_ids=True), join(shown, entry.name)))
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            (article,) = load_story(entry).articles
            loose.append(FeedArticle(id=entry.name, line=0, title="", article=article))
            _dated(loose[-1:], shown)
    if not stories and not loose:
        raise CheckerError(shown, "no story folders, feeds or article files in this folder")
    stories += [_from_group(g, shown) for g in group(loose, options)]
    return stories


def _given(story: Story) -> CorpusStory:
    """A story folder is a story as it stands: its name is its id."""
    members = tuple(
        Member(
            a.source.path, a.source.source, a.source.outlet, a.source.url, a.source.published, True
        )
        for a in story.articles
    )
    return CorpusStory(story.name, _first_line(story.articles[0].text), story, members)


def _from_group(found: Group, shown: str) -> CorpusStory:
    checked = {m.id for m in found.checked}
    members = tuple(
        Member(m.id, s.source, s.outlet, s.url, s.published, m.id in checked)
        for m in found.members
        for s in (m.article.source,)
    )
    first = found.members[0]
    title = first.title or _first_line(first.article.text)
    story = Story(
        name=found.id, path=f"{shown}#{found.id}", articles=tuple(m.article for m in found.checked)
    )
    return CorpusStory(found.id, title, story, members)


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]
