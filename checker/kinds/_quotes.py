"""Quotation alignment and word-level diff, shared by quote-wording and attribution.

Quotations are compared as word sequences after folding what is typography rather than
wording: case, curly quotes, contractions ("we're" = "we are"), dotted abbreviations, a
title's abbreviation ("Capt" = "Captain") and editorial insertions in square brackets (and, in a
quotation, short parentheses). A
truncated quotation is aligned with the part of the longer one it matches (rapidfuzz
partial_ratio), and only differences inside that part count.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from typing import NamedTuple

from checker.extract.dates.patterns import date_words
from checker.extract.dates.scan import find_dates
from checker.kinds.base import Context
from checker.lexicon import lexicon, per_pack, stopwords
from checker.records import Claim, Quote
from checker.wordlist import american, is_english

# A figure with thousands separators is one word ("$1,000" = "$1000"): punctuation, not wording.
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\w'’.]+")
_BRACKETS = re.compile(r"\[[^\]]*\]")
# Inside a quotation a short parenthesis is the editor's too ("Pep (Guardiola) coming here"):
# speech has no parentheses, and a writer's own aside runs longer than a name or two.
_EDITORIAL = re.compile(r"\((?:[^()\s]+\s?){1,4}\)")
_CLITICS = (
    ("n't", "not"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'m", "am"),
    ("'d", "would"),
)
_IRREGULAR = {
    "can't": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    # spoken English as some outlets transcribe it: the same words (general English)
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "'em": ("them",),
    "'cause": ("because",),
    "let's": ("let", "us"),
}
# 's after these is "is" or "has" (as a possessive it has no sense): "there's" = "there is",
# "she's been" = "she has been"
_IS_OR_HAS = frozenset({"there", "here", "it", "that", "what", "who", "he", "she"})
# what follows "has" and not "is" (general English): a participle of a perfect
_PERFECT = re.compile(r"(?:been|got|gone|had|done|seen|made|taken|given|\w+ed)\b")


class Word(NamedTuple):
    """A word as compared, and where it stands (a tuple: a story has thousands, and a
    frozen dataclass took 60% of the time to read them)."""

    norm: str
    start: int
    end: int
    surface: str


_ABBREVIATION = re.compile(r"(?:[a-z]\.)+[a-z]?")


@functools.lru_cache(maxsize=1 << 16)
def words(text: str, offset: int = 0) -> tuple[Word, ...]:
    """Normalised words with their spans; a contraction yields two words over one span.
    Cached: rules ask for the same claims' words many times, so ask with the text's own
    offset (claim.start, quote.start) even when only the words count."""
    blanked = _BRACKETS.sub(lambda m: " " * len(m.group()), text)
    out: list[Word] = []
    for m in _WORD.finditer(blanked):
        surface = m.group().strip(".'’")
        if not surface:
            continue
        start = offset + m.start() + m.group().find(surface)
        end = start + len(surface)
        low = surface.lower().replace("’", "'")
        if low[:1].isdigit():
            low = low.replace(",", "")
        if "." in low and _ABBREVIATION.fullmatch(low):
            low = low.replace(".", "")  # U.S. = US
        low = low.rstrip(".")
        parts: tuple[str, ...] = _IRREGULAR.get(low, ())
        if low.endswith("'s") and low[:-2] in _IS_OR_HAS:
            after = blanked[m.end() :].lstrip()
            parts = (low[:-2], "has" if _PERFECT.match(after.lower()) else "is")
        if not parts and "'" in low:  # every clitic has one
            for clitic, full in _CLITICS:
                if low.endswith(clitic) and len(low) > len(clitic):
                    parts = (low[: -len(clitic)], full)
                    break
        for part in parts or (low,):
            out.append(Word(part, start, end, surface))
    return tuple(out)


def as_written(ws: Sequence[Word]) -> str:
    """The words as the outlet wrote them: a contraction compared as two words ("I'm" as "I
    am") is written once."""
    return " ".join(surface for _, surface in dict.fromkeys((w.start, w.surface) for w in ws))


def quote_words(quote: Quote) -> tuple[Word, ...]:
    """A quotation's words, with their spans in the article, without an editor's insertions."""
    return words(_EDITORIAL.sub(lambda m: " " * len(m.group()), quote.words), quote.start)


NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "nothing", "none", "nobody"})


