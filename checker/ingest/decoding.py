"""Bytes to text: byte-order marks, UTF-8, a charset the file declares, else a detected one.

Binary files (PDF, images, archives, NUL bytes, mostly control bytes) are refused with a clear
error rather than decoded into noise.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from checker.errors import CheckerError

_UNICODE_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, and DEL.
_CONTROL = frozenset([*range(0, 9), *range(14, 32), 127])
_MAX_CONTROL_SHARE = 0.05


def read_bytes(path: Path, where: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise CheckerError(where, f"cannot read the file: {err.strerror or err}") from None


def _reject_binary(data: bytes, where: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise CheckerError(where, f"binary file ({what}), not text: extract its text first")
    if b"\x00" in data:
        raise CheckerError(where, "binary file (contains NUL bytes), not text")
    head = data[:8192]
    if sum(b in _CONTROL for b in head) > _MAX_CONTROL_SHARE * len(head):
        raise CheckerError(where, "binary file (mostly non-text bytes), not text")


def decode(data: bytes, where: str, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes; return (text, how), e.g. "utf-8-sig" or "cp1252 (detected)".

    UTF-8 with or without BOM first (and UTF-16/32 when a BOM says so), then a charset
    `declared` by the file itself (HTML <meta charset>), then charset-normalizer's guess.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise CheckerError(
                where,
                f"undecodable bytes: starts with a UTF-8 byte-order mark but byte "
                f"0x{data[err.start]:02x} at offset {err.start} is not UTF-8",
            ) from None
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise CheckerError(
                    where,
                    f"undecodable bytes: {codec} byte-order mark, but the bytes are not {codec}",
                ) from None
    _reject_binary(data, where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        bad = err.start
    if declared:
        try:
            return data.decode(declared), f"{codecs.lookup(declared).name} (declared)"
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = _detect(data)
    if text is None or sum(ord(c) in _CONTROL for c in text) > _MAX_CONTROL_SHARE * len(text):
        raise CheckerError(
            where,
            f"undecodable bytes: not UTF-8 (byte 0x{data[bad]:02x} at offset {bad}) "
            "and no other text encoding fits; save the file as UTF-8",
        )
    return text, f"{encoding} (detected)"


def _detect(data: bytes) -> tuple[str | None, str]:
    # Imported here: only files that are not UTF-8 pay for it.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None, ""
    # Short Western text often fits several code pages equally well; windows-1252 is the one
    # such text is almost always in (browsers read latin-1 labels as it too).
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence:
            best = m
            break
    return str(best), best.encoding
