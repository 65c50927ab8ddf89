"""Stage 9: write the tables to Parquet, each with its schema from :mod:`nerpipe.schema`.

Rows come from :mod:`nerpipe.corpus` and stream to Parquet in batches, so
memory stays flat however large the corpus.

Atomicity: every table is written to a temporary directory next to the
manifest, flushed to disk, and only then renamed over the old one
(``os.replace``), so a reader — or a run killed at any moment — never sees half
a table. Each table records the manifest state it was built from (``STAMP_KEY``
in its Parquet metadata); :func:`read_table_rows` tells the runner whether the
tables on disk match the manifest, and if not (a run was killed before or while
replacing them) it rebuilds them all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .corpus import (
    Corpus,
    date_rows,
    document_row,
    event_rows,
    location_rows,
    mention_rows,
    organization_rows,
    participant_rows,
    person_rows,
    position_rows,
    tally_corpus,
)
from .errors import WriteError
from .schema import (
    DATES,
    DOCUMENTS,
    EVENTS,
    LOCATIONS,
    MENTIONS,
    ORGANIZATIONS,
    PARTICIPANTS,
    PERSONS,
    POSITIONS,
    TABLES,
    Table,
)
from .store import Store

BATCH_ROWS = 2_048  # rows buffered as Python objects before they become an Arrow batch
ROW_GROUP_BYTES = 1 << 20  # Arrow bytes per Parquet row group: memory stays flat however large the corpus
STAMP_KEY = b"nerpipe.state"  # Parquet metadata: the manifest state (Store.stamp) a table was built from
TEMP_PREFIX = "tables-"


class _TableWriter:
    """Append rows to one Parquet file with a fixed schema, in batches."""

    def __init__(self, table: Table, directory: Path, stamp: str):
        self.table = table
        self.path = directory / f"{table.name}.parquet"
        self.schema = table.schema.with_metadata({**table.schema.metadata, STAMP_KEY: stamp.encode()})
        self.writer = pq.ParquetWriter(str(self.path), self.schema, compression="zstd")
        self.columns: dict[str, list] = {name: [] for name in table.names}
        self.rows = 0
        self.pending = 0
        self.batches: list[pa.Table] = []  # flushed, not yet written
        self.batched = 0  # their size in bytes

    def append(self, row: dict) -> None:
        for name in self.table.names:
            self.columns[name].append(row.get(name))
        self.pending += 1
        if self.pending >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            batch = pa.Table.from_pydict(self.columns, schema=self.schema)
            self.batches.append(batch)
            self.batched += batch.nbytes
            self.rows += self.pending
            self.pending = 0
            self.columns = {name: [] for name in self.table.names}
        if self.batched >= ROW_GROUP_BYTES:
            self.write_row_group()

    def write_row_group(self) -> None:
        if self.batches:
            table = pa.concat_tables(self.batches)
            self.writer.write_table(table, row_group_size=max(table.num_rows, 1))
            self.batches = []
            self.batched = 0

    def close(self) -> int:
        self.flush()
        self.write_row_group()
        if self.rows == 0:
            self.writer.write_table(pa.Table.from_pydict({n: [] for n in self.table.names}, schema=self.schema))
        self.writer.close()
        return self.rows


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_tables(store: Store, out_dir: Path, stamp: str) -> dict[str, int]:
    """Rebuild every table from the manifest; returns the number of rows per table.

    ``stamp`` (``store.stamp``) is recorded in each table. Raises
    :class:`~nerpipe.errors.WriteError` when the tables cannot be written (a full
    disk): the previous tables are then left as they were.
    """
    out_dir = Path(out_dir)
    corpus = tally_corpus(result for _sha, result in store.iter_current_results())

    try:
        tmp_dir = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=store.dir))
    except OSError as error:
        raise WriteError(f"cannot write the tables: {error.strerror or error}") from None
    counts: dict[str, int] = {}
    replacing = False
    try:
        counts["documents"] = _write_table(DOCUMENTS, tmp_dir, stamp, map(document_row, store.iter_documents()))
        counts.update(_write_document_tables(tmp_dir, stamp, store, corpus))
        counts["persons"] = _write_table(PERSONS, tmp_dir, stamp, person_rows(corpus))
        counts["organizations"] = _write_table(ORGANIZATIONS, tmp_dir, stamp, organization_rows(corpus))
        counts["locations"] = _write_table(LOCATIONS, tmp_dir, stamp, location_rows(corpus))
        for name in TABLES:
            _fsync(tmp_dir / f"{name}.parquet")
        replacing = True
        for name in TABLES:
            os.replace(tmp_dir / f"{name}.parquet", out_dir / f"{name}.parquet")
        _fsync(out_dir)  # the renames themselves survive a power cut
    except OSError as error:
        outcome = ("some tables were replaced, the next run rebuilds them all" if replacing
                   else "the previous tables are unchanged")
        raise WriteError(f"cannot write the tables ({error.strerror or error}); {outcome}") from None
    finally:
        _remove_tree(tmp_dir)
    return counts


def remove_temporary(state_dir: Path) -> None:
    """Delete the half-written tables a killed run left in the state directory."""
    for leftover in Path(state_dir).glob(f"{TEMP_PREFIX}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            _remove_tree(leftover)


def _remove_tree(directory: Path) -> None:
    for leftover in directory.glob("*"):
        leftover.unlink(missing_ok=True)
    directory.rmdir()


def read_table_rows(out_dir: Path, stamp: str) -> dict[str, int] | None:
    """The row counts of the tables in ``out_dir`` when all of them were built from ``stamp``, else None."""
    import pyarrow.lib

    rows = {}
    for name in TABLES:
        try:
            meta = pq.ParquetFile(Path(out_dir) / f"{name}.parquet").metadata
        except (OSError, pyarrow.lib.ArrowException):
            return None
        if (meta.metadata or {}).get(STAMP_KEY) != stamp.encode():
            return None
        rows[name] = meta.num_rows
    return rows


def _write_table(table: Table, tmp_dir: Path, stamp: str, rows: Iterable[dict]) -> int:
    writer = _TableWriter(table, tmp_dir, stamp)
    for row in rows:
        writer.append(row)
    return writer.close()


def _write_document_tables(tmp_dir: Path, stamp: str, store: Store, corpus: Corpus) -> dict[str, int]:
    """The mentions, positions, dates, events and participants tables, in one pass over the results."""
    writers = {table.name: _TableWriter(table, tmp_dir, stamp)
               for table in (MENTIONS, POSITIONS, DATES, EVENTS, PARTICIPANTS)}
    for _sha, result in store.iter_current_results():
        for name, rows in (("mentions", mention_rows(result, corpus)), ("positions", position_rows(result, corpus)),
                           ("dates", date_rows(result)), ("events", event_rows(result, corpus)),
                           ("participants", participant_rows(result, corpus))):
            for row in rows:
                writers[name].append(row)
    return {name: writer.close() for name, writer in writers.items()}