@dataclass(frozen=True)
class Change:
    a_words: tuple[Word, ...]
    b_words: tuple[Word, ...]
    edge: str = ""  # "start" or "end" for words past the stretch two quotations share

    @property
    def a_text(self) -> str:
        return as_written(self.a_words)

    @property
    def b_text(self) -> str:
        return as_written(self.b_words)

    def substantive(self) -> bool:
        """A swapped word always counts, unless it is the same word written open or closed
        ("cast mates" / "castmates"); an added or dropped one only if it is not a function word."""
        if self.a_words and self.b_words:
            joined = ("".join(w.norm for w in ws).replace("-", "") for ws in (self.a_words, self.b_words))
            return len(set(joined)) == 2 and not _one_clock_time(self.a_text, self.b_text)
        stop = stopwords() - NEGATIONS  # a dropped "not" reverses the quotation
        return any(w.norm not in stop for w in (*self.a_words, *self.b_words))


def _one_clock_time(a: str, b: str) -> bool:
    """Both are the same clock time written two ways ("8pm" / "8 PM ET", "8 p.m."): house
    style, as "Capt" is "Captain"; the zone one adds names the time both give."""
    read = []
    for text in (a, b):
        found = find_dates(text)
        if len(found) != 1 or found[0].form != "clock":
            return False
        rest = text[: found[0].start] + text[found[0].end :]
        if not _ZONE_LEFT.fullmatch(rest):
            return False  # more than the time and its zone changed
        read.append(found[0].clock)
    return read[0] == read[1]


_ZONE_LEFT = re.compile(r"[\s/.]*(?:[A-Z]{2,5}[\s.]*)?")


@per_pack
def _titles() -> dict[str, str]:
    """Title abbreviation -> the title it stands for (rules/lexicon/names.yaml)."""
    return dict(lexicon("names")["title_abbreviations"])


def _compared(ws: Sequence[Word]) -> list[str]:
    """The words as compared: a title's abbreviation is the title ("Capt" = "Captain"), a
    month's the month ("Jan." = "January"), and a word spelt the British way is the American
    word ("neighbour" = "neighbor"): house style."""
    titles = _titles()
    return [titles.get(w.norm) or _month(w) or _spelling(w.norm) for w in ws]


def _month(w: Word) -> str:
    """A month's name or abbreviation, capitalised (not the verb "may"), as the month's number."""
    n = date_words().months.get(w.norm) if w.surface[:1].isupper() else None
    return f"month:{n}" if n else ""


@functools.lru_cache(maxsize=1 << 14)
def _spelling(word: str) -> str:
    us = american(word)
    # long words only: the rules would make "four" of "for" and "hour" of "hor"
    return us if us != word and len(word) >= 5 and is_english(us) else word


class _Aligned:
    """A word alignment of `b` with `a` from `offset` on, in `a`'s and `b`'s own indices."""

    def __init__(self, ca: list[str], cb: list[str], offset: int, b_offset: int = 0) -> None:
        self.sm = SequenceMatcher(None, ca[offset:], cb[b_offset:], autojunk=False)
        self.offset, self.b_offset = offset, b_offset
        self.blocks = [
            Match(blk.a + offset, blk.b + b_offset, blk.size)
            for blk in self.sm.get_matching_blocks()
            if blk.size
        ]

    def get_opcodes(self) -> list[tuple[str, int, int, int, int]]:
        oa, ob = self.offset, self.b_offset
        return [
            (tag, i1 + oa, i2 + oa, j1 + ob, j2 + ob)
            for tag, i1, i2, j1, j2 in self.sm.get_opcodes()
        ]


def _best_alignment(ca: list[str], cb: list[str]) -> _Aligned:
    """The alignment that matches the most words. SequenceMatcher takes the longest block
    first, the earliest of equals: "We have achieved soft landing on the moon. India is on the
    moon" and "India is now on the Moon" would share the first "on the moon" only. Where one
    quotation's first word recurs in the other, the alignment from there is tried too."""
    starts = [(0, 0)]
    starts += [(i, 0) for i in range(1, len(ca)) if cb and ca[i] == cb[0]]
    starts += [(0, j) for j in range(1, len(cb)) if ca and cb[j] == ca[0]]
    # max keeps the first of equals: the plain alignment unless another matches more
    return max(
        (_Aligned(ca, cb, i, j) for i, j in starts), key=lambda al: sum(m.size for m in al.blocks)
    )


