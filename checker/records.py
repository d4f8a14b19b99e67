"""Typed, frozen records passed between pipeline stages.

Every stage takes records from the previous one and returns new records; nothing is mutated.
Offsets (`start`, `end`) always index `Article.text`, the decoded article as it stands on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum


class ExitCode(IntEnum):
    """Process exit codes: CI tells findings (1) from a broken run (2)."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


class Verdict(StrEnum):
    CONFLICT = "conflict"
    NOT_COMPARABLE = "not-comparable"
    CONSISTENT = "consistent"
    SINGLE_SOURCE = "single-source"

    @property
    def rank(self) -> int:
        """Report order: conflicts first."""
        return list(Verdict).index(self)


class State(StrEnum):
    NEW = "new"
    KNOWN = "known"
    RESOLVED = "resolved"


# ---------------------------------------------------------------- ingest / clean


@dataclass(frozen=True)
class Source:
    """One outlet's article, as described by sources.csv and the file itself."""

    source: str  # id: file stem or the `source` column
    outlet: str
    url: str
    published: date | None  # the date used to resolve relative dates and convert money
    date_basis: str  # where `published` came from, in words, e.g. "sources.csv"
    language: str
    path: str  # as given relative to the story folder
    encoding: str  # how the bytes were decoded, e.g. "utf-8", "utf-8-sig", "cp1252 (detected)"


@dataclass(frozen=True)
class Article:
    source: Source
    text: str  # decoded original text; every offset in the pipeline indexes this


@dataclass(frozen=True)
class Block:
    """A run of article text the cleaner kept (a paragraph or line of prose)."""

    start: int
    end: int
    kind: str = "prose"  # "prose" or "heading" (headlines, datelines: kept, but make no claims)


@dataclass(frozen=True)
class CleanArticle:
    article: Article
    blocks: tuple[Block, ...]
    removed: tuple[tuple[int, int, str], ...] = ()  # (start, end, pattern id) of boilerplate


@dataclass(frozen=True)
class Story:
    name: str
    path: str
    articles: tuple[Article, ...]


# ---------------------------------------------------------------- slots


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts. Money has `currency` (ISO 4217) and unit "money"."""

    value: float
    unit: str  # head noun, singular and lower-case ("account", "device"), "money", "percent"
    text: str  # the surface form, e.g. "€2.4 million" or "six months"
    start: int
    end: int
    currency: str | None = None
    approx: str | None = None  # qualifier word: "about", "over", "up to", ... or None if exact
    dimension: str = "count"  # "count", "money", "percent", "duration", "age", ...


@dataclass(frozen=True)
class Event:
    """What a date dates, from the parse: the act's verb and what it is done to."""

    verb: str  # lemma
    themes: frozenset[str] = frozenset()  # lemmas of the object or passive subject
    agents: frozenset[str] = frozenset()  # the names of who acts, lower case
    noun: bool = False  # the date qualifies a noun ("the 2 March ballot"), not a verb
    particle: str = ""  # "out" of "walked out"
    # a word that makes what is acted on one step of a series ("*another* four were rescued",
    # "the *final* batch"): two steps are two acts, each with its day
    part: str = ""
    # the modal of a hypothetical or coming act ("a bill that *would* legalize abortion on
    # Tuesday"), the status of a planned one ("was *due* to appear"), or "not" for one that
    # did not happen ("*unable* to reach a verdict"): its day is not the day of the act done
    modal: str = ""
    # the figures that size what is acted on ("*210* nests were counted"): two counts that
    # differ are two acts (two days' counts), not one act dated twice
    amounts: frozenset[str] = frozenset()
    # what is acted on, where a name says it: the whole name, lower case ("kessel marathon")
    named: frozenset[str] = frozenset()
    # which of several like acts this is: "29" of "scaled it for the 29th time", "1" of
    # "first climbed it", "many" of acts told together ("twice last year"); two acts of
    # different counts are two acts
    ordinal: str = ""
    # the act as it stood before ("*originally* scheduled for 2025"): not the act as it is now
    earlier: bool = False
    # the themes are only the subject of a verb that acts on nothing ("the vessel set off"):
    # a thing described, which another outlet may describe by another noun ("the night ferry
    # set off")
    described: bool = False


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    first: date | None  # the interval the mention covers, inclusive
    last: date | None
    relative: bool  # "last week", "on Tuesday": resolved against the article's date
    basis: str = ""  # how it was resolved, in words
    # How it is written: "calendar" (30 June, 2019), "weekday" (on Tuesday), "relative" (last
    # week, yesterday, three years ago), "duration" (for six years: first..last is when the
    # span began), "clock" (6 p.m. local time: the day is unknown, see `clock`).
    form: str = "calendar"
    since: bool = False  # the start of a state: "since 2014", "ever since it was seized in 2014"
    clock: tuple[int, int] | None = None  # minutes after midnight, first..last, in `zone`
    zone: str = ""  # the clock's zone as written: "GMT", "UTC+3", "EDT", "local time", ""
    # Elapsed time as background ("23 years ago", "for two days"): not news of the day, so no
    # checkable single-source fact on its own.
    background: bool = False
    # a range written with both its ends ("between 2004 and 2013", "12-14 May"): each end is
    # a claim of its own, so two such ranges of one span disagree when an end differs
    bounded: bool = False
    event: Event | None = None  # the act it dates, read off the parse (checker/events.py)
    # the article date a day or month written without its year took its year from
    yearless: date | None = None


