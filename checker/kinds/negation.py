"""negation: one outlet says a thing is so, another that it is not ("the fire is now
contained" / "the fire is not yet contained").

The negated word is found after the negation cue; the other outlet's claim, a close match,
must use the same word without any negation of its own.
"""

from __future__ import annotations

import re

from checker.extract.modality import read_modality
from checker.kinds._shared import Variants, actors_differ, background
from checker.kinds.base import Context, Rule, finding
from checker.records import Claim, Finding, Verdict
from checker.slots.words import _words
from checker.stems import content_stems, stem

FIELDS = ("a_source", "a_phrase", "b_source", "b_phrase", "word")
PARAMS = {"min_score": 55.0}

_NEGATED = re.compile(
    r"(?P<cue>\bnot|\bnever|\bno longer|n't)\s+(?:(?:yet|be|been|being|have|has|had|to|also|even|"
    r"ever|always|fully|entirely|completely|quite|so)\s+)*(?P<word>[a-z][a-z-]+)",
    re.I,
)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A refusal of what is to come, and a statement of what is to come (general English).
_WILL_NOT = re.compile(r"\b(?:won['’]t|will\s+not|shall\s+not|would\s+not|wouldn['’]t)\b", re.I)
_WILL = re.compile(r"\b(?:will|shall|would|won['’]t|wouldn['’]t|'ll|’ll)\b", re.I)


# A subject that is nobody: "no other officers were injured", "no one was hurt". What is
# denied is the act; with a verb of reporting ("no injuries were reported") it is the noun.
_NOBODY = re.compile(
    r"\b(?:no\s+one|nobody|none\s+of(?:\s+\w+){1,3}?|no\s+(?:other\s+|more\s+|further\s+)?"
    r"(?P<noun>[a-z]+))\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<word>[a-z][a-z-]+)",
    re.I,
)
_EVIDENTIAL = frozenset(stem(w) for w in ("reported", "recorded", "confirmed", "known", "found"))


def _negated_words(claim: Claim) -> dict[str, tuple[str, int, str]]:
    """Stem of each negated word -> (the negated phrase as written, where it ends, a stem the
    affirming claim must also use). A name after "not" is a contrast ("in Syria and not
    Iraq"), not a statement denied."""
    text = claim.text.replace("’", "'")
    out = {
        stem(m.group("word").lower()): (m.group(), m.end(), "")
        for m in _NEGATED.finditer(text)
        if not m.group("word")[:1].isupper()
    }
    for m in _NOBODY.finditer(text):
        word, also = stem(m.group("word").lower()), ""
        if word in _EVIDENTIAL:
            if not m.group("noun"):
                continue
            # "no injuries were reported" denies reported injuries, not "the injuries of others"
            word, also = stem(m.group("noun").lower()), word
        out.setdefault(word, (m.group(), m.end(), also))
    return out


def _same_object(neg: Claim, end: int, pos: Claim, word: str) -> bool:
    """ "not to process data requests" and "process data requests" share what follows the
    word; a word that ends its clause ("was now contained,") matches whatever follows the other."""
    after_neg = list(content_stems(neg.text[end:]))[:3]
    for m in _WORD.finditer(pos.text):
        if stem(m.group().lower()) == word:
            after_pos = list(content_stems(pos.text[m.end() :]))[:3]
            if not after_neg or not after_pos or set(after_neg) & set(after_pos):
                return True
    return False


_INFINITIVE = re.compile(r"\bnot\s+to\s+\w+$", re.I)


# A clause that tells what had not happened yet ("conceded before the results were known"),
# or what may: its verb affirms nothing (general English).
_NOT_YET = re.compile(r"\b(?:before|until|till|unless|if|whether)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:and|but)\b", re.I)
_UNREAL = frozenset({"plans", "considering", "could"})


def _affirmed(pos: Claim, word: str, negated_form: str) -> bool:
    """The other claim states the act as a fact somewhere: the word is not a gerund where the
    denial has a finite verb ("had trouble separating" / "did not separate"), not in a clause of
    what had not happened yet, not under a plan or expectation ("is supposed to separate"), and
    not a noun where the denial has a verb ("never struck" / "avoid a long strike")."""
    for m in _WORD.finditer(pos.text):
        if stem(m.group().lower()) != word:
            continue
        if m.group().lower().endswith("ing") and not negated_form.lower().endswith("ing"):
            continue
        before = pos.text[: m.start()]
        clause = before[max((c.end() for c in _CLAUSE_START.finditer(before)), default=0) :]
        if _NOT_YET.search(clause) or read_modality(before + m.group()).level in _UNREAL:
            continue
        if _DENIED_OBJECT.match(pos.text, m.end()):
            continue  # "poses no threat" denies as much as "never posed a threat"
        if _NEGATED.match(negated_form) and _a_noun(before, m.group()):
            continue  # "never struck" denies an act; "avoid a long strike" names one
        attempt = _ATTEMPT.search(before)
        if attempt and attempt.group("verb").lower() not in _IMPLICATIVE:
            continue  # "working to recover the bodies": what is tried, not what was done
        return True
    return False


_DENIED_OBJECT = re.compile(r"\s+(?:no|none)\b", re.I)
# A determiner or a preposition, and perhaps one lower-case word, before a word (general
# English): "despite rescue efforts", "a long strike"
_NOUN_BEFORE = re.compile(
    r"\b(?i:a|an|the|its|their|his|her|our|this|that|these|those|any|of|for|despite|after|"
    r"during|without|with|from|about|amid)\s+(?P<between>[a-z][a-z-]*\s+)?$"
)


