"""`checker eval`: score a report against a gold file (shared/gold/FORMAT.md)."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Scores:
    recall: dict[str, float]
    verdict_accuracy: float
    conflict_precision: float
    single_source_recall: float
    matched: dict[str, str]  # gold id -> finding id
    wrong_verdict: dict[str, str]  # gold id -> the verdict given
    misses: tuple[str, ...]
    false_alarms: tuple[Finding, ...]
    single_misses: tuple[str, ...]


def score(report: Report, gold: Gold) -> Scores:
    matched: dict[str, str] = {}
    wrong: dict[str, str] = {}
    correct = 0
    for item in gold.discrepancies:
        candidates = [
            (f, _matched_sources(f, item))
            for f in report.findings
            if f.verdict is not Verdict.SINGLE_SOURCE
        ]
        candidates = [(f, n) for f, n in candidates if n >= 2]
        if not candidates:
            continue
        best, _ = max(
            candidates,
            key=lambda t: (t[1], t[0].kind == item.kind, t[0].verdict.value == item.verdict),
        )
        matched[item.id] = best.id
        if best.verdict.value == item.verdict:
            correct += 1
        else:
            wrong[item.id] = best.verdict.value
    recall = {}
    for tier in TIERS:
        tier_items = [i for i in gold.discrepancies if i.tier == tier]
        if tier_items:
            recall[tier] = sum(1 for i in tier_items if i.id in matched) / len(tier_items)
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    gold_conflicts = [i for i in gold.discrepancies if i.verdict == "conflict"]
    true_conflicts = [
        f for f in conflicts if any(_matched_sources(f, i) >= 2 for i in gold_conflicts)
    ]
    singles = [f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE]
    single_hits = [s for s in gold.singles if any(_cites(f, s.source, s.evidence) for f in singles)]
    return Scores(
        recall=recall,
        verdict_accuracy=correct / len(matched) if matched else 0.0,
        conflict_precision=len(true_conflicts) / len(conflicts) if conflicts else 1.0,
        single_source_recall=len(single_hits) / len(gold.singles) if gold.singles else 1.0,
        matched=matched,
        wrong_verdict=wrong,
        misses=tuple(i.id for i in gold.discrepancies if i.id not in matched),
        false_alarms=tuple(f for f in conflicts if f not in true_conflicts),
        single_misses=tuple(s.id for s in gold.singles if s not in single_hits),
    )


def render_scores(s: Scores, fmt: str) -> str:
    if fmt == "json":
        doc = {
            "recall": s.recall,
            "verdict_accuracy": s.verdict_accuracy,
            "conflict_precision": s.conflict_precision,
            "single_source_recall": s.single_source_recall,
            "matched": s.matched,
            "wrong_verdict": s.wrong_verdict,
            "misses": list(s.misses),
            "false_alarms": [
                {"id": f.id, "rule": f.rule, "message": f.message} for f in s.false_alarms
            ],
            "single_source_misses": list(s.single_misses),
        }
        return json.dumps(doc, indent=2, sort_keys=True) + "\n"
    from tabulate import tabulate

    rows = [(f"{tier} recall", f"{v:.2f}") for tier, v in s.recall.items()]
    rows += [
        ("verdict accuracy", f"{s.verdict_accuracy:.2f}"),
        ("conflict precision", f"{s.conflict_precision:.2f}"),
        ("single-source recall", f"{s.single_source_recall:.2f}"),
    ]
    out = [tabulate(rows, headers=("measure", "score"), tablefmt="simple"), ""]
    if s.wrong_verdict:
        out.append(
            "Matched with another verdict: "
            + ", ".join(f"{k} ({v})" for k, v in sorted(s.wrong_verdict.items()))
        )
    out.append("Missed: " + (", ".join(s.misses) or "none"))
    out.append("Single-source missed: " + (", ".join(s.single_misses) or "none"))
    out.append(
        f"False alarms ({len(s.false_alarms)}): conflicts matching no gold item; read them, the gold may lack them"
    )
    out += [f"  {f.id} {f.rule}: {f.message}" for f in s.false_alarms]
    return "\n".join(out) + "\n"
