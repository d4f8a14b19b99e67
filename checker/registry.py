"""The story's registry of names: every written form of every person and organisation, where
each outlet writes it, and which forms are one referent written differently.

Forms come from the claims' entities and from headlines. A headline is read for names only
(title case makes every word look like a name, so it is read against the names the prose
establishes: "Ana Ruis Resigns" holds a form of the prose's "Ana Ruiz"); it makes no other
claims.

Two forms are linked when they are one name written another way (see extract/names.py). Two
people may share a surname, so forms that differ only in the given name ("Dan Petrak"/"Don Petrak",
"Bill"/"William") or in word order need evidence that they are one person: no outlet writes both
side by side, and context words next to them agree (a title, an organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from checker.claims import flat
from checker.extract.entities import TOKEN, name_key
from checker.extract.names import (
    Relation,
    fold,
    given_name,
    latin,
    near,
    particles,
    person_name,
    relate,
    skeleton,
)
from checker.lexicon import lexicon, per_pack, stopwords
from checker.records import Claim, CleanArticle
from checker.wordlist import american, is_english


@dataclass(frozen=True)
class Variant:
    """Two written forms of one referent, and the outlets that write each."""

    a: str
    b: str
    relation: Relation
    a_claims: tuple[Claim, ...]  # per outlet that writes `a`: its first claim, and its likest
    b_claims: tuple[Claim, ...]


_SIDE_BY_SIDE = 5  # claims of the other form a form's claims are set against, at most

HEADLINE = -1  # the sentence index of a headline claim: before the article's first sentence


def heading_claims(articles: Sequence[CleanArticle]) -> list[Claim]:
    """Each headline (a heading block) as a claim with its text only: what a finding cites when
    a headline misspells a name."""
    out = []
    for ca in articles:
        src = ca.article.source.source
        for n, block in enumerate(b for b in ca.blocks if b.kind == "heading"):
            text = flat(ca.article.text[block.start : block.end])  # a headline wrapped in two
            out.append(
                Claim(
                    id=f"{src}:h{n}",
                    source=src,
                    start=block.start,
                    end=block.end,
                    text=text,
                    sentence=HEADLINE,
                )
            )
    return out


@per_pack
def _not_descriptive() -> frozenset[str]:
    return stopwords() | frozenset(lexicon("speech")["verbs"])


def _context(claim: Claim, form: str, window: int = 60) -> set[str]:
    """Content words next to a name in a claim: its title or apposition ("Health Minister",
    "an official with the Red Cross"), what says which person it is."""
    words: set[str] = set()
    own = {fold(w) for w in form.split()}
    at = claim.text.find(form)
    while at >= 0:
        end = at + len(form)
        around = claim.text[max(0, at - window) : at] + " " + claim.text[end : end + window]
        at = claim.text.find(form, end)
        for w in re.findall(r"[^\W\d_]{3,}", around):
            f = fold(w)
            if f not in own and f not in _not_descriptive():
                words.add(f)
    return words


class NameRegistry:
    """Built once per story from the prose claims and the headline claims."""

    def __init__(
        self,
        claims: Sequence[Claim],
        headings: Sequence[Claim] = (),
        max_edits: int = 2,
        min_length: int = 6,
    ) -> None:
        self.max_edits, self.min_length = max_edits, min_length
        # mention -> the person it names (person_of): kinds ask about each mention many times
        self.persons_named: dict[str, str | None] = {}
        # form -> source -> the first claim of that source writing it
        self.where: dict[str, dict[str, Claim]] = {}
        self.prose: dict[str, set[str]] = {}  # form -> sources that write it in their prose
        self.claims: dict[str, list[Claim]] = {}  # form -> every prose claim writing it
        for claim in claims:
            for mention in claim.entities:
                form = person_name(mention) or mention
                self._see(form, claim)
                self.prose.setdefault(form, set()).add(claim.source)
                self.claims.setdefault(form, []).append(claim)
        self.persons = sorted(f for f in self.where if person_name(f) == f)
        # Surnames by first letter: a misspelt surname keeps its first letter (see `near`).
        self.surnames: dict[str, dict[str, set[str]]] = {}
        for p in self.persons:
            last = fold(p.split()[-1])
            self.surnames.setdefault(last[:1], {}).setdefault(last, set()).add(p)
        for heading in headings:
            for form in self._heading_forms(heading):
                self._see(form, heading)

    def _see(self, form: str, claim: Claim) -> None:
        self.where.setdefault(form, {}).setdefault(claim.source, claim)

    def _heading_forms(self, heading: Claim) -> Iterator[str]:
        """Forms of the prose's person names in a headline, as the headline writes them: the
        same words, one of them misspelt, or the words swapped."""
        tokens = [m for m in TOKEN.finditer(heading.text)]
        for person in self.persons:
            n = len(person.split())
            for i in range(len(tokens) - n + 1):
                run = tokens[i : i + n]
                if any(heading.text[x.end() : y.start()] != " " for x, y in pairwise(run)):
                    continue
                words = [re.sub(r"['’]s?$", "", t.group()) for t in run]
                if not all(w[:1].isupper() and w.casefold() not in stopwords() for w in words):
                    continue
                form = " ".join(words)
                if form == person or relate(person, form, self.max_edits) in (
                    Relation.SPELLING,
                    Relation.ORDER,
                ):
                    yield form
        # A surname alone, as headlines write it ("Wyrzykowsky Resigns"), when it is no English
        # word: title case makes "Bakes" look like a name, and it is no form of "Baker".
        for m in tokens:
            word = re.sub(r"['’]s?$", "", m.group())
            if word[:1].isupper() and self._surname_variant(word) is not None:
                yield word

    def _surname_variant(self, word: str) -> str | None:
        """The one person whose surname this lone word misspells, if it is no English word,
        long enough to tell, and no one's surname itself."""
        if len(word) < self.min_length or " " in word or is_english(word):
            return None
        folded = fold(word)
        same_letter = self.surnames.get(folded[:1], {})
        if folded in same_letter:
            return None
        near_ones = {
            p
            for last, people in same_letter.items()
            if near(folded, last, self.max_edits)
            for p in people
        }
        return near_ones.pop() if len(near_ones) == 1 else None

    def _pairs(self) -> Iterator[tuple[str, str, Relation]]:
        forms = sorted(self.where)
        persons = set(self.persons)
        by_words: dict[int, list[str]] = {}
        for f in forms:
            if person_name(f) == f:
                persons.add(f)
                by_words.setdefault(len(f.split()), []).append(f)
        # People: word by word, so an order or a short form is seen. Two forms of one name
        # share a word at least, so only names that share one are compared (near-linear).
        for group in by_words.values():
            sharing: dict[str, list[str]] = {}
            for f in group:
                for w in {fold(x) for x in f.split()}:
                    sharing.setdefault(w, []).append(f)
            candidates = {
                (a, b) for names in sharing.values() for a in names for b in names if a < b
            }
            for a, b in sorted(candidates):
                rel = relate(a, b, self.max_edits)
                if rel is not None:
                    yield a, b, rel
        # A surname alone against the full name it misspells ("Wyrzykowsky" / "Oskar
        # Wyrzykowski").
        for f in forms:
            person = self._surname_variant(f)
            if person is not None:
                yield f, person, Relation.SPELLING
        # Anything else (organisations, single words, spacing): the whole key a letter or two
        # apart ("7 Eleven"/"7Eleven", "Kowalczyk"/"Kowalcyk").
        keys: dict[str, list[str]] = {}
        for f in forms:
            keys.setdefault(name_key(f), []).append(f)
        for key_forms in keys.values():
            for i, a in enumerate(key_forms):
                for b in key_forms[i + 1 :]:
                    sa, sb = _style(a), _style(b)
                    if sa != sb:
                        # a person's name is spelt as the person spells it ("Vanderlinde"),
                        # unless the words joined are a romanised name's ("Khim Lal")
                        person = a in persons or b in persons
                        joined = _compound(sa, sb) and (not person or _romanised_join(a, b))
                        rel = Relation.JOINING if joined else Relation.SPELLING
                        yield a, b, rel
        by_letter: dict[str, list[str]] = {}  # a misspelling keeps the first letter
        for k in sorted(k for k in keys if len(k) >= self.min_length):
            by_letter.setdefault(k[0], []).append(k)
        for ordered in by_letter.values():
            yield from self._key_pairs(ordered, keys, persons)

    def _key_pairs(
        self, ordered: list[str], keys: dict[str, list[str]], persons: set[str]
    ) -> Iterator[tuple[str, str, Relation]]:
        """Forms whose keys, of one first letter, are a letter or two apart."""
        for i, ka in enumerate(ordered):
            for kb in ordered[i + 1 :]:
                if ka.startswith(kb) or kb.startswith(ka):
                    continue
                if Levenshtein.distance(ka, kb, score_cutoff=self.max_edits) > self.max_edits:
                    continue
                for a in keys[ka]:
                    for b in keys[kb]:
                        if _style(a) == _style(b):
                            continue
                        both_people = a in persons and b in persons
                        if both_people and len(a.split()) == len(b.split()):
                            # compared word by word above when they share a word; a slip
                            # in every word ("Nikos Afentis" / "Nicos Afintis") shares none
                            rel = None if _share_word(a, b) else relate(a, b, self.max_edits)
                            if rel is not None:
                                yield a, b, rel
                            continue
                        if not _words_apart(a, b) and not _tail(a, b):
                            yield a, b, Relation.SPELLING

    def _one_referent(self, a: str, b: str, relation: Relation) -> bool:
        """Enough evidence that two forms name one referent, not two people. A surname written
        another way is taken as one person (as "Kowalczyk"/"Kowalcyk" always was); forms that
        differ in the given name alone or in order are two people when one outlet writes both,
        and one person only when context words next to them agree ("Health Minister")."""
        words = a.split()
        surname_differs = len(words) < 2 or fold(words[-1]) != fold(b.split()[-1])
        if relation is Relation.SPELLING and surname_differs:
            return True
        if relation is Relation.SPELLING and not (person_name(a) == a or person_name(b) == b):
            return True  # no person's name: "Kesel Sea" has no given name to tell two apart
        if relation is Relation.SPELLING and _misspelt_given_name(words[0], b.split()[0]):
            return True  # "Samatha Power" / "Samantha Power": one person, a letter dropped
        if self.prose.get(a, set()) & self.prose.get(b, set()):
            return False
        if relation is Relation.SPELLING and _vowel_variant(words[0], b.split()[0]):
            return True  # "Katharine"/"Katherine" Varga: one name, its vowels spelt two ways
        return bool(self.context(a) & self.context(b))

    def context(self, form: str) -> set[str]:
        """Content words next to the form wherever the prose writes it."""
        return {w for claim in self.claims.get(form, ()) for w in _context(claim, form)}

    def _between_outlets(self, a: str, b: str) -> bool:
        """The two forms set outlets apart. In the prose, an outlet must write each form alone:
        one that writes both may be naming two people ("Kowalski" and his wife "Kowalska").
        A form that only a headline writes is a slip against the prose that writes the name,
        its own outlet's included: a headline is read apart from its article."""
        pa, pb = self.prose.get(a, set()), self.prose.get(b, set())
        if _transposed(a, b):
            return True  # "Foley" / "Foely": two letters swapped is a slip, not a second person
        if (self._stray_surname(a, b) and pb - pa) or (self._stray_surname(b, a) and pa - pb):
            return True  # and another outlet writes the full name
        return not (pa and pb) or (bool(pa - pb) and bool(pb - pa))

    def _stray_surname(self, lone: str, full: str) -> bool:
        """A surname written alone ("According to Bonucci") beside a person's full name that
        it misspells ("Giovanni Bianucci"), and nowhere in the story with a given name of its
        own: no second person ("Kowalska" would be "Anna Kowalska" somewhere), a slip."""
        if " " in lone or " " not in full or fold(lone) == fold(full.split()[-1]):
            return False
        if person_name(full) != full:
            return False
        return not any(
            " " in f and fold(f.split()[-1]) == fold(lone) for f in self.where if f != lone
        )

    def _cited(self, form: str, other: str) -> tuple[Claim, ...]:
        """Per outlet, its first claim writing `form` and, where another is more like a claim
        writing `other`, that one too: the sentences a reader sets side by side ("the
        capital of Vandrellia", "the capital of Vandrelia")."""
        others = [c.text for c in self.claims.get(other, ())[:_SIDE_BY_SIDE]]
        out = []
        for source, first in sorted(self.where[form].items()):
            out.append(first)
            own = [c for c in self.claims.get(form, ()) if c.source == source]
            if own and others:
                best = max(own, key=lambda c: max(fuzz.token_set_ratio(c.text, o) for o in others))
                if best is not first:
                    out.append(best)
        return tuple(out)

    def variants(self) -> list[Variant]:
        """Each pair of forms of one referent that two outlets write differently."""
        out: dict[tuple[str, str], Variant] = {}
        for a, b, relation in self._pairs():
            a, b = sorted((a, b))
            if relation is Relation.SPELLING:
                if _other_values(a, b) or _derived(a, b):
                    continue  # "Category 1"/"Category 3"; "Syria-Iraq"/"Syrian-Iraqi"
                if _romanised(a, b):
                    relation = Relation.TRANSLITERATION
                elif _convention(a, b):
                    relation = Relation.CONVENTION
            if (a, b) in out or not self._one_referent(a, b, relation):
                continue
            if not self._between_outlets(a, b):
                continue
            out[(a, b)] = Variant(a, b, relation, self._cited(a, b), self._cited(b, a))
        # A surname pair the full names already show ("Ruiz"/"Ruis" beside "Ana Ruiz"/"Ana
        # Ruis") is the same discrepancy: one finding, not two.
        full = {(fold(a.split()[-1]), fold(b.split()[-1])) for a, b in out if " " in a and " " in b}
        return [
            out[k]
            for k in sorted(out)
            if " " in k[0] or " " in k[1] or (fold(k[0]), fold(k[1])) not in full
        ]


