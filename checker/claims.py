"""From cleaned articles to atomic claims with their slots.

One claim per clause and per subject: "Microsoft and Zoom have decided not to ..." gives two
claims with the same span, one about each company. Pronoun subjects ("it", "the firm") take the
most recent organisation named as a subject before them in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from checker.extract.dates import find_dates
from checker.extract.entities import (
    TOKEN,
    EntityVocabulary,
    Mention,
    find_lists,
    find_mentions,
    name_key,
)
from checker.extract.modality import Modality, read_modality
from checker.extract.names import looks_like_person, person_name
from checker.extract.predicate import AUXILIARIES, NOT_BEFORE_VERB
from checker.extract.quantities import find_quantities
from checker.extract.quotes import RawQuote, find_quotes
from checker.lexicon import cue_pattern, lexicon, per_pack, stopwords
from checker.records import Claim, CleanArticle, Quote
from checker.segment import last_word, split_clauses, split_sentences
from checker.wordlist import is_english

_PRONOUN_SUBJECT = re.compile(
    r"^(?:it|its|they|their|the (?:company|firm|business|group|platform|service|app|"
    r"organisation|organization|division|government|ministry|agency|party|club|team))$",
    re.I,
)


@per_pack
def _verbs() -> frozenset[str]:
    # "According to X, ..." opens a sentence without being its verb.
    verbs = frozenset(lexicon("speech")["verbs"]) | frozenset(lexicon("modality")["verbs"])
    return (verbs | AUXILIARIES) - {"according"}


@dataclass
class _Context:
    """What earlier sentences of the article said: for pronouns and carried-on quotations."""

    last_org: str | None = None
    last_subject: str | None = None  # of the previous clause, a name or a head noun
    last_speaker: str | None = None
    last_phrase: str | None = None
    last_person: str | None = None  # the first person a sentence names: whom "he" stands for


IT = "it"  # _subjects' answer for "it"/"its": what the previous clause was about


def _first_verb(text: str, start: int, end: int) -> int:
    """Where the main verb starts: an auxiliary or reporting verb, or an -ed/-s form right
    after a name, a pronoun or an adverb ("Microsoft directly offers")."""
    prev = ""
    for m in TOKEN.finditer(text, start, end):
        raw = m.group().replace("’", "'")
        tok = raw.lower()
        if tok in _verbs():
            return m.start()
        inflected = tok.isalpha() and len(tok) > 3 and (tok.endswith("ed") or tok.endswith("s"))
        after = (
            prev[:1].isupper()
            or prev.lower() in ("it", "they", "he", "she", "we")
            or prev.endswith("ly")
        )
        if (
            inflected
            and raw[0].islower()
            and prev.lower() not in NOT_BEFORE_VERB
            and (after or tok.endswith("ed"))
        ):
            return m.start()
        prev = raw
    return end


PREPOSITIONS = frozenset(
    "from of in at by with for to near on into over under about against after before during "
    "without within across among between behind beyond toward towards through throughout via "
    "amid despite since per upon".split()
)
_SKIP_BEFORE_VERB = frozenset("also already now just still even only recently".split())


_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


_DATELINE = re.compile(r"[^!?\n]{2,60}?(?:\.?\s[-–—]\s|\)\s?:\s|(?P<bare>\)\s+(?=[A-Z\"“'‘])))")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a wire story's dateline ends ("PARIS, May 17 (Wire) - "): the city is no subject.
    A dateline opens the sentence in capitals or carries a date or the agency in brackets."""
    m = _DATELINE.match(text, start, end)
    if not m:
        return start
    head = m.group()
    first = head.split(",")[0].split("(")[0].strip(" .")
    words = head.split()
    # "Rio de Janeiro, Brazil (AP) -" has one lower-case word; a clause before a dash ("Whelan
    # was arrested on ... charges in December 2018 -") has several, and is no dateline
    prose = sum(1 for w in re.sub(r"\([^)]*\)", " ", head).split() if w[:1].islower())
    if prose > 1:
        return start
    if m.group("bare"):
        # "Kessel, Nov 27 (Wire) The council ...": no dash after the agency; a dateline
        # only when it carries a date or opens in capitals, and its brackets hold a name
        agency = head[head.rfind("(") + 1 : head.rfind(")")].strip()
        named = 0 < len(agency.split()) <= 3 and agency[:1].isupper()
        return m.end() if named and (re.search(r"\d", head) or first.isupper()) else start
    if first.isupper() or "(" in head or re.search(r"\d", head) or len(words) <= 2:
        return m.end()
    return start


