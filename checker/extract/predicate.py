"""The predicate of a clause: the verb group of its main verb, which carries its modality.

"Zoom will pause data access" and "Zoom has paused data access" differ in their verb group
("will pause", "has paused"); a noun ("their reviews of requests"), an infinitive ("the latest
firm to review requests") or a relative clause ("firms that have stopped considering
requests") does not say what the subject did. In reported speech ("X said it will pause") the
predicate is the reported clause's: that is what outlets disagree about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.vocab import the_month_may
from checker.lexicon import lexicon, per_pack

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")

AUXILIARIES = frozenset(
    "is are was were be been being am has have had having will would shall should can could "
    "may might must do does did 'll 'd 's 've 're won't wouldn't can't cannot couldn't isn't "
    "aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't shouldn't mustn't".split()
)
_BE = frozenset("is are was were be am 's 're".split())
_HAVE = frozenset("has have had 've".split())
_PASSIVE_BE = frozenset("is are was were be been being am 's 're".split())
# Words inside a verb group that are not its verb: "has also already been", "will no longer".
_INSIDE = frozenset(
    "not never no longer also already now just still yet even only since meanwhile finally "
    "recently reportedly originally initially again then soon first further n't".split()
)
# "is set to", "are due to": with a form of "be", these take an infinitive like "plans to".
_BE_TO = frozenset(
    "going set due about poised scheduled preparing likely able expected supposed".split()
)
_PRONOUNS = frozenset("it they he she we i you".split())
# Words after "to" that make it a preposition, not an infinitive's mark (general English).
_OBJECT_PRONOUNS = frozenset(
    "me him her us them someone somebody anyone anybody everyone everybody nobody".split()
)
NOT_BEFORE_VERB = frozenset(
    "a an the this that these those its their his her our my your in of on at for by to with "
    "from".split()
)
# A relative or parenthetical clause inside the subject (", which is owned by X,", " - owned
# by X - ", "(X)") says nothing about what the subject did.
_PARENTHETICAL = re.compile(
    r",\s*(?:which|who|whose|whom)\b[^,]*,|\s[-–—]\s[^-–—]{1,120}?\s[-–—]\s|\([^)]*\)"
)
# Where a reported clause starts after its reporting verb: "said (on Monday) (that) it ..."
_REPORTED = re.compile(
    r"[\s,]*(?:(?:on |late |early |last )?[A-Za-z]+day\b[\s,]*|overnight\b[\s,]*|"
    r"in a statement\b[\s,]*|(?:late |earlier |early )?(?:today|yesterday|this week)\b[\s,]*)*"
    r"(?:that\s+)?",
    re.I,
)


@dataclass(frozen=True)
class Predicate:
    """A clause's verb group and what follows it closely (its object's first words)."""

    verbs: str  # "has been fined", "plans to close", "will no longer process"
    lexical: str  # the verb group's last verb, lower-case: "fined", "close", "process"
    tense: str  # "past" (a simple past: "issued"), "perfect", "future", "present", "" unknown
    object: str = ""  # the next few words: "an intention to fine", "its plans to exit"
    reported: bool = False  # read from the clause a reporting verb introduces

    @property
    def passive(self) -> bool:
        """ "has been fined", "will be closed": the subject undergoes the act."""
        words = self.verbs.lower().split()
        last = words[-1] if words else ""
        participle = last.endswith(("ed", "en")) or last in _irregular_past()
        return len(words) >= 2 and words[-2] in _PASSIVE_BE and participle


@per_pack
def _speech() -> frozenset[str]:
    return frozenset(lexicon("speech")["verbs"]) - {"according"}


@per_pack
def _catenative() -> frozenset[str]:
    """Verbs whose infinitive complement carries the act: "plans to close", "decided to"."""
    return frozenset(lexicon("modality")["verbs"])


@per_pack
def _irregular_past() -> frozenset[str]:
    return frozenset(lexicon("modality")["irregular_past"])


def _is_catenative(low: str) -> bool:
    """ "plans", "planned", and the -ing forms "planning", "deciding", "aiming"."""
    verbs = _catenative()
    if low in verbs:
        return True
    if not low.endswith("ing"):
        return False
    base = low[:-3]
    return base in verbs or base + "e" in verbs or (len(base) > 2 and base[:-1] in verbs)


def _is_verb_form(tok: str, prev: str) -> bool:
    """An inflected verb right after its subject ("Zoom paused", "it offers", "firms sent")."""
    low = tok.lower()
    if not tok[0].islower() or prev.lower() in NOT_BEFORE_VERB:
        return False
    if low in _irregular_past():
        return True
    after_subject = prev[:1].isupper() or prev.lower() in _PRONOUNS or prev.endswith("ly")
    if len(low) > 3 and low.endswith("ed"):
        return True
    return after_subject and len(low) > 3 and low.endswith("s") and not low.endswith("ss")


def _adjective_of_subject(tokens: list[str], i: int) -> bool:
    """An -ed word before a noun and the verb group that noun is subject of: "(said)
    insured savers will get", "injured workers were taken": an adjective, no verb."""
    if i + 2 >= len(tokens) or not tokens[i].lower().endswith("ed"):
        return False
    noun, after = tokens[i + 1].lower(), tokens[i + 2].lower()
    return noun not in AUXILIARIES and noun not in NOT_BEFORE_VERB and after in AUXILIARIES


