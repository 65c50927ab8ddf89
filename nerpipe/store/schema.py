"""The manifest's SQLite tables, and how an older manifest is brought up to date.

Two tables: ``files`` (every document of the last run: a whole file, or a row of
a table or a page of a web archive, with where it is, its size, modification
time and content hash, or why it could not be read) and ``results`` (one
compact per-document result per content hash and pipeline version, with the
document's text and its near-duplicate signature); and ``meta``.

A document is keyed by ``(root, path, locator)``: ``locator`` is ``''`` for a
whole file and ``#17`` (:attr:`nerpipe.formats.Record.locator`) for a row of a
table or a page of an archive. A table or archive also has a row of its own
(``container = 1``, locator ``''``): its size and modification time, whether it
was read to the end (``complete``) and with which column mapping (``options``),
or why it could not be read; it is a document only when it failed.
"""

from __future__ import annotations

import sqlite3

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
# created after the columns they use exist (older manifests gain them in _migrate and _add_missing_columns);
# they let the tables stream in order without sorting results in memory
_INDEXES = """
CREATE INDEX IF NOT EXISTS results_by_doc_id ON results (doc_id, sha256);
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files (sha256);
CREATE INDEX IF NOT EXISTS files_in_order ON files (root, path, seq);
"""
FILE_COLUMNS = ("root", "path", "locator", "seq", "size", "mtime_ns", "sha256", "error", "checked_at", "container",
                "complete", "options")


# per-document values the documents table needs, kept beside the payload so that it can be
# written without decoding every result; then the document's text and its near-duplicate signature
_RESULT_COLUMNS = (("n_chars", "INTEGER"), ("published", "TEXT"), ("title", "TEXT"), ("encoding", "TEXT"),
                   ("url", "TEXT"), ("source", "TEXT"), ("text", "BLOB"), ("signature", "BLOB"), ("run", "TEXT"))


INSERT_FILES = (f"INSERT OR REPLACE INTO files ({', '.join(FILE_COLUMNS)})"
                f" VALUES ({', '.join('?' * len(FILE_COLUMNS))})")


def prepare_schema(db: sqlite3.Connection) -> None:
    """Create the tables a manifest lacks, bring older ones up to date, and start the run's ``seen`` notes."""
    _migrate(db)
    db.executescript(_SCHEMA)
    _add_missing_columns(db)
    db.executescript(_INDEXES)
    db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (root TEXT, path TEXT, locator TEXT, "
               "PRIMARY KEY (root, path, locator))")


def _migrate(db: sqlite3.Connection) -> None:
    """A manifest written before documents could be rows of a file: its files become whole-file documents."""
    have = {row[1] for row in db.execute("PRAGMA table_info(files)")}
    if not have or "locator" in have:
        return
    db.executescript(  # one transaction: the manifest is migrated whole or not at all
        "BEGIN; ALTER TABLE files RENAME TO files_before_rows; DROP INDEX IF EXISTS files_by_sha256;"
        + _FILES.replace("IF NOT EXISTS ", "") +
        "INSERT INTO files (root, path, size, mtime_ns, sha256, error, checked_at)"
        " SELECT root, path, size, mtime_ns, sha256, error, checked_at FROM files_before_rows;"
        " DROP TABLE files_before_rows; COMMIT;")


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """Manifests written before these result columns existed get them (empty until reprocessed)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(results)")}
    for column, kind in _RESULT_COLUMNS:
        if column not in have:
            db.execute(f"ALTER TABLE results ADD COLUMN {column} {kind}")
