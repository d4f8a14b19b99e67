"""Capabilities the tool does not have yet: the one place that marks them as expected failures.

Issue 14 ("unseen real news: facts read from a real parse") is improving them. When one
reaches the threshold, delete its name here: its test then guards it like any other (the
table marks a listed capability that passes, so a stale entry is easy to see).
"""

from __future__ import annotations

REASON = "issue 14: facts read from a real parse; below the 0.95 pass rate today"

ISSUE_14: frozenset[str] = frozenset()
