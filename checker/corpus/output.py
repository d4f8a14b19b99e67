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
from checker.ingest.feed import Rejected

SCHEMA = "checker.corpus/1"
INDEX = "index.json"
FINDINGS = "findings.parquet"
STORIES = "stories"


class CorpusWriter:
    """Writes each story's report into a staging folder as soon as it is checked, so the client
    keeps only the index and the finding rows; `commit` renames the folder into place.

    Use as a context manager: leaving it without `commit` (an error, an interrupt) removes the
    staging folder and leaves OUTDIR as it was.
    """

    def __init__(self, outdir: Path, *, html_pages: bool = False) -> None:
        check_replaceable(outdir)
        self.outdir = outdir
        self.html_pages = html_pages
        self.entries: dict[str, dict] = {}
        self.rows: dict[str, list[dict]] = {}
        self._staging: Path | None = None  # made with the first report: bad input writes nothing

    @property
    def staging(self) -> Path:
        if self._staging is None:
            self.outdir.parent.mkdir(parents=True, exist_ok=True)
            self._staging = Path(
                tempfile.mkdtemp(prefix=f".{self.outdir.name}.", dir=self.outdir.parent)
            )
            (self._staging / STORIES).mkdir()
        return self._staging

    def add(self, item: CorpusStory, outcome: Outcome) -> None:
        report = json.loads(outcome.json) if outcome.ok else None
        self.entries[item.id] = _entry(item, outcome, report)
        if report is None:
            return
        stories = self.staging / STORIES
        (stories / f"{item.id}.json").write_text(outcome.json, encoding="utf-8")
        self.rows[item.id] = _rows(item.id, report)
        if self.html_pages:
            (stories / f"{item.id}.html").write_text(outcome.html, encoding="utf-8")

    def commit(self, rejected: Sequence[Rejected] = ()) -> None:
        """Write the index (with the feed lines that were left out) and rename into place."""
        # Sorted by story id: the folder does not depend on which story finished first.
        entries = [self.entries[i] for i in sorted(self.entries)]
        index = {"schema": SCHEMA, "stories": entries, "rejected": _rejected(rejected)}
        (self.staging / INDEX).write_text(
            json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _write_parquet(
            self.staging / FINDINGS, [r for i in sorted(self.rows) for r in self.rows[i]]
        )
        if self.html_pages:
            (self.staging / "index.html").write_text(_html_index(entries), encoding="utf-8")
        _swap(self.staging, self.outdir)

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._staging is not None:  # gone already after a commit
            shutil.rmtree(self._staging, ignore_errors=True)


def write_corpus(
    outdir: Path,
    stories: Sequence[CorpusStory],
    outcomes: Mapping[str, Outcome],
    *,
    html_pages: bool = False,
    rejected: Sequence[Rejected] = (),
) -> None:
    """Write a finished run to `outdir`, replacing an earlier corpus output there (only that)."""
    with CorpusWriter(outdir, html_pages=html_pages) as writer:
        for item in stories:
            writer.add(item, outcomes[item.id])
        writer.commit(rejected)


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
            "date_basis": m.date_basis,
            **({} if m.checked else {"checked": False}),
        }
        for m in item.members
    ]
    if report is None:
        entry |= {"report": None, "summary": None, "error": outcome.error}
    else:
        entry |= {"report": f"{STORIES}/{item.id}.json", "summary": report["summary"]}
    return entry


def _rejected(rejected: Sequence[Rejected]) -> list[dict]:
    """Each feed line left out: where, its id if it had one, and why."""
    return [
        {"file": r.file, "line": r.line, "id": r.id or None, "reason": r.reason}
        for r in sorted(rejected, key=lambda r: (r.file, r.line))
    ]


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
