"""What a rule kind receives and returns: the interface every kind implements.

It lives below the compare stage, which only loads and runs kinds (STYLE.md, 13). A kind is a
module in checker/kinds/ with
- `FIELDS`: the fields its message template may use;
- `PARAMS`: its parameters and their defaults (the rule pack builds each rule's typed
  parameters from them once, `Rule.options`);
- `run(ctx, rule) -> list[Finding]`: its findings on one story.

`Context` is what every kind receives: the distinct claims, the sources (for dates), the
outlets behind each claim, the story's facts and name registry, and the story's one
alignment (checker/align.py) with the facts paired on it (checker/pairing.py), which every
kind queries rather than pairing claims itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from checker import pairing
from checker.align import WORDED_ALIKE, Alignment, Pair
from checker.facts import Fact
from checker.families import NONE as NO_FAMILIES
from checker.families import Families
from checker.pairing import MATCHABLE, FactBar, FactPair, similar_size
from checker.records import Claim, ClaimRef, Cluster, Finding, Source, Verdict
from checker.registry import NameRegistry

__all__ = [
    "MATCHABLE",
    "WORDED_ALIKE",
    "Context",
    "Example",
    "FactBar",
    "FactPair",
    "Kind",
    "Pair",
    "Rule",
    "claim_ref",
    "confidence_of",
    "finding",
    "similar_size",
]


@dataclass(frozen=True)
class Example:
    """A small story the rule must (expect = a verdict) or must not (expect = none) fire on."""

    expect: str
    articles: tuple[tuple[str, str], ...]  # (source id, text)
    published: date | None = None
    note: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    severity: str
    message: str
    description: str
    rationale: str = ""
    params: tuple[tuple[str, Any], ...] = ()
    examples: tuple[Example, ...] = field(default=(), compare=False)
    path: str = ""
    options: Any = field(default=None, compare=False)  # the kind's typed parameters

    def param(self, name: str, default: Any) -> Any:
        # The kind's fields only: the record is a tuple, whose methods are no parameters.
        if self.options is not None and name in self.options._fields:
            return getattr(self.options, name)
        return dict(self.params).get(name, default)

    def render(self, **values: Any) -> str:
        return self.message.format_map(values)


class Kind(Protocol):
    """What compare needs of a rule kind (each module of checker/kinds/ is one)."""

    FIELDS: tuple[str, ...]
    PARAMS: dict[str, Any]

    def run(self, ctx: Context, rule: Rule) -> list[Finding]: ...


@dataclass
class Context:
    """What every kind receives for one story."""

    alignment: Alignment
    sources: dict[str, Source]
    headings: Sequence[Claim] = ()  # headlines, read for names only (see checker/registry.py)
    families: Families = NO_FAMILIES  # outlets running copies of one story (checker/families.py)
    # what a helper computes once per story for several kinds (quotation pairs, article days)
    shared: dict[tuple, Any] = field(default_factory=dict)
    _by_source: dict[str, list[Claim]] = field(default_factory=dict)
    _names: NameRegistry | None = None

    @property
    def claims(self) -> Sequence[Claim]:
        """The distinct claims: what the rules compare."""
        return self.alignment.claims

    @property
    def every(self) -> Sequence[Claim]:
        """All claims of the story, wire copies included."""
        return self.alignment.every

    @property
    def members(self) -> dict[str, tuple[Claim, ...]]:
        return self.alignment.members

    @property
    def facts(self) -> dict[str, tuple[Fact, ...]]:
        return self.alignment.facts

    @property
    def clusters(self) -> Sequence[Cluster]:
        return self.alignment.clusters

    def outlets(self, claim: Claim) -> frozenset[str]:
        """Every outlet that makes this claim in these words."""
        return self.alignment.outlets(claim)

    def claims_in(self, source: str) -> list[Claim]:
        """All claims of one outlet, in article order."""
        if not self._by_source:
            for c in self.every:
                self._by_source.setdefault(c.source, []).append(c)
        return self._by_source.get(source, [])

    def sources_of(self, claims: Iterable[Claim]) -> str:
        """The outlets behind some claims, sorted and comma-separated, for messages."""
        return ", ".join(sorted({s for c in claims for s in self.outlets(c)}))

    def names(self) -> NameRegistry:
        """The story's registry of names, built once for every kind that asks."""
        if self._names is None:
            self._names = NameRegistry(self.every, self.headings)
        return self._names

    def worded_apart(self, a: Claim, b: Claim) -> bool:
        """See Alignment.worded_apart."""
        return self.alignment.worded_apart(a, b)

    def published(self, source: str) -> date | None:
        return self.sources[source].published

    def once(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """`compute()` the first time any kind asks for `key` on this story, then its result."""
        if key not in self.shared:
            self.shared[key] = compute()
        return self.shared[key]

    # The alignment's pairings, as every kind asks for them.

    def counterparts(
        self, slot: str, has_slot: Callable[[Claim], bool], threshold: float, **kw: Any
    ) -> list[Pair]:
        return self.alignment.counterparts(slot, has_slot, threshold, **kw)

    def mutual_best(
        self, name: str, group_of: Callable[[Claim], str], threshold: float, **kw: Any
    ) -> list[Pair]:
        return self.alignment.mutual_best(name, group_of, threshold, **kw)

    def fact_pairs(self, keep: Callable[[Fact], bool], bar: FactBar) -> list[FactPair]:
        # once per story for each (keep, bar), as the alignment kept its other pairings
        key = ("fact pairs", keep, bar)
        return self.once(
            key, lambda: pairing.fact_pairs(self.alignment, keep, bar, self.first_day())
        )

    def first_day(self) -> date | None:
        """The earliest day an outlet of the story is dated by its own page."""
        days = [
            s.published
            for s in self.sources.values()
            if s.published and not s.date_basis.startswith(("borrowed", "unknown"))
        ]
        return min(days) if days else None


def claim_ref(claim: Claim) -> ClaimRef:
    return ClaimRef(source=claim.source, text=claim.text, start=claim.start, end=claim.end)


def finding(
    rule: Rule,
    verdict: Verdict,
    claims: Iterable[Claim],
    details: dict[str, object] | None = None,
    *,
    confidence: float = 0.5,
    **fields: object,
) -> Finding:
    """A finding of `rule`; `confidence`, 0..1, says how much of what it compares was
    positively matched (see `confidence_of`)."""
    refs = {(c.source, c.start, c.end): claim_ref(c) for c in claims}
    return Finding(
        id="",
        rule=rule.id,
        kind=rule.kind,
        verdict=verdict,
        severity=rule.severity if verdict is not Verdict.CONSISTENT else "info",
        message=rule.render(**fields),
        claims=tuple(refs[k] for k in sorted(refs)),
        details=tuple(sorted((k, _detail(v)) for k, v in (details or {}).items())),
        confidence=round(min(1.0, max(0.0, confidence)), 2),
    )


def confidence_of(matched: int, of: int) -> float:
    """A finding's confidence from how many of the referents it rests on were positively
    matched: a floor for the text alignment alone, the rest shared among the referents."""
    return 0.35 + 0.6 * min(matched, of) / of if of else 0.35


def _detail(value: object):
    if isinstance(value, list | set | frozenset | tuple):
        return tuple(str(v) for v in value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
