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
    payload BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class FileState:
    root: str
    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    error: str | None
    checked_at: str


@dataclass(frozen=True, slots=True)
class StoredResult:
    sha256: str
    doc_id: str
    status: str
    error: str | None
    processed_at: str


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
        if self.get_meta("identity") is None:
            self.set_meta("identity", uuid.uuid4().hex)

    def close(self) -> None:
        self.db.close()

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

    def forget_files_except(self, keep: set[tuple[str, str]]) -> int:
        """Drop the files that are no longer among the inputs, and the results no file uses."""
        current = set(self.files())
        gone = current - keep
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
            "INSERT OR REPLACE INTO results (sha256, version, doc_id, status, error, processed_at, payload)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(sha, version, r.doc_id, r.status, r.error, at, encode_result(r)) for sha, r, at in items],
        )
        self.bump()
        self.db.execute("COMMIT")

    def result_index(self) -> dict[str, StoredResult]:
        rows = self.db.execute("SELECT sha256, doc_id, status, error, processed_at FROM results")
        return {r[0]: StoredResult(*r) for r in rows}

    def iter_results(self, shas: list[str], batch: int = 500):
        """Yield ``(sha256, DocResult)`` for the given hashes, in that order, a batch at a time."""
        for index in range(0, len(shas), batch):
            chunk = shas[index: index + batch]
            marks = ",".join("?" * len(chunk))
            rows = dict(self.db.execute(f"SELECT sha256, payload FROM results WHERE sha256 IN ({marks})", chunk))
            for sha in chunk:
                if sha in rows:
                    yield sha, decode_result(rows[sha])