# Where letters meet digits in a code, a hyphen is style ("QX-204"/"QX204", "Covid-19"/
# "Covid19"), and so is a space between digits and capitals ("QX 204", "128 GB"). A space
# before a word in ordinary letters is not style: "3 Harbour" and "3Harbour" are two spellings
# (see _compound).
_CODE_JOINS = (
    re.compile(r"(?<=[^\W\d_])-(?=\d)|(?<=\d)-(?=[^\W\d_])"),
    re.compile(r"\b([A-Z]+) (?=\d)|(?<=\d) (?=[A-Z]+\b)"),
)


def _share_word(a: str, b: str) -> bool:
    return bool({fold(w) for w in a.split()} & {fold(w) for w in b.split()})


def _style(name: str) -> str:
    """House style: letter case, accents and abbreviation dots ("U.N."/"UN", "Québec"/"Quebec"),
    how a code joins its letters and digits (see _CODE_JOINS), and hyphens between words."""
    name = _CODE_JOINS[0].sub("", name)
    name = _CODE_JOINS[1].sub(lambda m: m.group(1) or "", name)
    # A hyphen between two words is a space by another house style ("Port-de-la-Mer" /
    # "Port-de-la Mer"); a space that joins or splits a word is told (Relation.JOINING).
    name = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", name)
    return re.sub(r"[.’']", "", fold(name))


