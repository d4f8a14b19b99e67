"""FAMILIES: outlets that run copies of one story, and so are one witness, not several.

Many outlets republish a wire story (AP, Reuters, AFP, IANS) with light edits. Two outlets are
in one family when

- their texts share long near-identical sentences: at least `min_shared` sentences of
  `min_words` words or more (quotations left out: outlets quote the same speaker without
  copying each other), `min_shared_words` words in all, each pair read alike by rapidfuzz at
  `min_ratio` or more (an edited word or two, a dateline dropped); or
- they credit the same one agency, in their name ("Deccan Herald (Reuters story)") or in the
  text's dateline, byline or sign-off ("MENLO PARK (AP) —", "/TASS/", "(AFP)" closing the
  text); the agencies and their names are data (rules/lexicon/agencies.yaml).

Cost stays near-linear in sentences: each sentence is sketched by the smallest hashes of its
word trigrams (a bottom-k MinHash); only sentences that share a sketch value are compared, each
with a few of them, and only outlets that share a sentence are weighed as a pair.

A family is one witness: findings say how many families stand on each side, a discrepancy
inside one family is an editing difference, and a single-source fact counts families.
"""

from __future__ import annotations

import functools
import itertools
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.lexicon import lexicon, per_pack
from checker.records import Article, Claim, Family


@dataclass(frozen=True)
class FamilyParams:
    min_words: int = (
        8  # a shorter sentence is too often alike by chance ("He declined to comment.")
    )
    min_ratio: float = 90.0  # rapidfuzz ratio of two sentences read as one copy
    min_shared: int = 2  # near-identical sentences two outlets share to be copies
    min_shared_words: int = 30  # and the words of those sentences, in all
    sketch: int = 4  # smallest trigram hashes kept per sentence
    reach: int = 8  # sentences sharing a sketch value each one is compared with


DEFAULTS = FamilyParams()


@dataclass(frozen=True)
class Families:
    """Every outlet's family; an outlet that copies no one is a family of its own."""

    families: tuple[Family, ...] = ()  # those of two outlets or more, sorted

    @functools.cached_property
    def _by_source(self) -> dict[str, Family]:
        return {s: f for f in self.families for s in f.sources}

    def of(self, source: str) -> Family:
        return self._by_source.get(source) or Family((source,))

    def apart(self, source: str, others: Iterable[str]) -> bool:
        """Some of the other outlets is not a copy of this one's story: a second witness."""
        mine = self.of(source).sources
        return any(o not in mine for o in others)

    def count(self, sources: Iterable[str]) -> int:
        """How many independent families these outlets make."""
        return len({self.of(s).sources for s in sources})

    def same(self, sources: Iterable[str]) -> Family | None:
        """The family, when the outlets (two or more) are all in one."""
        found = {self.of(s) for s in sources}
        if len(found) != 1:
            return None
        (family,) = found
        return family if len(family.sources) > 1 else None


NONE = Families()


# ---------------------------------------------------------------- agency credits


@per_pack
def _agency_names() -> dict[str, str]:
    """Each name an agency is credited under -> the agency."""
    return {
        str(name): str(agency)
        for agency, names in lexicon("agencies")["agencies"].items()
        for name in names
    }


