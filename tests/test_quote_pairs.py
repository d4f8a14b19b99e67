"""The word-count test that spares scoring quotation/prose pairs (checker/kinds/_quotes.py):
it may only turn away pairs that prose_pairs would drop anyway."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.kinds._quotes import PROSE_MIN_EQUAL, PROSE_MIN_LENGTH, _may_echo, diff_words, words
from checker.records import Claim, Quote

VOCABULARY = ["we", "have", "paused", "the", "requests", "data", "Hong", "Kong", "law", "not"]


def quote(text: str, start: int = 0) -> Quote:
    return Quote(words=text, start=start, end=start + len(text))


def claim(text: str, start: int = 500) -> Claim:
    return Claim(
        id="bbc:1", source="bbc", start=start, end=start + len(text), text=text, sentence=0
    )


def test_an_echo_with_a_word_changed_is_scored():
    q = quote("We have paused the processing of data requests from the Hong Kong government")
    c = claim("It has paused processing of data requests from the Hong Kong government.")
    assert _may_echo(q, c)


def test_a_paraphrase_or_a_short_sentence_is_not():
    q = quote("We have paused the processing of data requests from the Hong Kong government")
    assert not _may_echo(q, claim("Hong Kong's new security law worries technology firms."))
    assert not _may_echo(q, claim("Requests from Hong Kong were paused."))  # too short


@given(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12),
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12),
)
def test_a_pair_turned_away_is_one_prose_pairs_would_drop(quoted_words, plain_words):
    q, c = quote(" ".join(quoted_words)), claim(" ".join(plain_words) + ".")
    if _may_echo(q, c):
        return
    quoted, plain = words(q.words, q.start), words(c.text, c.start)
    too_short = len(plain) < PROSE_MIN_LENGTH * len(quoted)
    assert too_short or diff_words(quoted, plain, min_equal=PROSE_MIN_EQUAL) is None
