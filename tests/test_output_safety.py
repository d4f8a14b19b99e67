"""No silent loss, output safe where it lands: what `-o`, standard output, Markdown and the
terminal table do with hostile targets and hostile text (issue 8, items 4, 5 and 8)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from checker.formats import markdown, table
from checker.output import PARTIAL, write_atomic
from checker.records import ClaimRef, Finding, Report, Source, State, Verdict

ROOT = Path(__file__).parent.parent
STORY = ROOT / "tests" / "stories" / "ferry-strike"
CHECKER = [sys.executable, "-c", "from checker.cli import main; main()"]


def checker(*args: str, cwd: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CHECKER, *args],
        cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120,
    )


def one_error_line(result: subprocess.CompletedProcess, where: str) -> str:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith(f"checker: error: {where}"), lines
    assert "Traceback" not in result.stderr and "internal" not in result.stderr
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if PARTIAL in p.name)


# ---------------------------------------------------------------- write_atomic


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.json", "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.json").stat().st_mode) == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_full_disk_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("the old report")
    real_write = os.write

    def short_then_full(fd: int, data) -> int:
        if len(data) > 3:  # the first write goes half through, the next finds the disk full
            return real_write(fd, bytes(data[:3]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(OSError) as caught:
        write_atomic(target, "a new report, longer than three bytes")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_text() == "the old report"
    assert leftovers(tmp_path) == []


def test_sigterm_during_a_write_removes_the_temp_file_and_keeps_the_old_one(
    tmp_path, monkeypatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("the old report")
    real_write = os.write

    def terminated(fd: int, data) -> int:
        real_write(fd, bytes(data[:3]))
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill PID` from outside, mid-write
        return 3

    monkeypatch.setattr(os, "write", terminated)
    with pytest.raises(SystemExit) as caught:
        write_atomic(target, "a new report")
    assert caught.value.code == 128 + signal.SIGTERM
    assert target.read_text() == "the old report"
    assert leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the handler is put back


def test_temp_files_of_killed_writers_are_removed_others_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".report.json{PARTIAL}{dead.pid}-0a0b0c0d"
    live = tmp_path / f".report.json{PARTIAL}{os.getppid()}-0a0b0c0d"
    other = tmp_path / f".other.json{PARTIAL}{dead.pid}-0a0b0c0d"
    for path in (stale, live, other):
        path.write_text("{")
    write_atomic(tmp_path / "report.json", "{}\n")
    assert not stale.exists()
    assert live.exists() and other.exists()  # a running writer's, another target's


# ---------------------------------------------------------------- -o and standard output


@pytest.fixture
def story(tmp_path: Path) -> Path:
    copy = tmp_path / "story"
    shutil.copytree(STORY, copy)
    return copy


def test_output_to_a_device_is_refused_and_the_device_left_alone(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    result = checker("diff", str(STORY), "-f", "json", "-o", "/dev/full", cwd=tmp_path)
    assert "not a regular file" in one_error_line(result, "/dev/full")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize(
    "args",
    [("diff", str(STORY), "-f", "json"), ("rules",), ("ci", str(STORY))],
    ids=["diff", "rules", "ci"],
)
def test_standard_output_on_a_full_device_is_an_error(tmp_path: Path, args) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = checker(*args, cwd=tmp_path, stdout=full)
    assert "No space left" in one_error_line(result, "standard output")


def test_a_closed_pipe_is_an_error(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*CHECKER, "diff", str(STORY), "-f", "json"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    proc.stdout.close()  # the reader went away before the report was written
    err = proc.stderr.read()
    proc.wait(timeout=120)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, "", err)
    assert "closed the pipe" in one_error_line(result, "standard output")


def test_output_onto_a_symlink_is_refused_and_the_link_kept(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text("precious")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    result = checker("diff", str(STORY), "-f", "json", "-o", "link.json", cwd=tmp_path)
    assert "symbolic link" in one_error_line(result, "link.json")
    assert (tmp_path / "link.json").is_symlink() and (tmp_path / "real.json").read_text() == "precious"


@pytest.mark.parametrize("name", ["report.json", "sub/report.json"])
def test_output_inside_the_story_folder_is_refused(story: Path, name: str) -> None:
    before = sorted(p.name for p in story.rglob("*"))
    result = checker("diff", str(story), "-f", "json", "-o", str(story / name), cwd=story.parent)
    assert "inside the story folder" in one_error_line(result, str(story / name))
    assert sorted(p.name for p in story.rglob("*")) == before


def test_output_onto_an_input_article_is_refused_and_the_article_kept(story: Path) -> None:
    article = next(p for p in sorted(story.iterdir()) if p.suffix == ".txt")
    text = article.read_bytes()
    result = checker("baseline", str(story), "-o", str(article), cwd=story.parent)
    one_error_line(result, str(article))
    assert article.read_bytes() == text


def test_output_files_follow_the_umask_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        result = checker("diff", str(STORY), "-f", "json", "-o", "out.json", cwd=tmp_path)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o644


# ---------------------------------------------------------------- kill -9 and concurrency


def test_kill_9_never_leaves_a_partial_report_or_a_temp_file_that_looks_like_one(
    tmp_path: Path,
) -> None:
    whole = checker("diff", str(STORY), "-f", "json", "-o", "whole.json", cwd=tmp_path)
    assert whole.returncode == 0, whole.stderr
    expected = (tmp_path / "whole.json").read_text()
    # Writers running at once, each killed at its own moment between start-up and the end.
    runs = []
    for n in range(6):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        command = ["diff", str(STORY), "-f", "json", "-o", "out.json"]
        if n % 3 == 2:
            command = ["baseline", str(STORY), "-o", "out.json"]
        else:
            (folder / "out.json").write_text(expected)  # an old report to keep or replace
        runs.append((folder, command, subprocess.Popen(
            [*CHECKER, *command], cwd=folder,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )))
    for _, _, proc in runs:
        time.sleep(0.25)  # spread the kills over the run; nothing is timed
        proc.send_signal(signal.SIGKILL)
    left = []
    for folder, command, proc in runs:
        proc.wait(timeout=120)
        visible = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
        assert visible in ([], ["out.json"]), visible
        if (folder / "out.json").exists():
            data = json.loads((folder / "out.json").read_text())  # whole, never a prefix
            assert data["schema"] in ("checker.report/1", "checker.baseline/1")
        # Whatever a killed writer left is hidden and named for what it is.
        assert all(name.startswith(".out.json" + PARTIAL) for name in leftovers(folder))
        if leftovers(folder):
            left.append((folder, command))
    # The next write to the same target cleans up after the dead writer.
    for folder, command in left[:1]:
        again = checker(*command, cwd=folder)
        assert again.returncode == 0, again.stderr
        assert leftovers(folder) == []


def test_kill_9_in_the_middle_of_writing_the_temp_file(tmp_path: Path) -> None:
    # The worst moment, made certain: a writer that stops half-way through its temp file.
    target = tmp_path / "report.json"
    target.write_text("the old report")
    writer = (
        "import os, sys, time\n"
        "from checker.output import write_atomic\n"
        "real = os.write\n"
        "def half(fd, data):\n"
        "    real(fd, bytes(data[:10]))\n"
        "    time.sleep(60)\n"
        "os.write = half\n"
        "write_atomic(sys.argv[1], '{\"a new\": \"report\"}' * 100)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", writer, str(target)], cwd=tmp_path)
    try:
        for _ in range(600):  # until the temp file holds its first bytes
            if any((tmp_path / n).stat().st_size for n in leftovers(tmp_path)):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the writer never started its temp file")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    assert target.read_text() == "the old report"
    (left,) = leftovers(tmp_path)
    assert left.startswith(".report.json" + PARTIAL) and not left.endswith(".json")
    write_atomic(target, "{}\n")  # the next writer removes what the dead one left
    assert leftovers(tmp_path) == [] and target.read_text() == "{}\n"


def test_two_resolve_commands_at_once_lose_no_decision(tmp_path: Path) -> None:
    ids = [f"c1{n:010x}" for n in range(4)]
    procs = [
        subprocess.Popen(
            [*CHECKER, "resolve", fid, "--status", "accepted",
             "--note", f"decision {n}", "--resolutions", "res.json"],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        for n, fid in enumerate(ids)
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    recorded = json.loads((tmp_path / "res.json").read_text())
    assert sorted(k for k in recorded if k != "schema") == ids


def test_writers_racing_on_one_resolutions_file_keep_every_decision(tmp_path: Path) -> None:
    # Tighter than the command line: processes that only read, add and write, in a loop.
    script = (
        "import sys\n"
        "from checker.resolutions import Resolution, add_resolutions\n"
        "who = int(sys.argv[1])\n"
        "for n in range(40):\n"
        "    add_resolutions('res.json', [Resolution(f'c1{who:02x}{n:08x}', 'accepted', 'ok')])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(who)], cwd=tmp_path)
        for who in range(3)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    recorded = json.loads((tmp_path / "res.json").read_text())
    assert len(recorded) - 1 == 3 * 40


# ---------------------------------------------------------------- safe where it lands

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> a|b *bold* [x](javascript:y)'


def hostile_report() -> Report:
    src = Source("wire|x", "<svg onload=alert(3)>", "", date(2024, 1, 2), "sources.csv|x",
                 "en", "wire.txt", "utf-8")
    finding = Finding(
        "c1a0a0a0a0a0", "quote-wording", "quote-wording", Verdict.CONFLICT, "error",
        f"Message with {HOSTILE}\x1b]0;owned\x07\x1b[2J",
        (ClaimRef("wire|x", f"Claim {HOSTILE}\x1b[31m red \x9b2J", 0, 10),),
        state=State.RESOLVED, note="<b>note</b>\x07",
    )
    return Report("story<i>", (src,), (finding,))


def test_markdown_shows_article_html_and_pipes_as_text() -> None:
    text = markdown.render(hostile_report())
    for raw in ("<script>", "<img", "<svg", "<b>", "<i>", "\x1b", "\x07"):
        assert raw not in text
    assert "](javascript" not in text.replace("\\]", "")  # no live link either
    assert "&lt;script&gt;" in text and "&lt;svg onload=alert(3)&gt;" in text
    # Every row of the source table has exactly its four cells.
    rows = [line for line in text.splitlines() if line.startswith("| wire")]
    assert rows and all(line.replace("\\|", "").count("|") == 5 for line in rows)


def test_terminal_table_prints_no_control_characters() -> None:
    text = table.render(hostile_report())
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in text)
    assert "owned" in text and "red" in text  # the words stay, the sequences go
