"""What kind of input a file is: by its name, corrected by its first bytes.

An extension says what the file should be; the first bytes say what it is. The
bytes win where they are unambiguous (a ``.txt`` saved from a browser that is
really HTML, a ``.csv`` that is really an Excel workbook, a gzip-compressed
file), the extension decides where bytes cannot (CSV against TSV, JSON Lines
against plain text).

:func:`sniff_kind` needs only the name and the first :data:`HEAD_BYTES` bytes
(of the decompressed content when the file is gzip-compressed, see
:func:`read_head`), so the parent process can sort inputs without reading them.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import DocumentError

HEAD_BYTES = 64 * 1024

# single-document formats: the whole file is one document, extracted in a worker from its bytes
TEXT, HTML, DOCX, PDF = "text", "html", "docx", "pdf"
# multi-document formats: streamed row by row (or record by record) in the parent process
CSV, TSV, JSONL, PARQUET, XLSX, WARC = "csv", "tsv", "jsonl", "parquet", "xlsx", "warc"
SINGLE_FORMATS = (TEXT, HTML, DOCX, PDF)
TABLE_FORMATS = (CSV, TSV, JSONL, PARQUET, XLSX)
MULTI_FORMATS = (*TABLE_FORMATS, WARC)
# formats that can be read from a gzip stream (the others need random access to the file)
GZIP_FORMATS = (TEXT, HTML, CSV, TSV, JSONL, WARC)

SUFFIXES: dict[str, str] = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
    ".docx": DOCX, ".pdf": PDF,
    ".csv": CSV, ".tsv": TSV, ".tab": TSV,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".parquet": PARQUET, ".pq": PARQUET,
    ".xlsx": XLSX, ".xlsm": XLSX,
    ".warc": WARC, ".arc": WARC,
}
GZIP_SUFFIX = ".gz"
# formats nerpipe recognizes in order to refuse them with a useful message
_LEGACY = {".doc": "a Word 97-2003 .doc file: save it as .docx", ".xls": "an Excel 97-2003 .xls file: save it as .xlsx",
           ".rtf": "an RTF file: save it as .docx or .txt", ".json": "a JSON file: nerpipe reads JSON Lines "
           "(one object per line, .jsonl); convert an array with `jq -c '.[]'`"}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Kind:
    """What an input file holds: a format, and whether the file is gzip-compressed."""

    format: str
    gzip: bool = False

    @property
    def multi(self) -> bool:
        """Many documents in one file (rows of a table, records of an archive)."""
        return self.format in MULTI_FORMATS


def supported_name(name: str) -> bool:
    """Does the name end in an extension nerpipe reads (``.gz`` allowed after one that streams)?"""
    suffixes = _suffixes(name)
    if suffixes and suffixes[-1] == GZIP_SUFFIX:
        return len(suffixes) > 1 and SUFFIXES.get(suffixes[-2]) in GZIP_FORMATS
    return bool(suffixes) and suffixes[-1] in SUFFIXES


def refused_name(name: str) -> bool:
    """Does the name announce a format nerpipe knows only to refuse with a reason (``.doc``, ``.xls``, ``.rtf``)?

    Such a file in an input directory is a failed document that says what to do (save it as
    ``.docx``, ``.xlsx``); a ``.json`` file is not taken for an article (it may be anything).
    """
    suffixes = _suffixes(name)
    return bool(suffixes) and suffixes[-1] in _LEGACY and suffixes[-1] != ".json"


def _suffixes(name: str) -> list[str]:
    base = name.rsplit("/", 1)[-1].lower()
    parts = base.split(".")[1:]
    return ["." + p for p in parts[-2:]]


def kind_from_name(name: str) -> Kind | None:
    """The kind an input's name announces, or None for an extension nerpipe does not know."""
    suffixes = _suffixes(name)
    compressed = bool(suffixes) and suffixes[-1] == GZIP_SUFFIX
    if compressed:
        suffixes = suffixes[:-1]
    fmt = SUFFIXES.get(suffixes[-1]) if suffixes else None
    return Kind(fmt, compressed) if fmt else None


def read_head(source, size: int = HEAD_BYTES) -> tuple[bytes, bool]:
    """The first ``size`` bytes of a file, decompressed when it is gzip: ``(head, gzipped)``.

    ``source`` is a path or a seekable binary file, which is read from its start and
    left at its start.
    """
    with binary_file(source) as handle:
        handle.seek(0)
        head = handle.read(max(size, HEAD_BYTES))
        handle.seek(0)
    if head[:2] != b"\x1f\x8b":
        return head[:size], False
    return gunzip_head(head, size), True


