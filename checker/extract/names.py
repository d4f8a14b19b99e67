"""A person's name inside a mention, and how two written forms of a name relate.

"Lebanese Health Minister Ana Ruiz" names the person "Ana Ruiz": titles and descriptive words
before the name are not part of it. Two forms of one name are the same, a short form of it
("Mike"/"Michael", from the maintained `nicknames` table), a different spelling ("Kowalczyk"/
"Kowalcyk") or the same words in another order ("Ruiz Ana").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import StrEnum

from rapidfuzz.distance import OSA

from checker.lexicon import lexicon, per_pack, stopwords
from checker.wordlist import is_english, rewritten


class Relation(StrEnum):
    SHORT_FORM = "short form"  # one given name is a nickname of the other: consistent
    SPELLING = "spelling"  # a letter or two apart: conflict
    ORDER = "order"  # the same words, given and family name swapped: conflict
    # one foreign name romanised two ways, its consonants alike ("Kataib"/"Kata'ib"/"Kataeb",
    # "Tsivilev"/"Tsivilyov"): consistent (FORMAT.md)
    TRANSLITERATION = "transliteration"
    # one English word in British and American spelling ("Centre"/"Center", "Labour"/"Labor"):
    # consistent, a house style and not a misspelling
    CONVENTION = "spelling convention"
    # one name written as one word and as two ("FuelWatch"/"Fuel Watch"): consistent, the same letters in the same order
    JOINING = "joining"


@per_pack
def _not_person() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon("names")
    return frozenset(names["not_person_first_words"]), frozenset(names["not_person_last_words"])


@per_pack
def particles() -> frozenset[str]:
    return frozenset(lexicon("names")["particles"])


@per_pack
def _more_particles() -> re.Pattern[str]:
    return re.compile(r"(?: (?:" + "|".join(sorted(particles())) + r"))* [A-Z]")


def particle_before_name(text: str, pos: int, end: int) -> bool:
    """A particle is part of a name when more particles, then a capitalised word, follow it
    ("van den Broeck"), not when the sentence goes on ("met Ana Ruiz de facto")."""
    return bool(_more_particles().match(text, pos, end))


def _name_word(word: str) -> bool:
    """A capitalised word of a name, hyphenated parts either way ("Cheuk-yan", "Paul-Henri")."""
    first, *rest = word.split("-")
    return (
        first[:1].isupper()
        and first[1:].islower()
        and all(r.islower() or (r[:1].isupper() and r[1:].islower()) for r in rest)
    )


def looks_like_person(name: str) -> bool:
    """Two or three capitalised words ("Ana Ruiz", "Lee Cheuk-yan") that neither open nor end
    like the name of a place, an organisation or an event ("Port Evelyn", "Pacific Wire"),
    open with no title ("Officer Ana Ruiz" is a title and a name: see person_name), and are
    not all English words with no given name among them ("Golden Arrows", "Fighter Jet")."""
    parts = name.split()
    return (
        2 <= len(parts) <= 3
        and all(_name_word(p) for p in parts)
        and parts[0].lower() not in _not_person()[0]
        and parts[-1].lower() not in _not_person()[1]
        and parts[0].casefold().strip(".") not in titles()
        and not all(is_english(p) and not given_name(p) for p in parts)
    )


@per_pack
def titles() -> frozenset[str]:
    """Honorifics, titles, their abbreviations and speaker roles: words before or for a name
    that are no part of it (rules/lexicon/names.yaml, speech.yaml)."""
    names = lexicon("names")
    return (
        frozenset(names["titles"])
        | frozenset(names["title_abbreviations"])
        | frozenset(lexicon("speech")["roles"])
    )


@functools.cache
def _table() -> dict[str, set[str]]:
    """The nickname table: full given name -> its short forms.

    Read from the `nicknames` package's names.csv as its NickNamer reads it (the
    `has_nickname` rows, lower-cased and stripped), without importing the package, whose
    version lookup imports importlib.metadata: 10-15 ms of a run."""
    import csv

    from checker.lexicon import installed_file

    table: dict[str, set[str]] = {}
    with installed_file("nicknames", "names.csv").open(newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)  # the header
        for canonical, relationship, nickname in rows:
            if relationship == "has_nickname":
                table.setdefault(canonical, set()).add(nickname)
    normal: dict[str, set[str]] = {}
    for canonical, shorts in table.items():  # NickNamer._normalize_lookup, keys merged alike
        normal[canonical.lower().strip()] = {n.lower().strip() for n in shorts}
    return normal


@functools.cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Given name -> the names it is a short form of or has as short forms (both ways)."""
    related: dict[str, set[str]] = {}
    for canonical, shorts in _table().items():
        for short in shorts:
            related.setdefault(canonical, set()).add(short)
            related.setdefault(short, set()).add(canonical)
    return {name: frozenset(others) for name, others in related.items()}


