"""attribution: the same quotation given to a different speaker, or to a speaker of a
different gender ("the chairwoman said" in one outlet, "said the chairman" in another)."""

from __future__ import annotations

import re

from checker.extract.entities import name_key
from checker.extract.names import fold, person_name, titles
from checker.kinds._quotes import long_quote_pairs
from checker.kinds._shared import Variants
from checker.kinds._statements import statements
from checker.kinds.base import Context, Rule, confidence_of, finding
from checker.lexicon import lexicon, per_pack
from checker.records import Claim, Finding, Quote, Verdict
from checker.registry import person_of

FIELDS = ("a_source", "a_speaker", "b_source", "b_speaker", "difference")
LONG_QUOTE = 8  # words: a quotation this long is one quotation, not a common phrase
PARAMS = {"min_words": 4, "min_score": 80.0}


@per_pack
def _gender() -> dict[str, int]:
    out = {}
    for female, male in lexicon("speech")["gendered_roles"]:
        out[female] = 0
        if male:  # a word said of anyone has no counterpart that tells the other gender
            out[male] = 1
    return out


def _genders(phrase: str | None) -> set[int]:
    if not phrase:
        return set()
    return {_gender()[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in _gender()}


def _named(q: Quote) -> bool:
    """The speaker is named in the attribution itself, not inferred from earlier sentences,
    and by a name: "CrowdStrike's CEO" names a role, which the named "Kurtz" may hold."""
    return bool(
        q.speaker
        and q.speaker_phrase
        and name_key(q.speaker) in name_key(q.speaker_phrase)
        and _name_words(q.speaker)
    )


def _person_in(ctx: Context, phrase: str | None) -> str | None:
    """The person an attribution names, when it names one ("Acme chief Ana Ruiz" -> "Ana Ruiz"):
    who speaks, rather than the organisation the phrase also names."""
    if not phrase:
        return None
    found = [p for p in ctx.names().persons if p in phrase]
    return max(found, key=len) if found else None


def _same_speaker(ctx: Context, qa: Quote, qb: Quote) -> bool:
    """One speaker, perhaps written two ways ("Ruiz", "Ana Ruiz"), or described through two
    organisations ("union chief Ana Ruiz", "Acme Union's Ana Ruiz")."""
    a, b = qa.speaker or "", qb.speaker or ""
    if name_key(a) == name_key(b) or _spelt_two_ways(ctx, qa, qb):
        return True
    wa, wb = _name_words(a), _name_words(b)
    if wa and wb and (wa <= wb or wb <= wa):
        return True  # "Okafor" is "Ada Okafor"; "Acme" speaks as "Acme Support"
    pa, pb = _person_in(ctx, qa.speaker_phrase), _person_in(ctx, qb.speaker_phrase)
    if pa and pb:
        return pa == pb
    # the person one phrase names against the other's name ("City director of football Ana
    # Ruiz added" read as "City", against "Ruiz said")
    wa, wb = _name_words(pa or a), _name_words(pb or b)
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    # a body and the person who speaks for it by its name ("UAW" / "UAW President Ray Curry")
    fa, fb = _name_words(qa.speaker_phrase or ""), _name_words(qb.speaker_phrase or "")
    if (wa and wa <= fb and not pa) or (wb and wb <= fa and not pb):
        return True
    pa, pb = person_of(ctx.names(), a), person_of(ctx.names(), b)
    if pa is not None and pa == pb:
        return True
    for body, q, name in ((a, qb, pb or b), (b, qa, pa or a)):
        # "the KIAS" / "president of the Kessel Institute of Atomic Studies"
        places = [q.speaker_phrase or "", *(_placements(ctx, name) if name else [])]
        if any(_initials_of(body, phrase) for phrase in places):
            return True
    # a body and a person the story places in it: "The U.S. Coast Guard has confirmed ..."
    # against "Mauger said", where another sentence has "John Mauger of the U.S. Coast Guard"
    for body, person in (
        (a, pb or _person_in(ctx, qb.speaker_phrase)),
        (b, pa or _person_in(ctx, qa.speaker_phrase)),
    ):
        words = {w for w in _name_words(body) if len(w) > 1}
        if person and words and not person_of(ctx.names(), body) and words <= _placed(ctx, person):
            return True
    return False


_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _initials_of(short: str, phrase: str) -> bool:
    """`short` is an initialism ("KIAS", "the WHO") of a name the phrase gives ("the Kessel
    Institute of Atomic Studies", "World Health Organization"): the initials of a run of its
    capitalised words, small words skipped."""
    letters = re.sub(r"^the\s+", "", short.strip(), flags=re.I)
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.lower() not in _SMALL]
    runs = (words[i : i + len(letters)] for i in range(len(words)))
    return any(
        len(run) == len(letters)
        and all(w[:1].isupper() for w in run)
        and "".join(w[0] for w in run) == letters
        for run in runs
    )


