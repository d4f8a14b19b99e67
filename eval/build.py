#!/usr/bin/env python3
"""Rebuild the texts of a real-story set from saved page excerpts, outside the repository.

    python3 eval/build.py SET_DIR RAW_DIR OUT_DIR   write OUT_DIR/<story>/ (bodies + sources.csv)
    python3 eval/build.py hash EXCERPT.json         the body, sha256 and length a recipe records

SET_DIR holds `recipe.toml` (per article: slug, outlet, url, date, query, body_sha256, chars) and
one gold file per story (a set's `set.toml`, eval/README.md, is not one).
RAW_DIR/<story>/<slug>.json holds one JSON string: the excerpt exactly as the stored page gives
it for the recipe's query and url (the `search` tool, corpus "pages").
Each body is checked against the recipe's hash, and every gold evidence phrase must be verbatim
in its outlet's body. Prints MATCH per article; exit 1 if any article differs or is missing, or
any evidence phrase is absent. Standard library only: it runs before the project is installed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

MARKER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s*")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def body_of(excerpt: str) -> str:
    """The canonical body of a new recipe: the store's date marker dropped, runs of blank lines
    collapsed to one, leading and trailing blank space stripped, one final newline."""
    text = MARKER.sub("", excerpt, count=1)
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    return text.strip() + "\n"


def _variants(excerpt: str) -> list[str]:
    """The mechanical clean-ups older recipes (../shared/realdev*) were hashed with."""
    marker = MARKER.match(excerpt)
    starts = ([excerpt[marker.end():]] if marker else []) + [excerpt]
    seen: list[str] = []
    for s in starts:
        for base in (s, s.lstrip(), s.strip(), re.sub(r"[ \t]+\n", "\n", s)):
            for v in (base, re.sub(r"\n{3,}", "\n\n", base), re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", base)):
                if v not in seen:
                    seen.append(v)
    return seen


def matching_body(excerpt: str, want_sha: str, want_len: int) -> str | None:
    first = body_of(excerpt)
    if sha(first) == want_sha:
        return first
    variants = _variants(excerpt)
    for v in variants:
        for cand in (v, v.rstrip(), v.rstrip() + "\n"):
            if sha(cand) == want_sha:
                return cand
    for v in variants:  # trailing page chrome cut at the recipe's length
        for cut in (want_len, want_len - 1):
            for cand in (v[:cut], v[:cut] + "\n"):
                if len(cand) == want_len and sha(cand) == want_sha:
                    return cand
    return None


NOT_GOLD = {"recipe.toml", "set.toml"}


def gold_files(set_dir: Path) -> list[Path]:
    return sorted(p for p in set_dir.glob("*.toml") if p.name not in NOT_GOLD)


def evidence(gold: dict) -> list[tuple[str, str]]:
    items = [(s, ph) for d in gold.get("discrepancy", []) for s, ph in d["evidence"].items()]
    items += [(d["source"], d["evidence"]) for d in gold.get("single_source", [])]
    return items


def build(set_dir: Path, raw: Path, out: Path) -> int:
    recipe = tomllib.loads((set_dir / "recipe.toml").read_text(encoding="utf-8"))
    bad = 0
    bodies: dict[tuple[str, str], str] = {}
    for event in recipe["event"]:
        story = event["name"]
        rows = []
        for art in event["article"]:
            src = raw / story / f"{art['slug']}.json"
            if not src.exists():
                print(f"{story}/{art['slug']}: no excerpt saved at {src}")
                bad += 1
                continue
            excerpt = json.loads(src.read_text(encoding="utf-8"))
            body = matching_body(excerpt, art["body_sha256"], art["chars"])
            if body is None:
                got = body_of(excerpt)
                print(f"{story}/{art['slug']}: DIFF (got {len(got)} chars, recipe {art['chars']})")
                bad += 1
                continue
            print(f"{story}/{art['slug']}: MATCH")
            bodies[(story, art["slug"])] = body
            dst = out / story / f"{art['slug']}.txt"
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_text(body, encoding="utf-8")
            date = re.match(r"\d{4}-\d{2}-\d{2}", art.get("date", ""))
            rows.append({"source": art["slug"], "outlet": art["outlet"], "url": art["url"],
                         "published": date.group(0) if date else "", "language": "en"})
        if rows:
            with open(out / story / "sources.csv", "w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=["source", "outlet", "url", "published", "language"])
                writer.writeheader()
                writer.writerows(rows)
    missing = 0
    for path in gold_files(set_dir):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        for source, phrase in evidence(gold):
            body = bodies.get((gold["story"], source))
            if body is not None and phrase not in body:
                missing += 1
                print(f"evidence missing: {gold['story']}/{source}: {phrase!r}")
    print(f"{len(bodies)} articles match their recipe, {bad} do not; evidence phrases missing: {missing}")
    return 1 if bad or missing else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "hash":
        excerpt = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        body = body_of(excerpt)
        marker = MARKER.match(excerpt)
        print(f'body_sha256 = "{sha(body)}"\nchars = {len(body)}')
        print(f"# store date marker: {marker.group(1) if marker else 'none'}")
        return 0
    if len(argv) == 3:
        return build(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