def given_name(word: str) -> bool:
    """A given name the nickname table knows ("George", "Sarah"), English word or not."""
    return word.casefold() in _nicknames()


def short_form(a: str, b: str) -> bool:
    """One given name is a short form of the other ("Mike"/"Michael"), or both are short forms
    of one name ("Bill"/"Will")."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return False
    na, nb = _nicknames().get(a, frozenset()), _nicknames().get(b, frozenset())
    return b in na or a in nb or bool(na & nb & _canonical_names())


@functools.cache
def _canonical_names() -> frozenset[str]:
    return frozenset(_table())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def person_name(mention: str) -> str | None:
    """The person's name in a mention: the two or three capitalised words after the last title
    ("Health Minister Ana Ruiz" -> "Ana Ruiz"), without descriptive English words before a
    three-word name; None when what is left is no person's name."""
    words = mention.split()
    last_title = max(
        (i for i, w in enumerate(words) if w.casefold().strip(".") in titles()), default=-1
    )
    words = words[last_title + 1 :]
    # Past three words, what leads is a description ("Renowned Singer Ana Maria Ruiz"); a
    # three-word name keeps its first word, which may well be in an English list ("Mauricio").
    while len(words) > 3 and is_english(words[0]) and not given_name(words[0]):
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(_capitalised(w) for w in words):
        return None
    if any(w.casefold() in stopwords() for w in words):
        return None

    name = " ".join(words)
    return name if looks_like_person(name) else None


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Case and accents folded: the letters a reader compares."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def near(a: str, b: str, max_edits: int = 2) -> bool:
    """Two words a letter or two apart that are no mere extension of each other ("Karim"/
    "Kareem", not "Ruiz"/"Ruizes"): same first letter, at most a third of the letters changed."""
    a, b = fold(a), fold(b)
    if a == b or a[:1] != b[:1]:
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in ("s", "es"):
        return False  # a plural or possessive, not another spelling
    edits = min(max_edits, max(1, min(len(a), len(b)) // 3))
    # two neighbouring letters swapped ("Foley"/"Foely") are one slip of the keys, not two
    return OSA.distance(a, b, score_cutoff=edits) <= edits


@per_pack
def _sounds() -> tuple[tuple[str, str], ...]:
    """Spellings one sound takes when a name is transliterated (rules/lexicon/names.yaml)."""
    return tuple((str(k), str(v)) for k, v in lexicon("names")["sounds"].items())


def sound_key(word: str) -> str:
    """A word as it sounds, written one way: digraph spellings of one vowel or consonant made
    one letter, doubled letters made single ("Deepak" and "Dipak" are "dipak")."""
    key = fold(word)
    for spelt, sound in _sounds():
        key = key.replace(spelt, sound)
    return re.sub(r"(.)\1+", r"\1", key)


def _every_word_slipped(fa: list[str], fb: list[str], max_edits: int) -> bool:
    """Every word of a full name a letter apart, within `max_edits` in all, each word long
    and keeping its first letter: one name written twice with a slip in each word (two
    romanisations of "Nikos Afentis"), not two people, who share no word at all."""
    edits = 0
    for wa, wb in zip(fa, fb, strict=True):
        if min(len(wa), len(wb)) < 4 or wa[0] != wb[0]:
            return False
        edits += OSA.distance(wa, wb)
    return edits <= max_edits


def _one_word_apart(a: str, b: str, last: bool, others: list[str], max_edits: int) -> bool:
    """Two spellings of one word of a full name whose other words are the same: a letter or
    two apart, one transliteration of the same sounds (long enough to tell: "Li"/"Lee" are
    not), or a surname with and without a final "s" ("Hankin"/"Hankins": beside the same
    given name it is no plural). The last two only beside words that are a person's (a given
    name, or no English word): title case makes "Company Profile(s)" look like a name too."""
    if near(a, b, max_edits):
        return True
    fa, fb = fold(a), fold(b)
    if not last and _given_slip(fa, fb):
        return True
    if min(len(fa), len(fb)) < 4 or not any(given_name(w) or not is_english(w) for w in others):
        return False
    if fa[:1] != fb[:1]:
        # beside the same given name, a surname whose first letter alone differs is one name
        # misheard ("Thomas Corvell" / "Thomas Korvell")
        return last and fa[1:] == fb[1:] and any(given_name(w) for w in others)
    short, long = sorted((fa, fb), key=len)
    if last and long == short + "s":
        return True
    return sound_key(a) == sound_key(b)


def _given_slip(a: str, b: str) -> bool:
    """A short given name mistyped or misheard ("Cem"/"Gem", "Cem"/"Cham"): at most two
    letters apart, the first included, when one of them is no given name the table knows.
    Two known names ("Mark"/"Mary") may be two people; the registry then asks whether the
    words around them agree (registry._one_referent)."""
    if min(len(a), len(b)) < 3 or (given_name(a) and given_name(b)):
        return False
    if a.startswith(b) or b.startswith(a):
        return False  # an extension ("Lib"/"Libs"), not a slip
    return OSA.distance(a, b, score_cutoff=2) <= min(2, max(len(a), len(b)) // 2)


def relate(a: str, b: str, max_edits: int = 2) -> Relation | None:
    """How two person names of as many words relate, or None when they are different names."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return None
    fa, fb = [fold(w) for w in wa], [fold(w) for w in wb]
    if fa == fb:
        return None
    if sorted(fa) == sorted(fb):
        return Relation.ORDER
    differ = [i for i in range(len(fa)) if fa[i] != fb[i]]
    if len(differ) == len(fa) and _every_word_slipped(fa, fb, max_edits):
        return Relation.SPELLING  # "Nikos Afentis" / "Nicos Afintis": a letter in each word
    if len(differ) != 1:
        return None
    i = differ[0]
    if i < len(fa) - 1 and short_form(wa[i], wb[i]):
        return Relation.SHORT_FORM
    if _one_word_apart(wa[i], wb[i], i == len(fa) - 1, wa[:i] + wa[i + 1 :], max_edits):
        return Relation.SPELLING
    return None


_VOWELS = re.compile(r"[aeiouy]+")


def skeleton(word: str) -> str:
    """A word's consonants in order: what romanisations of one foreign name share ("kataib",
    "kata'ib", "kataeb" -> "ktb"; "Tsivilev", "Tsivilyov" -> "tsvlv"). A doubled consonant is
    kept: "Iturralde"/"Ituralde" is a misspelling as often as a romanisation."""
    return _VOWELS.sub("", re.sub(r"[^a-z]", "", fold(word)))


# One letter of the Cyrillic (and other) alphabets as the English, Polish and German
# conventions write it: kh/ch/h, v/w, ch/cz/tsch, sh/sz/sch, zh/ż/ž, ts/c/z, j/y.
_LATIN = (
    (re.compile(r"tsch|cz|tch"), "ch"),
    (re.compile(r"sch|sz"), "sh"),
    (re.compile(r"kh|ch"), "h"),
    (re.compile(r"zh"), "z"),
    (re.compile(r"ts"), "c"),
    (re.compile(r"w"), "v"),
    (re.compile(r"j"), "y"),
)


def latin(name: str) -> str:
    """The name with each letter written as one convention writes it ("Vilchowka" -> "vilhovka")."""
    return rewritten(fold(name), _LATIN)