def _spelt_two_ways(ctx: Context, qa: Quote, qb: Quote) -> bool:
    """One person whose name two outlets spell two ways ("Ana Ruiz" / "Ana Ruis"): the
    spelling is name-spelling's finding, not another speaker."""
    spelt = ctx.once(("spelt two ways",), lambda: _spellings(ctx))
    if not spelt:
        return False

    def forms(q: Quote) -> set[str]:
        said = (q.speaker, _person_in(ctx, q.speaker_phrase), person_name(q.speaker or ""))
        # and each name's surname: "frontman Oleg Psyuk" against "Psiuk"
        return {name_key(y) for x in said if x for y in (x, x.split()[-1])}

    return any(frozenset((x, y)) in spelt for x in forms(qa) for y in forms(qb))


def _spellings(ctx: Context) -> frozenset[frozenset[str]]:
    """Pairs of name keys the registry reads as one referent written two ways, with their
    surnames ("Ana Ruis" / "Ana Ruiz" gives "ruis" / "ruiz" too)."""
    out = set()
    for v in ctx.names().variants():
        out.add(frozenset((name_key(v.a), name_key(v.b))))
        out.add(frozenset((name_key(v.a.split()[-1]), name_key(v.b.split()[-1]))))
    return frozenset(out)


def _placed(ctx: Context, person: str) -> set[str]:
    """The name words of what the story's sentences put a person in (see _placements)."""
    return {w for phrase in _placements(ctx, person) for w in _name_words(phrase)} - _SMALL


def _placements(ctx: Context, person: str) -> list[str]:
    """What the story's sentences put a person in, as written: the capitalised words right
    before the name ("Coast Guard Rear Adm. John Mauger") and the name after "of" that
    follows it ("John Mauger, commander of the First Coast Guard District")."""

    def read() -> list[str]:
        surname = re.escape(person.split()[-1])
        before = re.compile(rf"((?:[A-Z][\w.'’&-]*\s+)+){surname}\b")
        after = re.compile(
            rf"\b{surname}\b,?\s+(?:(?:the|a|an|[a-z]+)\s+){{0,4}}of\s+(?:the\s+)?"
            rf"((?:(?:[A-Z][\w.'’&-]*|of|the|and|for)\s*)+)"
        )
        return [
            m.group(1).strip()
            for claim in ctx.every
            for pattern in (before, after)
            for m in pattern.finditer(claim.text)
        ]

    return ctx.once(("placed", person), read)


def _name_words(name: str) -> set[str]:
    """A speaker's name as words, hyphens split, accents folded and titles left out ("Ms
    Adebanjo-Reeve" -> {adebanjo, reeve})."""
    words = re.findall(r"[^\W\d_]+", fold(name))  # "Fernández" is "Fernandez"
    return {w for w in words if w not in titles()}


def _known(ctx: Context, q: Quote) -> bool:
    """A speaker the story identifies: a name of two words or more, a body ("the UAW", "NASA"),
    or a one-word name that some sentence writes inside a longer name or another outlet writes
    too. "Mog", alone in one outlet's text, may be anyone's name misheard: no evidence of
    another speaker."""
    speaker = q.speaker or ""
    phrase = (q.speaker_phrase or "").lower()
    if len(speaker.split()) > 1 or speaker.isupper() or phrase.startswith("the "):
        return True
    word = re.compile(rf"\b{re.escape(speaker)}\b")
    fuller = re.compile(rf"[A-Z][\w.'’-]*\s+{re.escape(speaker)}\b")
    sources = {c.source for c in ctx.every if word.search(c.text)}
    return len(sources) > 1 or any(fuller.search(c.text) for c in ctx.every)


