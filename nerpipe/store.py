"""The manifest: what has been processed, kept in ``OUT/.nerpipe/state.sqlite``.

Two tables: ``files`` (every document of the last run: a whole file, or a row of
a table or a page of a web archive, with where it is, its size, modification
time and content hash, or why it could not be read) and ``results`` (one
compact per-document result per content hash and pipeline version, with the
document's text and its near-duplicate signature). SQLite's transactions make it
crash-safe: a result is either stored whole or not at all, so a killed run
resumes where it stopped.

A document is keyed by ``(root, path, locator)``: ``locator`` is ``''`` for a
whole file and ``#17`` (:attr:`nerpipe.formats.Record.locator`) for a row of a
table or a page of an archive. A table or archive also has a row of its own
(``container = 1``, locator ``''``): its size and modification time, whether it
was read to the end (``complete``) and with which column mapping (``options``),
or why it could not be read; it is a document only when it failed.

``meta.generation`` grows with every change, and ``meta.identity`` is random
per manifest. Each table records the ``identity:generation`` it was built from
(:attr:`Store.stamp`); a run rebuilds the tables whenever one of them records
another stamp, so a run killed after storing results, or while replacing the
tables, leaves tables that the next run repairs.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from .records import DocResult, result_from_dict

STATE_DIR = ".nerpipe"
DB_NAME = "state.sqlite"

_FILES = """
CREATE TABLE IF NOT EXISTS files (
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    locator TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    error TEXT,
    checked_at TEXT NOT NULL,
    container INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    options TEXT,
    PRIMARY KEY (root, path, locator)
);
"""
_SCHEMA = _FILES + """
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    processed_at TEXT NOT NULL,
    payload BLOB NOT NULL,
    n_chars INTEGER,
    published TEXT,
    title TEXT,
    encoding TEXT,
    url TEXT,
    source TEXT,
    text BLOB,
    signature BLOB,
    run TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# created after the columns they use exist (older manifests gain them in _migrate);
# they let the tables stream in order without sorting results in memory
_INDEXES = """
CREATE INDEX IF NOT EXISTS results_by_doc_id ON results (doc_id, sha256);
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files (sha256);
CREATE INDEX IF NOT EXISTS files_in_order ON files (root, path, seq);
"""
_FILE_COLUMNS = ("root", "path", "locator", "seq", "size", "mtime_ns", "sha256", "error", "checked_at", "container",
                 "complete", "options")


# per-document values the documents table needs, kept beside the payload so that it can be
# written without decoding every result; then the document's text and its near-duplicate signature
_RESULT_COLUMNS = (("n_chars", "INTEGER"), ("published", "TEXT"), ("title", "TEXT"), ("encoding", "TEXT"),
                   ("url", "TEXT"), ("source", "TEXT"), ("text", "BLOB"), ("signature", "BLOB"), ("run", "TEXT"))


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


