"""Every case of the bad-input corpus (tests/bad_inputs.py), three ways (report to standard
output, -o to a new file, -o onto an existing file): the exit code a user must get, exactly
one line on standard error naming the file (none for input that is fine), no traceback, no
"internal:" error, an existing -o target untouched, no temp file left."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from bad_inputs import BUILDERS, Case, build

BEFORE = "an earlier report the run must not touch\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Case]]:
    root = tmp_path_factory.mktemp("bad-inputs")
    return {c.name: (root / c.name, c) for c in build(root)}


def run(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str, str]:
    from checker.cli import main

    monkeypatch.setattr(sys, "argv", ["checker", *args])
    with pytest.raises(SystemExit) as done:
        main()
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


@pytest.mark.parametrize("mode", ["stdout", "new", "existing"])
@pytest.mark.parametrize("name", [b.__name__ for b in BUILDERS])
def test_bad_input_gives_one_clear_line_and_writes_nothing(
    name: str, mode: str, corpus, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder, case = corpus[name]
    if mode != "stdout" and not case.writes:
        pytest.skip("the command takes no -o")
    monkeypatch.chdir(folder)
    out_dir = folder / f"out-{mode}"
    out_dir.mkdir(exist_ok=True)
    target = out_dir / "report.txt"
    args = list(case.args)
    if mode == "existing":
        target.write_text(BEFORE, encoding="utf-8")
    if mode != "stdout" and "diff" in args[:1]:
        args += ["-o", str(target)]

    code, _, err = run(args, monkeypatch, capsys)

    assert code == case.code, err
    lines = err.splitlines()
    assert "Traceback" not in err and "internal:" not in err
    if case.names is None:
        assert lines == []
    else:
        assert len(lines) == 1, err
        kind = "error" if case.code == 2 else "warning"
        assert lines[0].startswith(f"checker: {kind}: ") and case.names in lines[0], lines[0]
    if mode == "existing" and case.code == 2:
        assert target.read_text(encoding="utf-8") == BEFORE
    if mode == "new" and case.code == 2:
        assert not target.exists()
    assert [p.name for p in out_dir.iterdir() if p.name != "report.txt"] == []  # no temp file
