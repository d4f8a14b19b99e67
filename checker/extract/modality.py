"""Modality, negation and aspect of a clause, read from cue words kept in rules/lexicon/."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.predicate import Predicate, find_predicate
from checker.lexicon import cue_pattern, lexicon, per_pack

# When cues of several levels occur, the most specific wins: "have decided not to" is a
# decision although "have decided" is also a completed act, and "plans to" beats "has said".
PRECEDENCE = ("considering", "decided", "plans", "could", "done")


@dataclass(frozen=True)
class Modality:
    level: str  # one of PRECEDENCE, or "said"
    negated: bool
    aspect: str | None  # "temporary" | "permanent" | None
    cues: tuple[str, ...] = ()
    act: tuple[str, ...] = ()  # the predicate's lexical verb, then its object's first words
    passive: bool = False  # the subject undergoes the act ("has been fined")


@per_pack
def _patterns() -> dict[str, re.Pattern[str]]:
    data = lexicon("modality")
    pats = {level: cue_pattern(tuple(data["levels"][level])) for level in PRECEDENCE}
    for aspect, cues in data["aspect"].items():
        pats[f"aspect:{aspect}"] = cue_pattern(tuple(cues))
    pats["negation"] = cue_pattern(tuple(data["negation"]))
    for level, cues in data["nominal"].items():
        pats[f"nominal:{level}"] = cue_pattern(tuple(cues))
    return pats


def negation_cues() -> re.Pattern[str]:
    """The cues that say an act did not happen ("not", "failed to", "unable to")."""
    return _patterns()["negation"]


_SUBORDINATE = re.compile(
    r"\b(?:until|unless|because|although|though|whereas|despite|before|after|once|if|since|while|"
    r"when|whenever|so that|in order to)\b",
    re.I,
)


def main_clause(text: str) -> str:
    """The clause without its subordinate one: the part before "until/because/when ...", or,
    when the sentence opens with one ("After the review, the agency decided"), after its comma."""
    m = _SUBORDINATE.search(text)
    if m is None:
        return text
    if not text[: m.start()].strip(" \"'“‘("):
        comma = text.find(",", m.end())
        return text[comma + 1 :] if comma >= 0 else text
    return text[: m.start()]


_WILL_NOT = re.compile(r"\b(?:will|shall|'ll)\s+(?:not|no longer|never)\b|\bwon't\b", re.I)


_TOKEN = re.compile(r"[A-Za-z][\w'-]*")
_OBLIGATION = re.compile(r"\b(?:has|have|had|'ve) to\b", re.I)
_FUTURE_AUX = re.compile(r"\b(?:will|would|shall|'ll|'d)\b", re.I)
_WOULD = re.compile(r"\b(?:would|'d)\b", re.I)


def _level(predicate: Predicate | None) -> tuple[str, str | None]:
    """The modality of the clause's predicate (see checker/extract/predicate.py): its verb
    group, or a noun of intention right after a light verb ("issued a notice of intention to
    fine"). A simple past main verb is a done deed."""
    pats = _patterns()
    if predicate is None:
        return "said", None
    if _OBLIGATION.search(predicate.verbs):
        return "said", None  # "would have to pay": an obligation, neither a plan nor a deed
    for level in PRECEDENCE:
        m = pats[level].search(predicate.verbs)
        if m is None:
            continue
        if level == "could" and predicate.reported and _WOULD.search(m.group()):
            return "plans", m.group()  # "said it would close": the reported "will"
        if level == "considering" and _FUTURE_AUX.search(predicate.verbs):
            return "plans", m.group()  # "will study the ruling": a deliberation yet to come
        return level, m.group()
    for level in ("decided", "plans"):
        m = pats[f"nominal:{level}"].search(predicate.object)
        if m:
            return level, m.group()
    if predicate.tense == "past":
        return "done", predicate.verbs
    if _under_way(predicate):
        return "done", predicate.verbs
    return "said", None


# Words that send a progressive into the future: "is closing its base next month".
_FUTURE = re.compile(
    r"\b(?:next|tomorrow|soon|later|upcoming|coming|from (?:next|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|in (?:the )?(?:coming|next|future))\b",
    re.I,
)
_BE_PRESENT = frozenset(("is", "are", "am", "'s", "'re"))


def _under_way(predicate: Predicate) -> bool:
    """ "They are pausing requests": a present progressive reports an act under way, which
    clashes with a plan like a done deed does, unless a future time follows it."""
    words = predicate.verbs.lower().split()
    return (
        len(words) >= 2
        and words[-2] in _BE_PRESENT
        and words[-1].endswith("ing")
        and not _FUTURE.search(predicate.object)
    )


def read_modality(text: str) -> Modality:
    pats = _patterns()
    text = text.replace("’", "'")
    cues: list[str] = []
    # The main clause carries the modality: "will be closed until engineers have completed a
    # review" is a plan, whatever the subordinate clause says.
    predicate = find_predicate(main_clause(text))
    level, cue = _level(predicate)
    act = (predicate.lexical, *_TOKEN.findall(predicate.object)[:6]) if predicate else ()
    if cue:
        cues.append(cue)
    if level == "plans" and _WILL_NOT.search(text):
        level = "decided"  # "will not comply", "won't": a stated refusal, not a plan
    aspect = None
    # "no longer" is permanent even though "while" may also appear; permanence is the stronger cue.
    for name in ("permanent", "temporary"):
        m = pats[f"aspect:{name}"].search(text)
        if m:
            aspect = name
            cues.append(m.group())
            break
    neg = pats["negation"].search(text)
    if neg:
        cues.append(neg.group())
    passive = bool(predicate and predicate.passive)
    return Modality(level, bool(neg), aspect, tuple(cues), tuple(w.lower() for w in act), passive)
