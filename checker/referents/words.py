"""The word lists the referent readers look words up in (rules/lexicon/measures.yaml, people,
numbers, speech), built once per set of word lists in force."""

from __future__ import annotations

import re

from checker.extract.vocab import singular
from checker.lexicon import lexicon, per_pack


@per_pack
def _classes() -> tuple[dict[str, str], frozenset[str]]:
    data = lexicon("measures")
    forms = {str(w).lower(): str(c) for c, words in data["classes"].items() for w in words}
    return forms, frozenset(str(w).lower() for w in data["level_verbs"])


@per_pack
def _unit_classes() -> dict[str, str]:
    """Classes by the singular of their nouns: a count's unit is singular ("body" of "68
    bodies"), the lexicon lists the forms as written ("bodies")."""
    return {singular(w): c for w, c in _classes()[0].items()}


@per_pack
def _earlier_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon("measures").get("earlier") or ())


@per_pack
def _elapsed_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon("measures").get("elapsed_after") or ())


@per_pack
def _provisional() -> tuple[re.Pattern[str], frozenset[str]]:
    data = lexicon("measures")["provisional"]
    phrases = "|".join(re.escape(str(p)).replace(r"\ ", r"\s+") for p in data["phrases"])
    return re.compile(rf"\b(?:{phrases})\b", re.I), frozenset(str(v) for v in data["verbs"])


@per_pack
def _not_nouns() -> frozenset[str]:
    """Words that, right after a name, are no noun it qualifies: function words, reporting and
    other third-person verbs ("Google says", "Meta faces")."""
    from checker.lexicon import stopwords

    verbs = str(lexicon("numbers")["s_verbs"]).split() + list(lexicon("speech")["verbs"])
    return stopwords() | frozenset(map(str, verbs)) | frozenset(_classes()[0])
