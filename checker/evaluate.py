"""`checker eval`: score reports against gold files (shared/gold/FORMAT.md), one story or many.

Scores keep their counts, so several stories pool into one figure (micro-averaged: every gold
item and every reported conflict weighs the same, whichever story it is in).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import CheckerError
from checker.records import Finding, Report, Verdict

VERDICTS = ("conflict", "consistent", "not-comparable")
TIERS = ("core", "subtle")


@dataclass(frozen=True)
class GoldItem:
    id: str
    kind: str
    verdict: str
    tier: str
    evidence: tuple[tuple[str, str], ...]  # (source, phrase)


@dataclass(frozen=True)
class GoldSingle:
    id: str
    source: str
    evidence: str


@dataclass(frozen=True)
class Gold:
    story: str
    discrepancies: tuple[GoldItem, ...]
    singles: tuple[GoldSingle, ...]


def load_gold(path: Path) -> Gold:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckerError(path, "gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError(path, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CheckerError(path, f"invalid TOML: {exc}") from None
    items = []
    for i, d in enumerate(raw.get("discrepancy", [])):
        where = f"{path}: discrepancy[{i}]"
        missing = [k for k in ("id", "kind", "verdict", "tier", "evidence") if k not in d]
        if missing:
            raise CheckerError(where, f"missing {', '.join(missing)}")
        if d["verdict"] not in VERDICTS or d["tier"] not in TIERS:
            raise CheckerError(where, f"verdict must be one of {VERDICTS}, tier one of {TIERS}")
        if not isinstance(d["evidence"], dict) or len(d["evidence"]) < 2:
            raise CheckerError(where, "evidence maps at least two sources to a phrase")
        items.append(
            GoldItem(
                d["id"],
                d["kind"],
                d["verdict"],
                d["tier"],
                tuple(sorted((str(k), str(v)) for k, v in d["evidence"].items())),
            )
        )
    singles = []
    for i, s in enumerate(raw.get("single_source", [])):
        if not all(k in s for k in ("id", "source", "evidence")):
            raise CheckerError(f"{path}: single_source[{i}]", "needs id, source and evidence")
        singles.append(GoldSingle(s["id"], s["source"], s["evidence"]))
    if not items and not singles:
        raise CheckerError(path, "no [[discrepancy]] or [[single_source]] entries")
    return Gold(str(raw.get("story", "")), tuple(items), tuple(singles))


def fold(text: str) -> str:
    """Case, curly/straight quotes, dashes and runs of white space compare as equal."""
    text = text.casefold().translate(str.maketrans("‘’‚‛“”„‟–—‒―−", "''''\"\"\"\"-----"))
    return re.sub(r"\s+", " ", text)


def _cites(f: Finding, source: str, phrase: str) -> bool:
    p = fold(phrase)
    return any(c.source == source and p in fold(c.text) for c in f.claims)


def _matched_sources(f: Finding, item: GoldItem) -> int:
    return sum(1 for src, phrase in item.evidence if _cites(f, src, phrase))


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def figures(text: str) -> set[str]:
    """The figures written in a text, without separators: "4,000" and "4000" are one."""
    return {re.sub(r"[,.]", "", m.group(0)).lstrip("0") or "0" for m in _FIGURE.finditer(text)}


def names_figures(f: Finding, item: GoldItem) -> bool:
    """Strict matching (FORMAT.md): where two or more evidence phrases carry figures, the
    finding's message or details name a figure from at least two of them."""
    carrying = [figures(phrase) for _, phrase in item.evidence if figures(phrase)]
    if len(carrying) < 2:
        return True
    said = figures(f.message + " " + " ".join(str(v) for _, v in f.details))
    return sum(1 for fs in carrying if fs & said) >= 2


@dataclass(frozen=True)
class Match:
    """A gold item and the finding that matched it best."""

    item: GoldItem
    finding: Finding
    strict: bool  # names the figures of the evidence, not other figures of the sentences