def _a_noun(before: str, word: str) -> bool:
    """The word is a noun: right after a determiner or a preposition ("despite rescue
    efforts"), or after one with one word between when neither reads as a subject and its
    verb ("a long strike"; not "the league approved", "the unions accept")."""
    m = _NOUN_BEFORE.search(before)
    if m is None:
        return False
    between = (m.group("between") or "").strip()
    inflected = re.search(r"(?:ed|s|ing)$", word.lower()) is not None
    return not between or not (inflected or between.endswith("s"))
# "were working to recover", "hope to find": the word as an infinitive under another verb
_ATTEMPT = re.compile(r"\b(?P<verb>[a-z]+)\s+to\s+$", re.I)
# verbs that make their infinitive true ("managed to recover"), general English
_IMPLICATIVE = frozenset({"managed", "able", "succeeded"})


def _one_act(neg: Claim, pos: Claim, word: str, phrase: str) -> bool:
    """What the parse says of the two claims allows one act denied and affirmed: the word is
    the act of one of them at least, or both tell one act; "not to buy" under another verb
    ("gave people confidence not to buy") is advice, no fact denied; and the same verb done to
    two things ("that number could not be confirmed", "confirmed the strike") is two acts."""
    verb = stem(neg.act[0].lower()) if neg.act else ""
    if _INFINITIVE.search(phrase) and verb and verb != word:
        return False
    if not (neg.act and pos.act):
        return True
    other = stem(pos.act[0].lower())
    if word not in (verb, other) and verb != other:
        # two statements of other acts that both mention the word ("gave confidence not to
        # buy gas they don't need", "urged them to buy when they need gas")
        return False
    # what each is about: "the identity of the buyer was not revealed" says nothing of
    # "Larry Gagosian was revealed to be the buyer"
    themes = [_theme(c) for c in (neg, pos)]
    return not (themes[0] and themes[1]) or bool(themes[0] & themes[1])


def _doers_differ(a: Claim, b: Claim) -> bool:
    """The tree names who acts in both, by words that share nothing ("the hands of most clocks
    don't move backward" / "the Kessel Society moved the hands"): a pronoun or a passive without its
    agent says nothing either way."""
    x, y = (set(content_stems(c.actor or "")) for c in (a, b))
    return bool(x and y) and not x & y


def _theme(claim: Claim) -> set[str]:
    """What the claim is about, as stems: its subject's and its object's words, whatever the
    voice the parse saw; a subject that is a word of quantity whose thing follows ("a number
    of officers") says nothing: "that number" alone is the figure."""
    subject = (claim.subject or "").split()
    light = bool(subject) and subject[-1].lower() in _words().light
    if light and re.search(rf"\b{re.escape(subject[-1])}\s+of\b", claim.text, re.I):
        subject = []
    return set(content_stems(" ".join([*subject, *claim.act[1:]])))


def _phrase(claim: Claim, word_stem: str) -> str:
    for m in re.finditer(r"[A-Za-z][a-z-]+", claim.text):
        if stem(m.group().lower()) == word_stem:
            return m.group()
    return word_stem


def run(ctx: Context, rule: Rule) -> list[Finding]:
    variants = Variants()
    # Only negated claims and claims using a word some claim negates can make a pair.
    negated = {w for c in ctx.claims if c.negated for w in _negated_words(c)}

    def relevant(c: Claim) -> bool:
        return c.negated or bool(negated & set(content_stems(c.text)))

    pairs = ctx.counterparts("negation", relevant, rule.param("min_score", 55.0), subjects=False)
    for pair in pairs:
        for neg, pos in ((pair.a, pair.b), (pair.b, pair.a)):
            # Quotations count here: "We have suspended the processing" is no affirmation.
            if not neg.negated or pos.negated or read_modality(pos.text).negated:
                continue
            if actors_differ(neg, pos):
                continue  # "Acme won't comply" says nothing of "Bolt has complied"
            if ctx.worded_apart(neg, pos) or _doers_differ(neg, pos):
                continue  # one word in common, or two doers: no statement denied
            if background(ctx, neg) != background(ctx, pos):
                continue  # "did not gain a majority" now; "had gained one in 2011"
            if bool(_WILL_NOT.search(neg.text)) != bool(_WILL.search(pos.text)):
                continue  # "won't comply" refuses what comes; "has complied in the past" was
            words = set(content_stems(pos.text))
            said = set(content_stems(neg.text))
            for word, (phrase, end, also) in sorted(_negated_words(neg).items()):
                if also and also not in words:
                    continue
                if not (said & words) - {word, also}:
                    continue  # nothing but the word in common: "More to follow" denies nothing
                if (
                    word in words
                    and _same_object(neg, end, pos, word)
                    and _one_act(neg, pos, word, phrase)
                    and _affirmed(pos, word, phrase)
                ):
                    key = (word, neg.id, pos.id)
                    variants.add(key, [neg, pos], (neg, phrase, pos, _phrase(pos, word), word))
    out = []
    for _, claims, (neg, phrase, pos, plain, word) in variants.items():
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                claims,
                {"word": word},
                a_source=ctx.sources_of([neg]),
                a_phrase=phrase,
                b_source=ctx.sources_of([pos]),
                b_phrase=plain,
                word=word,
            )
        )
    return out