def _matcher(a: Sequence[Word], b: Sequence[Word], min_equal: float):
    """The word alignment of two quotations, or None if they are not one quotation."""
    ca, cb = _compared(a), _compared(b)
    sm = _best_alignment(ca, cb)
    blocks = sm.blocks
    if not blocks or sum(blk.size for blk in blocks) < min_equal * min(len(a), len(b)):
        return None
    # what two quotations share must say something: "It was like a ripple effect" and "It
    # was like hell" share only words any sentence has, and are two quotations
    stop = stopwords()
    shared = [i for blk in blocks for i in range(blk.a, blk.a + blk.size) if ca[i] not in stop]
    if not shared and any(w not in stop for w in ca) and any(w not in stop for w in cb):
        return None
    # ... and more than a name: "The landfall of Extremely Severe Storm Kira has begun" and
    # "The Extremely Severe Storm Kira moved north" share only capitalised words, and are two
    # statements about one storm; "the same Shia militants
    # that" and "the same Shia militia that" share the words around the name too. A
    # quotation's first word is capitalised whatever it is.
    every = [i for blk in blocks for i in range(blk.a, blk.a + blk.size)]
    named = all(i > 0 for i in shared) and all(a[i].surface[:1].isupper() for i in every)
    if shared and named:
        return None
    return sm, blocks


def diff_words(a: Sequence[Word], b: Sequence[Word], min_equal: float = 0.5) -> list[Change] | None:
    """Changes inside the stretch the two word lists share; None if they are not one quotation."""
    aligned = _matcher(a, b, min_equal)
    if aligned is None:
        return None
    sm, blocks = aligned
    lo_a, lo_b = blocks[0].a, blocks[0].b
    hi_a, hi_b = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    changes = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or i2 <= lo_a or i1 >= hi_a or j2 <= lo_b or j1 >= hi_b:
            continue
        changes.append(Change(tuple(a[i1:i2]), tuple(b[j1:j2])))
    return changes


def edge_changes(a: Sequence[Word], b: Sequence[Word], min_equal: float = 0.5) -> list[Change]:
    """What two quotations have beyond the stretch they share, at the start and at the end:
    words on one side only (a truncation) or on both (an edit at the edge)."""
    aligned = _matcher(a, b, min_equal)
    if aligned is None:
        return []
    _, blocks = aligned
    lo_a, lo_b = blocks[0].a, blocks[0].b
    hi_a, hi_b = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    out = []
    if lo_a or lo_b:
        out.append(Change(tuple(a[:lo_a]), tuple(b[:lo_b]), "start"))
    if hi_a < len(a) or hi_b < len(b):
        out.append(Change(tuple(a[hi_a:]), tuple(b[hi_b:]), "end"))
    return out


_SENTENCE_BREAK = re.compile(r"[.!?]")


def within_sentence(ws: tuple[Word, ...], quote: Quote, edge: str) -> tuple[Word, ...]:
    """The words past the shared stretch that belong to its sentence: "we can prevent" /
    "we can prevent with a single injection. This government ..." keeps "with a single
    injection"; a whole other sentence of the statement is not part of the comparison."""

    def gap(x: int, y: int) -> str:
        return quote.words[x - quote.start : y - quote.start]

    if edge == "end":
        if _SENTENCE_BREAK.search(gap(quote.start, ws[0].start)[-3:]):
            return ()
        kept = [ws[0]]
        for prev, w in itertools.pairwise(ws):
            if _SENTENCE_BREAK.search(gap(prev.end, w.start)) and w.surface[:1].isupper():
                break
            kept.append(w)
        return tuple(kept)
    following = gap(ws[-1].end, quote.end)
    if _SENTENCE_BREAK.search(following[: len(following) - len(following.lstrip(" .!?"))]):
        return ()
    kept = [ws[-1]]
    for w, nxt in zip(reversed(ws[:-1]), reversed(ws[1:]), strict=True):
        if _SENTENCE_BREAK.search(gap(w.end, nxt.start)) and nxt.surface[:1].isupper():
            break
        kept.insert(0, w)
    return tuple(kept)


@dataclass(frozen=True)
class QuotePair:
    a: Claim
    qa: Quote
    b: Claim
    qb: Quote
    changes: tuple[Change, ...]
    edges: tuple[Change, ...] = ()  # beyond the shared stretch, when both quotations are closed


