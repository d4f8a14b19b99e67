"""quote-wording: the same quotation given with different words.

Long quotations are aligned across outlets by their words; short ones (a word or two in
quotation marks, "reviewing") are compared with the matching words of the aligned claims of
other outlets. Each swapped word is classified: an inflection, a near-homograph (two real words
a letter or two apart: a misreading that changes the meaning), a misspelling, or another word.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from checker.kinds._quotes import (
    Change,
    as_written,
    claims_at,
    diff_words,
    judge,
    long_quote_pairs,
    prose_pairs,
    quote_words,
    words,
)
from checker.kinds._shared import Variants
from checker.kinds._statements import ELISION, MAX_EDGE, node, statements
from checker.kinds.base import Context, Rule, confidence_of, finding
from checker.lexicon import stopwords
from checker.records import Claim, Finding, Verdict
from checker.stems import stem
from checker.wordlist import is_english

FIELDS = ("speaker", "changes", "sources")
PARAMS = {
    "min_words": 4,
    "min_score": 80.0,
    "short_min_score": 60.0,
    "max_edge_words": MAX_EDGE,
    "elision_words": ELISION,
    "prose_min_words": 8,
    "prose_min_score": 90.0,
}


def known_word(word: str) -> bool:
    """An English word: in the list as written, or by its stem ("reviewing" -> "review")."""
    w = word.lower()
    return is_english(w) or is_english(stem(w))


def classify(a: str, b: str) -> str:
    """Name a one-word swap."""
    la, lb = a.lower(), b.lower()
    if stem(la) == stem(lb) or la.startswith(lb) or lb.startswith(la):
        return "inflection"
    distance = Levenshtein.distance(la, lb)
    if distance <= 2 and min(len(la), len(lb)) >= 4:
        if known_word(la) and known_word(lb):
            return "near-homograph: two real words a letter or two apart, with different meanings"
        return "misspelling"
    return "different word"


def _short_quote_changes(ctx: Context, rule: Rule) -> Variants:
    """One- to few-word quotations checked against the aligned claims of other outlets."""
    min_words = int(rule.param("min_words", 4))
    variants = Variants()
    cluster_of = {c.id: cl for cl in ctx.clusters for c in cl.claims}
    quoted = ctx.counterparts(
        "short-quote",
        lambda c: any(len(quote_words(q)) < min_words for q in c.quotes),
        rule.param("short_min_score", 60.0),
    )
    partners: dict[str, dict[str, Claim]] = {}
    for pair in quoted:
        partners.setdefault(pair.a.id, {})[pair.b.id] = pair.b
        partners.setdefault(pair.b.id, {})[pair.a.id] = pair.a
    for claim in ctx.claims:
        shorts = [q for q in claim.quotes if len(quote_words(q)) < min_words]
        if not shorts:
            continue
        others = dict(partners.get(claim.id, {}))
        for member in cluster_of[claim.id].claims:
            if ctx.outlets(member) - ctx.outlets(claim):
                others.setdefault(member.id, member)
        wa = words(claim.text, claim.start)
        for other in sorted(others.values(), key=lambda c: c.id):
            changes = diff_words(wa, words(other.text, other.start), min_equal=0.6)
            for ch in changes or ():
                inside = [q for q in shorts if any(q.start <= w.start < q.end for w in ch.a_words)]
                if not inside or len(ch.a_words) != 1 or len(ch.b_words) != 1:
                    continue
                a_word, b_word = ch.a_words[0].norm, ch.b_words[0].norm
                if classify(a_word, b_word) == "inflection":
                    continue
                key = frozenset({frozenset((a_word, b_word))})
                speaker = inside[0].speaker or claim.subject or "the speaker"
                variants.add(key, [claim, other], (speaker, ch))
                # Other outlets that use either word about the same subject back one side.
                for c in ctx.claims:
                    if (
                        c.subject
                        and claim.subject
                        and c.subject == claim.subject
                        and {a_word, b_word} & {w.norm for w in words(c.text, c.start)}
                    ):
                        variants.add(key, [c])
    return variants


LONG_QUOTE = 8  # words: a quotation this long matched all but a word is one quotation


def _judged(ctx: Context, pairs: list, prose: set[int], max_edge: int, elision: int):
    """Each pair's misquoting and shortening changes, with the note a consistent finding
    gives; a name an outlet completes inside the quotation ("Pep" / "Pep Guardiola") is the
    editor's clarification of the same person: consistent, apart from the pair's other
    changes."""
    persons = ctx.names().persons
    for pair in pairs:
        wrong, cut = judge(pair.changes, pair.edges, max_edge, elision)
        named = [ch for ch in wrong if _completes_name(ch, persons)]
        referred = [ch for ch in wrong if ch not in named and _antecedent(ctx, ch, pair)]
        if named or referred:
            wrong = [ch for ch in wrong if ch not in named and ch not in referred]
            yield (
                pair,
                [],
                named + referred,
                "the outlet completes a name inside the quotation: the same person"
                if named
                else "the outlet writes whom a pronoun of the quotation stands for",
            )
            if not wrong:
                continue  # the completed name is this pair's finding; its cuts say no more
        if id(pair) in prose:
            note = "one outlet gives the words in prose, without quotation marks: a paraphrase"
        else:
            note = "a shortened quotation: the words kept are the same"
        yield pair, wrong, cut, note


# The personal pronouns of English, which stand for a person another outlet names
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them"})


def _completes_name(ch: Change, persons: Sequence[str]) -> bool:
    """Words only one side has, all capitalised and all words of one person's name the story
    gives ("Guardiola" of "Pep Guardiola"); or such words for a personal pronoun the other
    side has ("Kovac broke the record" / "he broke the record"): the same person."""
    added = ch.a_words or ch.b_words
    if ch.a_words and ch.b_words:
        pronoun = [ws for ws in (ch.a_words, ch.b_words) if len(ws) == 1 and ws[0].norm in _PERSONAL]
        if len(pronoun) != 1:
            return False
        added = ch.b_words if pronoun[0] is ch.a_words else ch.a_words
    if not added:
        return False
    names = [set(p.casefold().split()) for p in persons]
    words = {w.surface.casefold() for w in added}
    return all(w.surface[:1].isupper() for w in added) and any(words <= n for n in names)


def _antecedent(ctx: Context, ch: Change, pair) -> bool:
    """One side has a personal pronoun where the other has a noun or a few words that the
    pronoun's outlet wrote just before its quotation ("... says officers were dispatched.
    'They arrived within minutes'" / "'Officers arrived within minutes'"): the outlet names
    whom the pronoun stands for."""
    sides = ((ch.a_words, pair.a, pair.qa, ch.b_words), (ch.b_words, pair.b, pair.qb, ch.a_words))
    for pronoun, claim, quote, other in sides:
        if len(pronoun) != 1 or pronoun[0].norm not in _PERSONAL or not 1 <= len(other) <= 3:
            continue
        named = {w.norm for w in other} - stopwords()
        told = [
            c.text[: max(0, quote.start - c.start)]
            for c in ctx.claims_in(claim.source)
            if claim.sentence - 1 <= c.sentence <= claim.sentence and c.start < quote.start
        ]
        before = {w.norm for t in told for w in words(t, 0)}
        if named and named <= before:
            return True
    return False


def _norm(ws) -> str:
    return " ".join(w.norm for w in ws)


def _camps(ctx: Context, change: Change, claims: list[Claim]) -> str:
    """Which outlets write which side of a change, e.g. '"these" (bbc, bolnews)'."""
    sides = []
    for side in (change.a_words, change.b_words):
        if not side:
            continue
        phrase = _norm(side)
        holders = ctx.sources_of(
            c for c in claims if f" {phrase} " in f" {_norm(words(c.text, c.start))} "
        )
        sides.append(f'"{as_written(side)}" ({holders or "?"})')
    what = " vs ".join(sides) if len(sides) == 2 else f"{sides[0]} added"
    if len(change.a_words) == 1 and len(change.b_words) == 1:
        what += f": {classify(change.a_text, change.b_text)}"
    return what


def run(ctx: Context, rule: Rule) -> list[Finding]:
    min_words = int(rule.param("min_words", 4))
    variants = Variants()
    max_edge = int(rule.param("max_edge_words", MAX_EDGE))
    elision = int(rule.param("elision_words", ELISION))
    min_score = float(rule.param("min_score", 80.0))
    quoted = long_quote_pairs(ctx, min_words, min_score)
    said = statements(ctx, min_words, min_score, max_edge, elision)
    alias: dict[tuple, tuple] = {}
    echoed = prose_pairs(
        ctx,
        int(rule.param("prose_min_words", 8)),
        float(rule.param("prose_min_score", 90.0)),
    )
    prose = {id(p) for p in echoed}
    for pair, wrong, cut, note in _judged(ctx, [*quoted, *echoed], prose, max_edge, elision):
        real = wrong or cut
        if not real or (wrong and not said.same(pair)):
            continue
        # Prose without quotation marks does not claim the speaker's exact words: where it
        # differs from the quotation it paraphrases, it is consistent, not a misquote.
        verdict = Verdict.CONFLICT if wrong and id(pair) not in prose else Verdict.CONSISTENT
        (ca, qa, cb, qb) = (pair.a, pair.qa, pair.b, pair.qb)
        spans_a = [(w.start, w.end) for ch in real for w in ch.a_words] or [(qa.start, qa.end)]
        spans_b = [(w.start, w.end) for ch in real for w in ch.b_words] or [(qb.start, qb.end)]
        # A word only one side has: cite where the other quotation stands.
        if not any(ch.a_words for ch in real):
            spans_a = [(qa.start, qa.end)]
        if not any(ch.b_words for ch in real):
            spans_b = [(qb.start, qb.end)]
        cited = claims_at(ctx, ca.source, spans_a) + claims_at(ctx, cb.source, spans_b)
        speaker = (
            qa.speaker or qb.speaker or qa.speaker_phrase or qb.speaker_phrase or "the speaker"
        )
        # The same misquote seen from several outlets is one finding, and so are one
        # quotation's differences from the several outlets that agree on the statement.
        key = (verdict, frozenset(frozenset((_norm(ch.a_words), _norm(ch.b_words))) for ch in real))
        if verdict is Verdict.CONFLICT:
            na, nb = node(ca, qa), node(cb, qb)
            also = [(na, x) for x in said.alike(nb)] + [(nb, x) for x in said.alike(na)]
            key = next((alias[k] for k in [key, *also] if k in alias), key)
            for k in [key, *also]:
                alias.setdefault(k, key)
        # What is positively the same: one named speaker, a long stretch of words, and all
        # but one change
        same_speaker = bool(qa.speaker) and qa.speaker == qb.speaker
        long = min(len(qa.words.split()), len(qb.words.split())) >= LONG_QUOTE
        matched = int(same_speaker) + int(long) + int(len(real) == 1)
        payload = (speaker, real, verdict, note, confidence_of(matched, 3))
        variants.add(key, cited, payload)
    for key, claims, found in _short_quote_changes(ctx, rule).items():
        speaker, change = found
        payload = (speaker, [change], Verdict.CONFLICT, "", confidence_of(1, 3))
        variants.add((Verdict.CONFLICT, key), claims, payload)
    out = []
    for _, claims, (speaker, changes, verdict, note, confidence) in variants.items():
        described = [_camps(ctx, ch, claims) for ch in changes]
        if verdict is Verdict.CONSISTENT:
            described.append(note)
        out.append(
            finding(
                rule,
                verdict,
                claims,
                {"speaker": speaker, "changes": described},
                speaker=speaker,
                changes="; ".join(described),
                sources=ctx.sources_of(claims),
                confidence=confidence,
            )
        )
    return out
