"""Output formats: one module each, behind one interface.

Each module defines `render(report: Report) -> str | bytes`: text for the text formats, bytes
for a binary one (xlsx). The CLI writes it (atomically with -o). Modules are imported on
demand so that, e.g., openpyxl loads only for a workbook.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from checker.records import Report

FORMATS: dict[str, str] = {
    "table": "checker.formats.table",
    "markdown": "checker.formats.markdown",
    "json": "checker.formats.json_report",
    "csv": "checker.formats.csv_report",
    "xlsx": "checker.formats.xlsx",
    "html": "checker.formats.html_report",
    "sarif": "checker.formats.sarif",
    "junit": "checker.formats.junit",
}


def renderer(name: str) -> Callable[[Report], str | bytes]:
    return importlib.import_module(FORMATS[name]).render
