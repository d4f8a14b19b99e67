"""Modality comes from the main verb of the subject's clause: what a fact-checker compares when
one outlet reports a plan and another a done deed."""

from __future__ import annotations

import pytest

from checker.extract.modality import read_modality


def _level(text: str) -> str:
    return read_modality(text).level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a noun, an infinitive or a relative clause does not set the subject's modality
        ("Orlin Bank said it suspended its reviews of loan files last month.", "done"),
        ("Velka and Tamar are the latest retailers to review their suppliers.", "said"),
        (
            "Velka on Monday joined other retailers that have stopped considering new suppliers.",
            "done",
        ),
        ("Velka has joined several chains who have decided not to stock the brand.", "done"),
        # the reported clause is what outlets disagree on
        ("Velka has confirmed it will pause deliveries to the island.", "plans"),
        ("Velka said on Friday that it has paused deliveries to the island.", "done"),
        ("The mayor said the bridge would reopen in May.", "plans"),
        # future arrangement against a done deed
        ("Kestrel Air is to be fined 4 million euros by the regulator.", "plans"),
        ("Kestrel Air has been fined 4 million euros by the regulator.", "done"),
        # a notice of intention against the deed
        ("The regulator issued a notice of intention to fine Kestrel Air.", "plans"),
        ("The regulator said it intended to fine Kestrel Air.", "plans"),
        ("The regulator issued a 4 million euro fine to Kestrel Air.", "done"),
        ("The regulator levied a fine on Kestrel Air in March.", "done"),
        # a parenthetical inside the subject is not its verb
        (
            "Dunmore - which is owned by a Swiss group - has said it plans to sell the mill.",
            "plans",
        ),
        ("The council is considering a ban on night flights.", "considering"),
    ],
)
def test_modality_is_read_from_the_main_verb(text: str, level: str) -> None:
    assert _level(text) == level
