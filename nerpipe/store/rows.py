"""The records that go in and out of the manifest, and how a result and a text are packed in it."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone

from ..records import DocResult, result_from_dict


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One row of the documents table as the manifest knows it (a document, and its result if any)."""

    root: str
    path: str  # the file's path and the document's locator in it: 'export.xlsx#17'
    locator: str
    size: int | None
    sha256: str | None
    file_error: str | None
    checked_at: str
    doc_id: str | None
    status: str | None
    error: str | None
    processed_at: str | None
    n_chars: int | None
    published: str | None
    title: str | None
    encoding: str | None
    url: str | None
    source: str | None
    copy: int  # 1 for the first document (by root, path and place) with this content, 2, 3... for the others


@dataclass(frozen=True, slots=True)
class FileState:
    """A document as the manifest records it (or, with ``container``, a table or archive file itself)."""

    root: str
    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    error: str | None
    checked_at: str
    locator: str = ""  # '' for a whole file, '#17' for a row of a table or a page of an archive
    seq: int = 0  # the row's place in its file (1, 2, ...), for the order of the documents table
    container: bool = False  # a table or archive: its documents are its rows
    complete: bool = False  # a container read to its end (its rows not seen then are gone)
    options: str | None = None  # a container: how it was read (the column mapping), to notice a new one

    @property
    def key(self) -> tuple[str, str, str]:
        return self.root, self.path, self.locator

    def values(self) -> tuple:
        return (self.root, self.path, self.locator, self.seq, self.size, self.mtime_ns, self.sha256, self.error,
                self.checked_at, int(self.container), int(self.complete), self.options)


@dataclass(frozen=True, slots=True)
class Stored:
    """A finished document for :meth:`Store.put_results`: its result, and its text and signature when it is ok."""

    sha256: str
    result: DocResult
    processed_at: str
    text: str | None = None
    signature: bytes | None = None


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}")


def encode_result(result: DocResult) -> bytes:
    return zlib.compress(json.dumps(result.to_dict(), ensure_ascii=False, default=_json_default).encode("utf-8"), 6)


def decode_result(payload: bytes) -> DocResult:
    return result_from_dict(json.loads(zlib.decompress(payload).decode("utf-8")))


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def pack_text(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", errors="surrogatepass"), 6)


def unpack_text(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", errors="surrogatepass")


def file_state(row) -> FileState:
    root, path, locator, seq, size, mtime_ns, sha256, error, checked_at, container, complete, options = row
    return FileState(root, path, size, mtime_ns, sha256, error, checked_at, locator, seq, bool(container),
                     bool(complete), options)
