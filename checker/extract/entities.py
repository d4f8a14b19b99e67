"""Named entities (capitalised names), entity lists and a normalised key for each name.

No model: a name is a run of capitalised tokens. A token that opens a sentence counts only when
the story writes it capitalised elsewhere too, which keeps "However" or "Services" out.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from checker.extract.names import (
    given_name,
    particle_before_name,
    particles,
    person_name,
)
from checker.extract.vocab import vocabulary
from checker.lexicon import lexicon, per_pack, stopwords
from checker.wordlist import is_english

TOKEN = re.compile(r"[A-Za-z0-9][\w'’&.\-]*[\w&]|[A-Za-z0-9]")
_POSSESSIVE = re.compile(r"['’]s?$")
_LIST_JOIN = re.compile(
    r"^\s*(?P<comma>,\s*)?(?:(?P<conj>and|or|nor|plus|&|as well as|[a-z]{1,3})\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
_LIST_NEXT = re.compile(r"^(?:,\s*|\s+(?:and|&|or)\s+)[A-Z]")
_FULL_NAME_NEXT = re.compile(r"^ [A-Z][a-z]")
# The 12-hour clock's suffix ("7.41 PM", "9 a.m."): English grammar, as dates/clock.py reads it.
_CLOCK_SUFFIX = re.compile(r"[ap]\.?m\.?", re.I)
_AFTER_FIGURE = re.compile(r"\d[\s\u00a0]?$")
_NOT_CONJ = frozenset({"in", "of", "to", "at", "on", "by", "for", "is", "was", "has", "its", "the"})


@dataclass(frozen=True)
class Mention:
    name: str  # surface form, possessive stripped
    start: int
    end: int


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Fold case, spacing, hyphens and dots: '7 Eleven' and '7Eleven' share a key."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _is_cap(token: str) -> bool:
    return token[0].isupper() or (token[0].isdigit() and any(c.isupper() for c in token))


class EntityVocabulary:
    """Story-wide evidence of which words are names: seen capitalised mid-sentence."""

    def __init__(self) -> None:
        self.mid_cap: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()

    def observe(self, sentence: str) -> None:
        for i, m in enumerate(TOKEN.finditer(sentence)):
            tok = _POSSESSIVE.sub("", m.group())
            if not tok:
                continue
            if tok[0].islower():
                self.lower[tok] += 1
            elif i > 0 and _is_cap(tok):
                self.mid_cap[tok.lower()] += 1

    def _surname(self, word: str) -> bool:
        """A word the story writes capitalised mid-sentence and never in lower case, that is no
        calendar word: a name, as the last word of a person's ("Varn")."""
        low = word.lower()
        calendar = low in vocabulary().calendar_words
        return self.mid_cap[low] > 0 and not self.lower[low] and not calendar

    def initial_is_name(self, token: str, next_words: str = "") -> bool:
        """A capitalised word opening a sentence: a name if the story writes it capitalised
        elsewhere, if it heads a list of names ("Siemens and Alstom"), if it is a given name
        before a capitalised word ("Robert Lindqvist"), or if it is no English word ("Vestas")."""
        low = token.lower()
        if low in stopwords():
            return False
        if self.mid_cap[low] or self.lower[low]:
            return self.mid_cap[low] > self.lower[low]
        if _LIST_NEXT.match(next_words):
            return True
        if _FULL_NAME_NEXT.match(next_words) and given_name(low):
            return True  # "Robert Lindqvist said ...": a given name before a surname
        following = _NEXT_NAME.match(next_words)
        adverb = low.endswith("ly")  # "Currently Orvix ...", not a given name
        if following and not adverb and self._surname(following.group(1)):
            return True  # "Brandon Varn, an incident controller, ...": the story's "Varn"
        return not is_english(low)


_NEXT_NAME = re.compile(r"^ ([A-Z][a-z]+)\b(?! [A-Z])")


def _is_sentence_start(text: str, pos: int, start: int) -> bool:
    before = text[start:pos].rstrip(" \"'“‘”’(")  # "... tornadoes.” It said": a new sentence
    return not before or before[-1] in ".!?:;—–-"


@per_pack
def _zones() -> frozenset[str]:
    return frozenset(z.casefold() for z in lexicon("clock")["utc"])


def _clock_word(token: str) -> bool:
    """A 12-hour suffix or a zone, which after a figure make it a time ("7 PM", "0900 GMT")."""
    return bool(_CLOCK_SUFFIX.fullmatch(token)) or token.casefold() in _zones()


def _time_of_day(text: str, tok: re.Match[str], start: int) -> bool:
    """The token is a clock word right after a figure: part of a time, never a name."""
    return _clock_word(tok.group()) and bool(
        _AFTER_FIGURE.search(text, max(start, tok.start() - 2), tok.start())
    )


def _name_follows(text: str, pos: int, end: int) -> bool:
    m = TOKEN.match(text, pos + 1, end) if text[pos : pos + 1] == " " else None
    return bool(
        m
        and m.group()[0].isupper()
        and m.group().lower() not in vocabulary().calendar_words
        and not _clock_word(m.group())
    )