@contextmanager
def binary_file(source):
    """A binary file over ``source``: a path is opened (and closed after), a file object is used as it is."""
    if isinstance(source, (str, bytes, os.PathLike)):
        with open(source, "rb") as handle:
            yield handle
    else:
        yield source


def gunzip_head(data: bytes, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` decompressed bytes of gzip ``data`` (which may be only the file's beginning)."""
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data, size)
    except zlib.error as error:
        raise DocumentError(f"corrupt gzip data: {error}") from None


def sniff_kind(name: str, head: bytes, gzipped: bool | None = None) -> Kind:
    """The kind of an input from its name and first bytes.

    ``head`` is the beginning of the content: of the decompressed content when
    ``gzipped`` is true (see :func:`read_head`). When ``gzipped`` is None the
    head itself is checked for the gzip magic and decompressed. Raises
    :class:`DocumentError` for content nerpipe cannot read (a legacy Office
    file, an unknown archive) with a one-line reason.
    """
    if gzipped is None:
        gzipped = head[:2] == b"\x1f\x8b"
        if gzipped:
            head = gunzip_head(head)
    named = kind_from_name(name)
    fmt = _format_from_bytes(head, named.format if named else None)
    if fmt is None:
        fmt = _format_from_name(name, named, head)
    if gzipped and fmt not in GZIP_FORMATS:
        raise DocumentError(f"a gzip-compressed {fmt.upper()} cannot be read: decompress it first")
    return Kind(fmt, gzipped)


def _format_from_name(name: str, named: Kind | None, head: bytes) -> str:
    """The format of content whose bytes prove nothing: text of some kind."""
    if named is None:
        legacy = _LEGACY.get((_suffixes(name) or [""])[-1])
        if legacy:
            raise DocumentError(f"not a supported input: {legacy}")
        return TEXT  # any other name (chosen with --glob) is read as plain text, as it always was
    if named.format in (DOCX, XLSX, PDF, PARQUET, WARC):
        raise DocumentError(f"the file is named like {named.format.upper()} but its content is not")
    if named.format == JSONL and head.lstrip()[:1] == b"[":
        raise DocumentError(_LEGACY[".json"].replace("a JSON file", "a JSON array"))
    if named.format == HTML and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return TEXT  # named like a web page, but plain text
    return named.format


def _format_from_bytes(head: bytes, named: str | None) -> str | None:
    """The format the content proves, or None when only the name can tell."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PAR1"):
        return PARQUET
    if head.startswith(b"WARC/") or (named == WARC and head.startswith(b"filedesc://")):
        return WARC
    if head.startswith(_OLE2):
        raise DocumentError("a legacy or encrypted Microsoft Office file (OLE2): save it as .docx or .xlsx "
                            "without a password")
    if head.startswith(_ZIP):
        return _office_format(head, named)
    if named in (CSV, TSV, JSONL):
        return None  # text content: the name decides between table formats
    if _looks_like_html(head):
        return HTML
    return None


def _office_format(head: bytes, named: str | None) -> str:
    """DOCX or XLSX from the member names in the ZIP's first local headers."""
    if b"word/" in head:
        return DOCX
    if b"xl/" in head:
        return XLSX
    if named in (DOCX, XLSX):
        return named
    raise DocumentError("a ZIP archive that is neither a .docx nor an .xlsx file")


def _looks_like_html(head: bytes) -> bool:
    start = head[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(start):
        return True
    return start.lstrip()[:1] == b"<" and _HTML_ANYWHERE.search(start) is not None


def looks_like_html_text(text: str) -> bool:
    """A table cell or a plain-text file whose content is an HTML document or fragment."""
    start = text[:4096].lstrip()
    if not start.startswith("<"):
        return False
    return _looks_like_html(start.encode("utf-8")) or re.match(r"<(?:p|div|article|section)\b", start, re.I) is not None


@contextmanager
def open_binary(source, kind: Kind):
    """A binary file over the (decompressed) content of an input: ``source`` is a path or a seekable binary
    file (read from its start; not closed here)."""
    with binary_file(source) as handle:
        handle.seek(0)
        if kind.gzip:
            with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
                yield unzipped
        else:
            yield handle
