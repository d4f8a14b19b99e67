"""`python -m tests.behaviour`: the behaviour suite's pass rates without pytest.

Prints the table of capabilities; `--failures` adds the failing cases, `--json FILE` writes
the rates for the project's evaluation. Exits 1 when a capability is below the threshold
(with `--known-ok`, only when one not listed in known.py is), else 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cases import CAPABILITIES
from .harness import results, table, write_json
from .known import ISSUE_14


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.behaviour", description=__doc__)
    parser.add_argument("--json", metavar="FILE", type=Path, help="write the rates as JSON")
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    parser.add_argument("--capability", action="append", metavar="NAME",
                        choices=[c.name for c in CAPABILITIES],
                        help="only this capability (repeatable)")
    parser.add_argument("--known-ok", action="store_true",
                        help="exit 0 when only capabilities known to fail (issue 14) are below")
    args = parser.parse_args(argv)
    rs = results(args.capability)
    print(table(rs))
    if args.failures:
        for r in rs:
            if r.passed < r.total:
                print()
                print(r.failures(limit=r.total))
    if args.json:
        write_json(rs, args.json)
    below = [r for r in rs if not r.ok]
    if args.known_ok:
        below = [r for r in below if r.capability.name not in ISSUE_14]
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
