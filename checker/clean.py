"""CLEAN: keep the article's own text, drop page furniture, mark headings.

The output is a list of Blocks, one per non-empty line (or hard-wrapped paragraph), with exact
offsets into Article.text and surrounding white space left out. A block is "prose" (running
text the claim extractor reads) or "heading" (headline, byline, dateline, section header: kept
for reference, makes no claims).

A line is prose when it ends like a sentence (. ! ? … perhaps followed by closing quotes or
brackets; also a quotation closed after a comma, `implications,”`) or when it is long:
>= 8 words once the article body has begun, >= 20 words before it (a headline runs long
without a full stop; a standfirst that long carries claims). The body begins at the first kept
sentence of >= 6 words.

Line breaks: a blank line ends a paragraph. In an article whose longest line is of a margin's
width (WRAP_MIN..WRAP_MAX columns), a single break is a wrapper's, and its two lines one unit,
when the line before it is full: the next word, after a space (two after a sentence, as some
typists put them), would not have fitted; a greedy fill breaks there and nowhere else,
whatever the word. A line after a short one (a headline, a byline, a list item, a
paragraph's last line) stays its own unit, as does a capitalised line that is furniture on
its own, and, in a run of lines that holds paragraphs not set apart by blank lines, a line
after a finished sentence.

Furniture is removed by patterns kept as data in rules/lexicon/boilerplate.yaml (their scopes
are documented there), plus three structural rules: duplicate-line, alt-text and
trailing-headings. Every removal is reported in CleanArticle.removed as (start, end, id).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checker.errors import CheckerError
from checker.records import Article, Block, CleanArticle

SCOPES = ("line", "tail", "trim", "end")
# An unpunctuated line this long in the body is prose, not a heading: a subheading that states
# a fact ("Husband Taghi Rahmani says she hasn't met him for 15 years") runs past a section
# header ("What happens next", "Reaction from the league").
PROSE_WORDS = 8
HEADER_PROSE_WORDS = 20  # before the body: headlines run long; a longer standfirst is prose
BODY_START_WORDS = 6  # the first kept sentence this long starts the body
TAIL_HEADING_WORDS = 8  # tail patterns are tried on heading-like lines this short
RESUME_WORDS = 8  # two sentences this long in a row end a tail cut: the article resumed
# A hard-wrapped article's longest line lies in this range (a short article filled at 60
# columns may have no line over 45 when long words fall at its breaks).
WRAP_MIN, WRAP_MAX = 40, 100
WRAPPED_FURNITURE = 500  # characters: furniture wrapped over lines (a caption) is short

_TERMINAL = re.compile(r"(?:[.!?…][\"'”’»)\]]*|,[\"'”’»]+)$")
_LINE = re.compile(r"[^\r\n]+")
_FIRST_WORD = re.compile(r"[ \t]*([^ \t\r\n]*)")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_LIST_MARKER = re.compile(r"(?:>\s*)+|[-*+•·▪●]\s+")
_QUOTES = str.maketrans({c: "'" for c in '‘’‚‛“”„‟"`´'})
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
_PUNCT = re.compile(r"[^\w\s]")


# ---------------------------------------------------------------- patterns (data)


@dataclass(frozen=True)
class Pattern:
    """One boilerplate pattern of rules/lexicon/boilerplate.yaml."""

    id: str
    group: str
    scope: str  # line | tail | trim | end
    regex: str
    description: str
    case_sensitive: bool = False
    match_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoilerplatePatterns:
    """The patterns of one boilerplate file, compiled into one regex per scope."""

    patterns: tuple[Pattern, ...]
    origin: str = ""
    # Ids of a user's own patterns: they run under RE2 (checker/linear.py), never backtracking.
    linear: frozenset[str] = frozenset()
    _compiled: dict[str, list[tuple[Any, tuple[str, ...]]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        from checker.linear import compile_linear

        compiled: dict[str, list[tuple[Any, tuple[str, ...]]]] = {}
        for scope in SCOPES:
            compiled[scope] = []
            for user in (False, True):
                members = [
                    p for p in self.patterns if p.scope == scope and (p.id in self.linear) == user
                ]
                if not members:
                    continue
                alts = "|".join(
                    f"(?P<p{k}>{'(?:' if p.case_sensitive else '(?i:'}{p.regex}))"
                    for k, p in enumerate(members)
                )
                body = f"(?:{alts})\\{'z' if user else 'Z'}" if scope == "trim" else alts
                regex = compile_linear(body) if user else re.compile(body)
                compiled[scope].append((regex, tuple(p.id for p in members)))
        object.__setattr__(self, "_compiled", compiled)

    def match(self, scope: str, line: str) -> str | None:
        """The id of the first `scope` pattern matching the whole (normalised) line."""
        for regex, ids in self._compiled[scope]:
            m = regex.fullmatch(line)
            if m and m.lastgroup:
                return ids[int(m.lastgroup[1:])]
        return None

    def trim(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """Where a trailing credit starts in text[start:end], and the pattern id."""
        for regex, ids in self._compiled["trim"]:
            m = regex.search(text, start, end)
            if m and m.lastgroup:
                return m.start(), ids[int(m.lastgroup[1:])]
        return None

    def group(self, pattern_id: str) -> str:
        return next((p.group for p in self.patterns if p.id == pattern_id), "")

    def removes(self, pattern: Pattern, line: str) -> bool:
        """Whether `pattern` alone removes (or trims) `line`: what the examples check."""
        flags = 0 if pattern.case_sensitive else re.IGNORECASE
        if pattern.scope == "trim":
            return re.search(f"(?:{pattern.regex})\\Z", line, flags) is not None
        norm = " ".join(line.split())
        if pattern.scope == "tail" and not _heading_like(norm):
            return False
        return re.fullmatch(pattern.regex, norm, flags) is not None


def _line_of(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 0


def parse_boilerplate(
    doc: object,
    text: str,
    origin: str,
    trusted: tuple[Pattern, ...] | None = None,
    *,
    compile_each: bool = True,
) -> BoilerplatePatterns:
    """Validate a parsed boilerplate file; CheckerError naming the file and line otherwise.

    With `trusted` (the default pack's patterns), this is a user's file: its patterns that are
    not the same as a trusted one must compile under RE2 and run under it. `compile_each=False`
    skips compiling each regex on its own (the combined one still is): only for the default
    pack, which the test suite checks fully, because that is 8 ms of every run."""
    if not isinstance(doc, dict) or not isinstance(doc.get("patterns"), list):
        raise CheckerError(origin, "expected a top-level 'patterns:' list")
    out: list[Pattern] = []
    seen: set[str] = set()
    linear: set[str] = set()
    for n, item in enumerate(doc["patterns"], 1):
        pid = item.get("id") if isinstance(item, dict) else None
        where = f"{origin}:{_line_of(text, f'id: {pid}')}" if pid else origin

        def bad(what: str, where: str = where, n: int = n) -> CheckerError:
            return CheckerError(where, f"pattern {n}: {what}")

        if not isinstance(pid, str) or not _ID.fullmatch(pid):
            raise bad(f"'id' must be lower-case words joined by dashes, got {pid!r}")
        if pid in seen:
            raise bad(f"duplicate id '{pid}'")
        seen.add(pid)
        for key in ("regex", "description", "group"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise bad(f"'{key}' is missing or empty")
        if item.get("scope") not in SCOPES:
            raise bad(f"'scope' must be one of {', '.join(SCOPES)}, got {item.get('scope')!r}")
        if _BACKREF.search(item["regex"]):
            raise bad("back-references are not allowed (patterns are combined into one regex)")
        if compile_each:
            try:
                compiled = re.compile(item["regex"])
            except re.error as err:
                raise bad(f"bad regex: {err}") from None
            if compiled.groupindex:
                raise bad("named groups are not allowed (patterns are combined into one regex)")
        if trusted is not None and (pid, item["regex"]) not in {(p.id, p.regex) for p in trusted}:
            from checker.linear import PatternError, compile_linear

            try:
                compile_linear(item["regex"])
            except PatternError as err:
                raise bad(
                    f"RE2, which runs your patterns in linear time, cannot use this regex: {err}"
                ) from None
            linear.add(pid)
        examples = item.get("examples") or {}
        out.append(
            Pattern(
                id=pid,
                group=item["group"],
                scope=item["scope"],
                regex=item["regex"],
                description=item["description"].strip(),
                case_sensitive=bool(item.get("case_sensitive", False)),
                match_examples=tuple(examples.get("match") or ()),
                keep_examples=tuple(examples.get("keep") or ()),
            )
        )
    try:
        return BoilerplatePatterns(tuple(out), origin, frozenset(linear))
    except re.error as err:  # e.g. a global inline flag such as (?i) inside a pattern
        raise CheckerError(origin, f"patterns do not combine: {err}") from None


def load_boilerplate(path: Path | str | None = None) -> BoilerplatePatterns:
    """Read boilerplate patterns: the rule pack's (cached), or a user's file (read afresh:
    a relative path names another file once the working directory changes)."""
    return _read_boilerplate(Path(path)) if path is not None else _default_boilerplate()


@functools.cache
def _default_boilerplate() -> BoilerplatePatterns:
    from checker.lexicon import pack_dir

    return _read_boilerplate(pack_dir() / "lexicon" / "boilerplate.yaml", default=True)


def _read_boilerplate(file: Path, default: bool = False) -> BoilerplatePatterns:
    from checker.lexicon import load_yaml

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CheckerError(file, f"cannot read: {err}") from None
    trusted = None if default else _default_boilerplate().patterns
    return parse_boilerplate(load_yaml(file), text, str(file), trusted, compile_each=not default)


# ---------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Unit:
    """A non-empty line (or hard-wrapped paragraph): its stripped span and normalised text."""

    start: int
    end: int
    norm: str  # white space collapsed
    words: int
    terminal: bool  # ends like a sentence
    marked_heading: bool = False  # a Markdown "# " heading


def _unit(text: str, start: int, end: int) -> _Unit:
    marked = False
    if m := _MARKDOWN_HEADING.match(text, start, end):
        start, marked = m.end(), True
    elif m := _LIST_MARKER.match(text, start, end):
        start = m.end()
    norm = " ".join(text[start:end].split())
    return _Unit(start, end, norm, norm.count(" ") + 1, bool(_TERMINAL.search(norm)), marked)


@dataclass(frozen=True)
class _Line:
    """A non-empty line: where it starts, and its text's span with white space stripped."""

    begin: int  # the line's first character, indentation included
    start: int
    end: int
    width: int  # columns it fills: a wrapper drops trailing spaces and tabs, nothing else


def _units(text: str, furniture: Callable[[str], bool] = lambda line: False) -> list[_Unit]:
    """Non-empty lines as units; the lines of a hard-wrapped paragraph make one unit.
    A line that is page furniture on its own (a photo credit) starts a unit of its own, unless
    it reads as furniture with the unit before it (a wrapped caption)."""
    paragraphs = _paragraphs(text)
    width = _wrap_width(paragraphs)
    units = []
    for lines in paragraphs:
        if not width:
            units.extend(_unit(text, ln.start, ln.end) for ln in lines)
            continue
        unspaced = _unspaced_paragraphs(text, lines, width)
        first = lines[0]
        for prev, line in itertools.pairwise(lines):
            if not _soft_break(text, first, prev, line, width, unspaced, furniture):
                units.append(_unit(text, first.start, prev.end))
                first = line
        units.append(_unit(text, first.start, lines[-1].end))
    return [u for u in units if u.norm]


def _paragraphs(text: str) -> list[list[_Line]]:
    """Non-empty lines in runs: a blank line (or two bare carriage returns) starts a new run."""
    paragraphs: list[list[_Line]] = []
    prev_end = 0
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + line.find(stripped[0])
        end = start + len(stripped)
        gap = text[prev_end:start]
        if not paragraphs or gap.count("\n") >= 2 or ("\n" not in gap and gap.count("\r") >= 2):
            paragraphs.append([])
        paragraphs[-1].append(_Line(m.start(), start, end, len(line.rstrip(" \t"))))
        prev_end = end
    return paragraphs


def _soft_break(
    text: str,
    first: _Line,
    prev: _Line,
    line: _Line,
    width: int,
    unspaced: bool,
    furniture: Callable[[str], bool],
) -> bool:
    """Whether the break between two lines of a run, in an article wrapped at `width`, is a
    wrapper's, so that `line` goes on the unit that began with `first`: `prev` is full, and
    `line` is neither furniture nor, in a run whose paragraphs are not set apart by blank lines
    (`unspaced`), a new paragraph after a finished sentence."""
    if not _full(text, prev, line, width):
        return False
    if unspaced and _TERMINAL.search(text[prev.start : prev.end]):
        return False
    whole = " ".join(text[line.start : line.end].split())
    # A capitalised line that is furniture on its own ("File Photo: ...") starts anew, unless
    # the unit it would end is furniture with it (a caption wrapped over lines); a lower-case
    # one after a full line is the sentence going on ("harbour terminal ...").
    if not (whole[:1].isupper() and furniture(whole)):
        return True
    return line.end - first.start <= WRAPPED_FURNITURE and furniture(
        " ".join(text[first.start : line.end].split())
    )


def _full(text: str, prev: _Line, line: _Line, width: int) -> bool:
    """`prev` was broken only because the next word would not have fitted within the margin:
    what a wrapper does, and all it does. A paragraph's last line leaves room, so the line after
    it starts its own unit; so does a heading, a byline or a list item after a short line."""
    # A wrapper breaks at spaces and tabs: a no-break space binds its two words.
    next_word = _FIRST_WORD.match(text, line.begin).group(1)
    # The spaces before that word are gone: one, or two after a sentence, as typists put them.
    space = 2 if _TERMINAL.search(text[prev.start : prev.end]) else 1
    return prev.width + space + len(next_word) > width


def _wrap_width(paragraphs: list[list[_Line]]) -> int:
    """The right margin of a hard-wrapped article, else 0.

    An article is read as wrapped when its longest line is of a typical margin's width: the
    lines of prose that sets a paragraph on each line run longer. Which breaks are the
    wrapper's is then up to each pair of lines (`_soft_break`): a greedy fill, which is what
    wrappers do, breaks a line only where the next word would overflow, so every line but a
    paragraph's last is full, however few lines a paragraph has.
    """
    width = max((ln.width for lines in paragraphs for ln in lines), default=0)
    return width if WRAP_MIN <= width <= WRAP_MAX else 0


def _unspaced_paragraphs(text: str, lines: list[_Line], width: int) -> bool:
    """Whether a run of lines holds paragraphs without a blank line between them (a paragraph
    on each line, or wrapped paragraphs one under the other): a line ends a sentence short of
    the margin with more text right below it, which a wrapper never leaves inside a paragraph.
    In such a run a full line that ends a sentence is taken to end its paragraph too; in a run
    that is one paragraph, a sentence ending at the margin goes on below."""
    return any(
        _TERMINAL.search(text[prev.start : prev.end]) and not _full(text, prev, line, width)
        for prev, line in itertools.pairwise(lines)
    )


def _heading_like(norm: str) -> bool:
    return norm.count(" ") < TAIL_HEADING_WORDS and not _TERMINAL.search(norm)


def _sentence_like(u: _Unit, min_words: int) -> bool:
    return u.terminal and u.words >= min_words


def _kind(u: _Unit, body: bool) -> str:
    if u.marked_heading:
        return "heading"
    if u.terminal:
        return "prose" if u.words >= 2 else "heading"
    return "prose" if u.words >= (PROSE_WORDS if body else HEADER_PROSE_WORDS) else "heading"


def _alt_text(u: _Unit) -> bool:
    """Image alt text: unpunctuated, at least three words, mostly lower case."""
    words = u.norm.split()
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= 3 and not _PUNCT.search(u.norm) and 2 * lower > len(words)


def _fold(norm: str) -> str:
    return norm.translate(_QUOTES).casefold()


# ---------------------------------------------------------------- clean


@dataclass(frozen=True)
class _Kept:
    index: int  # into the units
    start: int
    end: int
    kind: str
    key: str  # folded text, for duplicates


def clean(article: Article, patterns: BoilerplatePatterns | None = None) -> CleanArticle:
    """Blocks of the article's own text, and what was removed as furniture (with pattern ids)."""
    pats = patterns if patterns is not None else load_boilerplate()
    text = article.text
    units = _units(text, lambda line: pats.match("line", line) is not None)
    kept: list[_Kept] = []
    removed: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    body = False
    i = 0
    while i < len(units):
        u = units[i]
        pid = pats.match("line", u.norm)
        if pid:
            removed.append((u.start, u.end, pid))
            # Alt text sits just before its caption.
            if (
                pats.group(pid) == "caption"
                and kept
                and kept[-1].index == i - 1
                and _alt_text(units[i - 1])
            ):
                alt = kept.pop()
                seen.discard(alt.key)
                removed.append((alt.start, alt.end, "alt-text"))
            i += 1
            continue
        if body and _heading_like(u.norm):
            pid = pats.match("tail", u.norm)
            if not pid and i + 1 < len(units) and u.words <= 3:  # a heading broken in two
                pid = pats.match("tail", f"{u.norm} {units[i + 1].norm}")
            if pid:
                j = _tail_end(units, i + 1)
                removed.append((u.start, units[j - 1].end, pid))
                i = j
                continue
        key = _fold(u.norm)
        if key in seen:
            removed.append((u.start, u.end, "duplicate-line"))
            i += 1
            continue
        end = u.end
        if trimmed := pats.trim(text, u.start, u.end):
            cut, pid = trimmed
            removed.append((cut, u.end, pid))
            end = u.start + len(text[u.start : cut].rstrip())
            u = replace(_unit(text, u.start, end), marked_heading=u.marked_heading)
        seen.add(key)
        kind = _kind(u, body)
        kept.append(_Kept(i, u.start, end, kind, key))
        if kind == "prose" and _sentence_like(u, BODY_START_WORDS):
            body = True
        i += 1
    _drop_end(units, kept, removed, pats)
    return CleanArticle(
        article=article,
        blocks=tuple(Block(k.start, k.end, k.kind) for k in kept),
        removed=tuple(sorted(removed)),
    )


def _tail_end(units: list[_Unit], j: int) -> int:
    """Where a tail cut starting before units[j] ends: at the end, or where prose resumes."""
    while j < len(units) - 1:
        if _sentence_like(units[j], RESUME_WORDS) and _sentence_like(units[j + 1], RESUME_WORDS):
            return j
        j += 1
    return len(units)


def _drop_end(
    units: list[_Unit], kept: list[_Kept], removed: list, pats: BoilerplatePatterns
) -> None:
    """Author bios and trailing headings: furniture recognised by being last."""
    while kept and any(k.kind == "prose" for k in kept):
        last = kept[-1]
        if last.kind == "heading":
            removed.append((last.start, last.end, "trailing-headings"))
        elif pid := pats.match("end", units[last.index].norm):
            removed.append((last.start, last.end, pid))
        else:
            return
        kept.pop()
