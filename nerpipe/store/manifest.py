"""The :class:`Store`: one output directory's manifest, what it records and what it answers.

SQLite's transactions make it crash-safe: a result is either stored whole or not at
all, so a killed run resumes where it stopped.

``meta.generation`` grows with every change, and ``meta.identity`` is random
per manifest. Each table records the ``identity:generation`` it was built from
(:attr:`Store.stamp`); a run rebuilds the tables whenever one of them records
another stamp, so a run killed after storing results, or while replacing the
tables, leaves tables that the next run repairs.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from .rows import DocumentRow, FileState, Stored, decode_result, encode_result, file_state, pack_text, unpack_text
from .schema import DB_NAME, FILE_COLUMNS, INSERT_FILES, STATE_DIR, prepare_schema


class Store:
    """The manifest of one output directory."""

    def __init__(self, out_dir: Path):
        self.dir = Path(out_dir) / STATE_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / DB_NAME
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        prepare_schema(self.db)
        if self.get_meta("identity") is None:
            self.set_meta("identity", uuid.uuid4().hex)

    def check(self) -> None:
        """Raise :class:`sqlite3.DatabaseError` when the database file is damaged (SQLite's quick check)."""
        problems = [row[0] for row in self.db.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(problems))

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
        """The files of the last run (whole files, and tables and archives themselves; not their rows)."""
        rows = self.db.execute(f"SELECT {', '.join(FILE_COLUMNS)} FROM files WHERE locator = ''")
        return {(r[0], r[1]): file_state(r) for r in rows}

    def row_state(self, root: str, path: str, locator: str) -> tuple[str | None, int] | None:
        """``(sha256, seq)`` recorded for one row of a table (None: no such row)."""
        row = self.db.execute("SELECT sha256, seq FROM files WHERE root = ? AND path = ? AND locator = ?",
                              (root, path, locator)).fetchone()
        return tuple(row) if row else None

    def rows_done(self, root: str, path: str, version: str, run: str | None = None) -> bool:
        """Whether every row of a table the manifest holds has a result (see :meth:`has_result`)."""
        counts, values = _result_counts(version, run, "r.")
        sql = ("SELECT 1 FROM files f WHERE f.root = ? AND f.path = ? AND f.locator != '' AND NOT EXISTS"
               f" (SELECT 1 FROM results r WHERE r.sha256 = f.sha256 AND {counts}) LIMIT 1")
        return self.db.execute(sql, (root, path, *values)).fetchone() is None

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
        self.db.executemany(INSERT_FILES, [s.values() for s in states])
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
        return bool(self.with_results([sha256], version, run))

    def with_results(self, shas: list[str], version: str, run: str | None = None) -> set[str]:
        """Those of the contents ``shas`` that :meth:`has_result` (asked 500 at a time)."""
        counts, values = _result_counts(version, run)
        found: set[str] = set()
        for start in range(0, len(shas), 500):
            chunk = shas[start:start + 500]
            sql = f"SELECT sha256 FROM results WHERE sha256 IN ({','.join('?' * len(chunk))}) AND {counts}"
            found.update(sha for (sha,) in self.db.execute(sql, (*chunk, *values)))
        return found

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
        self.db.executemany(INSERT_FILES, [s.values() for s in files])
        self.db.executemany(
            "INSERT OR REPLACE INTO results (sha256, version, doc_id, status, error, processed_at, payload,"
            " n_chars, published, title, encoding, url, source, text, signature, run)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(item.sha256, version, r.doc_id, r.status, r.error, item.processed_at, encode_result(r), r.n_chars,
              r.published.isoformat() if r.published else None, r.title, (r.extra or {}).get("encoding"),
              r.url, r.source, pack_text(item.text), item.signature, run)
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
            yield doc_id, unpack_text(blob)

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


def _result_counts(version: str, run: str | None, alias: str = "") -> tuple[str, tuple]:
    """The SQL condition (and its values) under which a row of ``results`` counts for a run: of this pipeline
    ``version``, made by ``run`` when given, and with its text when it is ok (see :meth:`Store.has_result`)."""
    condition = f"{alias}version = ? AND ({alias}status != 'ok' OR {alias}text IS NOT NULL)"
    if run is None:
        return condition, (version,)
    return f"{condition} AND {alias}run = ?", (version, run)