@per_pack
def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted(_agency_names(), key=len, reverse=True)
    ag = "|".join(re.escape(n) for n in names)
    word = rf"(?<![\w-])(?:{ag})(?![\w])"
    return (
        # a dateline: "MENLO PARK (AP) —", "Aug. 15 (UPI) --", "OSLO, May 3. /TASS/."
        re.compile(rf"\(\s*({ag})\s*\)\s*(?:--|[-—–])"),
        re.compile(rf"/({ag})/"),
        # "(Daily Post / Sputnik - 03rd May, 2024)"
        re.compile(rf"\([^()\n]{{0,40}}/\s*({ag})\s*[-—–]\s"),
        # a sign-off closing a paragraph: "(AFP)", "(AFP, Reuters)", "fb/rs (AP, dpa)"
        re.compile(rf"\(((?:{ag})(?:\s*[,/&]\s*(?:{ag}))*)\)\s*$", re.MULTILINE),
        # a byline: "Reuters", "Reuters, Oslo,", "Reuters | Updated: ...", "By ..., CNN"
        re.compile(rf"^[ \t]*(?:By[ \t]+)?({ag})[ \t]*(?:$|[|,])", re.MULTILINE),
        re.compile(rf"^[ \t]*By[ \t][^\n]{{0,80}},[ \t]*({ag})[ \t]*$", re.MULTILINE),
        # "... he said. — AFP"
        re.compile(rf"[—–][ \t]*({ag})[ \t]*$", re.MULTILINE),
    ), re.compile(word)


HEAD, TAIL = 600, 400  # where datelines, bylines and sign-offs stand


def credits(outlet: str, text: str) -> frozenset[str]:
    """The agencies an outlet credits for its text: named in the outlet's own name, or in a
    dateline, byline or sign-off at the text's head or tail."""
    names = _agency_names()
    patterns, word = _credit_patterns()
    found = {names[m.group(0)] for m in word.finditer(outlet)}
    edges = text[:HEAD] + "\n" + text[-TAIL:] if len(text) > HEAD + TAIL else text
    for pattern in patterns:
        for m in pattern.finditer(edges):
            found |= {names[n.group(0)] for n in word.finditer(m.group(1))}
    return frozenset(found)


# ---------------------------------------------------------------- near-identical sentences

_WORD = re.compile(r"[^\W_]+")
# A dateline before the first words: "PORT-AU-PRINCE, Haiti -- ", "MENLO PARK (AP) — ",
# "Moscow: ": copies drop it or write their own.
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*(?:,\s*{_NAME})?\s*"
    rf"(?:\([^()]{{0,60}}\)\s*(?:--|[-—–:])?|--|[-—–:])\s+|{_NAME}:\s+)"
)


@dataclass(frozen=True)
class _Sentence:
    source: str
    words: tuple[str, ...]
    text: str  # the words joined, what rapidfuzz compares


def _sentences(articles: Sequence[Article], claims: Sequence[Claim]) -> list[_Sentence]:
    """Each article's sentences (claims grouped by sentence), quotations blanked out."""
    spans: dict[tuple[str, int], list[int]] = {}
    quoted: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        span = spans.setdefault((c.source, c.sentence), [c.start, c.end])
        span[0], span[1] = min(span[0], c.start), max(span[1], c.end)
        quoted.setdefault(c.source, []).extend((q.start, q.end) for q in c.quotes)
    texts = {a.source.source: a.text for a in articles}
    out = []
    for (source, _), (start, end) in sorted(spans.items()):
        text = texts[source][start:end]
        for qs, qe in set(quoted.get(source, ())):
            lo, hi = max(qs, start), min(qe, end)
            if lo < hi:
                text = text[: lo - start] + " " * (hi - lo) + text[hi - start :]
        text = _DATELINE.sub("", text, count=1)
        words = tuple(w.casefold() for w in _WORD.findall(text))
        out.append(_Sentence(source, words, " ".join(words)))
    return out


def _sketch(words: tuple[str, ...], k: int) -> tuple[int, ...]:
    """The k smallest hashes of the sentence's word trigrams (bottom-k MinHash): sentences
    that share most trigrams share some of these."""
    grams = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    return tuple(sorted(zlib.crc32(g.encode()) for g in grams)[:k])


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int | str, int | str] = {}

    def root(self, x: int | str) -> int | str:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def link(self, a: int | str, b: int | str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)


