"""One document from its bytes: the function a worker runs before the pipeline.

:func:`extract_document` is pure (bytes in, :class:`~.base.Extracted` out) and
does the CPU-heavy part of reading a file — parsing HTML, DOCX, PDF — so it
belongs in the worker, where the bytes already travel.
"""

from __future__ import annotations

import zlib

from ..errors import DocumentError
from ..read.decode import decode_bytes
from .base import DocMeta, Extracted
from .sniff import DOCX, HTML, PDF, SINGLE_FORMATS, TEXT, looks_like_html_text

MAX_DECOMPRESSED = 64 * 1024 * 1024


def extract_document(data: bytes, format: str = TEXT, *, gzip: bool = False, url: str | None = None,
                     charset: str | None = None, meta: DocMeta | None = None) -> Extracted:
    """Text, encoding and metadata of one document.

    ``format`` is one of ``text``, ``html``, ``docx``, ``pdf`` (see
    :func:`~.sniff.sniff_kind` and :attr:`~.base.Record.format`); ``gzip`` says the
    bytes are gzip-compressed. ``url`` and ``charset`` are hints from a container
    (a WARC record's address and HTTP charset). ``meta`` is what the container
    states (a table row's columns): its values win over what the document says
    about itself. Raises :class:`DocumentError` with a one-line reason.
    """
    if format not in SINGLE_FORMATS:
        raise ValueError(f"not a single-document format: {format!r}")
    if gzip:
        data = gunzip(data)
    if format == TEXT:
        decoded = decode_bytes(data)
        if looks_like_html_text(decoded.text):  # a table cell or a .txt holding a web page
            from .web import extract_html

            extracted = extract_html(decoded.text, url)
            extracted = Extracted(extracted.text, decoded.encoding, extracted.meta)
        else:
            extracted = Extracted(decoded.text, decoded.encoding)
    elif format == HTML:
        from .web import extract_html

        extracted = extract_html(data, url, charset)
    elif format == DOCX:
        from .office import extract_docx

        extracted = extract_docx(data)
    else:
        assert format == PDF
        from .office import extract_pdf

        extracted = extract_pdf(data)
    if meta is not None:
        extracted = Extracted(extracted.text, extracted.encoding, meta.fill(extracted.meta))
    elif url and extracted.meta.url is None:
        extracted = Extracted(extracted.text, extracted.encoding, extracted.meta.fill(DocMeta(url=url)))
    return extracted


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """Decompress gzip data (all members), refusing more than ``limit`` bytes of output."""
    out = bytearray()
    while data:
        decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out += decompressor.decompress(data, limit + 1 - len(out))
        except zlib.error as error:
            raise DocumentError(f"corrupt gzip data: {error}") from None
        if len(out) > limit:
            raise DocumentError(f"decompresses to more than {limit} bytes")
        if not decompressor.eof:
            raise DocumentError("truncated gzip data")
        data = decompressor.unused_data
    return bytes(out)