@dataclass(frozen=True)
class Scores:
    """One story's (or a pool's) scores, with the counts they come from."""

    story: str
    items: tuple[GoldItem, ...]
    matches: tuple[Match, ...]
    conflicts: int  # findings with verdict conflict
    false_alarms: tuple[Finding, ...]  # conflicts that match no gold conflict
    singles: int
    single_misses: tuple[str, ...]
    parts: tuple[Scores, ...] = field(default=(), compare=False)  # the stories of a pool

    def _tier(self, tier: str, strict: bool = False) -> tuple[int, int]:
        wanted = [i for i in self.items if i.tier == tier]
        hit = {m.item.id for m in self.matches if m.item.tier == tier and (m.strict or not strict)}
        return len(hit), len(wanted)

    @property
    def recall(self) -> dict[str, float]:
        out = {}
        for tier in TIERS:
            hit, total = self._tier(tier)
            if total:
                out[tier] = hit / total
        return out

    @property
    def strict_recall(self) -> dict[str, float]:
        out = {}
        for tier in TIERS:
            hit, total = self._tier(tier, strict=True)
            if total:
                out[tier] = hit / total
        return out

    @property
    def verdict_accuracy(self) -> float:
        right = sum(1 for m in self.matches if m.finding.verdict.value == m.item.verdict)
        return right / len(self.matches) if self.matches else 0.0

    @property
    def conflict_precision(self) -> float:
        if not self.conflicts:
            return 1.0
        return (self.conflicts - len(self.false_alarms)) / self.conflicts

    @property
    def single_source_recall(self) -> float:
        return (self.singles - len(self.single_misses)) / self.singles if self.singles else 1.0

    @property
    def matched(self) -> dict[str, str]:
        return {m.item.id: m.finding.id for m in self.matches}

    @property
    def wrong_verdict(self) -> dict[str, str]:
        return {
            m.item.id: m.finding.verdict.value
            for m in self.matches
            if m.finding.verdict.value != m.item.verdict
        }

    @property
    def misses(self) -> tuple[str, ...]:
        hit = {m.item.id for m in self.matches}
        return tuple(i.id for i in self.items if i.id not in hit)

    def false_alarms_by_rule(self) -> dict[str, int]:
        return dict(sorted(Counter(f.rule for f in self.false_alarms).items()))

    def misses_by_kind(self) -> dict[str, int]:
        hit = {m.item.id for m in self.matches}
        return dict(sorted(Counter(i.kind for i in self.items if i.id not in hit).items()))


# Kinds of findings that FORMAT.md's kinds name otherwise: a timeline sets out the figures of
# one measure over time, which the gold annotates as `number` items (snapshots).
GOLD_KIND = {"timeline": "number"}


def score(report: Report, gold: Gold) -> Scores:
    matches = []
    for item in gold.discrepancies:
        candidates = [
            (f, n)
            for f in report.findings
            if f.verdict is not Verdict.SINGLE_SOURCE and (n := _matched_sources(f, item)) >= 2
        ]
        if not candidates:
            continue
        best, _ = max(
            candidates,
            key=lambda t: (
                t[1],
                GOLD_KIND.get(t[0].kind, t[0].kind) == item.kind,
                t[0].verdict.value == item.verdict,
                names_figures(t[0], item),
            ),
        )
        matches.append(Match(item, best, names_figures(best, item)))
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    gold_conflicts = [i for i in gold.discrepancies if i.verdict == "conflict"]
    false_alarms = tuple(
        f for f in conflicts if not any(_matched_sources(f, i) >= 2 for i in gold_conflicts)
    )
    singles = [f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE]
    single_misses = tuple(
        s.id for s in gold.singles if not any(_cites(f, s.source, s.evidence) for f in singles)
    )
    return Scores(
        story=gold.story or report.story,
        items=gold.discrepancies,
        matches=tuple(matches),
        conflicts=len(conflicts),
        false_alarms=false_alarms,
        singles=len(gold.singles),
        single_misses=single_misses,
    )


