"""Finding ids that survive re-runs, file order and edits elsewhere in the articles.

An id hashes what a finding *says*: its rule, its sorted source ids and the normalised text of
its claims. Nothing positional goes in (offsets, line numbers, sentence indexes, file order) and
nothing about the run (time, paths), so re-wrapping lines, changing quote styles, dashes or white
space, and adding an unrelated paragraph keep every id, while changing a number changes one.
Bump VERSION whenever the normalisation changes: old baselines then show as stale, not as wrong.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from checker.records import Finding

VERSION = "1"
# "c" first: a spreadsheet would read an id of digits (or digits around an "e") as a number.
ID_PATTERN = re.compile(r"c[0-9][0-9a-f]{10}(-[1-9][0-9]*)?")

# Numbers keep their inner separators ("8.1" is not "81"); words are runs of letters; any other
# character is a candidate symbol, kept only when it carries meaning (see _keeps).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


def _keeps(symbol: str) -> bool:
    """Currency, math and other symbols change what a claim says; punctuation does not.

    Quotes, apostrophes, dashes, brackets and sentence punctuation are all in the P* categories
    (or Sk, like the backtick and acute accent used as quotes), so they fold away.
    """
    if symbol in "%‰‱":
        return True
    category = unicodedata.category(symbol)
    return category in ("Sc", "Sm", "So") and symbol != "\u2212"  # minus sign: a dash


def normalise(text: str) -> str:
    """The claim text as the fingerprint sees it: case, quotes, dashes and white space folded.

    >>> normalise("The council’s “temporary”\\n rise — 12% on all routes.")
    'the council s temporary rise 12 % on all routes'
    """
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    return " ".join(t for t in _TOKEN.findall(text) if t[0].isalnum() or _keeps(t))


def fingerprint(finding: Finding) -> str:
    """The id without its occurrence index: "c", VERSION, then 10 hex digits of a SHA-256."""
    parts = [VERSION, finding.rule, ",".join(finding.sources)]
    parts += sorted(f"{c.source}={normalise(c.text)}" for c in finding.claims)
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"c{VERSION}{digest[:10]}"


def is_id(text: str) -> bool:
    return ID_PATTERN.fullmatch(text) is not None


def assign_ids(findings: list[Finding]) -> list[Finding]:
    """Give every finding its id, in report order; identical findings get "-1", "-2", ...

    The order among identical findings is their position in the articles, so the first one
    keeps the bare fingerprint however the files are listed.
    """
    seen: Counter[str] = Counter()
    out = []
    # Sort with the fingerprint as id, so whatever placeholder id a finding came with is ignored.
    for f in sorted((replace(f, id=fingerprint(f)) for f in findings), key=Finding.sort_key):
        n = seen[f.id]
        seen[f.id] += 1
        out.append(f if n == 0 else replace(f, id=f"{f.id}-{n}"))
    return out