def judge(
    changes: tuple[Change, ...], edges: tuple[Change, ...], max_edge: int, elision: int
) -> tuple[list[Change], list[Change]]:
    """Changes that misquote, and changes that only shorten the quotation.

    Inside the shared stretch every swapped or added word misquotes, except a whole clause
    left out (`elision` words or more on one side only: the speaker's words, cut). At the
    edge of two closed quotations, a word or few on both sides (up to `max_edge`) is an edit
    ("the Porto region" / "the Porto district"), and so are a word or few on one side against
    the words next to the stretch on the other, which goes on; on one side only, however
    many, a truncation that keeps the words.
    """
    wrong, cut = [], []
    for ch in changes:
        if not ch.substantive():
            continue
        one_sided = not ch.a_words or not ch.b_words
        (cut if one_sided and len(ch.a_words) + len(ch.b_words) >= elision else wrong).append(ch)
    for ch in edges:
        if not ch.substantive():
            continue
        if ch.a_words and ch.b_words:
            if max(len(ch.a_words), len(ch.b_words)) <= max_edge:
                wrong.append(ch)
            elif (few := min(len(ch.a_words), len(ch.b_words))) <= max_edge:
                wrong.append(_facing(ch, few))
        else:
            cut.append(ch)  # however long: the shorter quotation keeps the words it gives
    return wrong, cut


def _facing(edge: Change, few: int) -> Change:
    """A quotation that ends (or starts) a word or few past the shared stretch, where the
    other goes on: its marks vouch for those words, so they are compared with as many words
    of the other next to the stretch ("unnecessary penalty" / "unnecessary fine, and
    seek ...": "penalty" for "fine")."""
    a_few, b_few = few, few
    if few == 1:  # an initialism stands for as many words ("US" / "United States")
        a_few = _spelt_out(edge.b_words, edge.a_words, edge.edge) or 1
        b_few = _spelt_out(edge.a_words, edge.b_words, edge.edge) or 1
    if edge.edge == "start":
        return Change(edge.a_words[-a_few:], edge.b_words[-b_few:], edge.edge)
    return Change(edge.a_words[:a_few], edge.b_words[:b_few], edge.edge)


def _spelt_out(short: tuple[Word, ...], long: tuple[Word, ...], edge: str) -> int:
    """How many words of `long`, next to the shared stretch, the one word of `short` is the
    initials of (0 when it is none)."""
    word = short[-1] if edge == "start" else short[0]
    n = len(word.surface)
    if len(short) != 1 or not 2 <= n <= len(long) or not word.surface.isupper():
        return 0
    spelt = long[-n:] if edge == "start" else long[:n]
    return n if "".join(w.surface[:1] for w in spelt).upper() == word.surface else 0


def long_quote_pairs(ctx: Context, min_words: int, min_score: float) -> list[QuotePair]:
    """Pairs of quotations of `min_words` or more words from different outlets that align
    (computed once per story: several kinds ask)."""
    return ctx.once(
        ("long-quotes", min_words, min_score), lambda: _long_quote_pairs(ctx, min_words, min_score)
    )


def _long_quote_pairs(ctx: Context, min_words: int, min_score: float) -> list[QuotePair]:
    pairs: list[QuotePair] = []
    for ca, qa, cb, qb in ctx.alignment.quote_pairs(
        _normal, lambda q: len(quote_words(q)) >= min_words, min_score
    ):
        ta, tb = quote_words(qa), quote_words(qb)
        changes = diff_words(ta, tb)
        if changes is None or _two_statements(ta, tb, changes):
            continue
        changes = [ch for ch in changes if not _restart(ch, ta, tb)]
        # Only a closed quotation says where the speaker's words end.
        closed = not qa.partial and not qb.partial
        # A fragment woven into the writer's sentence ("it was "the best day ever"") begins
        # where the writer's words stop: other words before it are no edit
        woven = _fragment(ta) or _fragment(tb)
        edges = []
        for ch in edge_changes(ta, tb) if closed else []:
            if ch.a_words and ch.b_words:
                if not (woven and ch.edge == "start"):
                    edges.append(ch)  # an edit at the edge: both go on
            elif ch.a_words:
                cut = within_sentence(ch.a_words, qa, ch.edge)
                edges.extend([Change(cut, (), ch.edge)] if cut else [])
            else:
                cut = within_sentence(ch.b_words, qb, ch.edge)
                edges.extend([Change((), cut, ch.edge)] if cut else [])
        pairs.append(QuotePair(ca, qa, cb, qb, tuple(changes), tuple(edges)))
    return pairs


