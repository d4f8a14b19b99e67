"""Regular expressions from users, run by RE2: time linear in the text, whatever the pattern.

Python's `re` backtracks: a user's boilerplate pattern such as `(a+)+$` takes minutes on a
line of 40 a's. RE2 (google-re2) has no backtracking, so no pattern can make a run hang; it
refuses what it cannot do in linear time (look-arounds, back-references) when compiled.
"""

from __future__ import annotations

from typing import Any


class PatternError(ValueError):
    """RE2 cannot compile the pattern; the message says why."""


def compile_linear(pattern: str) -> Any:
    """`pattern` compiled by RE2 (fullmatch/search/lastgroup as in `re`; `\\z` ends the text)."""
    import re2  # only runs with user patterns pay for it

    options = re2.Options()
    options.log_errors = False  # RE2 would print its own line on standard error
    try:
        return re2.compile(pattern, options)
    except re2.error as err:
        reason = err.args[0] if err.args else err
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None
