"""What a corpus is made of: a JSONL feed grouped into stories, or a folder of story folders,
feeds and loose article files (the loose ones grouped like a feed's).

A feed line that cannot be read is left out and listed with its reason (`Corpus.rejected`);
an article without a date is grouped by its content and dated from its story's articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.corpus.dating import date_undated
from checker.corpus.grouping import DEFAULTS, Group, GroupingOptions, group
from checker.errors import CheckerError
from checker.ingest import ARTICLE_SUFFIXES, load_story
from checker.ingest.feed import FEED_SUFFIX, FeedArticle, Rejected, read_feed_lines
from checker.limits import DEFAULT_LIMITS, Limits
from checker.records import Story


@dataclass(frozen=True)
class Member:
    """An article of a corpus story, as index.json lists it."""

    id: str
    source: str
    outlet: str
    url: str
    published: date | None
    date_basis: str  # how `published` was found, as the report's source table says
    checked: bool  # False for an outlet's near-copy of the article that was checked


@dataclass(frozen=True)
class CorpusStory:
    id: str
    title: str
    story: Story  # what is checked: name = id, one article per source
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Corpus:
    stories: tuple[CorpusStory, ...]  # ordered by id
    rejected: tuple[Rejected, ...] = ()  # feed lines left out, in file and line order


def read_corpus(
    path: Path | str, options: GroupingOptions = DEFAULTS, limits: Limits = DEFAULT_LIMITS
) -> Corpus:
    """The stories of INPUT and the feed lines that could not be read; CheckerError when
    INPUT itself is wrong (missing, not a feed or a folder, a story folder that fails)."""
    given = Path(path)
    shown = given.as_posix()
    if not given.exists():
        raise CheckerError(shown, "no such file or directory")
    if given.is_file():
        if given.suffix.lower() != FEED_SUFFIX:
            raise CheckerError(shown, f"not a feed ({FEED_SUFFIX}) or a folder")
        lines = read_feed_lines(given, need_ids=True, limits=limits)
        rejected = list(lines.rejected)
        stories = [_from_group(g, shown) for g in group(lines.articles, options)]
    else:
        stories, rejected = _from_folder(given, shown, options, limits)
    seen: set[str] = set()
    for s in stories:
        if s.id in seen:  # a story folder named like a grouped story's id
            raise CheckerError(shown, f"two stories have the id '{s.id}'")
        seen.add(s.id)
    return Corpus(tuple(sorted(stories, key=lambda s: s.id)), tuple(rejected))


def _from_folder(
    folder: Path, shown: str, options: GroupingOptions, limits: Limits
) -> tuple[list[CorpusStory], list[Rejected]]:
    loose: list[FeedArticle] = []
    stories: list[CorpusStory] = []
    rejected: list[Rejected] = []
    found = False
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            stories.append(_given(load_story(entry, limits)))
        elif entry.suffix.lower() == FEED_SUFFIX:
            lines = read_feed_lines(entry, need_ids=True, limits=limits)
            loose.extend(lines.articles)
            rejected.extend(lines.rejected)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            (article,) = load_story(entry, limits).articles
            loose.append(FeedArticle(id=entry.name, line=0, title="", article=article))
        else:
            continue
        found = True
    if not found:
        raise CheckerError(shown, "no story folders, feeds or article files in this folder")
    stories += [_from_group(g, shown) for g in group(loose, options)]
    return stories, rejected


def _given(story: Story) -> CorpusStory:
    """A story folder is a story as it stands: its name is its id."""
    members = tuple(
        Member(
            a.source.path,
            a.source.source,
            a.source.outlet,
            a.source.url,
            a.source.published,
            a.source.date_basis,
            True,
        )
        for a in story.articles
    )
    return CorpusStory(story.name, _first_line(story.articles[0].text), story, members)


def _from_group(found: Group, shown: str) -> CorpusStory:
    checked = {m.id for m in found.checked}
    everyone = date_undated(found.members)
    members = tuple(
        Member(m.id, s.source, s.outlet, s.url, s.published, s.date_basis, m.id in checked)
        for m in everyone
        for s in (m.article.source,)
    )
    first = found.members[0]
    title = first.title or _first_line(first.article.text)
    articles = [m.article for m in everyone if m.id in checked]
    articles.sort(key=lambda a: a.source.source)  # as Group.checked: one per source, in order
    story = Story(name=found.id, path=f"{shown}#{found.id}", articles=tuple(articles))
    return CorpusStory(found.id, title, story, members)


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]