def _romanised_join(a: str, b: str) -> bool:
    """A person's name whose words one outlet writes open and another closed, where the words
    are neither English, nor given names the table knows, nor particles ("Khim Lal" /
    "Khimlal"): a name romanised from a script that sets no spaces. "Van der Linde" /
    "Vanderlinde" and "Mary Ann" / "Maryann" are the person's own spelling."""
    open_, closed = (a, b) if len(a.split()) > len(b.split()) else (b, a)
    split = set(open_.split()) - set(closed.split())
    return all(
        not (is_english(w.lower()) or given_name(w) or w.lower() in particles()) for w in split
    )


def _compound(a: str, b: str) -> bool:
    """One name written open and closed, as English writes compounds ("Fuel Watch" /
    "FuelWatch"): the same letters, a space between two letters on
    one side only. A figure glued to a word is a brand's form, not a compound ("3Harbour" /
    "3 Harbour" are two spellings)."""
    if a.replace(" ", "") != b.replace(" ", ""):
        return False
    spaced = (a, b) if len(a) > len(b) else (b, a)
    gaps = re.finditer(r"(?<=(.)) (?=(.))", spaced[0])
    return all(m.group(1).isalpha() and m.group(2).isalpha() for m in gaps)


def _transposed(a: str, b: str) -> bool:
    """The forms differ by two neighbouring letters swapped in one word ("Foley"/"Foely")."""
    x, y = fold(a), fold(b)
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and (
        x[diff[1]] == y[diff[0]]
    )


