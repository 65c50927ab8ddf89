"""Input formats: what a file is, and the documents in it.

Two kinds of input, two places where the work happens:

- **Single-document files** — plain text (``.txt``, ``.md``), web pages
  (``.html``, ``.htm``), Word (``.docx``) and PDF (``.pdf``): the file's bytes go
  to a worker as they do for text, and the worker calls
  :func:`extract_document` (decode; parse HTML with trafilatura, DOCX with
  python-docx, PDF with pypdf) before the pipeline. The CPU work is in the workers.
- **Multi-document files** — tables (``.csv``, ``.tsv``, ``.jsonl``,
  ``.parquet``, ``.xlsx``) and web archives (``.warc``, ``.warc.gz``): the parent
  streams them with :func:`iter_records`, one :class:`Record` per row or page, in
  bounded memory. Each record carries its locator (``#17``), the bytes a worker
  turns into text (:func:`extract_record`), the metadata its container states
  and, for a malformed row, a one-line error. Rows are cheap to read and must be
  read in order, so the parent does it; page extraction is left to the workers.

A runner does, per input file::

    kind = sniff_kind(name, *read_head(handle))        # DocumentError: the file fails
    if kind.multi:
        for record in iter_records(handle, kind, columns): # DocumentError midway: the file fails,
            key = (path + record.locator, record.sha256)    # the records before it stay
            ... ship record to a worker: extract_record(record) -> Extracted
    else:
        ... ship (bytes, kind) to a worker: extract_document(data, kind.format, gzip=kind.gzip)

and the worker hands :class:`Extracted` (text, encoding, :class:`DocMeta`) to
:func:`nerpipe.pipeline.finish_job` (``nerpipe.engines.process_item`` does
both steps; :func:`nerpipe.pipeline.process_document` and
:func:`nerpipe.pipeline.process_record` are the same for one document).
``nerpipe.runner`` is that runner: it opens each file safely (``nerpipe.read.open_source``)
and passes the open file, never a path, so what is read is what was checked.

Errors are :class:`~nerpipe.errors.DocumentError` with a one-line message for the
``documents.error`` column.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import DocumentError
from .base import COLUMN_FIELDS, ColumnMap, DocMeta, Extracted, Record, parse_column_options, parse_date
from .single import extract_document
from .sniff import (
    GZIP_FORMATS,
    MULTI_FORMATS,
    SINGLE_FORMATS,
    SUFFIXES,
    TABLE_FORMATS,
    Kind,
    kind_from_name,
    read_head,
    refused_name,
    sniff_kind,
    supported_name,
)

__all__ = [
    "COLUMN_FIELDS", "GZIP_FORMATS", "MULTI_FORMATS", "SINGLE_FORMATS", "SUFFIXES", "TABLE_FORMATS",
    "ColumnMap", "DocMeta", "DocumentError", "Extracted", "Kind", "Record",
    "extract_document", "extract_record", "iter_records", "kind_from_name", "parse_column_options", "parse_date",
    "read_head", "refused_name", "sniff_file", "sniff_kind", "supported_name",
]


def sniff_file(path: str, name: str | None = None) -> Kind:
    """The kind of the file at ``path`` (named ``name`` in the tables, by default its path)."""
    try:
        head, gzipped = read_head(path)
    except OSError as error:
        raise DocumentError(f"cannot read the file: {error.strerror or error}") from None
    return sniff_kind(name or path, head, gzipped)


def iter_records(source, kind: Kind, columns: ColumnMap | None = None) -> Iterator[Record]:
    """Stream the documents of a multi-document file (see :attr:`Kind.multi`), in file order.

    ``source`` is a path or a seekable binary file, read from its start.
    """
    if kind.format == "warc":
        from .warc import iter_warc

        return iter_warc(source, kind)
    from .tables import iter_table

    return iter_table(source, kind, columns or ColumnMap())


def extract_record(record: Record) -> Extracted:
    """The worker's half of a :class:`Record`: its text, with the container's metadata first.

    A table row reports the table file's encoding; a page from an archive the one
    its bytes were decoded from. Raises :class:`DocumentError` for a record that
    came with an error, or whose content cannot be extracted.
    """
    if record.error is not None or record.data is None:
        raise DocumentError(record.error or "no content")
    extracted = extract_document(record.data, record.format, url=record.meta.url, charset=record.charset,
                                 meta=record.meta)
    if record.encoding:
        extracted = Extracted(extracted.text, record.encoding, extracted.meta)
    return extracted
