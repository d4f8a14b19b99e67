"""Bytes to text: byte-order marks, UTF-8, a charset the file declares, else a detected one.

Binary files (PDF, images, archives, NUL bytes, mostly control bytes) are refused with a clear
error rather than decoded into noise.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from checker.errors import CheckerError, warn_input

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
_MAX_STRAY = 8  # stray bytes read as damage; more, and the file is in another encoding


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
    if (mostly := _mostly_utf8(data, where, bad)) is not None:
        return mostly
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


def _mostly_utf8(data: bytes, where: str, first_bad: int) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes (a bad paste, a truncated copy) is UTF-8: read it so,
    those bytes replaced, and say where. A legacy code page would explain the stray bytes but
    turn every real UTF-8 character into two or three wrong ones.

    UTF-8 only when the file also has valid multi-byte sequences; ASCII with a few high bytes
    is what a legacy code page looks like, and is left to detection.
    """
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if multibyte == 0 or stray > max(_MAX_STRAY, multibyte // 10):
        return None
    line = data.count(b"\n", 0, first_bad) + 1
    warn_input(
        f"{where}:{line}",
        f"{stray} byte(s) that are not UTF-8 (first 0x{data[first_bad]:02x}) replaced by U+FFFD; "
        "the rest is read as UTF-8",
    )
    return text, "utf-8 (stray bytes replaced)"


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
