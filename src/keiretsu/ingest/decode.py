"""Bytes to text, refusing what is not text rather than guessing.

A wrong guess turns a document into mojibake that no later stage can see;
a clear refusal names the file and tells the user how to read it anyway.
"""

from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Every byte-order mark, for ``bytes.startswith``.
BOMS = tuple(bom for bom, _ in _BOMS)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` says; it decides over anything else."""
    return next((codec for bom, codec in _BOMS if head.startswith(bom)), None)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)


def _controls(sample: bytes) -> int:
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first few kilobytes."""
    if not head or bom_encoding(head):
        return False
    sample = head[:8192]
    return b"\0" in sample or _controls(sample) > len(sample) * 0.05


def mostly_binary(head: bytes) -> bool:
    """Many control bytes (NULs among them) in the first few kilobytes: for a table, where one
    NUL byte spoils one row, not the file."""
    sample = head[:8192]
    return _controls(sample) > len(sample) * 0.05


def decode(data: bytes, location: str, encoding: str | None = None) -> str:
    """Decode a whole input; raises ``InputError`` naming the problem."""
    if not data.strip():
        raise InputError(location, "empty input")
    # A BOM decides the encoding, over --encoding too: the file says what it is.
    if codec := bom_encoding(data):
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            raise InputError(location, f"mis-encoded {codec} text at byte {e.start}") from None
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(location, f"cannot decode as {encoding}: {e}") from None
    if looks_binary(data):
        raise InputError(location, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise InputError(
            location,
            f"not valid UTF-8 (byte 0x{bad:02x} at offset {e.start}); "
            "pass --encoding (e.g. --encoding cp1252) if that is the file's encoding",
        ) from None