def _anchor(tokens: list[str]) -> int | None:
    prev = ""
    for i, tok in enumerate(tokens):
        low = tok.lower().replace("’", "'")
        if low in AUXILIARIES or low in _speech() or _is_catenative(low):
            return i
        if _is_verb_form(tok, prev) and not _adjective_of_subject(tokens, i):
            return i
        prev = tok
    return None


def find_predicate(text: str, depth: int = 0) -> Predicate | None:
    """The predicate of the clause `text` (quotations already blanked), or None."""
    text = _PARENTHETICAL.sub(" ", text.replace("’", "'"))
    matches = list(_TOKEN.finditer(text))
    # the month is no auxiliary: "Then, on Thursday, May 8, it happened"
    tokens = [
        "month"
        if m.group() == "May"
        and the_month_may("May", not text[: m.start()].strip(), text[m.end() : m.end() + 4])
        else m.group()
        for m in matches
    ]
    i = _anchor(tokens)
    if i is None:
        return None
    group: list[str] = []
    lexical = ""
    auxiliaries: list[str] = []
    while i < len(tokens):
        low = tokens[i].lower()
        if low in AUXILIARIES:
            auxiliaries.append(low)
            group.append(tokens[i])
        elif low in _INSIDE or (_adverb(low) and group):
            group.append(tokens[i])
        elif (
            low == "to"
            and auxiliaries
            and auxiliaries[-1] in _BE | _HAVE
            and not (i + 1 < len(tokens) and tokens[i + 1].lower().endswith("ing"))
        ):
            # "is to be fined": an arrangement for the future; "has to pay": an obligation;
            # not "how close the reservoir is to running dry", where "to" is a preposition
            group.append(tokens[i])
        else:
            # The copula alone ("is final", "are the latest") is its own lexical verb.
            if auxiliaries and auxiliaries[-1] in _BE | {"been"} and not _verb_like(low):
                lexical = auxiliaries[-1]
            else:
                group.append(tokens[i])
                lexical = low
                i += 1
            break
        i += 1
    if not lexical and auxiliaries:
        lexical = auxiliaries[-1]
    # "plans to close", "decided not to renew", "intended to issue": the complement's verb
    be_to = bool(auxiliaries) and auxiliaries[-1] in _BE | {"been"} and lexical in _BE_TO
    while (_is_catenative(lexical) or be_to) and i < len(tokens):
        be_to = False
        j = i
        while j < len(tokens) and tokens[j].lower() in _INSIDE:
            j += 1
        after = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
        if after in NOT_BEFORE_VERB or after in _OBJECT_PRONOUNS:
            break  # "is going to someone", "set to the court": a place, no infinitive
        if j + 1 < len(tokens) and tokens[j].lower() == "to":
            group.extend(tokens[i : j + 2])
            lexical = tokens[j + 1].lower()
            i = j + 2
        else:
            break
    if lexical in _speech() and depth < 2:
        end = matches[i - 1].end() if i else 0
        rest = _REPORTED.match(text, end)
        start = rest.end() if rest else end
        inner = find_predicate(text[start:], depth + 1)
        if inner is not None:
            return Predicate(inner.verbs, inner.lexical, inner.tense, inner.object, True)
    obj = " ".join(tokens[i : i + 6])
    return Predicate(" ".join(group), lexical, _tense(auxiliaries, lexical), obj)


def _adverb(low: str) -> bool:
    """'originally', 'reportedly'; not the verbs 'comply', 'apply', 'supply', 'rally'."""
    return (low.endswith("ly") and len(low) > 4 and not low.endswith(("ply", "ally"))) or (
        low.endswith("ally") and len(low) > 6
    )


def _verb_like(low: str) -> bool:
    return low.endswith(("ed", "ing", "en")) or low in _irregular_past()


def _tense(auxiliaries: list[str], lexical: str) -> str:
    if any(a in ("will", "shall", "'ll", "won't") for a in auxiliaries):
        return "future"
    if any(a in ("has", "have", "had", "'ve", "hasn't", "haven't", "hadn't") for a in auxiliaries):
        return "perfect"
    if not auxiliaries and (lexical.endswith("ed") or lexical in _irregular_past()):
        return "past"
    return "present" if auxiliaries or lexical else ""
