"""sources.csv: the story's manifest (source id, file, outlet, url, published, language)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.errors import CheckerError
from checker.ingest.boundary import inside
from checker.ingest.capture import parse_date
from checker.ingest.decoding import decode, read_bytes

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
MANIFEST = "sources.csv"
SUFFIX_LIST = ", ".join(ARTICLE_SUFFIXES)


def join(folder: str, name: str) -> str:
    return name if folder in ("", ".") else f"{folder.rstrip('/')}/{name}"


@dataclass(frozen=True)
class Row:
    line: int
    source: str
    file: str
    outlet: str
    url: str
    published: date | None
    language: str


def read_manifest(path: Path, where: str) -> list[Row]:
    text, _ = decode(read_bytes(path, where), where)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    # Spreadsheets in many locales save "CSV" with semicolons; a header tells which it is.
    delimiter = next((d for d in ",;\t" if d in first), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[Row] = []
    first_line: dict[str, int] = {}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip().lower() for c in cells]
                if "source" not in header:
                    raise CheckerError(
                        f"{where}:{line}",
                        f"missing the 'source' column (header is: {','.join(header)})",
                    )
                continue
            if len(cells) != len(header):
                raise CheckerError(
                    f"{where}:{line}",
                    f"expected {len(header)} fields ({','.join(header)}), found {len(cells)}",
                )
            row = dict(zip(header, (c.strip() for c in cells), strict=True))
            source = row["source"]
            if not source:
                raise CheckerError(f"{where}:{line}", "empty source id")
            if source in first_line:
                raise CheckerError(
                    f"{where}:{line}",
                    f"duplicate source id '{source}' (already on line {first_line[source]})",
                )
            first_line[source] = line
            published = row.get("published", "")
            rows.append(
                Row(
                    line=line,
                    source=source,
                    file=row.get("file", ""),
                    outlet=row.get("outlet", ""),
                    url=row.get("url", ""),
                    published=parse_date(published, f"{where}:{line}", "published")
                    if published
                    else None,
                    language=row.get("language", ""),
                )
            )
    except csv.Error as err:
        raise CheckerError(f"{where}:{reader.line_num}", f"malformed CSV: {err}") from None
    if header is None:
        raise CheckerError(
            where, "empty file: expected a header line 'source,outlet,url,published,language'"
        )
    return rows


def match_files(folder: Path, shown: str, files: list[Path], rows: list[Row]) -> dict[str, Path]:
    """Source id -> article file: rows first (by `file` column or file stem), then the rest."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    owner: dict[Path, str] = {}
    chosen: dict[str, Path] = {}
    csv_where = join(shown, MANIFEST)
    root = folder.resolve()
    resolved = {f.resolve(): f for f in files}
    for row in rows:
        where = f"{csv_where}:{row.line}"
        if row.file:
            path = folder / row.file
            if not path.exists() and not path.is_symlink():
                raise CheckerError(where, f"file '{row.file}' does not exist")
            real = inside(root, path, where, row.file)
            if not real.is_file():
                raise CheckerError(where, f"'{row.file}' is not a file")
            # The same file as listed in the folder, so it is owned once whichever way it is named.
            path = resolved.get(real, path)
            candidates = [path]
        else:
            candidates = by_stem.get(row.source) or [f for f in files if f.name == row.source]
        if not candidates:
            raise CheckerError(
                where,
                f"no article file for source '{row.source}' "
                f"(looked for {row.source} with {SUFFIX_LIST})",
            )
        if len(candidates) > 1:
            names = ", ".join(sorted(c.name for c in candidates))
            raise CheckerError(
                where,
                f"source '{row.source}' matches several files ({names}); "
                "add a 'file' column to say which",
            )
        path = candidates[0]
        if path in owner:
            raise CheckerError(
                where, f"file '{path.name}' already belongs to source '{owner[path]}'"
            )
        owner[path] = row.source
        chosen[row.source] = path
    for stem, paths in sorted(by_stem.items()):
        rest = [p for p in paths if p not in owner]
        if not rest:
            continue
        if stem in chosen or len(rest) > 1:
            clash = {p.name for p in rest} | ({chosen[stem].name} if stem in chosen else set())
            raise CheckerError(shown, f"duplicate source id '{stem}': {', '.join(sorted(clash))}")
        chosen[stem] = rest[0]
    return chosen