def _copied_sentences(sentences: Sequence[_Sentence], params: FamilyParams) -> _Union:
    """Sentences read as copies of one another, linked."""
    long = [i for i, s in enumerate(sentences) if len(s.words) >= params.min_words]
    links = _Union()
    by_text: dict[str, int] = {}
    buckets: dict[int, list[int]] = {}
    for i in long:
        first = by_text.setdefault(sentences[i].text, i)
        if first != i:
            links.link(first, i)  # word for word: no need to compare
            continue
        for h in _sketch(sentences[i].words, params.sketch):
            buckets.setdefault(h, []).append(i)
    compared: set[tuple[int, int]] = set()
    for members in buckets.values():
        for n, i in enumerate(members):
            # each sentence against the few before it that share this value: a value that
            # many sentences share (a common phrase) costs `reach` comparisons each, not all
            for j in members[max(0, n - params.reach) : n]:
                a, b = sentences[i], sentences[j]
                if a.source == b.source or (j, i) in compared:
                    continue
                compared.add((j, i))
                if fuzz.ratio(a.text, b.text, score_cutoff=params.min_ratio):
                    links.link(i, j)
    return links


def _copy_pairs(
    sentences: Sequence[_Sentence], links: _Union, params: FamilyParams
) -> dict[tuple[str, str], tuple[int, int]]:
    """Pairs of outlets that share near-identical sentences: (sentences, their words)."""
    groups: dict[int | str, dict[str, int]] = {}  # group -> outlet -> words of its sentence
    for i, s in enumerate(sentences):
        if len(s.words) >= params.min_words and i in links.parent:
            held = groups.setdefault(links.root(i), {})
            held[s.source] = max(held.get(s.source, 0), len(s.words))
    by_source: dict[str, dict[int | str, int]] = {}
    candidates: set[tuple[str, str]] = set()
    for g, outlets in groups.items():
        names = sorted(outlets)
        for s in names:
            by_source.setdefault(s, {})[g] = outlets[s]
        # neighbours only: outlets that copy each other share many groups, so they meet as
        # neighbours in one of them; all pairs would be quadratic in a group's outlets
        candidates.update(itertools.pairwise(names))
        candidates.update((names[0], n) for n in names[1:])
    out = {}
    for a, b in sorted(candidates):
        shared = by_source[a].keys() & by_source[b].keys()
        words = sum(min(by_source[a][g], by_source[b][g]) for g in shared)
        out[(a, b)] = (len(shared), words)
    return out


# ---------------------------------------------------------------- families


def find_families(
    articles: Sequence[Article], claims: Sequence[Claim], params: FamilyParams = DEFAULTS
) -> Families:
    """The story's families of copies (see the module's docstring)."""
    sentences = _sentences(articles, claims)
    pairs = _copy_pairs(sentences, _copied_sentences(sentences, params), params)
    union = _Union()
    why: list[tuple[str, str, str]] = []
    for (a, b), (shared, words) in pairs.items():
        if shared >= params.min_shared and words >= params.min_shared_words:
            union.link(a, b)
            why.append(
                (a, b, f"{a} and {b} share {shared} near-identical sentences ({words} words)")
            )
    credit = {a.source.source: credits(a.source.outlet, a.text) for a in articles}
    by_agency: dict[str, list[str]] = {}
    for source, agencies in sorted(credit.items()):
        if len(agencies) == 1:  # an outlet crediting two agencies wrote its own story
            by_agency.setdefault(next(iter(agencies)), []).append(source)
    for agency, sources in by_agency.items():
        for s in sources[1:]:
            union.link(sources[0], s)
        if len(sources) > 1:
            why.append((sources[0], sources[-1], f"{', '.join(sources)} credit {agency}"))
    members: dict[int | str, list[str]] = {}
    for a in articles:
        members.setdefault(union.root(a.source.source), []).append(a.source.source)
    out = []
    for group in members.values():
        if len(group) < 2:
            continue
        group.sort()
        agencies = {next(iter(credit[s])) for s in group if len(credit[s]) == 1}
        reasons = tuple(sorted(text for a, b, text in why if a in group and b in group))
        out.append(Family(tuple(group), agencies.pop() if len(agencies) == 1 else "", reasons))
    return Families(tuple(sorted(out, key=lambda f: f.sources)))
