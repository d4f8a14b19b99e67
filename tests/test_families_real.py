"""On the real development stories, wire copies form their agency's family, and nothing else is
merged but copies checked by hand.

The expectations come from the recipes (../shared/realdev*/recipe.toml): an outlet whose name
says it runs an agency's story ("Deccan Herald (Reuters story)", "CNBC (AP report)") belongs to
that agency's family. The texts are third-party pages, never in the repository: the test reads
them where `python3 tasks.py eval` does ($CHECKER_EVAL_TEXTS/<set>/<story>/), else where the
development notes rebuild them (/tmp/<set>-stories/<story>/), and skips, saying why, when
../shared or the texts are not there or differ from the recipe.
"""

from __future__ import annotations

import os
import re
from itertools import combinations
from pathlib import Path

import pytest

from checker.claims import build_claims
from checker.clean import clean
from checker.evalrun import text_problems
from checker.evalsets import EvalSet, Story, load_set
from checker.families import find_families
from checker.ingest import load_story

ROOT = Path(__file__).parents[1]
SETS = ("realdev", "realdev2")

# The agency an outlet's name says it republishes, read by this test alone (not through the
# lexicon under test): the words inside the name's parentheses.
NAMED = {
    "AP": r"\bAP\b|Associated Press",
    "Reuters": r"\bReuters\b",
    "AFP": r"\bAFP\b",
    "IANS": r"\bIANS\b",
    "Bloomberg": r"\bBloomberg\b",
    "Sputnik": r"\bSputnik\b",
    "CNN": r"\bCNN\b",
    "Dow Jones": r"\bDow Jones\b",
}

# Outlets merged although their names credit no agency (or no shared one), each read by hand:
# they print the same story, so they are one witness.
CHECKED_BY_HAND = {
    ("beirut-blast-day-after-2020-08-05", "alarabiya", "netindian"): (
        "three consecutive sentences of Reuters' copy, word for word ('Officials did not say "
        "what caused the blaze that set off the blast. A security source and ...')"
    ),
    ("russia-google-meta-fines-2021-12-24", "irishexaminer", "smh"): (
        "AP's story (SMH's photo is credited AP): the lede and the court's ruling alike"
    ),
    ("russia-google-meta-fines-2021-12-24", "smh", "vaughantoday"): (
        "the same AP story, translated back: the ruling and Google's response alike"
    ),
    ("russia-google-meta-fines-2021-12-24", "irishexaminer", "vaughantoday"): (
        "the same AP story (through smh)"
    ),
    ("haiti-earthquake-2021-08-14", "abc-au", "wtvr"): (
        "ABC runs AP's story: the lede and 'The updated figures ... follow a previous count "
        "of 304 dead' alike; WTVR's name credits AP"
    ),
}


def named_agency(outlet: str) -> str | None:
    inside = " ".join(re.findall(r"\(([^)]*)\)", outlet))
    found = [agency for agency, pattern in NAMED.items() if re.search(pattern, inside)]
    return found[0] if len(found) == 1 else None


def texts_folder(name: str, story: str) -> Path:
    base = os.environ.get("CHECKER_EVAL_TEXTS")
    if base:
        return Path(base) / name / story
    return Path("/tmp") / f"{name}-stories" / story


def development() -> list[tuple[EvalSet, Story]]:
    out = []
    for name in SETS:
        s = load_set(ROOT / "eval" / "real" / name)
        if s.available:
            out += [(s, story) for story in s.stories()]
    return out


CASES = development()


def test_the_shared_development_sets_are_here() -> None:
    if not CASES:
        reason = f"../shared is absent: no recipe for {', '.join(SETS)} beside the repository"
        print(reason)
        pytest.skip(reason)


@pytest.mark.parametrize(("eval_set", "story"), CASES, ids=[s.name for _, s in CASES])
def test_wire_copies_are_their_agencys_family_and_independents_stay_apart(
    eval_set: EvalSet, story: Story
) -> None:
    folder = texts_folder(eval_set.name, story.name)
    problems = text_problems(story, folder)
    if problems:
        reason = f"{story.name}: texts not rebuilt in {folder} ({problems[0]})"
        print(reason)
        pytest.skip(reason)
    loaded = load_story(folder)
    claims = build_claims([clean(a) for a in loaded.articles])
    families = find_families(loaded.articles, claims)
    agency = {a.slug: named_agency(a.outlet) for a in story.articles}

    for name in sorted({n for n in agency.values() if n}):
        outlets = [slug for slug, n in agency.items() if n == name]
        assert families.count(outlets) == 1, f"{name}'s copies are one family: {outlets}"
    for a, b in combinations(sorted(agency), 2):
        if families.of(a) != families.of(b) or len(families.of(a).sources) < 2:
            continue
        if agency[a] and agency[a] == agency[b]:
            continue
        assert not (agency[a] and agency[b]), f"{a} ({agency[a]}) and {b} ({agency[b]}) merged"
        assert (story.name, a, b) in CHECKED_BY_HAND, f"{a} and {b} merged: {families.of(a).why}"
