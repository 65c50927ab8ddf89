"""The manifest: what has been processed, kept in ``OUT/.nerpipe/state.sqlite``.

Two tables: ``files`` (every input file of the last run: where it is, its size,
modification time and content hash, or why it could not be read) and
``results`` (one compact per-document result per content hash and pipeline
version). SQLite's transactions make it crash-safe: a result is either stored
whole or not at all, so a killed run resumes where it stopped.

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
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from .records import DocResult, result_from_dict

STATE_DIR = ".nerpipe"
DB_NAME = "state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    error TEXT,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (root, path)
);
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
    source TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# created after the columns they use exist (older manifests gain them in _add_missing_columns);
# they let the tables stream in order without sorting results in memory
_INDEXES = """
CREATE INDEX IF NOT EXISTS results_by_doc_id ON results (doc_id, sha256);
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files (sha256);
"""


# per-document values the documents table needs, kept beside the payload so that it can be
# written without decoding every result
_DOCUMENT_COLUMNS = (("n_chars", "INTEGER"), ("published", "TEXT"), ("title", "TEXT"), ("encoding", "TEXT"),
                     ("url", "TEXT"), ("source", "TEXT"))


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One row of the documents table as the manifest knows it (a file, and its result if any)."""

    root: str
    path: str
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


@dataclass(frozen=True, slots=True)
class FileState:
    root: str
    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    error: str | None
    checked_at: str


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


class Store:
    """The manifest of one output directory."""

    def __init__(self, out_dir: Path):
        self.dir = Path(out_dir) / STATE_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / DB_NAME
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._add_missing_columns()
        self.db.executescript(_INDEXES)
        if self.get_meta("identity") is None:
            self.set_meta("identity", uuid.uuid4().hex)

    def close(self) -> None:
        self.db.close()

    def _add_missing_columns(self) -> None:
        """Manifests written before the document columns existed get them (empty until reprocessed)."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(results)")}
        for column, kind in _DOCUMENT_COLUMNS:
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
        rows = self.db.execute("SELECT root, path, size, mtime_ns, sha256, error, checked_at FROM files")
        return {(r[0], r[1]): FileState(*r) for r in rows}

    def put_files(self, states: list[FileState]) -> None:
        if not states:
            return
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT OR REPLACE INTO files (root, path, size, mtime_ns, sha256, error, checked_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(s.root, s.path, s.size, s.mtime_ns, s.sha256, s.error, s.checked_at) for s in states],
        )
        self.bump()
        self.db.execute("COMMIT")

    def forget_files(self, gone: set[tuple[str, str]]) -> int:
        """Drop these ``(root, path)`` files (no longer among the inputs), and the results no file uses."""
        self.db.execute("BEGIN")
        self.db.executemany("DELETE FROM files WHERE root = ? AND path = ?", sorted(gone))
        self.db.execute("DELETE FROM results WHERE sha256 NOT IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL)")
        if gone:
            self.bump()
        self.db.execute("COMMIT")
        return len(gone)

    # -- results -----------------------------------------------------------------------------------

    def known_results(self, version: str) -> set[str]:
        rows = self.db.execute("SELECT sha256 FROM results WHERE version = ?", (version,))
        return {r[0] for r in rows}

    def put_results(self, items: list[tuple[str, DocResult, str]], version: str) -> None:
        """Store ``(sha256, result, processed_at)`` items in one transaction."""
        if not items:
            return
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT OR REPLACE INTO results (sha256, version, doc_id, status, error, processed_at, payload,"
            " n_chars, published, title, encoding, url, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sha, version, r.doc_id, r.status, r.error, at, encode_result(r), r.n_chars,
              r.published.isoformat() if r.published else None, r.title, (r.extra or {}).get("encoding"),
              r.url, r.source)
             for sha, r, at in items],
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

    def iter_documents(self):
        """Yield a :class:`DocumentRow` for every input file, ordered by root and path."""
        rows = self.db.execute(
            "SELECT f.root, f.path, f.size, f.sha256, f.error, f.checked_at, r.doc_id, r.status, r.error,"
            " r.processed_at, r.n_chars, r.published, r.title, r.encoding, r.url, r.source"
            " FROM files f LEFT JOIN results r ON r.sha256 = f.sha256 ORDER BY f.root, f.path"
        )
        for row in rows:
            yield DocumentRow(*row)

    def failures(self) -> list[tuple[str, str]]:
        """``(path, reason)`` of every input file that could not be read or processed."""
        rows = self.db.execute(
            "SELECT f.path, COALESCE(f.error, r.error) FROM files f LEFT JOIN results r ON r.sha256 = f.sha256"
            " WHERE f.error IS NOT NULL OR r.status = 'error' ORDER BY f.root, f.path"
        )
        return [(path, error) for path, error in rows]