@dataclass(frozen=True)
class Quote:
    words: str  # the quoted words, without the quotation marks
    start: int  # span of the words
    end: int
    speaker: str | None = None  # the entity the quotation is attributed to, when resolved
    partial: bool = False  # an opening or closing mark is missing: the outlet truncated it
    speaker_phrase: str | None = None  # as written: "a council spokesperson", "the Acme chairman"


# ---------------------------------------------------------------- claims


@dataclass(frozen=True)
class Claim:
    """One checkable statement of one source, with its exact span and its slots."""

    id: str  # "<source>:<n>", n counting claims in article order
    source: str
    start: int
    end: int
    text: str  # Article.text[start:end], line breaks read as spaces (claims.flat)
    sentence: int  # index of the sentence in the article
    subject: str | None = None  # the entity the claim is about, when one was found
    entities: tuple[str, ...] = ()
    entity_lists: tuple[tuple[str, ...], ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    modality: str = "said"  # done | decided | plans | considering | could | said
    negated: bool = False
    aspect: str | None = None  # "temporary" | "permanent" | None
    attribution: str | None = None  # who the claim is attributed to ("said a spokesman")
    act: tuple[str, ...] = ()  # the predicate's lexical verb, then its object's first words
    passive: bool = False  # the subject undergoes the predicate's act ("has been fined")
    # Who does the act, from the parse, whatever the voice ("recalled by Acme" -> "Acme")
    actor: str | None = None


@dataclass(frozen=True)
class Cluster:
    """Claims from different sources about the same fact."""

    id: int
    claims: tuple[Claim, ...]
    score: float  # mean pairwise alignment score, 0..100


# ---------------------------------------------------------------- findings


@dataclass(frozen=True)
class ClaimRef:
    """What a finding cites: a claim's text as it stands in the article."""

    source: str
    text: str
    start: int
    end: int


Detail = str | int | float | bool | None | tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    id: str  # fingerprint, stable across runs and file order
    rule: str
    kind: str
    verdict: Verdict
    severity: str  # "error" | "warning" | "info"
    message: str
    claims: tuple[ClaimRef, ...]
    details: tuple[tuple[str, Detail], ...] = ()  # sorted (key, value) pairs
    state: State = State.NEW
    note: str = ""  # the resolution note when state is RESOLVED
    # How much of what the finding compares was positively matched (the same measure, holder,
    # time, counter, speaker, act ...), 0..1: a reader starts with the surest conflicts.
    confidence: float = 0.5

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))

    @property
    def confidence_level(self) -> str:
        return confidence_level(self.confidence)

    def sort_key(self) -> tuple:
        return (
            self.verdict.rank,
            -round(self.confidence, 2),
            {"error": 0, "warning": 1, "info": 2}.get(self.severity, 3),
            self.rule,
            self.sources,
            tuple((c.source, c.start) for c in self.claims),
            self.id,
        )


CONFIDENCE_LEVELS = (("high", 0.75), ("medium", 0.5), ("low", 0.0))


def confidence_level(value: float) -> str:
    """"high" (0.75 and up), "medium" (0.5 and up) or "low"."""
    return next(name for name, floor in CONFIDENCE_LEVELS if value >= floor)


@dataclass(frozen=True, order=True)
class StaleEntry:
    """A baseline or resolutions entry whose finding the run no longer produced."""

    id: str
    file: str  # "baseline" | "resolutions"
    rule: str = ""  # from the baseline entry ("" for resolutions, which do not record it)
    sources: tuple[str, ...] = ()
    note: str = ""  # the resolution's summary, for resolutions

    def __str__(self) -> str:  # where a report lists stale entries as plain ids
        return self.id


@dataclass(frozen=True)
class RuleInfo:
    """What a report keeps of a rule that ran: enough to describe it (SARIF's rule list)."""

    id: str
    kind: str
    severity: str  # "error" | "warning" | "info"
    description: str
    rationale: str = ""
    message: str = ""  # the message template


@dataclass(frozen=True)
class Family:
    """Outlets that run copies of one story, so one witness (checker/families.py)."""

    sources: tuple[str, ...]  # sorted
    agency: str = ""  # the one agency its outlets credit, "" when none or several
    why: tuple[str, ...] = ()  # what links them, in words

    @property
    def label(self) -> str:
        members = ", ".join(self.sources)
        return f"{self.agency}: {members}" if self.agency else members


@dataclass(frozen=True)
class Report:
    story: str
    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...] = field(default=(), compare=False)
    articles: tuple[Article, ...] = field(default=(), compare=False)  # for line/column lookups
    stale: tuple[StaleEntry, ...] = ()  # baseline/resolution entries no longer found
    rules: tuple[RuleInfo, ...] = field(default=(), compare=False)  # the rules that ran, by id
    families: tuple[Family, ...] = ()  # outlets running copies of one story, two or more each

    def summary(self) -> dict[str, int]:
        counts = {v.value: 0 for v in Verdict}
        for f in self.findings:
            counts[f.verdict.value] += 1
        counts["total"] = len(self.findings)
        return counts
