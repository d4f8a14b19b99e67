"""`checker claims`: every atomic claim with its slots, as a table or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from checker.records import Article, Claim


def _quantity(q) -> str:
    return f"{q.approx + ' ' if q.approx else ''}{q.text} [{q.dimension}:{q.unit}{'/' + q.currency if q.currency else ''}]"


def _date(d) -> str:
    if d.first is None:
        return f"{d.text} [unresolved]"
    span = d.first.isoformat() if d.first == d.last else f"{d.first}..{d.last}"
    return f"{d.text} [{span}]"


def claim_dict(c: Claim) -> dict:
    return {
        "id": c.id,
        "source": c.source,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "subject": c.subject,
        "entities": list(c.entities),
        "entity_lists": [list(x) for x in c.entity_lists],
        "quantities": [
            {
                "value": q.value,
                "unit": q.unit,
                "currency": q.currency,
                "approx": q.approx,
                "dimension": q.dimension,
                "text": q.text,
                "start": q.start,
                "end": q.end,
            }
            for q in c.quantities
        ],
        "dates": [
            {
                "text": d.text,
                "first": d.first.isoformat() if d.first else None,
                "last": d.last.isoformat() if d.last else None,
                "relative": d.relative,
                "basis": d.basis,
                "start": d.start,
                "end": d.end,
            }
            for d in c.dates
        ],
        "quotes": [
            {
                "words": q.words,
                "speaker": q.speaker,
                "speaker_phrase": q.speaker_phrase,
                "partial": q.partial,
                "start": q.start,
                "end": q.end,
            }
            for q in c.quotes
        ],
        "modality": c.modality,
        "negated": c.negated,
        "aspect": c.aspect,
    }


def render_claims(data: tuple[Sequence[Article], Sequence[Claim]], fmt: str) -> str:
    articles, claims = data
    if fmt == "json":
        doc = {
            "schema": "checker.claims/1",
            "sources": [
                {
                    "source": a.source.source,
                    "published": a.source.published.isoformat() if a.source.published else None,
                    "date_basis": a.source.date_basis,
                    "encoding": a.source.encoding,
                }
                for a in articles
            ],
            "claims": [claim_dict(c) for c in claims],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    from tabulate import tabulate

    rows = []
    for c in claims:
        slots = [f"subject={c.subject}"] if c.subject else []
        slots += [_quantity(q) for q in c.quantities] + [_date(d) for d in c.dates]
        slots += [
            f'quote by {q.speaker or "?"}: "{q.words[:40]}{"…" if len(q.words) > 40 else ""}"'
            for q in c.quotes
        ]
        if c.entity_lists:
            slots.append("list=" + "; ".join(", ".join(x) for x in c.entity_lists))
        mod = c.modality + (" neg" if c.negated else "") + (f" {c.aspect}" if c.aspect else "")
        text = c.text if len(c.text) <= 90 else c.text[:89] + "…"
        rows.append((c.id, text, mod, "\n".join(slots)))
    header = "\n".join(
        f"{a.source.source}: published {a.source.published or 'unknown'} ({a.source.date_basis})"
        for a in articles
    )
    table = tabulate(
        rows,
        headers=("claim", "text", "modality", "slots"),
        tablefmt="simple",
        maxcolwidths=[None, 60, 14, 50],
    )
    return f"{header}\n\n{table}\n"
