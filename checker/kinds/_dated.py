"""What a date in a claim dates: the words around it, the verb before it, the noun after it.
The date rule and its clock times share these referent checks."""

from __future__ import annotations

import re

from checker.extract.vocab import month_pattern, weekday_pattern
from checker.records import Claim, DateMention
from checker.stems import content_stems, stem

_DATE_WORDS = re.compile(
    rf"\b(?:{month_pattern()}|{weekday_pattern()})\b"
    r"|\b(?:week|month|year|day|today|yesterday|last|next|ago|since|on|in|\d+\w*)\b",
    re.I,
)


def event_words(claim: Claim, mention: DateMention, window: int) -> set[str]:
    """Content words next to the date: what happened then."""
    lo = max(claim.start, mention.start - window) - claim.start
    hi = min(claim.end, mention.end + window) - claim.start
    around = (
        claim.text[lo : mention.start - claim.start]
        + " "
        + claim.text[mention.end - claim.start : hi]
    )
    names = {w for e in claim.entities for w in content_stems(e)}
    # Places and names say where or who; the event is in the other words ("passed the law").
    return set(content_stems(_DATE_WORDS.sub(" ", around))) - names


def verb_before(claim: Claim, d: DateMention) -> str | None:
    """The nearest past participle or -ing form before the date: what happened then
    ("passed the law on 30 June", "grounded on Friday")."""
    head = claim.text[: d.start - claim.start]
    words = re.findall(r"[A-Za-z]+", head)[-6:]
    for w in reversed(words):
        low = w.lower()
        if len(low) > 3 and low.endswith(("ed", "en", "ing")) and low not in _NOT_VERBS:
            return stem(low)
    return None


_NOT_VERBS = frozenset(
    {
        "when",
        "then",
        "even",
        "seven",
        "eleven",
        "during",
        "morning",
        "evening",
        "spring",
        "king",
        "ring",
        "thing",
        "something",
        "nothing",
        "everything",
    }
)


_DETERMINER = re.compile(r"(?:^|\b)(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Za-z][\w-]*)")


def _dated_noun(claim: Claim, d: DateMention) -> str | None:
    """The noun a date qualifies, when it stands before one: "Tuesday's blast", "the 6 May
    vote". Such a date belongs to that noun, not to the clause's verb."""
    before = claim.text[: d.start - claim.start]
    after = claim.text[d.end - claim.start :]
    m = _NEXT_WORD.match(after)
    if not m:
        return None
    determiner = _DETERMINER.search(before) or _DETERMINER.match(d.text.split()[0] + " ")
    if after[:1] in ("'", "’") or determiner:
        return stem(m.group(1).lower())
    return None


def noun_dated(a: Claim, da: DateMention, b: Claim, eb: DateMention, window: int) -> bool:
    """A date that qualifies a noun can clash only with a date of that same noun."""
    noun = _dated_noun(a, da)
    return noun is None or noun in event_words(b, eb, window) or noun == _dated_noun(b, eb)


def same_verb(a: Claim, da: DateMention, b: Claim, db: DateMention) -> bool:
    """A clash between two dates needs them to date the same act; when either sentence gives
    no verb before its date, the words around them have already been compared."""
    va, vb = verb_before(a, da), verb_before(b, db)
    return va is None or vb is None or va == vb
