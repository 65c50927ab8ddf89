"""What travels between the runner and the engines: documents as :class:`WorkItem`, in batches, and
their :class:`WorkResult`.

A work item is the bytes of a file the runner read and hashed (read once and hashed
once, with its format), or a row of a table or a page of a web archive the runner
streamed. A result comes back with the document's text and near-duplicate signature;
the runner stores it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..formats.base import Record
from ..formats.sniff import TEXT
from ..read import make_doc_id
from ..records import DocResult

BATCH_SIZE = 8  # documents a worker gets at a time, and analyses together


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One document for a worker: a whole file's bytes in a format, or a streamed :class:`Record`."""

    key: str  # the SHA-256 of ``data`` (or :attr:`Record.sha256`): the document's content id
    data: bytes | None = None
    format: str = TEXT  # how to read ``data``: text, html, docx or pdf (nerpipe.formats.sniff_kind)
    gzip: bool = False  # ``data`` is gzip-compressed
    record: Record | None = None  # a row of a table or a page of a web archive, instead of ``data``


@dataclass(frozen=True, slots=True)
class WorkResult:
    key: str
    result: DocResult | None
    error: str | None = None  # the worker was lost: no result
    retire: bool = False  # the worker ran out of its memory budget: replace it
    text: str | None = None  # the text the result's offsets point into (when the document is ok)
    signature: bytes | None = None  # its near-duplicate signature (nerpipe.neardup.make_signature)


def error_result(sha256: str, error: str) -> DocResult:
    """The result of a document that failed: no rows but its ``documents`` line."""
    from ..pipeline import failed_result

    return failed_result(make_doc_id(sha256), error)


def make_batches(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    """``items`` in lists of ``size`` (the last one shorter), pulled lazily."""
    batch: list[WorkItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
