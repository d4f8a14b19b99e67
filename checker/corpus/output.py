"""A corpus run written out: index.json, one report per story, findings.parquet, an HTML index.

The folder is built beside OUTDIR and renamed into place when complete, so OUTDIR holds
either the whole previous run or the whole new one, never a mix or a half.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from checker.corpus.inputs import CorpusStory
from checker.corpus.running import Outcome
from checker.errors import CheckerError

SCHEMA = "checker.corpus/1"
INDEX = "index.json"
FINDINGS = "findings.parquet"
STORIES = "stories"


def write_corpus(
    outdir: Path,
    stories: Sequence[CorpusStory],
    outcomes: Mapping[str, Outcome],
    *,
    html_pages: bool = False,
) -> None:
    """Write the run to `outdir`, replacing a previous corpus output there (and nothing else)."""
    check_replaceable(outdir)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        (staging / STORIES).mkdir()
        entries, rows = [], []
        for item in stories:
            outcome = outcomes[item.id]
            report = json.loads(outcome.json) if outcome.ok else None
            entries.append(_entry(item, outcome, report))
            if report is None:
                continue
            (staging / STORIES / f"{item.id}.json").write_text(outcome.json, encoding="utf-8")
            rows += _rows(item.id, report)
            if html_pages:
                (staging / STORIES / f"{item.id}.html").write_text(outcome.html, encoding="utf-8")
        index = {"schema": SCHEMA, "stories": entries}
        (staging / INDEX).write_text(
            json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _write_parquet(staging / FINDINGS, rows)
        if html_pages:
            (staging / "index.html").write_text(_html_index(entries), encoding="utf-8")
        _swap(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def is_corpus_output(path: Path) -> bool:
    try:
        return json.loads((path / INDEX).read_text(encoding="utf-8")).get("schema") == SCHEMA
    except (OSError, ValueError, AttributeError):
        return False


def check_replaceable(outdir: Path) -> None:
    """CheckerError unless `outdir` is absent, empty or an earlier corpus output."""
    if outdir.exists() and not (
        is_corpus_output(outdir) or (outdir.is_dir() and not any(outdir.iterdir()))
    ):
        raise CheckerError(
            outdir, "exists and is not a corpus output (no index.json): refusing to replace it"
        )


def _swap(staging: Path, outdir: Path) -> None:
    old = None
    if outdir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old.", dir=outdir.parent))
        outdir.rename(old / "previous")
    staging.rename(outdir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _entry(item: CorpusStory, outcome: Outcome, report: dict | None) -> dict:
    entry: dict = {"id": item.id, "title": item.title}
    entry["articles"] = [
        {
            "id": m.id,
            "source": m.source,
            "outlet": m.outlet,
            "url": m.url,
            "published": m.published.isoformat() if m.published else None,
            **({} if m.checked else {"checked": False}),
        }
        for m in item.members
    ]
    if report is None:
        entry |= {"report": None, "summary": None, "error": outcome.error}
    else:
        entry |= {"report": f"{STORIES}/{item.id}.json", "summary": report["summary"]}
    return entry


def _rows(story_id: str, report: dict) -> list[dict]:
    """One row per finding: what an analyst filters and counts across the day."""
    return [
        {
            "story": story_id,
            "finding": f["id"],
            "rule": f["rule"],
            "kind": f["kind"],
            "verdict": f["verdict"],
            "severity": f["severity"],
            "state": f["state"],
            "message": f["message"],
            "sources": sorted({c["source"] for c in f["claims"]}),
            "evidence": [f"{c['source']}: {c['text']}" for c in f["claims"]],
        }
        for f in report["findings"]
    ]


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = pa.string()
    schema = pa.schema(
        [(name, text) for name in ("story", "finding", "rule", "kind", "verdict", "severity")]
        + [("state", text), ("message", text)]
        + [("sources", pa.list_(text)), ("evidence", pa.list_(text))]
    )
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def _html_index(entries: list[dict]) -> str:
    items = []
    for e in entries:
        title = html.escape(e["title"] or e["id"])
        outlets = html.escape(", ".join(sorted({a["outlet"] for a in e["articles"]})))
        if e["summary"] is None:
            what = f"<span class=error>failed: {html.escape(e['error'])}</span>"
            link = title
        else:
            s = e["summary"]
            what = f"{s['total']} findings, {s['conflict']} conflict"
            link = f'<a href="{STORIES}/{html.escape(e["id"])}.html">{title}</a>'
        items.append(f"<li>{link} <small>({outlets}; {what})</small></li>")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>checker: corpus</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:60rem;"
        "padding:0 1rem}.error{color:#a00}</style></head><body>"
        f"<h1>{len(entries)} stories</h1><ul>\n" + "\n".join(items) + "\n</ul></body></html>\n"
    )
