"""Web archives: each HTML page a WARC (or WARC.GZ) file holds is a document, read with warcio.

A page is a ``response`` record (HTTP status 2xx) or a ``resource`` record whose
content type is HTML; requests, metadata, redirects, error pages, images and
scripts are skipped. The parent streams the records; the page's bytes go to a
worker, which extracts them like any web page (:mod:`.web`), with the record's
target URI as the page's address unless the page names a canonical one.

The locator of a record is ``#N``, its byte offset in the file: ``warcio extract
FILE N`` prints it.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator

from ..errors import DocumentError
from .base import DocMeta, Record, clean_meta_text
from .sniff import HTML, Kind, binary_file, read_head

log = logging.getLogger("nerpipe")

MAX_PAGE_BYTES = 16 * 1024 * 1024  # a page larger than this is recorded as a failed document
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def iter_warc(source, kind: Kind | None = None) -> Iterator[Record]:
    """Stream the HTML pages of a WARC file (plain or gzip-compressed) as :class:`Record` objects.

    ``format`` is ``html`` and ``data`` the HTTP body (transfer and content
    encodings undone); ``meta`` carries the target URI as ``url`` and the
    WARC-Record-ID as ``id``; ``charset`` is the HTTP header's, a hint for the
    worker. A corrupt or truncated archive raises :class:`DocumentError`
    after the records read before the damage. ``source`` is a path or a seekable
    binary file (read from its start).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    head, _ = read_head(source, 16)
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise DocumentError("not a web archive: it does not start with a WARC record")
    with binary_file(source) as handle:
        records = ArchiveIterator(handle, check_digests=True)
        try:
            for record in records:
                page = _page(record, records)
                if page is not None:
                    pages += 1
                    yield page
        except _Truncated as truncated:
            yield truncated.record  # the damaged page fails alone; nothing can follow it
        except ArchiveLoadFailed as error:
            raise DocumentError(f"corrupt web archive after {pages} pages: {_one_line(error)}") from None
        except (zlib.error, EOFError, OSError, ValueError) as error:
            raise DocumentError(f"corrupt or truncated web archive after {pages} pages: "
                                f"{type(error).__name__}: {_one_line(error)}") from None


def _page(record, records) -> Record | None:
    """The record as a document, or None when it is not an HTML page (``records``: the ArchiveIterator)."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        if not (status or "").startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in _HTML_TYPES:
        return None
    meta = DocMeta(url=clean_meta_text(record.rec_headers.get_header("WARC-Target-URI")),
                   id=clean_meta_text(record.rec_headers.get_header("WARC-Record-ID")))
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    missing = getattr(record.raw_stream, "limit", 0)  # bytes the record announced but the file does not hold
    damaged = record.digest_checker.passed is False
    locator = f"#{records.get_record_offset()}"  # known once the record is read (the iterator reads the rest)
    if len(data) > MAX_PAGE_BYTES:
        return Record(locator, HTML, None, meta, error=f"the page is over {MAX_PAGE_BYTES} bytes")
    if missing:
        raise _Truncated(Record(locator, HTML, None, meta, error=f"truncated archive record ({missing} bytes "
                                                                   "missing)"))
    if damaged:
        return Record(locator, HTML, None, meta, error="damaged archive record: its content does not match its "
                      "WARC digest")
    charset = _CHARSET.search(content_type)
    return Record(locator, HTML, data, meta, charset=charset.group(1).lower() if charset else None)


class _Truncated(Exception):
    """The archive ends inside a page's record."""

    def __init__(self, record: Record):
        super().__init__(record.error)
        self.record = record


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200]