def _pack_text(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", errors="surrogatepass"), 6)


def _unpack_text(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", errors="surrogatepass")


_INSERT_FILES = (f"INSERT OR REPLACE INTO files ({', '.join(_FILE_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_FILE_COLUMNS))})")


class Store:
    """The manifest of one output directory."""

    def __init__(self, out_dir: Path):
        self.dir = Path(out_dir) / STATE_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / DB_NAME
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self.db.executescript(_SCHEMA)
        self._add_missing_columns()
        self.db.executescript(_INDEXES)
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (root TEXT, path TEXT, locator TEXT, "
                        "PRIMARY KEY (root, path, locator))")
        if self.get_meta("identity") is None:
            self.set_meta("identity", uuid.uuid4().hex)

    def check(self) -> None:
        """Raise :class:`sqlite3.DatabaseError` when the database file is damaged (SQLite's quick check)."""
        problems = [row[0] for row in self.db.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(problems))

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        """A manifest written before documents could be rows of a file: its files become whole-file documents."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(files)")}
        if not have or "locator" in have:
            return
        self.db.executescript(  # one transaction: the manifest is migrated whole or not at all
            "BEGIN; ALTER TABLE files RENAME TO files_before_rows; DROP INDEX IF EXISTS files_by_sha256;"
            + _FILES.replace("IF NOT EXISTS ", "") +
            "INSERT INTO files (root, path, size, mtime_ns, sha256, error, checked_at)"
            " SELECT root, path, size, mtime_ns, sha256, error, checked_at FROM files_before_rows;"
            " DROP TABLE files_before_rows; COMMIT;")

    def _add_missing_columns(self) -> None:
        """Manifests written before these result columns existed get them (empty until reprocessed)."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(results)")}
        for column, kind in _RESULT_COLUMNS:
            if column not in have:
                self.db.execute(f"ALTER TABLE results ADD COLUMN {column} {kind}")

    # -- meta --------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        return int(self.get_meta("generation", "0"))

    @property
    def stamp(self) -> str:
        """What the tables built from the manifest as it is now record: ``identity:generation``."""
        return f"{self.get_meta('identity')}:{self.generation}"

    def bump(self) -> None:
        self.set_meta("generation", str(self.generation + 1))

    # -- files -------------------------------------------------------------------------------------

    def files(self) -> dict[tuple[str, str], FileState]:
        """The files of the last run (whole files, and tables and archives themselves; not their rows)."""
        rows = self.db.execute(f"SELECT {', '.join(_FILE_COLUMNS)} FROM files WHERE locator = ''")
        return {(r[0], r[1]): _file_state(r) for r in rows}

    def row_state(self, root: str, path: str, locator: str) -> tuple[str | None, int] | None:
        """``(sha256, seq)`` recorded for one row of a table (None: no such row)."""
        row = self.db.execute("SELECT sha256, seq FROM files WHERE root = ? AND path = ? AND locator = ?",
                              (root, path, locator)).fetchone()
        return tuple(row) if row else None

    def rows_done(self, root: str, path: str, version: str, run: str | None = None) -> bool:
        """Whether every row of a table the manifest holds has a result (see :meth:`has_result`)."""
        sql = ("SELECT 1 FROM files f WHERE f.root = ? AND f.path = ? AND f.locator != '' AND NOT EXISTS"
               " (SELECT 1 FROM results r WHERE r.sha256 = f.sha256 AND r.version = ?"
               " AND (r.status != 'ok' OR r.text IS NOT NULL)" + (" AND r.run = ?" if run is not None else "")
               + ") LIMIT 1")
        parameters = (root, path, version) + ((run,) if run is not None else ())
        return self.db.execute(sql, parameters).fetchone() is None

    def count_rows(self, root: str, path: str) -> int:
        """How many rows of a table or pages of an archive the manifest holds."""
        return self.db.execute("SELECT count(*) FROM files WHERE root = ? AND path = ? AND locator != ''",
                               (root, path)).fetchone()[0]

    def count_documents(self) -> int:
        """How many rows the documents table has: every document, and every file that failed as a whole."""
        return self.db.execute("SELECT count(*) FROM files WHERE container = 0 OR error IS NOT NULL").fetchone()[0]

    def put_files(self, states: list[FileState], seen: list[FileState] = ()) -> None:
        """Record these states; note the rows in ``seen`` as read in this run (see :meth:`forget_unseen_rows`)."""
        if not states and not seen:
            return
        self.db.execute("BEGIN")
        self.db.executemany(_INSERT_FILES, [s.values() for s in states])
        self.db.executemany("INSERT OR IGNORE INTO temp.seen VALUES (?, ?, ?)", [s.key for s in seen])
        if states:
            self.bump()
        self.db.execute("COMMIT")

    def forget_files(self, gone: set[tuple[str, str]]) -> int:
        """Drop these ``(root, path)`` files (no longer among the inputs), with their rows if they are tables.

        Their results stay until :meth:`forget_unused_results`: a file that was moved or
        renamed is found under its new name later in the same run, with the same content.
        """
        if not gone:
            return 0
        self.db.execute("BEGIN")
        self.db.executemany("DELETE FROM files WHERE root = ? AND path = ?", sorted(gone))
        self.bump()
        self.db.execute("COMMIT")
        return len(gone)

    def forget_rows(self, root: str, path: str) -> int:
        """Drop every row of a file that is no table any more (it is read as one document now)."""
        return self._delete("DELETE FROM files WHERE root = ? AND path = ? AND locator != ''", (root, path))

    def forget_unseen_rows(self, root: str, path: str) -> int:
        """Drop the rows of a table read to its end in this run that were not among them (removed rows)."""
        removed = self._delete(
            "DELETE FROM files WHERE root = ? AND path = ? AND locator != '' AND locator NOT IN"
            " (SELECT locator FROM temp.seen WHERE root = ? AND path = ?)", (root, path, root, path))
        self.db.execute("DELETE FROM temp.seen WHERE root = ? AND path = ?", (root, path))
        return removed

    def _delete(self, sql: str, parameters: tuple) -> int:
        self.db.execute("BEGIN")
        removed = max(self.db.execute(sql, parameters).rowcount, 0)
        if removed:
            self.bump()
        self.db.execute("COMMIT")
        return removed

    def forget_unused_results(self) -> int:
        """Drop the results no input file has any more (once every file of the run has been recorded)."""
        return self._delete(
            "DELETE FROM results WHERE sha256 NOT IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL)", ())

    def files_by_root(self) -> dict[str, int]:
        """How many files of each input root the manifest holds."""
        return dict(self.db.execute("SELECT root, count(*) FROM files WHERE locator = '' GROUP BY root"))

    # -- results -----------------------------------------------------------------------------------

    def has_result(self, sha256: str, version: str, run: str | None = None) -> bool:
        """Whether the content has a result of this pipeline ``version`` (made by ``run``, if given).

        A result stored before texts were kept (no text, though it is ok) does not count:
        its document is processed again, once, so that its text is kept too.
        """
        sql = ("SELECT 1 FROM results WHERE sha256 = ? AND version = ? AND (status != 'ok' OR text IS NOT NULL)"
               + (" AND run = ?" if run is not None else ""))
        return self.db.execute(sql, (sha256, version) + ((run,) if run is not None else ())).fetchone() is not None

    def count_results_without_text(self, version: str) -> int:
        """Results of this version stored before texts were kept (their documents are processed once more)."""
        return self.db.execute("SELECT count(*) FROM results WHERE version = ? AND status = 'ok' AND text IS NULL",
                               (version,)).fetchone()[0]

    def put_results(self, items: list[Stored], version: str, files: list[FileState] = (), run: str | None = None
                    ) -> None:
        """Store finished documents, and the states of the files (or rows) that hold them, in one transaction."""
        if not items:
            return
        self.db.execute("BEGIN")
        self.db.executemany(_INSERT_FILES, [s.values() for s in files])
        self.db.executemany(
            "INSERT OR REPLACE INTO results (sha256, version, doc_id, status, error, processed_at, payload,"
            " n_chars, published, title, encoding, url, source, text, signature, run)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(item.sha256, version, r.doc_id, r.status, r.error, item.processed_at, encode_result(r), r.n_chars,
              r.published.isoformat() if r.published else None, r.title, (r.extra or {}).get("encoding"),
              r.url, r.source, _pack_text(item.text), item.signature, run)
             for item in items for r in (item.result,)],
        )
        self.bump()
        self.db.execute("COMMIT")

    def iter_current_results(self):
        """Yield ``(sha256, DocResult)`` for every result an input file has, ordered by ``doc_id``.

        Results stream from the database one at a time: memory does not grow with the corpus.
        """
        rows = self.db.execute(
            "SELECT sha256, payload FROM results"
            " WHERE sha256 IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL) ORDER BY doc_id, sha256"
        )
        for sha, payload in rows:
            yield sha, decode_result(payload)

    def iter_texts(self) -> Iterator[tuple[str, str]]:
        """Yield ``(doc_id, text)`` for every current document that was processed, ordered by ``doc_id``."""
        rows = self.db.execute(
            "SELECT doc_id, text FROM results WHERE status = 'ok' AND text IS NOT NULL"
            " AND sha256 IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL) ORDER BY doc_id, sha256")
        for doc_id, blob in rows:
            yield doc_id, _unpack_text(blob)

    def iter_signatures(self) -> Iterator[tuple[str, bytes, str | None]]:
        """Yield ``(doc_id, signature, published)`` for every current document that has a signature."""
        yield from self.db.execute(
            "SELECT doc_id, signature, published FROM results WHERE status = 'ok' AND signature IS NOT NULL"
            " AND sha256 IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL)")

    def iter_documents(self):
        """Yield a :class:`DocumentRow` for every document, ordered by root, path and place in the file."""
        rows = self.db.execute(
            "SELECT f.root, f.path || f.locator, f.locator, f.size, f.sha256, f.error, f.checked_at, r.doc_id,"
            " r.status, r.error, r.processed_at, r.n_chars, r.published, r.title, r.encoding, r.url, r.source,"
            " CASE WHEN f.sha256 IS NULL THEN 1 ELSE"
            "  ROW_NUMBER() OVER (PARTITION BY f.sha256, f.error IS NULL ORDER BY f.root, f.path, f.seq) END"
            " FROM files f LEFT JOIN results r ON r.sha256 = f.sha256"
            " WHERE f.container = 0 OR f.error IS NOT NULL ORDER BY f.root, f.path, f.seq"
        )
        for row in rows:
            yield DocumentRow(*row)

    def failures(self) -> list[tuple[str, str]]:
        """``(path, reason)`` of every document (or file) that could not be read or processed."""
        rows = self.db.execute(
            "SELECT f.path || f.locator, COALESCE(f.error, r.error) FROM files f"
            " LEFT JOIN results r ON r.sha256 = f.sha256"
            " WHERE f.error IS NOT NULL OR r.status = 'error' ORDER BY f.root, f.path, f.seq"
        )
        return [(path, error) for path, error in rows]


def _file_state(row) -> FileState:
    root, path, locator, seq, size, mtime_ns, sha256, error, checked_at, container, complete, options = row
    return FileState(root, path, size, mtime_ns, sha256, error, checked_at, locator, seq, bool(container),
                     bool(complete), options)
