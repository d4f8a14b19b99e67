"""Progress: the library reports stages and articles through a callback; the command line
shows them on a terminal after a second of work, and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

import checker
from checker.cli.progress import TerminalProgress, progress_display

ROOT = Path(__file__).parent.parent
STORY = ROOT / "fixtures" / "hk-data-requests"


def test_check_reports_each_article_read_and_cleaned_then_each_stage() -> None:
    calls: list[tuple[str, int, int]] = []
    checker.check(STORY, progress=lambda *call: calls.append(call))
    articles = len(checker.check(STORY).sources)
    assert [c for c in calls if c[0] == "read"] == [("read", i, articles) for i in range(1, 6)]
    assert [c for c in calls if c[0] == "clean"] == [("clean", i, articles) for i in range(1, 6)]
    assert [c[0] for c in calls[2 * articles :]] == ["claims", "parse", "align", "compare"]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_drawn_before_the_delay_then_the_stage_and_count() -> None:
    now = [0.0]
    stream = FakeTerminal()
    display = TerminalProgress(stream, delay=1.0, clock=lambda: now[0])
    display("read", 1, 200)
    assert stream.getvalue() == ""
    now[0] = 1.5
    display("read", 2, 200)
    display.close()
    assert "reading articles" in stream.getvalue() and "2/200" in stream.getvalue()


def test_no_display_when_not_a_terminal_or_quiet() -> None:
    with progress_display(False, io.StringIO()) as progress:
        assert progress is None
    with progress_display(True, FakeTerminal()) as progress:
        assert progress is None
    with progress_display(False, FakeTerminal()) as progress:
        assert isinstance(progress, TerminalProgress)


def test_diff_to_a_pipe_prints_only_the_report(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from checker.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["diff", str(STORY), "--format", "json"])
    assert result.exit_code == 0 and result.stderr == ""
