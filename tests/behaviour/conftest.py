"""Prints the behaviour suite's table of pass rates at the end of a pytest run."""

from __future__ import annotations

import pytest

from .harness import computed, table


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    rs = computed()  # only what this session ran: nothing when the suite was deselected
    if rs:
        terminalreporter.write_sep("=", "behaviour: pass rate per capability")
        terminalreporter.write_line(table(rs))
