"""`checker corpus` on Dask: per-story reports byte-identical to `checker diff`, whatever the
number of workers or the order of the feed, complete when a worker dies, written whole."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from corpus_support import STORIES, story_feed
from typer.testing import CliRunner

from checker.cli import app
from checker.corpus import running
from checker.corpus.inputs import read_corpus
from checker.corpus.output import write_corpus
from checker.corpus.running import run_stories
from checker.ingest.feed import feed_line
from checker.rulepack import load_rules

distributed = pytest.importorskip("distributed")

# A handful of the invented stories keeps the module to seconds; grouping of all of them is
# tested in test_grouping.py.
SOME = [s for s in STORIES if s.name in {"court-fine", "quake-toll", "bank-merger", "zoo-escape"}]


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, shared by the module: a cluster costs seconds to start."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


@pytest.fixture(scope="module")
def two(cluster):
    with distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def one():
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("feed") / "day.jsonl"
    story_feed(path, seed=3, stories=SOME)
    return path


def checked(client, feed: Path, outdir: Path) -> dict[str, bytes]:
    stories = read_corpus(feed).stories
    outcomes = run_stories(client, [s.story for s in stories], load_rules())
    write_corpus(outdir, stories, outcomes)
    return {p.name: p.read_bytes() for p in sorted((outdir / "stories").iterdir())}


def diff_json(story_feed_path: Path) -> bytes:
    result = CliRunner().invoke(app, ["diff", str(story_feed_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.fixture(scope="module")
def expected(feed, tmp_path_factory) -> dict[str, bytes]:
    """`checker diff --format json` on each story, written as its own feed named by its id."""
    folder = tmp_path_factory.mktemp("diff")
    cwd = os.getcwd()
    os.chdir(folder)  # no checker-baseline.json of the repository may apply
    try:
        reports = {}
        for item in read_corpus(feed).stories:
            path = folder / f"{item.id}.jsonl"
            lines = [feed_line(a, a.source.path) for a in item.story.articles]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            reports[f"{item.id}.json"] = diff_json(path)
        return reports
    finally:
        os.chdir(cwd)


def test_each_story_found_is_one_invented_story(feed, tmp_path):
    truth = story_feed(tmp_path / "again.jsonl", seed=3, stories=SOME)
    found = sorted(sorted({truth[m.id] for m in s.members}) for s in read_corpus(feed).stories)
    assert found == [[s.name] for s in sorted(SOME, key=lambda p: p.name)]


def test_two_workers_write_the_reports_checker_diff_writes(two, feed, expected, tmp_path):
    assert checked(two, feed, tmp_path / "out") == expected


def test_one_worker_and_a_shuffled_feed_write_the_same_bytes(one, feed, expected, tmp_path):
    shuffled = tmp_path / "shuffled.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines()
    shuffled.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    assert checked(one, shuffled, tmp_path / "a") == expected
    assert (tmp_path / "a" / "index.json").read_bytes() == _index_of(one, feed, tmp_path / "b")


def _index_of(client, feed: Path, outdir: Path) -> bytes:
    checked(client, feed, outdir)
    return (outdir / "index.json").read_bytes()


def test_index_lists_every_story_with_its_articles_and_summary(one, feed, tmp_path):
    import pyarrow.parquet as pq

    checked(one, feed, tmp_path / "out")
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert index["schema"] == "checker.corpus/1"
    assert len(index["stories"]) == len(SOME)
    total = 0
    for entry in index["stories"]:
        report = json.loads((tmp_path / "out" / entry["report"]).read_text(encoding="utf-8"))
        assert report["story"] == entry["id"]
        assert entry["summary"] == report["summary"]
        assert {a["source"] for a in entry["articles"]} == {s["source"] for s in report["sources"]}
        total += report["summary"]["total"]
    table = pq.read_table(tmp_path / "out" / "findings.parquet")
    assert table.num_rows == total
    assert {"story", "finding", "rule", "verdict", "message", "sources"} <= set(table.column_names)


def test_a_story_that_fails_is_reported_and_the_others_complete(one, feed, tmp_path, monkeypatch):
    stories = read_corpus(feed).stories
    doomed = stories[1].id
    real = running.analyse

    def analyse(name, *args, **kwargs):
        if name == doomed:
            raise ValueError("boom")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(running, "analyse", analyse)  # the in-process worker sees it
    outcomes = run_stories(one, [s.story for s in stories], load_rules())
    assert outcomes[doomed].json == ""
    assert outcomes[doomed].error == "internal: ValueError: boom"
    assert all(o.ok for i, o in outcomes.items() if i != doomed)
    write_corpus(tmp_path / "out", stories, outcomes)
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    failed = [e for e in index["stories"] if e["report"] is None]
    assert [(e["id"], e["error"]) for e in failed] == [(doomed, "internal: ValueError: boom")]
    assert not (tmp_path / "out" / "stories" / f"{doomed}.json").exists()


def test_the_command_writes_the_folder_on_a_running_scheduler(cluster, feed, expected, tmp_path):
    out = tmp_path / "out"
    args = ["corpus", str(feed), "-o", str(out), "--scheduler", cluster.scheduler_address]
    result = CliRunner().invoke(app, [*args, "--format", "html"])
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in (out / "stories").glob("*.json")} == expected
    page = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="stories/{name[:-5]}.html"' in page for name in expected)
    assert len(list((out / "stories").glob("*.html"))) == len(expected)


def test_bad_lines_are_named_left_out_and_the_rest_checked(cluster, feed, expected, tmp_path):
    messy = tmp_path / "messy.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines()
    missing = '{"id": "x9", "source": "wire"}'
    messy.write_text("\n".join([lines[0], "{", *lines[1:], missing]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["corpus", str(messy), "-o", str(out), "--scheduler", cluster.scheduler_address]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1  # as `checker fetch` when a URL fails
    last = len(lines) + 2
    assert result.stderr.splitlines()[:2] == [
        f"checker: error: {messy.as_posix()}:2: invalid JSON: Expecting property name enclosed "
        "in double quotes",
        f"checker: error: {messy.as_posix()}:{last}: missing or empty 'text' field",
    ]
    assert f"{len(expected)} stories checked, 0 failed, 2 lines rejected" in result.stderr
    assert {p.name: p.read_bytes() for p in (out / "stories").glob("*.json")} == expected
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["id"]) for r in index["rejected"]] == [(2, None), (last, "x9")]


def test_a_feed_without_any_date_is_grouped_and_checked(cluster, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "source": "x", "text": "Nothing dated here."}\n')
    out = tmp_path / "out"
    args = ["corpus", str(feed), "-o", str(out), "--scheduler", cluster.scheduler_address]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    ((article,),) = [s["articles"] for s in json.loads((out / "index.json").read_text())["stories"]]
    assert article["published"] is None
    assert article["date_basis"].startswith("unknown: no date in the feed")


def test_a_feed_of_which_no_line_can_be_read_writes_nothing(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "source": "x"}\n{\n')
    result = CliRunner().invoke(app, ["corpus", str(feed), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: {feed.as_posix()}:1: missing or empty 'text' field",
        f"checker: error: {feed.as_posix()}:2: invalid JSON: Expecting property name enclosed "
        "in double quotes",
        f"checker: error: {feed.as_posix()}: no line could be read (2 rejected)",
    ]
    assert not (tmp_path / "out").exists()


def test_a_folder_that_is_not_a_corpus_output_is_never_replaced(two, feed, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine")
    stories = read_corpus(feed).stories
    with pytest.raises(Exception, match="not a corpus output"):
        write_corpus(precious, stories, {})
    assert [p.name for p in precious.iterdir()] == ["notes.txt"]


def test_a_worker_killed_during_the_run_loses_no_story(cluster, two, feed, expected, tmp_path):
    stories = read_corpus(feed).stories
    victims: list[str] = []

    def kill_the_first_busy_worker() -> None:
        for _ in range(1000):
            busy = [addr for addr, keys in two.processing().items() if keys]
            if busy:
                pid = two.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(pid, signal.SIGKILL)  # as the OOM killer would: no goodbye
                victims.append(busy[0])
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_the_first_busy_worker)
    killer.start()
    outcomes = run_stories(two, [s.story for s in stories], load_rules())
    killer.join()
    assert victims, "no worker ever had a story to lose"
    assert all(o.ok for o in outcomes.values())
    write_corpus(tmp_path / "out", stories, outcomes)
    got = {p.name: p.read_bytes() for p in (tmp_path / "out" / "stories").iterdir()}
    assert got == expected


def test_ci_on_a_feed_groups_checks_and_gates_it(feed, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["ci", "--corpus", str(feed), "--baseline", "baselines"])
    assert result.exit_code == 1, result.output
    failing = {line.split()[0] for line in result.stdout.splitlines() if line[:1] != " "}
    assert failing and failing <= {name[: -len(".json")] for name in expected}
