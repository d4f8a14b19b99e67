"""Whether a sentence speaks of the past or the future around a date mention: a weekday
without "last" or "next" is the one before the article date, or the one after it."""

from __future__ import annotations

import re

from checker.lexicon import cue_pattern, lexicon, per_pack

_SENTENCE_BREAK = re.compile(r"[.!?]\s")


@per_pack
def tense_cues() -> tuple[
    re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str]
]:
    data = lexicon("tense")
    return (
        cue_pattern(tuple(data["future"])),
        cue_pattern(tuple(data["past"])),
        frozenset(data["until"]),
        frozenset(data["not_past"]),
        cue_pattern(tuple(data["planned"])),
    )


_CLAUSE_END = re.compile(r"[.!?;,]\s|[.!?]$")

_ED = re.compile(r"\b[A-Za-z]{2,}ed\b")


def tense_at(text: str, start: int, end: int, regular: bool = True) -> str | None:
    """ "future" or "past" from the nearest tense cue before the mention in its sentence (or,
    when there is none before it, the first after it); None when nothing says. `regular`
    False leaves out words in -ed, which may be participles ("scheduled for December")."""
    future, past, _, not_past, planned = tense_cues()
    lo = 0
    for b in _SENTENCE_BREAK.finditer(text, 0, start):
        lo = b.end()
    # After the mention, only its own clause: "..., the minister said" dates the saying; a
    # mention that opens the sentence ("On Friday, the council will vote") heads all of it.
    opens = not re.search(r"[A-Za-z]{3,}", text[lo:start])
    breaks = _SENTENCE_BREAK if opens else _CLAUSE_END
    hi = next((b.start() for b in breaks.finditer(text, end)), len(text))

    def cues(a: int, b: int) -> list[tuple[int, str]]:
        found = [(c.start(), "future") for c in future.finditer(text, a, b)]
        found += [(c.start(), "past") for c in past.finditer(text, a, b)]
        plans = [(c.start(), "planned") for c in planned.finditer(text, a, b)]
        found += [
            (c.start(), "past")
            for c in _ED.finditer(text, a, b)
            if regular
            and c.group().lower() not in not_past
            and all(c.start() != p for p, _ in plans)
        ]
        return sorted(found + plans)

    before = cues(lo, start)
    if before and before[-1][1] == "planned":
        # "was facing prison, with sentencing scheduled for Dec. 16": a day set for an act may
        # lie either side of the writing, whatever tense the sentence tells the setting in;
        # only a future before the plan ("is scheduled for") says which
        return "future" if any(t == "future" for _, t in before) else None
    if before:
        return before[-1][1]
    after = cues(end, hi)
    return after[0][1] if after else None
