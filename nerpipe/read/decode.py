"""Decode a document's bytes into text: its encoding decided, its line endings unified to ``\\n``.

UTF-8, UTF-8 with BOM, UTF-16 with BOM, UTF-8 with a few damaged bytes, or whatever
charset-normalizer detects; empty, whitespace-only and binary content is refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes into text with ``\\n`` line endings.

    BOMs decide first; then strict UTF-8; then UTF-8 with a few damaged bytes
    (replaced by U+FFFD, encoding ``utf-8-replace``); then charset-normalizer.
    An empty or whitespace-only file, and content that is binary (NUL bytes
    without a UTF-16/32 BOM, or no plausible encoding), is a :class:`DocumentError`.
    """
    if not data:
        raise DocumentError("empty file")
    decoded = _decode(data)
    if not decoded.text.strip():
        raise DocumentError("no text: the file holds only whitespace")
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DocumentError(f"invalid {encoding} after its byte-order mark at byte {error.start}") from None
            if encoding == "utf-8-sig":
                encoding = "utf-8"
            return Decoded(_clean_text(text), encoding + "-bom" if encoding == "utf-8" else encoding)
    if b"\x00" in data:
        raise DocumentError("binary content (NUL bytes), not text")
    try:
        return Decoded(_clean_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    return _decode_damaged_utf8(data) or _detect(data, first_bad)


MAX_DAMAGE = 0.01  # at most 1 byte in 100 invalid (or 2 in a short text), and ten valid non-ASCII letters for each


def _decode_damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a truncated copy, a bad byte): keep the text, mark the damage.

    Text in a legacy Cyrillic encoding is almost all invalid UTF-8, so it never
    passes these thresholds and goes on to detection.
    """
    text = data.decode("utf-8", errors="replace")
    genuine = data.count(b"\xef\xbf\xbd")  # U+FFFD written in the file itself
    replaced = text.count("\ufffd") - genuine
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - replaced - genuine
    if replaced <= max(2, len(data) * MAX_DAMAGE) and non_ascii >= 10 * replaced:
        return Decoded(_clean_text(text), "utf-8-replace")
    return None


def _detect(data: bytes, first_bad: int) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise DocumentError(f"not valid UTF-8 (byte {first_bad}) and no other text encoding fits")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise DocumentError("binary content, not text")
    return Decoded(_clean_text(text), best.encoding)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x80 <= ord(ch) < 0xA0)
    return bad / len(text)


def _clean_text(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text[:65536]) > 0.05:
        raise DocumentError("binary content, not text")
    return text
