"""The nickname table read from the package's file is the package's own table."""

from __future__ import annotations

from nicknames import NickNamer

from checker.extract.names import _table


def test_the_nickname_table_is_nicknamers():
    theirs = NickNamer().nickname_lookup
    assert _table() == theirs
    assert list(_table()) == list(theirs)