def _words_apart(a: str, b: str) -> bool:
    """Every differing word is an English word in both forms ("Belgian" / "Belgium"): two
    words, not one name misspelt."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x.casefold() != y.casefold()]
    # a name's vowels spelt two ways ("Katharine"/"Katherine") are one word, whatever the
    # word list holds
    return bool(pairs) and all(
        is_english(x) and is_english(y) and not _vowel_variant(x, y) for x, y in pairs
    )


def _other_values(a: str, b: str) -> bool:
    """The forms carry different numbers: a name with a number ("Category 1", "Flight 204",
    "Model 14 Pro"/"Model 15 Pro Max") is another value or another thing, not another
    spelling."""
    da, db = re.findall(r"\d+", a), re.findall(r"\d+", b)
    return bool(da or db) and da != db


def _derived(a: str, b: str) -> bool:
    """Every word that differs is the other's word with a short ending: a country and its
    adjective ("Syria"/"Syrian", "Lanka"/"Lankan", "Iraq"/"Iraqi"), not a misspelling."""
    wa, wb = re.findall(r"[^\W\d_]+", fold(a)), re.findall(r"[^\W\d_]+", fold(b))
    if len(wa) != len(wb):
        return False
    pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return bool(pairs) and all(_adjective_of(*sorted((x, y), key=len)) for x, y in pairs)


def _adjective_of(short: str, long: str) -> bool:
    """The longer word is the shorter with an ending that makes an adjective or a people of a
    place name: "Syria" + n, "Iraq" + i, "Japan" + ese, "Pakistan" + i."""
    if not long.startswith(short) or len(short) < 4:
        return False
    ending = long[len(short) :]
    if ending == "n":
        return short[-1] in "aeiou"  # "Syrian", not "Lindemann"
    return ending in ("an", "ian", "i", "ese", "ish")


_VOWELS = re.compile(r"[aeiouy]+")
_PALATAL = re.compile(r"y[aeiou]")


def _convention(a: str, b: str) -> bool:
    """Two forms of one name that differ only in English words spelt the British and the
    American way ("Center for Analysis" / "Centre for Analysis")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa == wb:
        return False
    for x, y in zip(wa, wb, strict=True):
        lx, ly = x.casefold(), y.casefold()
        if lx == ly:
            continue
        us_x, us_y = american(lx), american(ly)
        if us_x != us_y or not is_english(us_x):
            return False
    return True


