"""What the HTML report marks in each cited claim: exactly what differs between the outlets.

A finding's own words say what differs, so the marks come from them where they can:

- an entity list: the names some outlets list and others lack (the `camps` detail), never
  the names all of them share;
- a figure, an amount, a date, a unit, a not-comparable pair: the values the message quotes
  before each outlet's name ("€50,000 (alps-wire) vs £43,600 (rhine-post)");
- a spelling, an attribution, a negation, a modality: the words the finding quotes
  ('Berthellot', 'a spokesperson', 'temporary');
- a single-source finding: the facts only that outlet reports;
- a quotation's wording: the changed words the finding lists, each in the claims of the
  outlets that use it ("adopted" (a, b) vs "adapted" (c));
- a kind that says nothing usable: a word-level diff of the claims, which marks a few
  changed words between shared ones and never a rewording.

A value the message ties to outlets ("12% (a, b)") is marked only in those outlets' claims.

Python hands the template (text, marked) segments; the template escapes them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence

from checker.records import ClaimRef, Detail, Finding

Segment = tuple[str, bool]  # (text, differs from another outlet's wording)

_TOKEN = re.compile(r"\s+|\w+(?:[.,'’\-]\w+)*|[^\w\s]")
# Typographic variants that are not a difference in wording.
_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "–": "-",
        "—": "-",
        "‒": "-",
        "−": "-",
    }
)

# A run of at most this many words against at most as many is a changed word or phrase; longer
# runs are rewording.
_PINPOINT = 3


def _is_number(key: str) -> bool:
    return any(ch.isdigit() for ch in key)


def _changed_words(a: list[str], b: list[str]) -> set[int]:
    """Indexes of a's tokens that differ from b, compared case- and quote-insensitively.

    Marked: a few words swapped, added or dropped between shared words ("affecting" for
    "effecting", "about 370" for "300"), and any number that differs. Not marked: where one
    outlet only quoted more (unmatched words at either end), a passage put in other words
    (a long run on both sides: marking all of it would point at nothing), punctuation.
    """
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if not any(tag == "equal" for tag, *_ in ops):
        return set()  # nothing in common: no word is "the" difference
    changed: set[int] = set()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or (tag == "delete" and (i1 == 0 or i2 == len(a))):
            continue
        if max(i2 - i1, j2 - j1) <= _PINPOINT:
            changed.update(range(i1, i2))
        else:
            theirs = {k for k in b[j1:j2] if _is_number(k)}
            changed.update(i for i in range(i1, i2) if _is_number(a[i]) and a[i] not in theirs)
    return {i for i in changed if not all(unicodedata.category(ch)[0] == "P" for ch in a[i])}


def word_diff(texts: Sequence[str]) -> list[list[Segment]]:
    """Split each text into segments, marking the words it does not share with some other text.

    "The bank is “affecting” the rules" against "The bank is "effecting" the rules" marks
    only affecting/effecting. Joining a text's segments gives the text back unchanged.
    """
    tokens = [_TOKEN.findall(t) for t in texts]
    words = [[i for i, tok in enumerate(toks) if not tok.isspace()] for toks in tokens]
    keys = [
        [toks[i].casefold().translate(_FOLD) for i in idx]
        for toks, idx in zip(tokens, words, strict=True)
    ]
    out: list[list[Segment]] = []
    for n, toks in enumerate(tokens):
        flags = [False] * len(toks)
        for m in range(len(texts)):
            if m != n:
                for w in _changed_words(keys[n], keys[m]):
                    flags[words[n][w]] = True
        # Mark the space between two marked words too, so "new law" is one highlight.
        for i in range(1, len(toks) - 1):
            if toks[i].isspace() and flags[i - 1] and flags[i + 1]:
                flags[i] = True
        segments: list[Segment] = []
        for tok, flag in zip(toks, flags, strict=True):
            if segments and segments[-1][1] == flag:
                segments[-1] = (segments[-1][0] + tok, flag)
            else:
                segments.append((tok, flag))
        out.append(segments)
    return out


# ---------------------------------------------------------------- marks from the finding

# A value followed by the outlets that give it: "€50,000 (alps-wire)", "12% (a, b)".
_VALUE_BEFORE_SOURCES = re.compile(r"([^():;]+?) \(([\w.\-]+(?:, [\w.\-]+)*)\)")
_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”")
_SEPARATORS = re.compile(r".*(?:\bvs\.? |\band |: |; |, )", re.S)
_FIGURE = re.compile(r"[A-Z]{0,3}[$€£¥₹]?\d[\d,.]*\d?%?")
# Details that hold a fact's own words, by the kinds that write them.
_WORD_DETAILS = ("names", "speakers")

Targets = dict[str | None, list[str]]  # source id (None: every source) -> what to mark


def _strings(value: Detail) -> list[str]:
    if isinstance(value, tuple):
        return [str(v) for v in value]
    return [] if value is None else [str(value)]


def _quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]


def _values(text: str, sources: set[str], into: Targets) -> None:
    """The values a text gives before the outlets that give them, and their figures, for
    those outlets' claims: "€50,000 (alps-wire) vs £43,600 (rhine-post)"."""
    for m in _VALUE_BEFORE_SOURCES.finditer(text):
        given_by = m.group(2).split(", ")
        if not set(given_by) <= sources:
            continue
        value = _SEPARATORS.sub("", m.group(1)).strip()
        value = (_quoted(value) or [value])[0]
        if value:
            for source in given_by:
                into.setdefault(source, []).extend([value, *_FIGURE.findall(value)])


