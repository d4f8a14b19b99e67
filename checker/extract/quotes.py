"""Quotations in a paragraph, with the phrase that names their speaker.

Handles what news copy does to quotations: curly and straight marks, a quotation carried over
several paragraphs (opening mark, no closing one), a truncated quotation (a closing mark with no
opening one), and an attribution interpolated inside ("We are monitoring - said a spokesman -
We have suspended ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.lexicon import lexicon, per_pack

_DOUBLE = re.compile(r"[“”\"]")
# A single mark opens a quotation at the start of a word, and closes one after a word when no
# letter follows: "it's" and "Lisbon's" are apostrophes; "'This is the day,' he said" is not.
_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[\w“\"])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?;:…])[’'](?![\w])")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")


@dataclass(frozen=True)
class RawQuote:
    start: int  # span of the quoted words (marks excluded)
    end: int
    speaker_phrase: str | None
    partial: bool  # a mark is missing: truncated, or carried on from/to another paragraph
    continued: bool  # opens the paragraph without a speaker: may carry on an earlier quotation


@per_pack
def _verbs() -> str:
    verbs = sorted(lexicon("speech")["verbs"], key=len, reverse=True)
    return "|".join(re.escape(v) for v in verbs)


@per_pack
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = _verbs()
    stop = r"(?=\s+(?:on|in|at|to|during|after|before|about|when|while|as|via|of|in response)\b|[,.;:!?]|$)"
    after_verb_first = re.compile(
        rf"^\s*[,.]?\s*(?:{v})\s+(?P<np>[^,.;:!?“\"]{{1,60}}?){stop}", re.I
    )
    after_np_first = re.compile(rf"^\s*[,.]?\s*(?P<np>[^,.;:!?“\"]{{1,60}}?)\s+(?:{v})\b", re.I)
    before = re.compile(rf"(?P<np>[^.;:!?“\"]{{1,80}}?)\s+(?:{v})\b[^“\"”]{{0,60}}?[,:]?\s*$", re.I)
    interpolated = re.compile(rf"\s[-–—,]\s*(?P<np>(?:{v})\s[^-–—\"“”]{{1,60}}?)\s*[-–—,]\s", re.I)
    return after_verb_first, after_np_first, before, interpolated


def _clean_np(np: str) -> str | None:
    np = np.strip().rstrip(",").split(",")[-1].strip()
    if re.match(r"(?:which|that|who|whom|whose)\b", np, re.I):
        return None
    np = re.sub(r"^(?:and|but|although|though|while|whereas|so|then|also)\s+", "", np, flags=re.I)
    return np or None


def _speaker_after(text: str, pos: int, end: int) -> str | None:
    tail = text[pos:end]
    m_end = _SENTENCE_END.search(tail)
    tail = tail[: m_end.start() + 1] if m_end else tail
    verb_first, np_first, _, _ = _patterns()
    for pat in (verb_first, np_first):
        m = pat.match(tail)
        if m and len(m.group("np").split()) <= 8:
            return _clean_np(m.group("np"))
    return None


def _speaker_before(text: str, start: int, pos: int) -> str | None:
    head = text[start:pos]
    cut = max(head.rfind("."), head.rfind("”"), head.rfind('"'), head.rfind("!"), head.rfind("?"))
    head = head[cut + 1 :]
    m = _patterns()[2].search(head)
    return _clean_np(m.group("np")) if m else None


def _split_interpolated(text: str, q: RawQuote) -> list[RawQuote]:
    m = _patterns()[3].search(text, q.start, q.end)
    if not m:
        return [q]
    speaker = _clean_np(re.sub(rf"^(?:{_verbs()})\s+", "", m.group("np"), flags=re.I))
    first = RawQuote(q.start, m.start(), speaker, q.partial, False)
    second = RawQuote(m.end(), q.end, speaker, q.partial, False)
    return [first, second]


def _straight_opens(text: str, pos: int, open_at: int | None) -> bool:
    """Whether a straight double quote opens: by the characters around it where they tell
    (a space before and a letter after opens; a letter or punctuation before and a space
    after closes), else by alternation."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isspace() and not after.isspace():
        return True
    if (before.isalnum() or before in ".,!?;:)") and (after.isspace() or after in ".,;:)"):
        return False
    return open_at is None