def _head(text: str, start: int, verb: int) -> re.Match[str] | None:
    """The head word of the subject phrase before the verb: its last word, skipping adverbs,
    and before any prepositional phrase ("the campaign against cervical cancer has ...")."""
    comma = text.rfind(",", start, verb)
    tokens = [m for m in TOKEN.finditer(text, comma + 1 if comma >= 0 else start, verb)]
    # An opening prepositional phrase without its comma ("In the state the campaign ...")
    if tokens and tokens[0].group().lower() in PREPOSITIONS:
        for i, m in enumerate(tokens[1:], 1):
            if m.group().lower() in _DETERMINERS and i > 1:
                tokens = tokens[i:]
                break
    for i, m in enumerate(tokens[1:], 1):
        if m.group().lower() in PREPOSITIONS:
            tokens = tokens[:i]
            break
    for m in reversed(tokens):
        low = m.group().lower()
        if low in _SKIP_BEFORE_VERB or (low.endswith("ly") and len(low) > 4):
            continue
        return m
    return None


def _subjects(
    text: str, start: int, end: int, mentions: list[Mention], lists: list[tuple[Mention, ...]]
) -> tuple[list[str], str | None]:
    """The clause's subject; in reported speech ("The mayor said the stadium will be closed")
    the subject of what was said, when it names one: that is what outlets disagree about."""
    start = after_dateline(text, start, end)
    verb = _first_verb(text, start, end)
    reported = _reported(text, verb, end)
    if reported is not None:
        inner_verb = _first_verb(text, reported, end)
        inner, stands_for = _main_subjects(text, reported, inner_verb, mentions, lists)
        if inner and stands_for is None:
            return inner, None
    return _main_subjects(text, start, verb, mentions, lists)


_THAT = re.compile(r"[\s,]*(?:that\s+)?", re.I)


def _reported(text: str, verb: int, end: int) -> int | None:
    """Where the words reported start, when the clause's verb is a reporting verb."""
    m = TOKEN.match(text, verb, end)
    if m is None or m.group().lower() not in _speech():
        return None
    rest = _THAT.match(text, m.end(), end)
    return rest.end() if rest and rest.end() < end else None


@per_pack
def _speech() -> frozenset[str]:
    return frozenset(lexicon("speech")["verbs"]) - {"according"}


def _main_subjects(
    text: str, start: int, verb: int, mentions: list[Mention], lists: list[tuple[Mention, ...]]
) -> tuple[list[str], str | None]:
    """What the clause is about: the entities heading its subject ("Microsoft and Zoom have
    decided"), else its head noun ("the railway ministry has decided" -> "ministry"); for a
    pronoun subject, the name it most likely stands for within the sentence ("According to
    X's report, it received ..."), "" when an earlier sentence must say, None when unknown."""
    head = _head(text, start, verb)
    if head is not None:
        in_name = next((m for m in mentions if m.start <= head.start() < m.end), None)
        if in_name is not None:
            for group in lists:
                if in_name in group:
                    return [m.name for m in group if m.end <= verb], None
            return [in_name.name], None
        word = head.group().lower().replace("’", "'")
        # A common noun, or one capitalised only because it opens the sentence ("Dockers ...")
        opens = not text[start : head.start()].strip(" \"'“‘(")
        common = word.replace("-", "").isalpha() and (
            head.group()[0].islower() or (opens and is_english(word))
        )
        if common and word not in stopwords() and not _PRONOUN_SUBJECT.match(word):
            return [f"the {word}"], None
    # The head is a pronoun or a relative clause ("Orsted - which is owned by ...").
    before = [m for m in mentions if m.end <= verb and not _after_preposition(text, m, start)]
    head_text = text[start:verb]
    comma = head_text.rfind(",")
    pronoun_after_comma = comma >= 0 and any(
        _PRONOUN_SUBJECT.match(w) for w in head_text[comma + 1 :].split()
    )
    if comma >= 0:
        near = [m for m in before if m.start > start + comma]
        if near:
            before = near
        elif pronoun_after_comma:
            # "According to X's report, it received ...": the pronoun stands for X.
            named = [m.name for m in mentions if m.end <= start + comma]
            orgs = [n for n in named if not looks_like_person(n)]
            if orgs:
                return [], orgs[-1]
    if before:
        last = before[-1]
        for group in lists:
            if last in group:
                return [m.name for m in group if m.end <= verb], None
        return [last.name], None
    words = [w.lower() for w in head_text.split()]
    if any(w in ("it", "its") for w in words):
        return [], IT
    pronoun = any(_PRONOUN_SUBJECT.match(w) for w in words) or bool(
        re.search(r"\bthe (?:company|firm|business|group|platform|division)\b", head_text, re.I)
    )
    return [], "" if pronoun else None


