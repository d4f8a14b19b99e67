"""Sentence splitting with exact offsets, and atomic clauses within a sentence.

A small rule-based splitter rather than pysbd (unmaintained since 2021) or spaCy (a second of
import time): news prose is paragraph-structured, and the hard cases are abbreviations,
initials and quotations, which the rules below handle. The abbreviation list is data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.lexicon import lexicon, per_pack, stopwords

_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)")
_OPENERS = "\"'“‘([“"
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@per_pack
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon("abbreviations")["abbreviations"])


def _is_abbreviation(before: str) -> bool:
    match = _TOKEN_BEFORE.search(before)
    if not match:
        return False
    token = match.group(1).lower()
    if token in _abbreviations():
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    return (len(token) == 1 and token.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))


_NEXT_WORD = re.compile(r"[A-Z][a-z]*(?=[\s,])")


def _opens_sentence(text: str, pos: int, end: int) -> bool:
    """After an abbreviation, a capitalised function word opens a new sentence ("... Orvix
    Mining Corp. This find is ...", "at 5 p.m. The bus ..."): a title or an initial comes
    before a name, never before "The", "This" or "It"."""
    m = _NEXT_WORD.match(text, pos, end)
    return bool(m) and len(m.group()) > 1 and m.group().lower() in stopwords()


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Split text[start:end] (one paragraph) into sentences with offsets into `text`."""
    out: list[Sentence] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
            continue
        abbreviation = m.group(1) == "." and _is_abbreviation(text[pos : m.start()])
        if abbreviation and not _opens_sentence(text, nxt, end):
            continue
        out.append(Sentence(pos, m.end(2)))
        pos = nxt
    tail_end = end
    while tail_end > pos and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > pos:
        out.append(Sentence(pos, tail_end))
    return out


# Clause boundaries that join two independent statements. A bare "while" is not one: it is
# as often temporal ("while they review the law") as contrastive.
_CLAUSE = re.compile(r";\s+|,\s+(?:but|whereas|while|although|though)\s+|\s+whereas\s+", re.I)
_MIN_CLAUSE_WORDS = 4


def split_clauses(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[Sentence]:
    """Split a sentence into independent clauses, never inside a quotation."""
    pieces: list[Sentence] = []
    pos = start
    for m in _CLAUSE.finditer(text, start, end):
        if any(qs <= m.start() < qe for qs, qe in quoted):
            continue
        left = text[pos : m.start()]
        right = text[m.end() : end]
        if len(left.split()) < _MIN_CLAUSE_WORDS or len(right.split()) < _MIN_CLAUSE_WORDS:
            continue
        pieces.append(Sentence(pos, m.start() + (1 if text[m.start()] in ",;" else 0)))
        pos = m.start() + (1 if text[m.start()] in ",;" else 0)
        while pos < end and text[pos] in " \t\n":
            pos += 1
    pieces.append(Sentence(pos, end))
    return pieces


_LOOKBACK = 100  # characters that hold the last word before a position, but for a huge one


def last_word(text: str, lo: int, hi: int) -> str:
    """The last whitespace-separated word of text[lo:hi], "" if none. Reads the characters just
    before `hi` (all of them only when one word fills those): splitting all of text[lo:hi]
    for each figure or name of a long sentence costs quadratic time."""
    words = text[max(lo, hi - _LOOKBACK) : hi].split()
    if len(words) < 2 and hi - lo > _LOOKBACK:
        words = text[lo:hi].split()
    return words[-1] if words else ""
