"""Each distinct sentence that carries a slot, parsed once per run.

A claim is a sentence or a clause of one; its sentence is parsed whole (a clause alone loses
the verb or subject it shares), and findings read tokens by the article offsets every record
already carries. Wire copies print the same sentence in several outlets: it is parsed once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from checker.records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

BATCH = 64  # sentences per batch: spaCy's throughput is flat above a few dozen


@dataclass(frozen=True)
class Parsed:
    """A sentence's parse and where the sentence starts in its article."""

    doc: Doc
    offset: int

    @cached_property
    def length(self) -> int:
        # Doc.text joins every token anew: read once, not per figure of a long sentence
        return len(self.doc.text)

    @cached_property
    def memo(self) -> dict[object, object]:
        """What readers compute once per sentence, not once per figure of a long one."""
        return {}

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering article offsets start..end (None outside the sentence)."""
        lo, hi = start - self.offset, end - self.offset
        if lo < 0 or hi > self.length or lo >= hi:
            return None
        return self.doc.char_span(lo, hi, alignment_mode="expand")

    def token_at(self, offset: int) -> Token | None:
        span = self.span(offset, offset + 1)
        return span[0] if span is not None and len(span) else None


class Parses:
    """The parses of a story, by claim id."""

    def __init__(self, by_claim: dict[str, Parsed] | None = None) -> None:
        self._by_claim = by_claim or {}

    def of(self, claim: Claim) -> Parsed | None:
        return self._by_claim.get(claim.id)

    def __len__(self) -> int:
        return len({id(p.doc) for p in self._by_claim.values()})


NONE = Parses()


def _carries_slot(claim: Claim) -> bool:
    """What the stages after the parse read off the tree: figures, dates and quotations, and
    the actor of a passive, a negation or a plan or deed (checker/actors.py)."""
    return bool(
        claim.quantities
        or claim.dates
        or claim.quotes
        or claim.passive
        or claim.negated
        or claim.modality not in ("said", "done")  # a plan: its actor meets the deed's
    )


def sentence_spans(claims: Iterable[Claim]) -> dict[tuple[str, int], tuple[int, int]]:
    """Article offsets of each (source, sentence) that has a claim with a slot: from its
    first clause's start to its last clause's end."""
    spans: dict[tuple[str, int], tuple[int, int]] = {}
    slotted: set[tuple[str, int]] = set()
    for c in claims:
        key = (c.source, c.sentence)
        lo, hi = spans.get(key, (c.start, c.end))
        spans[key] = (min(lo, c.start), max(hi, c.end))
        if _carries_slot(c):
            slotted.add(key)
    return {k: v for k, v in spans.items() if k in slotted}


def parse_claims(claims: Sequence[Claim], texts: dict[str, str]) -> Parses:
    """Parse the sentences of `claims` that carry a slot; `texts`: each source's article text
    with line breaks read as spaces (claims.flat), which every claim's offsets index."""
    from checker.claims import after_dateline
    from checker.parse.model import pipeline

    # a wire story's dateline ("CASTELMONTE (AFP) - ") is no part of its first sentence's
    # grammar: parsed with it, the city becomes the sentence's root
    spans = {
        key: (after_dateline(texts[key[0]], lo, hi), hi)
        for key, (lo, hi) in sentence_spans(claims).items()
    }
    sentence_of = {key: texts[key[0]][lo:hi] for key, (lo, hi) in spans.items()}
    distinct = sorted(set(sentence_of.values()))
    docs = dict(zip(distinct, pipeline().pipe(distinct, batch_size=BATCH), strict=True))
    by_claim = {}
    for c in claims:
        key = (c.source, c.sentence)
        if key in spans:
            by_claim[c.id] = Parsed(docs[sentence_of[key]], spans[key][0])
    return Parses(by_claim)