def _difference(ctx: Context, qa: Quote, qb: Quote) -> str | None:
    ga, gb = _genders(qa.speaker_phrase), _genders(qb.speaker_phrase)
    if len(ga) == 1 and len(gb) == 1 and ga != gb:
        return "the same quotation, given to a speaker of another gender"
    named = _named(qa) and _named(qb)
    if named and _known(ctx, qa) and _known(ctx, qb) and not _same_speaker(ctx, qa, qb):
        return "the same quotation, given to another speaker"
    return None


def _attributing(ctx: Context, claim: Claim, quote: Quote) -> Claim:
    """The claim that names the speaker: the quotation's own, or the nearest one before it that
    contains the attribution (a quotation carried over several paragraphs names it once)."""
    phrase = (quote.speaker_phrase or "").lower()
    if phrase:
        before = [
            c
            for c in ctx.claims_in(claim.source)
            if c.start <= quote.end and phrase in c.text.lower()
        ]
        if before:
            return max(before, key=lambda c: c.start)
    return claim


def _described(claim: Claim, name: str) -> tuple[str, int] | None:
    """The gendered role word right next to a name: "chairwoman Ana Ruiz", "Ana Ruiz, a
    spokesman for ...". Pronouns are left out: they may point at someone else."""
    pos = claim.text.find(name)
    if pos < 0:
        return None
    before = re.findall(r"[A-Za-z]+", claim.text[max(0, pos - 40) : pos])[-2:]
    rest = claim.text[pos + len(name) : pos + len(name) + 30]
    after = re.findall(r"[A-Za-z]+", rest)[:3]
    # "the son of Ana Ruiz", "Ana Ruiz's son", "Ana Ruiz, whose son": someone else's role.
    if before and before[-1].lower() == "of":
        before = []
    if re.match(r"['’]s\b|,?\s*whose\b", rest):
        after = []
    # "Jon Varga, his wife and two adult children": a list of people, the role another's
    if len(after) == 3 and after[0].lower() in ("his", "her", "their") and after[2] == "and":
        after = []
    for word in (*before, *after):
        w = word.lower()
        if w in _gender() and w not in _PRONOUNS:
            return word, _gender()[w]
    return None


_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})


_PRONOUN_GENDER = {"he": 1, "his": 1, "him": 1, "she": 0, "her": 0, "hers": 0}
_OPENS_WITH_PRONOUN = re.compile(r"^(?:He|She)\s+(\w+)")


def _pronoun(text: str) -> tuple[str, int] | None:
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in _PRONOUN_GENDER:
            return word, _PRONOUN_GENDER[word.lower()]
    return None


def _speaks(ctx: Context, sentence: list[Claim], person: str) -> bool:
    """The person is who the sentence reports: a quotation's speaker or the subject."""
    names = ctx.names()
    for c in sentence:
        if c.subject and person_of(names, c.subject) == person:
            return True
        for q in c.quotes:
            if _person_in(ctx, q.speaker_phrase) == person or (
                q.speaker and person_of(names, q.speaker) == person
            ):
                return True
    return False


@per_pack
def _other_people() -> frozenset[str]:
    """Nouns for someone else a pronoun may point at ("Ana Ruiz's husband said he ...")."""
    people = lexicon("people")
    words = {w for pair in lexicon("speech")["gendered_roles"] for w in pair if w}
    words -= set(_PRONOUN_GENDER)
    return frozenset(words | set(people["nouns"]) | set(people["generic"]))