def _two_statements(a: Sequence[Word], b: Sequence[Word], changes: list[Change]) -> bool:
    """Words one side puts in place of the other's that outnumber the words both share (and
    a few): two statements with a phrase in common ("I'm very happy" / "When I crossed the
    finish line, I was very happy"), not one quotation misreported."""
    aligned = _matcher(a, b, 0.0)
    shared = sum(blk.size for blk in aligned[1]) if aligned else 0
    return any(
        ch.a_words and ch.b_words and max(len(ch.a_words), len(ch.b_words)) > max(3, shared)
        for ch in changes
    )


def _restart(ch: Change, a: Sequence[Word], b: Sequence[Word]) -> bool:
    """Words one side adds that end by saying again the words just before them: a speaker's
    false start, kept by a verbatim transcript and tidied by the other outlet ("the course of a
    moving body, of a moving object" / "the course of a moving object")."""
    if ch.a_words and ch.b_words:
        return False
    added, full = (ch.a_words, a) if ch.a_words else (ch.b_words, b)
    at = next((i for i, w in enumerate(full) if w.start == added[0].start), None)
    if at is None:
        return False
    norms = [w.norm for w in full]
    said = [w.norm for w in added]
    return any(said[-k:] == norms[at - k : at] for k in range(2, min(len(said), at) + 1))


def _fragment(ws: Sequence[Word]) -> bool:
    """A quotation that starts in lower case: the rest of a sentence the writer began."""
    first = next((w.surface for w in ws if w.surface[:1].isalpha()), "")
    return first[:1].islower()


def _normal(q: Quote) -> str:
    return _normal_text(q.words, q.start)


PROSE_MIN_EQUAL = 0.7  # share of the shorter's words prose and quotation have in order
PROSE_MIN_LENGTH = 0.8  # the prose has at least this share of the quotation's words


def prose_pairs(ctx: Context, min_words: int, min_score: float) -> list[QuotePair]:
    """Quotations whose words another outlet gives without marks, in its own prose: a tweet
    or statement quoted by one outlet and run as text by another. Only near-verbatim prose
    aligns (most of the quotation's words, in order), so a paraphrase is left alone."""
    pairs = []
    for ca, qa, cb in ctx.alignment.quote_prose_pairs(
        _normal_text, lambda q: len(quote_words(q)) >= min_words, min_score, _may_echo
    ):
        quoted, plain = quote_words(qa), words(cb.text, cb.start)
        changes = diff_words(quoted, plain, min_equal=PROSE_MIN_EQUAL)
        if changes is None or len(plain) < PROSE_MIN_LENGTH * len(quoted):
            continue
        qb = Quote(words=cb.text, start=cb.start, end=cb.end, partial=True)
        pairs.append(QuotePair(ca, qa, cb, qb, tuple(changes)))
    return pairs


@functools.lru_cache(maxsize=1 << 16)
def _bag(text: str, offset: int) -> tuple[Counter[str], int]:
    """The normalised words of a text, counted, and how many there are."""
    ws = words(text, offset)
    return Counter(w.norm for w in ws), len(ws)


def _may_echo(quote: Quote, claim: Claim) -> bool:
    """What prose_pairs asks of a pair, on word counts alone, before the alignment scores it:
    the prose is long enough, and has enough of the quotation's words in any order (diff_words
    finds them in order, which is never more)."""
    quoted, n_quoted = _bag(quote.words, quote.start)
    plain, n_plain = _bag(claim.text, claim.start)
    if n_plain < PROSE_MIN_LENGTH * n_quoted:
        return False
    shared = sum(min(n, plain[w]) for w, n in quoted.items() if w in plain)
    return shared >= PROSE_MIN_EQUAL * min(n_quoted, n_plain)


def _normal_text(text: str, start: int) -> str:
    return " ".join(w.norm for w in words(text, start))


def claims_at(ctx: Context, source: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims of `source` that contain any of the character spans."""
    out = {}
    for c in ctx.claims_in(source):
        if any(c.start < e and s < c.end for s, e in spans):
            out.setdefault((c.start, c.end), c)
    return [out[k] for k in sorted(out)]