def _nested(text: str, pos: int, end: int, open_at: int | None) -> bool:
    """A straight mark inside a quotation opened with a curly one that the paragraph closes
    with a curly one: copy that sets its quotations in curly marks sets a quotation within
    them in straight ones."""
    if open_at is None or text[open_at] != "“":
        return False
    after = _CURLY.search(text, pos + 1, end)
    return after is not None and after.group() == "”"


_CURLY = re.compile(r"[“”]")


def block_quote(text: str, start: int, end: int, lead_in: tuple[int, int]) -> RawQuote | None:
    """A paragraph set as a block quotation, without marks: the paragraph before it names a
    speaker and ends with a colon ("The post on the mayor's account read:"). A tweet or a
    statement is often set so, and other outlets quote the same words within marks."""
    lead = text[lead_in[0] : lead_in[1]].rstrip()
    if not lead.endswith(":") or _DOUBLE.search(text, start, end):
        return None
    speaker = _speaker_before(text, lead_in[0], lead_in[0] + len(lead))
    if speaker is None:
        return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return RawQuote(start, end, speaker, False, False) if end > start else None


def find_quotes(
    text: str, start: int, end: int, lead_in: tuple[int, int] | None = None
) -> list[RawQuote]:
    """Quotations in the paragraph text[start:end], in order. `lead_in` is the paragraph
    before it, which may introduce this one as a block quotation."""
    if lead_in is not None and (block := block_quote(text, start, end, lead_in)) is not None:
        return [block]
    spans: list[tuple[int, int, bool]] = []  # (words start, words end, partial)
    open_at: int | None = None
    last_close = start
    for m in _DOUBLE.finditer(text, start, end):
        ch = m.group()
        if ch == '"' and _nested(text, m.start(), end, open_at):
            continue  # a title or a term quoted inside the quotation ('“... Storm "Kira" has ...”')
        opening = ch == "“" or (ch == '"' and _straight_opens(text, m.start(), open_at))
        if opening:
            if open_at is not None:  # a new quotation opens before the last one closed
                spans.append((open_at + 1, m.start(), True))
            open_at = m.start()
        elif open_at is not None:
            spans.append((open_at + 1, m.start(), False))
            open_at, last_close = None, m.end()
        elif (
            last_close > start
            and not _SENTENCE_END.search(text, last_close, m.start())
            and _speaker_after(text, last_close, m.start())
        ):
            # a stray second closing mark after the attribution ('"...," the firm said.”'):
            # the words between the two marks name the speaker, they are not quoted
            last_close = m.end()
        else:  # closing mark without an opening one: the outlet cut the start off
            head = text[last_close : m.start()]
            cuts = [mm.end() for mm in _SENTENCE_END.finditer(head)]
            spans.append((last_close + (cuts[-1] if cuts else 0), m.start(), True))
            last_close = m.end()
    if open_at is not None:
        spans.append((open_at + 1, end, True))
    taken = [(s - 1, e + 1) for s, e, _ in spans]
    pos = start
    while (opener := _SINGLE_OPEN.search(text, pos, end)) is not None:
        pos = opener.end()
        if any(s <= opener.start() < e for s, e in taken):
            continue  # a single mark inside a double-quoted quotation
        closer = _SINGLE_CLOSE.search(text, opener.end(), end)
        if closer is None or any(opener.start() < s < closer.start() for s, _ in taken):
            continue
        spans.append((opener.end(), closer.start(), False))
        pos = closer.end()
    quotes: list[RawQuote] = []
    for s, e, partial in sorted(spans):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e <= s:
            continue
        mark_end = e
        while mark_end < end and text[mark_end] in ",.  \t”\"’'":
            mark_end += 1
        speaker = _speaker_after(text, mark_end, end) or _speaker_before(text, start, s - 1)
        opens_paragraph = not text[start : s - 1].strip()
        raw = RawQuote(s, e, speaker, partial, opens_paragraph and speaker is None)
        quotes.extend(_split_interpolated(text, raw))
    return quotes