def _after_preposition(text: str, mention: Mention, start: int) -> bool:
    """'teams from Greece': a name inside a prepositional phrase does not head the subject."""
    return last_word(text, start, mention.start).lower() in PREPOSITIONS


def _resolve_speaker(phrase: str | None, names: dict[str, str], ctx: _Context) -> str | None:
    if not phrase:
        return None
    # "a spokesman for the American firm": a name after "the" describes, it does not name.
    phrase = re.sub(r"\bthe\s+[\w'’-]+", " ", phrase, flags=re.I)
    # An aside in brackets ("Air Marshal Ana Ruiz (Retd)", "Ana Ruiz (48)") says something
    # about the speaker the phrase names outside it; it names the speaker only when nothing
    # else does.
    aside = re.sub(r"\([^()]*\)", " ", phrase)
    first = aside.split()[0].casefold() if aside.split() else ""
    if first in _PERSONAL:  # "he also said"
        return ctx.last_person  # "he said": a person, never the organisation last named
    if first == "it":  # "it said": the organisation last named, never a name "It"
        return ctx.last_org
    if first in _PLURAL:
        return None  # "they said": whoever they are, no one name
    return _named_in(aside, names) or _named_in(phrase, names) or ctx.last_org


_PERSONAL = frozenset({"he", "she"})
_PLURAL = frozenset({"they", "we"})


@per_pack
def _speech_verb() -> re.Pattern[str]:
    return cue_pattern(tuple(lexicon("speech")["verbs"]))


def _named_in(phrase: str, names: dict[str, str]) -> str | None:
    for tok in re.findall(r"[\w&'’.-]+", phrase):
        key = name_key(re.sub(r"['’]s$", "", tok))
        if key in names:
            return names[key]
    for mname_key, name in names.items():
        if len(mname_key) > 3 and mname_key in name_key(phrase):
            return name
    return None