def targets(finding: Finding) -> Targets | None:
    """What to mark in the finding's claims, by source; None: compare the wording."""
    details = dict(finding.details)
    sources = {c.source for c in finding.claims}
    found: Targets = {}
    anywhere = found.setdefault(None, [])
    if finding.kind == "entity-list" and "camps" in details:
        shared = {s.casefold() for s in _strings(details.get("shared"))}
        anywhere += [
            name.strip()
            for camp in _strings(details["camps"])
            for name in camp.split(" name ", 1)[-1].split(", ")
            if name.strip().casefold() not in shared
        ]
    elif finding.kind == "single-source" and "facts" in details:
        for fact in _strings(details["facts"]):
            quoted = _quoted(fact)
            if quoted:  # quotation "first words...": mark the words the article has
                anywhere += [q.removesuffix("...") for q in quoted]
            else:
                anywhere.append(re.sub(r"^(named person|date) ", "", fact))
    elif finding.kind == "quote-wording":
        for change in _strings(details.get("changes")):
            _values(change, sources, found)
    else:
        _values(finding.message, sources, found)
        anywhere += _quoted(_VALUE_BEFORE_SOURCES.sub("", finding.message))
        for key in _WORD_DETAILS:
            anywhere += _strings(details.get(key))
        for camp in _strings(details.get("camps")):
            anywhere += _quoted(camp)
    cleaned = {
        key: sorted({v.strip() for v in values if len(v.strip()) > 1}, key=lambda v: (-len(v), v))
        for key, values in found.items()
    }
    return cleaned if any(cleaned.values()) else None


def mark(text: str, phrases: Sequence[str]) -> list[Segment]:
    """Segments of `text` with each occurrence of a phrase marked (longest first, whole
    words, case and quote style ignored). Joining the segments gives the text back."""
    folded = text.translate(_FOLD)
    taken = [False] * len(text)
    for phrase in phrases:
        pattern = re.compile(
            r"(?<![\w$€£¥₹])" + re.escape(phrase.translate(_FOLD)) + r"(?![\w%])", re.I
        )
        for m in pattern.finditer(folded):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    segments: list[Segment] = []
    for ch, flag in zip(text, taken, strict=True):
        if segments and segments[-1][1] == flag:
            segments[-1] = (segments[-1][0] + ch, flag)
        else:
            segments.append((ch, flag))
    return segments


def highlight(finding: Finding, claims: Sequence[ClaimRef]) -> list[list[Segment]]:
    """Each claim's segments, marked with what differs (see the module's docstring)."""
    found = targets(finding)
    if found is None:
        return word_diff([c.text for c in claims])
    return [mark(c.text, [*found.get(c.source, ()), *found.get(None, ())]) for c in claims]