def _tail(a: str, b: str) -> bool:
    """One form is the last words of the other: "Somanath" of "S Somanath" is the same name
    without its initial, no second spelling."""
    wa, wb = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    short, long = sorted((wa, wb), key=len)
    return len(short) < len(long) and long[-len(short) :] == short


def _romanised(a: str, b: str) -> bool:
    """One foreign name written two ways: the same consonants in every word, and each word
    that differs is neither an English word nor a given name in both forms (two real names,
    "Luis"/"Louis", are two spellings; "Samatha"/"Samantha" differ in a consonant). A form
    with an initial or given name more is compared by the words both have ("S Somnath" /
    "Somanath")."""
    n = min(len(a.split()), len(b.split()))
    wa, wb = a.split()[-n:], b.split()[-n:]
    if skeleton(latin(" ".join(wa))) != skeleton(latin(" ".join(wb))):
        return False
    for x, y in zip(wa, wb, strict=True):
        if fold(x) == fold(y):
            continue
        if fold(x).replace("-", "") == fold(y).replace("-", ""):
            continue  # an article joined or hyphenated: "Al-Issa" / "Alissa", "El-Sayed"
        known = [w for w in (x, y) if is_english(w) or given_name(w)]
        if len(known) == 2 or _transposed(x, y):
            return False  # two real names; or two letters swapped, a slip of the keys
        # A vowel put for another, added or dropped is the commonest slip ("Ferrante" /
        # "Ferrente", "Dunleavy"/"Dunleavey"); a romanisation shows itself by a mark for a
        # sound English lacks ("Kata'ib") or a palatal y ("Tsivilev"/"Tsivilyov")
        marked = any(ch in w for w in (x, y) for ch in "'’ʼʻ")
        palatal = bool(_PALATAL.search(fold(x))) != bool(_PALATAL.search(fold(y)))
        # another alphabet's letter written by two conventions ("Vilkhovka"/"Vilchowka") or a
        # Slavic adjective's ending ("Voronskiy"/"Voronsky"); "w" for "v" alone is as often
        # a slip ("Poliakova"/"Poliakowa")
        unv = (fold(x).replace("w", "v"), fold(y).replace("w", "v"))
        system = skeleton(unv[0]) != skeleton(unv[1]) or _ending(*unv)
        if not (system or marked or palatal or _long_or_short_a(fold(x), fold(y)) or _glide(x, y)):
            return False
    return True