def find_mentions(text: str, start: int, end: int, vocab: EntityVocabulary) -> list[Mention]:
    """Maximal runs of capitalised tokens in text[start:end], offsets into `text`."""
    mentions: list[Mention] = []
    run: list[tuple[str, int, int]] = []

    def flush() -> None:
        while run and run[-1][0].islower():
            run.pop()  # a particle the name did not go on after ("Omar bin" + "Said")
        if run:
            name_end = run[-1][2]
            surface = text[run[0][1] : name_end]
            stripped = _POSSESSIVE.sub("", surface) if surface[-2:] in ("'s", "’s") else surface
            mentions.append(Mention(stripped.rstrip(".-"), run[0][1], run[0][1] + len(stripped)))
            run.clear()

    for m in TOKEN.finditer(text, start, end):
        tok = m.group()
        cap = _is_cap(tok)
        if cap and _is_sentence_start(text, m.start(), start):
            cap = (
                any(ch.isdigit() for ch in tok)
                or (tok.isupper() and len(tok) > 1)
                or vocab.initial_is_name(tok, text[m.end() : m.end() + 12])
            )
        # A function word is no name, even in a capitalised lead ("WHEN the storm hit"); two
        # capitals stay names ("US", "UN"). Nor is an English word in a tabloid's capitals
        # ("A DOZEN animals"), while acronyms ("NATO") are no English words.
        if cap and tok.lower() in stopwords() and not (tok.isupper() and len(tok) <= 2):
            cap = False
        if cap and _time_of_day(text, m, start):
            cap = False
        if cap and m.start() > 0 and text[m.start() - 1] in "#@":
            cap = False  # a hashtag or a handle ("#StormKira") runs words together by design
        if cap and tok.isupper() and len(tok) > 3 and is_english(tok):
            cap = False
        contiguous = run and text[run[-1][2] : m.start()] in (" ", "\u00a0")
        if (
            not cap
            and contiguous
            and tok in particles()
            and particle_before_name(text, m.end(), end)
        ):
            run.append((tok, m.start(), m.end()))  # "Niels van den Broeck": one name
            continue
        if cap:
            if run and not contiguous:
                flush()
            run.append((tok, m.start(), m.end()))
            if tok.endswith(("'s", "’s")):
                flush()
        elif not run and tok.isdigit() and _name_follows(text, m.end(), end):
            # a name that starts with a number: "7 Eleven", "3 Mobile"
            run.append((tok, m.start(), m.end()))
        elif (
            run
            and contiguous
            and tok.isdigit()
            and run[-1][0].lower() not in vocabulary().calendar_words
            and len(tok) <= 4
            and len(run) == 1
        ):
            # a product number belongs to the name: "Office 365", "Windows 11"
            run.append((tok, m.start(), m.end()))
            flush()
        else:
            flush()
    flush()
    return [
        mt
        for mt in mentions
        if mt.name and not mt.name.isdigit() and mt.name.lower() not in vocabulary().calendar_words
    ]


# Between a one-word modifier and the person it describes: a role noun or two ("British
# billionaire Ana Ruiz", "Velta chief executive Sam Lee"), no verb or function word.
_ROLE_GAP = re.compile(r" (?P<role>[a-z][a-z-]+(?: [a-z][a-z-]+)?) ")


@per_pack
def _not_role() -> frozenset[str]:
    return (
        stopwords()
        | frozenset(lexicon("modality")["irregular_past"])
        | frozenset(lexicon("speech")["verbs"])
    )


def _role_word(word: str) -> bool:
    """A noun naming what someone is, as far as its form tells: no function word, no verb in
    the past ("fined", "met") or the third person ("hires")."""
    return word not in _not_role() and not word.endswith(("ed", "s"))


def _heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each person's name with the one-word modifier before it ("British billionaire Ana
    Ruiz", "French diver Paul-Henri Roux") as one list item named by the person: a
    nationality or an employer describes the item, it is no item of its own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = _ROLE_GAP.fullmatch(text, prev.end, m.start) if prev else None
        if (
            prev is not None
            and gap is not None
            and " " not in prev.name
            and person_name(m.name) == m.name
            and all(_role_word(w) for w in gap.group("role").split())
        ):
            out[-1] = Mention(m.name, prev.start, m.end)
            continue
        out.append(m)
    return out


def find_lists(text: str, mentions: list[Mention]) -> list[tuple[Mention, ...]]:
    """Entities joined by commas and conjunctions: 'A, B, C and the app D'. Two names joined
    by a comma alone are an apposition ("Perth, Scotland"), not a list. A person is one item
    with the word that describes them ("British billionaire Ana Ruiz", see _heads)."""
    lists: list[tuple[Mention, ...]] = []
    current: list[Mention] = []
    conjoined = False
    mentions = _heads(text, mentions)

    def close() -> None:
        if len(current) >= 3 or (len(current) == 2 and conjoined):
            lists.append(tuple(current))

    for m in mentions:
        if current:
            gap = text[current[-1].end : m.start]
            joined = _LIST_JOIN.match(gap)
            conj = joined and joined.group("conj")
            if conj and (conj in _NOT_CONJ or (len(conj) <= 3 and conj in stopwords() - {"and"})):
                conj = None
            descriptors = (
                [w for w in gap.replace(",", " ").split() if w != joined.group("conj")]
                if joined
                else []
            )
            plain = all(w not in stopwords() or w in ("the", "a", "an") for w in descriptors)
            if joined and plain and (joined.group("comma") or conj):
                current.append(m)
                conjoined = conjoined or bool(conj)
                continue
            close()
            current, conjoined = [], False
        current.append(m)
    close()
    return lists
