"""The word lists the tree readers look lemmas up in (rules/lexicon/frames.yaml, measures,
speech, people), built once per set of word lists in force."""

from __future__ import annotations

from dataclasses import dataclass

from checker.lexicon import lexicon, per_pack
from checker.stems import stem


@per_pack
def _words() -> _Lexicon:
    measures = lexicon("measures")
    forms = {str(w).lower(): str(c) for c, words in measures["classes"].items() for w in words}
    tree = lexicon("frames")
    return _Lexicon(
        classes=forms,
        level=frozenset(str(w).lower() for w in measures["level_verbs"]),
        light=frozenset(map(str, tree["light_words"])),
        partitive=frozenset(map(str, tree["partitive_nouns"])),
        generic_counters=frozenset(map(str, tree["generic_counters"])),
        status_modals={str(k): str(v) for k, v in tree["status"]["modals"].items()},
        status_verbs={stem(str(k)): str(v) for k, v in tree["status"]["verbs"].items()},
        status_nouns={stem(str(k)): str(v) for k, v in tree["status"]["nouns"].items()},
        speech=frozenset(str(v) for v in lexicon("speech")["verbs"]),
        counting=frozenset(map(str, tree["counting_verbs"])),
        referring=frozenset(map(str, tree["referring_nouns"])),
        caused=frozenset(map(str, tree["caused_measures"])),
        generic_people=frozenset(map(str, lexicon("people")["generic"])),
        earlier=frozenset(str(w).lower() for w in measures.get("earlier") or ()),
        earlier_adverbs=frozenset(str(w).lower() for w in measures.get("earlier_adverbs") or ()),
        support=frozenset(stem(str(w)) for w in tree["support_verbs"]),
        occurrence=frozenset(stem(str(w)) for w in tree.get("occurrence_verbs") or ()),
        phrasal=frozenset(str(w) for w in tree.get("phrasal_verbs") or ()),
        particles=frozenset(map(str, tree["particles"])),
        series=frozenset(map(str, tree["series_words"])),
    )


@dataclass(frozen=True)
class _Lexicon:
    classes: dict[str, str]
    level: frozenset[str]
    light: frozenset[str]
    partitive: frozenset[str]
    generic_counters: frozenset[str]
    status_modals: dict[str, str]
    status_verbs: dict[str, str]
    status_nouns: dict[str, str]
    speech: frozenset[str]
    phrasal: frozenset[str]
    counting: frozenset[str]
    referring: frozenset[str]
    caused: frozenset[str]
    generic_people: frozenset[str]
    earlier: frozenset[str]
    earlier_adverbs: frozenset[str]
    support: frozenset[str]  # stems
    occurrence: frozenset[str]  # stems
    particles: frozenset[str]
    series: frozenset[str]