# A Slavic adjective's ending romanised "iy", "yy", "yi", "ii", "y" or "i"
_ENDING = re.compile(r"(?<=[^aeiouy])(?:iy|yy|yi|ii|y|i)$")


def _ending(a: str, b: str) -> bool:
    """The words differ only in how they romanise a Slavic adjective's ending, one of them
    with the two letters no Latin-script spelling ends in ("Voronskiy"/"Voronsky"); "-ski"
    against "-sky" may be a Polish name misspelt ("Wyrzykowski"/"Wyrzykowsky")."""
    two = any(re.search(r"(?:iy|yy|yi|ii)$", w) for w in (a, b))
    return a != b and two and _ENDING.sub("y", a) == _ENDING.sub("y", b)


_GLIDE = re.compile(r"(?<=[ao])[eiy]")


def _glide(a: str, b: str) -> bool:
    """Two romanisations of one diphthong: its glide after "a" or "o" written "i", "e"
    or "y" ("Al-Zaidani"/"Al-Zaedani", "Boikov"/"Boykov"), as transliterations of Arabic, Persian or
    Russian names do; a vowel put for another elsewhere stays a slip ("Harrataneh"/"Harratani")."""
    fa, fb = fold(a), fold(b)
    return fa != fb and _GLIDE.sub("i", fa) == _GLIDE.sub("i", fb)


_LONG = re.compile(r"([aiu])\1")  # "aa", "ii", "uu": a long vowel, as Indic and Arabic names write it


def _long_or_short_a(a: str, b: str) -> bool:
    """Two romanisations of one vowel English does not write: a long vowel doubled or not
    ("Pragyaan"/"Pragyan"), or the short "a" between two consonants that many romanisations
    drop ("Somanath"/"Somnath")."""
    if a != b and _LONG.sub(r"\1", a) == _LONG.sub(r"\1", b):
        return True
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[i] == "a"
        and long[i - 1] not in "aeiouy"
        and long[i + 1] not in "aeiouy"
        and bool(_VOWELS.search(long[i + 2 :]))  # inside the word: "Malappurm" is a slip
        and long[:i] + long[i + 1 :] == short
        for i in range(1, len(long) - 1)
    )


def _vowel_variant(a: str, b: str) -> bool:
    """Two names long enough that a vowel is a small part of them, one written with another
    vowel where the other has one ("Katharine"/"Katherine", "Marion"/"Marian"): spellings of
    one name. Short ones differ in sound and name two people ("Tim"/"Tom", "Dan"/"Don")."""
    x, y = fold(a), fold(b)
    if len(x) != len(y) or len(x) < _VARIANT_MIN or x == y:
        return False
    return all(p == q or (p in _PLAIN_VOWELS and q in _PLAIN_VOWELS) for p, q in zip(x, y, strict=True))


_PLAIN_VOWELS = frozenset("aeiou")


_VARIANT_MIN = 5  # letters: a vowel of a five-letter name is a fifth of it


def _misspelt_given_name(a: str, b: str) -> bool:
    """One given name is a known one and the other, unknown, is it with a letter dropped or
    added: a slip, not another person ("Maria"/"Marta" are two known names: two people)."""
    if given_name(a) == given_name(b):
        return False
    longer, shorter = sorted((a, b), key=len, reverse=True)
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def person_of(registry: NameRegistry, mention: str) -> str | None:
    """The person a mention names, as the story writes the full name: "Ana Ruiz" for "Ruiz" or
    "Ana" when exactly one person of the story has that surname or given name."""
    held = registry.persons_named
    if mention not in held:
        held[mention] = _person_of(registry, mention)
    return held[mention]


def _person_of(registry: NameRegistry, mention: str) -> str | None:
    full = person_name(mention)
    if full:
        return full
    if " " in mention or not mention[:1].isupper():
        return None
    word = fold(mention)
    # A given name alone must be one the table knows: "Acme" is no short way to say "Acme Air".
    first = given_name(mention)
    matches = {
        p
        for p in registry.persons
        if word == fold(p.split()[-1]) or (first and word == fold(p.split()[0]))
    }
    return matches.pop() if len(matches) == 1 else None
