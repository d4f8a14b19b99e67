"""The benchmark's synthetic stories (the timings themselves belong to `make bench`)."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from checker.bench import make_synthetic_story, perturb_text, scaling_exponent
from checker.ingest import load_story

FERRY = Path(__file__).resolve().parent / "stories" / "ferry-strike"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_synthetic_story_has_the_requested_outlets_and_a_manifest(tmp_path):
    folder = make_synthetic_story(FERRY, tmp_path / "s", 9, rng_seed=1)
    story = load_story(folder)
    assert [a.source.source for a in story.articles] == [f"outlet{k:03d}" for k in range(9)]
    with open(folder / "sources.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["source"] for r in rows] == [f"outlet{k:03d}" for k in range(9)]
    assert all(a.source.outlet.startswith("Outlet ") for a in story.articles)
    assert all(a.source.url.endswith(".example/story") for a in story.articles)


def test_copies_keep_the_seed_structure_but_change_some_numbers(tmp_path):
    seeds = load_story(FERRY).articles  # coastline, harbourwatch, northgate, valley
    story = load_story(make_synthetic_story(FERRY, tmp_path / "s", 8, rng_seed=3))
    changed = 0
    for k, copy in enumerate(story.articles):
        seed = seeds[k % len(seeds)]
        assert copy.text.count("\n") == seed.text.count("\n")
        seed_numbers = re.findall(r"\d[\d,]*", seed.text)
        copy_numbers = re.findall(r"\d[\d,]*", copy.text)
        assert len(copy_numbers) == len(seed_numbers)
        changed += sum(a != b for a, b in zip(seed_numbers, copy_numbers, strict=True))
    assert changed > 0


def test_dates_known_in_the_seed_carry_over_and_borrowed_ones_do_not(tmp_path):
    story = load_story(make_synthetic_story(FERRY, tmp_path / "s", 4))
    assert all(a.source.date_basis == "sources.csv" for a in story.articles)


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    a = files(make_synthetic_story(FERRY, tmp_path / "a", 6, rng_seed=7))
    b = files(make_synthetic_story(FERRY, tmp_path / "b", 6, rng_seed=7))
    c = files(make_synthetic_story(FERRY, tmp_path / "c", 6, rng_seed=8))
    assert a == b
    assert a != c


def test_perturbation_keeps_years_dates_and_times():
    text = "Since 2009, on 2021-03-01 at 11:37, about 1,200 of 9,000 workers left 42 ferries."
    for seed in range(20):
        out = perturb_text(text, random.Random(seed))
        assert "2009" in out and "2021-03-01" in out and "11:37" in out


def test_scaling_exponent_is_the_log_log_slope():
    assert scaling_exponent([(100, 1.0), (200, 2.0), (400, 4.0)]) == pytest.approx(1.0)
    assert scaling_exponent([(100, 1.0), (200, 4.0)]) == pytest.approx(2.0)
    assert scaling_exponent([(100, 1.0)]) is None


def test_the_synthetic_corpus_is_grouped_back_into_its_events(tmp_path):
    from checker.bench import _corpus_seeds, make_synthetic_feed
    from checker.corpus.grouping import group
    from checker.ingest.feed import read_feed

    feed = tmp_path / "corpus.jsonl"
    feed.write_text("\n".join(make_synthetic_feed(_corpus_seeds(), 30)) + "\n", encoding="utf-8")
    stories = group(read_feed(feed, need_ids=True))
    events = sorted(sorted(m.id for m in s.members) for s in stories)
    assert len(events) == 30
    assert all(len({i.split("-")[0] for i in ids}) == 1 for ids in events)
