"""The story's similarity scores (checker/align.py): rapidfuzz's ratios, combined without numpy."""

from __future__ import annotations

import struct

import pytest
from rapidfuzz import fuzz

from checker.align import similarity, single, take

TEXTS = [
    "microsoft pause data request hong kong",
    "microsoft paus request data hong kong government",
    "zoom pause request hong kong",
    "zoom pause request hong kong",  # a repeat scores 100 against its twin
    "apple assess new law",
    "law",  # a subset: token_set alone would call it a perfect match
    "",  # a claim of only stop words and figures
    "telegram whatsapp facebook twitter google",
]


def f32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def expected(a: str, b: str) -> float:
    """The score as a float32 matrix held it: each ratio, each product and the sum rounded."""
    set_part = f32(f32(0.6) * f32(fuzz.token_set_ratio(a, b)))
    sort_part = f32(f32(0.4) * f32(fuzz.token_sort_ratio(a, b)))
    return f32(set_part + sort_part)


def test_scores_are_the_weighted_ratios_in_single_precision():
    rows = similarity(TEXTS[:5], TEXTS[3:])
    assert [list(r) for r in rows] == [[expected(a, b) for b in TEXTS[3:]] for a in TEXTS[:5]]


def test_a_list_against_itself_is_mirrored_and_equals_the_full_computation():
    mirrored = similarity(TEXTS, TEXTS)
    full = similarity(TEXTS, list(TEXTS))  # another list: every pair computed
    assert [list(r) for r in mirrored] == [list(r) for r in full]
    assert all(len(r) == len(TEXTS) for r in mirrored)
    assert mirrored[2][3] == mirrored[3][2] == single(60.0) + single(40.0)
    # No words: no token set in common, but two empty sorted texts are equal (as before).
    assert mirrored[6][6] == single(40.0)


def test_scores_equal_the_numpy_matrix_they_replace():
    np = pytest.importorskip("numpy")
    from rapidfuzz import process

    old = 0.6 * process.cdist(TEXTS, TEXTS, scorer=fuzz.token_set_ratio) + 0.4 * process.cdist(
        TEXTS, TEXTS, scorer=fuzz.token_sort_ratio
    )
    assert old.dtype == np.float32
    assert [list(r) for r in similarity(TEXTS, TEXTS)] == old.tolist()


def test_take_picks_rows_and_columns_in_the_order_asked():
    matrix = [[0.0, 1.0, 2.0], [10.0, 11.0, 12.0], [20.0, 21.0, 22.0]]
    assert [list(r) for r in take(matrix, [2, 0], [1, 2])] == [[21.0, 22.0], [1.0, 2.0]]
    assert [list(r) for r in take(matrix, [1], [0])] == [[10.0]]
