"""Modality, negation and aspect of a clause, read from cue words kept in rules/lexicon/."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker.lexicon import cue_pattern, lexicon

# When cues of several levels occur, the most specific wins: "have decided not to" is a
# decision although "have decided" is also a completed act, and "plans to" beats "has said".
PRECEDENCE = ("considering", "decided", "plans", "could", "done")


@dataclass(frozen=True)
class Modality:
    level: str  # one of PRECEDENCE, or "said"
    negated: bool
    aspect: str | None  # "temporary" | "permanent" | None
    cues: tuple[str, ...] = ()


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = lexicon("modality")
    pats = {level: cue_pattern(tuple(data["levels"][level])) for level in PRECEDENCE}
    for aspect, cues in data["aspect"].items():
        pats[f"aspect:{aspect}"] = cue_pattern(tuple(cues))
    pats["negation"] = cue_pattern(tuple(data["negation"]))
    return pats


_SUBORDINATE = re.compile(
    r"\b(?:until|unless|because|although|though|whereas|before|after|once|if|since|while|"
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


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon("speech")["verbs"])


def _speech_act(cue: str) -> bool:
    """'has announced', 'have said': the report of a statement is not the act reported."""
    return cue.split()[-1].lower() in _speech_verbs()


def read_modality(text: str) -> Modality:
    pats = _patterns()
    text = text.replace("’", "'")
    cues: list[str] = []
    level = "said"
    # The main clause carries the modality: "will be closed until engineers have completed a
    # review" is a plan, whatever the subordinate clause says.
    main = main_clause(text)
    for candidate in PRECEDENCE:
        m = next((m for m in pats[candidate].finditer(main) if not _speech_act(m.group())), None)
        if m:
            level = candidate
            cues.append(m.group())
            break
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
    return Modality(level, bool(neg), aspect, tuple(cues))
