"""JSON read with limits: nesting depth, integer size, no lone surrogates, no NaN.

Any JSON checker reads (article `.json` files, baselines, resolutions) can come from
elsewhere; the standard parser turns such input into RecursionError, ValueError or, much
later, UnicodeEncodeError. `loads` turns each into one CheckerError about the input.
"""

from __future__ import annotations

import json
import re
from typing import Any

from checker.errors import CheckerError

MAX_DEPTH = 64  # far deeper than any article or baseline; far below the interpreter's limit
MAX_DIGITS = 30  # more digits than any count or amount an article has

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(r"[\[\]{}]")


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _check_depth(text: str, where: str, max_depth: int) -> None:
    # Strings removed first (same length, so positions keep their lines), then brackets
    # counted: linear, and no recursion in the check itself.
    bare = _STRINGS.sub(lambda m: " " * len(m.group()), text)
    depth = 0
    for m in _BRACKETS.finditer(bare):
        depth += 1 if m.group() in "[{" else -1
        if depth > max_depth:
            raise CheckerError(
                f"{where}:{_line(text, m.start())}",
                f"JSON nested deeper than {max_depth} levels",
            )


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _TooLong(digits)
    return int(digits)


class _TooLong(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _constant(name: str) -> Any:
    raise _NotANumber(name)


class _NotANumber(ValueError):
    pass


def _check_strings(value: Any, where: str) -> None:
    """Lone surrogates (\\ud800 escapes) make text that cannot be printed or written."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as err:
                raise CheckerError(
                    where,
                    f"a string holds a lone surrogate (\\u{ord(item[err.start]):04x}), "
                    "which is not text",
                ) from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(text: str, where: str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text read from `where`; CheckerError naming it (and the line) if the text is
    not JSON or goes past a limit."""
    _check_depth(text, where, max_depth)
    try:
        value = json.loads(text, parse_int=_int, parse_constant=_constant)
    except json.JSONDecodeError as err:
        raise CheckerError(f"{where}:{err.lineno}", f"invalid JSON: {err.msg}") from None
    except _TooLong as err:
        raise CheckerError(
            where, f"an integer of {len(err.digits)} digits (at most {MAX_DIGITS} are read)"
        ) from None
    except _NotANumber as err:
        raise CheckerError(where, f"'{err}' is not a JSON number") from None
    except RecursionError:  # a backstop: the depth check above should have caught it
        raise CheckerError(where, "JSON nested too deeply") from None
    _check_strings(value, where)
    return value
