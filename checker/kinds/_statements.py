"""Statements: which quotations of a story are one statement and which are two, shared by
quote-wording and attribution (a speaker who says two like sentences is not misquoted when
outlets quote one each)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from checker.kinds._quotes import QuotePair, judge, long_quote_pairs, quote_words
from checker.kinds.base import Context
from checker.lexicon import stopwords
from checker.records import Claim, Quote
from checker.stems import stem

# quote-wording's defaults (rules/quote-wording.yaml), for the kinds that do not set them
MAX_EDGE = 3  # words: an edit at the edge of two closed quotations
ELISION = 6  # words: a clause left out, not a misquote


Node = tuple[str, int]  # a quotation: its article, where it starts


class Statements:
    """Which quotations are one statement and which are two. A speaker who says two like
    sentences ("consistent with the catastrophic loss of the pressure chamber", "a catastrophic
    implosion of the vessel") is quoted as two statements; an outlet that quotes both, in
    sentences apart and from one speaker, shows they are two. So the quotations that agree
    with one of them (the same words, or fewer) are no misquote of the quotations that agree
    with the other, and a third outlet's words that differ from both are measured against the
    nearer one only."""

    def __init__(
        self,
        pairs: Sequence[QuotePair],
        max_edge: int,
        elision: int,
        outlets: Callable[[Claim], frozenset[str]],
    ) -> None:
        self.outlets = outlets  # every outlet that writes a claim in these words
        self.agree: dict[Node, set[Node]] = {}
        self.quote: dict[Node, tuple[Claim, Quote]] = {}
        self.wrong: dict[Node, list[tuple[Node, int]]] = {}
        for pair in pairs:
            na, nb = node(pair.a, pair.qa), node(pair.b, pair.qb)
            self.quote[na], self.quote[nb] = (pair.a, pair.qa), (pair.b, pair.qb)
            self.agree.setdefault(na, {na})
            self.agree.setdefault(nb, {nb})
            misquoting, _ = judge(pair.changes, pair.edges, max_edge, elision)
            if misquoting:
                near = _closeness(pair)
                self.wrong.setdefault(na, []).append((nb, near))
                self.wrong.setdefault(nb, []).append((na, near))
            else:
                self.agree[na].add(nb)
                self.agree[nb].add(na)

    def two(self, x: Node, y: Node) -> bool:
        """One outlet quotes the one speaker saying both: a quotation agreeing with `x` and
        another agreeing with `y`, in different sentences."""
        for cx in self.agree.get(x, {x}):
            for cy in self.agree.get(y, {y}):
                if cx == cy or cx not in self.quote or cy not in self.quote:
                    continue  # prose: no quotation of a speaker
                (claim_x, qx), (claim_y, qy) = self.quote[cx], self.quote[cy]
                if not _one_speaker(qx, qy):
                    continue
                if cx[0] == cy[0]:  # one article: in sentences apart
                    if claim_x.sentence != claim_y.sentence:
                        return True
                elif self.outlets(claim_x) & self.outlets(claim_y):
                    return True  # an outlet that copies both quotations word for word
        return False

    def same(self, pair: QuotePair) -> bool:
        """The two quotations may be one statement: not two an outlet tells apart, and
        neither nearer to a statement an outlet tells apart from the other."""
        na, nb = node(pair.a, pair.qa), node(pair.b, pair.qb)
        if self.two(na, nb):
            return False
        for mine, other in ((na, nb), (nb, na)):
            near = dict(self.wrong.get(mine, ())).get(other, 0)
            if any(
                closer > near and self.two(other, third)
                for third, closer in self.wrong.get(mine, ())
            ):
                return False
        return True

    def alike(self, quotation: Node) -> set[Node]:
        """The quotations that agree with this one, itself included."""
        return self.agree.get(quotation, {quotation})


def node(claim: Claim, quote: Quote) -> Node:
    """A quotation as the statements know it."""
    return (claim.source, quote.start)


def _one_speaker(qa: Quote, qb: Quote) -> bool:
    """Both quotations are given to one named speaker ("John Mauger", "Mauger")."""
    wa = set(re.findall(r"\w+", (qa.speaker or "").lower()))
    wb = set(re.findall(r"\w+", (qb.speaker or "").lower()))
    return bool(wa and wb and (wa <= wb or wb <= wa))


def _closeness(pair: QuotePair) -> int:
    """How near two quotations are: the content words they share, by stem (an alignment's
    length would count a "The" both open with)."""
    stop = stopwords()

    def content(q: Quote) -> set[str]:
        return {stem(w.norm) for w in quote_words(q) if w.norm not in stop}

    return len(content(pair.qa) & content(pair.qb))


def statements(
    ctx: Context, min_words: int, min_score: float, max_edge: int = MAX_EDGE, elision: int = ELISION
) -> Statements:
    """The story's statements among its long quotations, computed once (several kinds ask)."""
    return ctx.once(
        ("statements", min_words, min_score, max_edge, elision),
        lambda: Statements(
            long_quote_pairs(ctx, min_words, min_score), max_edge, elision, ctx.outlets
        ),
    )