def pool(parts: Sequence[Scores]) -> Scores:
    """Several stories' scores as one: counts added up."""
    return Scores(
        story="pooled",
        items=tuple(i for p in parts for i in p.items),
        matches=tuple(m for p in parts for m in p.matches),
        conflicts=sum(p.conflicts for p in parts),
        false_alarms=tuple(f for p in parts for f in p.false_alarms),
        singles=sum(p.singles for p in parts),
        single_misses=tuple(s for p in parts for s in p.single_misses),
        parts=tuple(parts),
    )


def _figures_row(s: Scores) -> dict[str, float | None]:
    return {
        "core_recall": s.recall.get("core"),
        "core_recall_strict": s.strict_recall.get("core"),
        "subtle_recall": s.recall.get("subtle"),
        "verdict_accuracy": s.verdict_accuracy,
        "conflict_precision": s.conflict_precision,
        "single_source_recall": s.single_source_recall,
    }


def _story_doc(s: Scores) -> dict[str, object]:
    return {
        "story": s.story,
        **_figures_row(s),
        # the shape one-story callers have read since the first version
        "recall": s.recall,
        "matched": s.matched,
        "wrong_verdict": s.wrong_verdict,
        "misses": list(s.misses),
        "matches": [
            {
                "gold": m.item.id,
                "finding": m.finding.id,
                "verdict": m.finding.verdict.value,
                "gold_verdict": m.item.verdict,
                "strict": m.strict,
                "compared": m.finding.message,
            }
            for m in s.matches
        ],
        "false_alarms": [
            {"id": f.id, "rule": f.rule, "message": f.message} for f in s.false_alarms
        ],
        "false_alarms_by_rule": s.false_alarms_by_rule(),
        "misses_by_kind": s.misses_by_kind(),
        "single_source_misses": list(s.single_misses),
    }


def render_scores(s: Scores, fmt: str) -> str:
    """One story's scores, or a pool's (per story, pooled, then the details per story)."""
    stories = s.parts or (s,)
    if fmt == "json":
        doc = _story_doc(s)
        if s.parts:
            doc["stories"] = [_story_doc(p) for p in s.parts]
        return json.dumps(doc, indent=2, sort_keys=True) + "\n"
    from tabulate import tabulate

    def cell(v: float | None) -> str:
        return "-" if v is None else f"{v:.2f}"

    headers = ("story", "core", "strict", "subtle", "verdict", "precision", "single", "FA")
    rows = [
        (p.story, *(cell(v) for v in _figures_row(p).values()), len(p.false_alarms))
        for p in stories
    ]
    if s.parts:
        rows.append(("POOLED", *(cell(v) for v in _figures_row(s).values()), len(s.false_alarms)))
    out = [
        tabulate(rows, headers=headers, tablefmt="simple"),
        "",
        "core/strict/subtle: recall per tier (strict: the finding names the evidence's figures);"
        " verdict: verdict accuracy; precision: conflict precision; single: single-source"
        " recall; FA: false alarms",
    ]
    if s.false_alarms:
        by_rule = ", ".join(f"{r} {n}" for r, n in s.false_alarms_by_rule().items())
        out.append(f"False alarms by rule: {by_rule}")
    if s.misses:
        out.append(
            "Misses by kind: " + ", ".join(f"{k} {n}" for k, n in s.misses_by_kind().items())
        )
    for p in stories:
        out += ["", f"== {p.story}"]
        for m in p.matches:
            flags = [] if m.finding.verdict.value == m.item.verdict else [m.finding.verdict.value]
            flags += [] if m.strict else ["not strict"]
            mark = f" [{'; '.join(flags)}]" if flags else ""
            out.append(f"  matched {m.item.id}{mark}: {m.finding.rule}: {m.finding.message}")
        out += [f"  missed {i}" for i in p.misses]
        out += [f"  single-source missed {i}" for i in p.single_misses]
        out += [f"  false alarm {f.id} {f.rule}: {f.message}" for f in p.false_alarms]
    return "\n".join(out) + "\n"