def _mask(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """The clause with quoted words blanked, so modality cues inside quotations don't count."""
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


_FLAT = str.maketrans("\n\r\t\v\f", "     ")


def flat(text: str) -> str:
    """The text with line breaks and tabs as spaces: same length, so every offset still holds,
    and a re-wrapped paragraph reads as the same words to every extractor."""
    return text.translate(_FLAT)


class ClaimBuilder:
    def __init__(self, articles: list[CleanArticle]) -> None:
        self.vocab = EntityVocabulary()
        self.names: dict[str, str] = {}
        self.sentences: dict[str, list[tuple[int, int, int]]] = {}
        self.flat = {ca.article.source.source: flat(ca.article.text) for ca in articles}
        for ca in articles:
            text = self.flat[ca.article.source.source]
            sents = []
            for block in ca.blocks:
                if block.kind != "prose":
                    continue
                for s in split_sentences(text, block.start, block.end):
                    sents.append((block.start, s.start, s.end))
                    self.vocab.observe(text[s.start : s.end])
            self.sentences[ca.article.source.source] = sents
        # Names seen anywhere in the story, for resolving "acme's spokesperson" (a second pass:
        # the vocabulary must have seen every article first).
        for source, sents in self.sentences.items():
            for _, start, end in sents:
                for m in find_mentions(self.flat[source], start, end, self.vocab):
                    self.names.setdefault(name_key(m.name), m.name)

    def build(self, ca: CleanArticle) -> list[Claim]:
        source = ca.article.source
        text = self.flat[source.source]
        sents = self.sentences[source.source]
        ctx = _Context()
        claims: list[Claim] = []
        block_quotes: dict[int, list[RawQuote]] = {}
        resolved: dict[int, Quote] = {}  # a quotation over several sentences is resolved once
        for index, (block_start, s_start, s_end) in enumerate(sents):
            if block_start not in block_quotes:
                block_end = next(b.end for b in ca.blocks if b.start == block_start)
                before = [b for b in ca.blocks if b.end <= block_start]
                lead_in = (before[-1].start, before[-1].end) if before else None
                block_quotes[block_start] = find_quotes(text, block_start, block_end, lead_in)
            raw = [q for q in block_quotes[block_start] if q.start < s_end and q.end > s_start]
            spans = [(q.start, q.end) for q in raw]
            ctx.last_person = self._acting_person(text, s_start, s_end, spans) or ctx.last_person
            for q in raw:
                if q.start not in resolved:
                    resolved[q.start] = self._quote(text, q, ctx)
            quotes = tuple(resolved[q.start] for q in raw)
            quoted = [(q.start, q.end) for q in raw]
            for clause in split_clauses(text, s_start, s_end, quoted):
                claims.extend(
                    self._claims(ca, index, clause.start, clause.end, quotes, quoted, ctx)
                )
        return claims

    def _acting_person(
        self, text: str, start: int, end: int, quoted: list[tuple[int, int]]
    ) -> str | None:
        """Whom "he said" stands for in a sentence and after it: the first person it names
        outside its quotations, if that person is its subject (named before the main verb:
        "Ana Ruiz, head of the agency, has tried to ...") or it reports speech ("Speaking on
        Monday, Ana Ruiz, head of ..., said that ..."). A person named further on, in an
        object or an aside, is not whom the next "he" means. None when there is none."""
        speech = bool(_speech_verb().search(text, start, end))
        verb = _first_verb(text, start, end)
        for m in find_mentions(text, start, end, self.vocab):
            person = person_name(m.name)
            if person and not any(s <= m.start < e for s, e in quoted):
                return person if speech or m.start < verb else None
        return None

    def _quote(self, text: str, q: RawQuote, ctx: _Context) -> Quote:
        if q.continued:
            # A paragraph that opens with an unattributed quotation carries on the last speaker.
            speaker, phrase = ctx.last_speaker, ctx.last_phrase
        else:
            speaker = _resolve_speaker(q.speaker_phrase, self.names, ctx)
            phrase = q.speaker_phrase
        if speaker:
            ctx.last_speaker = speaker
        if phrase:
            ctx.last_phrase = phrase
        return Quote(
            words=text[q.start : q.end],
            start=q.start,
            end=q.end,
            speaker=speaker,
            partial=q.partial,
            speaker_phrase=phrase,
        )

    def _claims(
        self,
        ca: CleanArticle,
        sentence: int,
        start: int,
        end: int,
        quotes: tuple[Quote, ...],
        quoted: list[tuple[int, int]],
        ctx: _Context,
    ) -> list[Claim]:
        source = ca.article.source
        text = self.flat[source.source]
        mentions = find_mentions(text, start, end, self.vocab)
        lists = find_lists(text, mentions)
        subjects, stands_for = _subjects(text, start, end, mentions, lists)
        if not subjects and stands_for == IT:
            # "It" is whatever the last sentence was about: "The law ... It also banned".
            last = ctx.last_subject or ctx.last_org
            subjects = [last] if last else []
        elif not subjects and stands_for:
            subjects = [stands_for]
        elif not subjects and stands_for == "" and ctx.last_org:
            subjects = [ctx.last_org]
        ctx.last_subject = (
            subjects[0] if len(subjects) == 1 and not looks_like_person(subjects[0]) else None
        )
        orgs = [s for s in subjects if not looks_like_person(s) and not s.startswith("the ")]
        if orgs:
            ctx.last_org = orgs[-1]
        masked = _mask(text, start, end, quoted)
        modality: Modality = read_modality(masked)
        clause = text[start:end]  # as every later stage reads it; findings cite the article
        in_clause = tuple(q for q in quotes if q.start < end and q.end > start)
        base = {
            "source": source.source,
            "start": start,
            "end": end,
            "text": clause,
            "sentence": sentence,
            "entities": tuple(dict.fromkeys(m.name for m in mentions)),
            "entity_lists": tuple(tuple(m.name for m in group) for group in lists),
            "quantities": find_quantities(text[start:end], start),
            "dates": find_dates(text[start:end], start, source.published),
            "quotes": in_clause,
            "modality": modality.level,
            "negated": modality.negated,
            "aspect": modality.aspect,
            "act": modality.act,
            "passive": modality.passive,
        }
        return [Claim(id="", subject=s, **base) for s in (subjects or [None])]


def build_claims(articles: list[CleanArticle]) -> list[Claim]:
    """All claims of the story, ids numbered per source in article order."""
    builder = ClaimBuilder(articles)
    out: list[Claim] = []
    for ca in articles:
        claims = builder.build(ca)
        out.extend(replace(c, id=f"{c.source}:{n}") for n, c in enumerate(claims))
    return out
