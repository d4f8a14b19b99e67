"""Input limits a user can see and raise: each is a config key with a default (defaults.toml).

They keep one odd file from costing minutes: past them the run stops with one line that
names the file, the limit and the key that raises it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.errors import CheckerError


@dataclass(frozen=True)
class Limits:
    # A long feature is about 50,000 characters; the pipeline's cost grows faster than
    # linearly past a few hundred thousand.
    max_article_chars: int = 500_000
    # Raw file size read at all (HTML markup, JSON), checked before the file is read.
    max_file_bytes: int = 20_000_000
    # Longer "words" (a run of digits, a base64 blob) are not prose, and cost quadratically.
    max_token_length: int = 1_000

    def check_file_size(self, size: int, where: str) -> None:
        if size > self.max_file_bytes:
            raise CheckerError(
                where,
                f"file of {size:,} bytes is larger than max-file-bytes = {self.max_file_bytes:,} "
                "(raise it in checker.toml)",
            )

    def check_text(self, text: str, where: str) -> None:
        if len(text) > self.max_article_chars:
            raise CheckerError(
                where,
                f"article of {len(text):,} characters is longer than max-article-chars = "
                f"{self.max_article_chars:,} (raise it in checker.toml)",
            )
        long = re.compile(rf"\S{{{self.max_token_length + 1},}}")
        if m := long.search(text):
            line = text.count("\n", 0, m.start()) + 1
            raise CheckerError(
                f"{where}:{line}",
                f"a word of {len(m.group()):,} characters is longer than max-token-length = "
                f"{self.max_token_length:,} (raise it in checker.toml)",
            )


DEFAULT_LIMITS = Limits()
