"""Benchmark section: hostile and odd inputs (issue 8), each beside a normal article.

Each case is a two-article story: a normal short article and the odd one. It runs in a fresh
interpreter with `checker.check()` after a warm-up, under a time cap, and the table says how
long it took, or which limit refused it, or that it was stopped at the cap. Compare each row
with "normal, 20 KB": the aim is no case far beyond it. Run by `python -m checker.bench`.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CAP_S = 60.0
NORMAL = (
    "The council said on Monday that 40 buses were late because of the storm, and that the "
    "repairs would cost about $2 million. A spokeswoman said the service would resume on "
    "Friday. "
)
SHORT = "The council said 45 buses were late on Monday after the storm.\n"


def _words(n_chars: int, word: str) -> str:
    return " ".join([word] * (n_chars // (len(word) + 1)))


def figure_table(n: int) -> str:
    """Results by constituency: `n` figures written with thousands separators, four to a row
    under a headline. The rows are set without blank lines and nothing ends a sentence, so
    the table is one sentence, one claim with thousands of quantities (a row's last figure,
    joined to the next row's label, reads as part of a name, as "10 Downing Street" does)."""
    rng = random.Random(n)
    rows = [
        f"Constituency {r + 1}: " + "  ".join(f"{rng.randint(1_000, 999_999):,}" for _ in range(4))
        for r in range(n // 4)
    ]
    return "Results by constituency\n\n" + "\n".join(rows)


CASES: dict[str, Callable[[], str]] = {
    "normal, 20 KB": lambda: NORMAL * (20_000 // len(NORMAL)),
    "open quotation mark + 20 KB of words": lambda: '"' + _words(20_000, "word"),
    "20 KB run of digits": lambda: "1" * 20_000,
    "20 KB of capitalised words": lambda: _words(20_000, "Word"),
    "20 KB line of hyphenated words": lambda: _words(20_000, "well-known"),
    "20 KB line of apostrophes": lambda: _words(20_000, "it's"),
    "10,000 bare numbers": lambda: " ".join(str(i) for i in range(10_000)),
    "10,000 figures with separators (a table)": lambda: figure_table(10_000),
    "a word of 100,000 characters": lambda: "x" * 100_000,
    "normal, 0.5 MB": lambda: NORMAL * (500_000 // len(NORMAL)),
}

_CHILD = """
import json, re, sys, time
import checker
from checker.errors import CheckerError
checker.check(sys.argv[2])
t = time.perf_counter()
try:
    checker.check(sys.argv[1])
    outcome = "done"
except CheckerError as err:
    limit = re.search(r"max-[a-z-]+", err.what)
    outcome = "refused by " + (limit.group() if limit else err.what)
print(json.dumps({"seconds": time.perf_counter() - t, "outcome": outcome}))
"""


def _story(folder: Path, odd: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "normal.txt").write_text(SHORT, encoding="utf-8")
    (folder / "odd.txt").write_text(odd + "\n", encoding="utf-8")
    return folder


def run_case(story: Path, warmup: Path) -> tuple[str, str]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(story), str(warmup)],
            capture_output=True,
            text=True,
            timeout=CAP_S + 30,  # the warm-up and start-up come on top
        )
    except subprocess.TimeoutExpired:
        return f"> {CAP_S:g}", "stopped at the cap"
    if done.returncode != 0:
        return "", f"failed: {done.stderr.strip().splitlines()[-1:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return f"{result['seconds']:.2f}", result["outcome"]


def rows(warmup: Path) -> list[list[str]]:
    out = []
    with tempfile.TemporaryDirectory(prefix="checker-bench-hostile-") as tmp:
        for i, (name, make) in enumerate(CASES.items()):
            seconds, outcome = run_case(_story(Path(tmp) / f"case{i}", make()), warmup)
            out.append([name, seconds, outcome])
    return out


ARTICLE_MB = (0.5, 2.0, 8.0)
ARTICLE_COUNTS = (250, 1000, 4000)
TABLE_FIGURES = (1_000, 2_000, 10_000)


def scaling(warmup: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Cost as the input grows: one article of 0.5, 2 and 8 MB (the article-size limit raised
    for the measure), and 250 to 4,000 short articles. Timed in this process after a warm-up,
    with each stage's cost counted once: the aim is an exponent near 1."""
    import time

    import checker
    from checker.limits import Limits

    checker.check(warmup)
    raised = Limits(max_article_chars=10**9, max_file_bytes=10**10)
    sizes, counts = [], []
    with tempfile.TemporaryDirectory(prefix="checker-bench-scaling-") as tmp:
        for mb in ARTICLE_MB:
            story = _story(Path(tmp) / f"mb{mb}", NORMAL * int(mb * 1e6 // len(NORMAL)))
            t = time.perf_counter()
            checker.check(story, limits=raised)
            sizes.append((mb, time.perf_counter() - t))
        for n in ARTICLE_COUNTS:
            folder = Path(tmp) / f"n{n}"
            folder.mkdir()
            for i in range(n):
                (folder / f"outlet{i:05d}.txt").write_text(SHORT.replace("45", str(40 + i % 9)))
            t = time.perf_counter()
            checker.check(folder)
            counts.append((n, time.perf_counter() - t))
    return (
        [[f"{mb:g} MB", f"{sec:.2f}"] for mb, sec in sizes],
        [[str(n), f"{sec:.2f}"] for n, sec in counts],
    )


def figure_scaling(warmup: Path) -> list[list[str]]:
    """Cost as one article's figures grow: a table of 1,000, 2,000 and 10,000 separated
    figures beside a normal article, timed in this process after a warm-up."""
    import time

    import checker

    checker.check(warmup)
    out = []
    with tempfile.TemporaryDirectory(prefix="checker-bench-figures-") as tmp:
        for n in TABLE_FIGURES:
            story = _story(Path(tmp) / f"f{n}", figure_table(n))
            t = time.perf_counter()
            checker.check(story)
            out.append([f"{n:,}", f"{time.perf_counter() - t:.2f}"])
    return out