def _pronoun_votes(
    ctx: Context, claim: Claim, person: str, name: str
) -> list[tuple[Claim, str, int]]:
    """Pronouns that can only point at the one person a sentence names and reports: after the
    name in the same sentence ("said Ana Ruiz, adding that she ..."), or opening the next
    sentence with a reporting verb ("He said ..."). Not past a possessive or another noun for
    a person ("Ana Ruiz's son said he ...")."""
    names = ctx.names()
    sentence = [c for c in ctx.claims_in(claim.source) if c.sentence == claim.sentence]
    people = {person_of(names, e) for c in sentence for e in c.entities} - {None}
    if people != {person} or not _speaks(ctx, sentence, person):
        return []
    votes = []
    pos = claim.start + max(claim.text.find(name), 0) + len(name)
    for c in sentence:
        if c.end <= pos:
            continue
        after = c.text[max(0, pos - c.start) :]
        got = _pronoun(after)
        if got:
            between = re.findall(r"[A-Za-z]+", after[: after.find(got[0])].lower())
            if not re.match(r"['’]s\b", after) and not set(between) & _other_people():
                votes.append((c, *got))
            break
    following = [c for c in ctx.claims_in(claim.source) if c.sentence == claim.sentence + 1]
    if following:
        m = _OPENS_WITH_PRONOUN.match(following[0].text)
        if m and m.group(1).lower() in _speech_verbs():
            word = m.group(0).split()[0]
            votes.append((following[0], word, _PRONOUN_GENDER[word.lower()]))
    return votes


@per_pack
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon("speech")["verbs"])


def _person_genders(ctx: Context, variants: Variants) -> None:
    """One named person described as a woman by one outlet and as a man by another: a gendered
    role word next to the name, or a pronoun that can only point at that person."""
    seen: dict[str, dict[int, dict[str, tuple[Claim, str]]]] = {}
    names = ctx.names()
    for claim in ctx.every:
        for name in claim.entities:
            person = person_of(names, name)
            if not person:
                continue
            got = _described(claim, name)
            votes = [(claim, *got)] if got else _pronoun_votes(ctx, claim, person, name)
            for cited, word, gender in votes:
                seen.setdefault(person, {}).setdefault(gender, {}).setdefault(
                    claim.source, (cited, word)
                )
    for name, genders in sorted(seen.items()):
        if len(genders) < 2:
            continue
        (fa, fb) = genders[0], genders[1]
        only_a, only_b = sorted(set(fa) - set(fb)), sorted(set(fb) - set(fa))
        if not only_a or not only_b:
            continue  # one outlet uses both: no disagreement between outlets
        a_words = "/".join(sorted({fa[s][1] for s in only_a}))
        b_words = "/".join(sorted({fb[s][1] for s in only_b}))
        cited = [fa[s][0] for s in only_a] + [fb[s][0] for s in only_b]
        variants.add(
            ("person", name),
            cited,
            (
                ", ".join(only_a),
                f"{a_words} {name}",
                ", ".join(only_b),
                f"{b_words} {name}",
                f"{name} is described as a woman in one outlet and as a man in the other",
            ),
        )


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    min_words, min_score = int(rule.param("min_words", 4)), float(rule.param("min_score", 80.0))
    said = statements(ctx, min_words, min_score)
    for pair in long_quote_pairs(ctx, min_words, min_score):
        why = _difference(ctx, pair.qa, pair.qb)
        if not why or not said.same(pair):
            continue  # two like statements, not one given to two speakers
        cited = [_attributing(ctx, pair.a, pair.qa), _attributing(ctx, pair.b, pair.qb)]
        sa = pair.qa.speaker_phrase or pair.qa.speaker or "?"
        sb = pair.qb.speaker_phrase or pair.qb.speaker or "?"
        a_src, b_src = ctx.sources_of([pair.a]), ctx.sources_of([pair.b])
        key = (a_src, sa.lower(), b_src, sb.lower(), why)
        long = min(len(pair.qa.words.split()), len(pair.qb.words.split())) >= LONG_QUOTE
        # both speakers named where the words are quoted, and a quotation long enough to be one
        matched = int(_named(pair.qa) and _named(pair.qb)) + int(long)
        variants.add(key, cited, (a_src, sa, b_src, sb, why, confidence_of(matched, 2)))
    _person_genders(ctx, variants)
    out = []
    for _, claims, payload in variants.items():
        a_source, sa, b_source, sb, why, *rest = payload
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"speakers": [sa, sb]},
                a_source=a_source,
                a_speaker=sa,
                b_source=b_source,
                b_speaker=sb,
                difference=why,
                confidence=rest[0] if rest else confidence_of(1, 2),
            )
        )
    return out
