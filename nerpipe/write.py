"""Stage 9: write the tables to Parquet, each with its schema from :mod:`nerpipe.schema`.

Rows come from :mod:`nerpipe.corpus` and stream to Parquet in batches, so
memory stays flat however large the corpus.

Atomicity: every table is written to a temporary directory next to the
manifest, flushed to disk, read back whole, and only then renamed over the old
one (``os.replace``), so a reader — or a run killed at any moment — never sees
half a table. Each table records the manifest state it was built from
(``STAMP_KEY`` in its Parquet metadata) and a checksum of every page;
:func:`read_table_rows` tells the runner whether the tables on disk match the
manifest and can be read, and if not (a run was killed before or while replacing
them, a page was damaged on disk, a table was written by another version) it
rebuilds them all from the manifest. The manifest keeps a digest of every table's
bytes as written and read back; a table whose bytes still have that digest is the
one that read back whole, any other is read whole again (every page decoded and
checked), so that a run with nothing to do reads each table's bytes once without
decoding them.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
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
    text_row,
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
    TEXTS,
    Table,
)
from .store import Store

BATCH_ROWS = 2_048  # rows buffered as Python objects before they become an Arrow batch
BATCH_TEXT_CHARS = 8 << 20  # ... or fewer, when their texts (the texts table) reach this many characters
ROW_GROUP_BYTES = 1 << 20  # Arrow bytes per Parquet row group: memory stays flat however large the corpus
STAMP_KEY = b"nerpipe.state"  # Parquet metadata: the manifest state (Store.stamp) a table was built from
TEMP_PREFIX = "tables-"


class _TableWriter:
    """Append rows to one Parquet file with a fixed schema, in batches."""

    def __init__(self, table: Table, directory: Path, stamp: str, count_chars: bool = False):
        self.table = table
        # a table of long, distinct strings (the texts): flush by their characters too, and write them without
        # dictionaries (which the writer would try, and keep, for every row group in vain)
        self.count_chars = count_chars
        self.chars = 0
        self.path = directory / f"{table.name}.parquet"
        self.schema = table.schema.with_metadata({**table.schema.metadata, STAMP_KEY: stamp.encode()})
        self.writer = pq.ParquetWriter(str(self.path), self.schema, compression="zstd", write_page_checksum=True,
                                       use_dictionary=not count_chars)
        self.columns: dict[str, list] = {name: [] for name in table.names}
        self.rows = 0
        self.pending = 0
        self.batches: list[pa.Table] = []  # flushed, not yet written
        self.batched = 0  # their size in bytes

    def append(self, row: dict) -> None:
        for name in self.table.names:
            self.columns[name].append(row.get(name))
        self.pending += 1
        if self.count_chars:
            self.chars += sum(len(value) for value in row.values() if isinstance(value, str))
        if self.pending >= BATCH_ROWS or self.chars >= BATCH_TEXT_CHARS:
            self.flush()

    def flush(self) -> None:
        self.chars = 0
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


def write_tables(store: Store, out_dir: Path, stamp: str, before_replace: Callable[[], None] | None = None
                 ) -> dict[str, int]:
    """Rebuild every table from the manifest; returns the number of rows per table.

    ``stamp`` (``store.stamp``) is recorded in each table. Raises
    :class:`~nerpipe.errors.WriteError` when the tables cannot be written (a full
    disk) or do not read back whole: the previous tables are then left as they
    were. ``before_replace`` is called once the new tables are ready, right before
    they replace the old ones (the runner checks that it still holds its lock).
    """
    out_dir = Path(out_dir)
    copies = near_duplicates(store)
    corpus = tally_corpus((result for _sha, result in store.iter_current_results()), copies)

    try:
        tmp_dir = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=store.dir))
    except OSError as error:
        raise WriteError(f"cannot write the tables: {error.strerror or error}") from None
    counts: dict[str, int] = {}
    replaced = 0
    try:
        counts["documents"] = _write_table(DOCUMENTS, tmp_dir, stamp,
                                           (document_row(row, copies) for row in store.iter_documents()))
        counts.update(_write_document_tables(tmp_dir, stamp, store, corpus))
        counts["persons"] = _write_table(PERSONS, tmp_dir, stamp, person_rows(corpus))
        counts["organizations"] = _write_table(ORGANIZATIONS, tmp_dir, stamp, organization_rows(corpus))
        counts["locations"] = _write_table(LOCATIONS, tmp_dir, stamp, location_rows(corpus))
        counts["texts"] = _write_table(TEXTS, tmp_dir, stamp, (text_row(*item) for item in store.iter_texts()),
                                       count_chars=True)
        digests = {}
        for name in TABLES:
            _fsync(tmp_dir / f"{name}.parquet")
            if verify_table(tmp_dir / f"{name}.parquet", stamp, TABLES[name]) != counts[name]:
                raise WriteError(f"the new {name} table does not read back whole; the previous tables are unchanged")
            digests[name] = [file_digest(tmp_dir / f"{name}.parquet"), counts[name]]
        if before_replace is not None:
            before_replace()
        store.set_meta(DIGESTS_KEY, "")  # from here until the digests are recorded, tables are read whole
        for name in TABLES:
            os.replace(tmp_dir / f"{name}.parquet", out_dir / f"{name}.parquet")
            replaced += 1
        _fsync(out_dir)  # the renames themselves survive a power cut
        store.set_meta(DIGESTS_KEY, json.dumps({"stamp": stamp, "tables": digests}))
    except OSError as error:
        outcome = (f"{replaced} of {len(TABLES)} tables were replaced, the next run rebuilds them all" if replaced
                   else "the previous tables are unchanged")
        raise WriteError(f"cannot write the tables ({error.strerror or error}); {outcome}") from None
    finally:
        _remove_tree(tmp_dir)
    return counts


def remove_temporary(state_dir: Path) -> None:
    """Delete the half-written tables (and near-duplicate bands) a killed run left in the state directory."""
    from .neardup import TEMP_PREFIX as BANDS_PREFIX

    for prefix in (TEMP_PREFIX, BANDS_PREFIX):
        for leftover in Path(state_dir).glob(f"{prefix}*"):
            if leftover.is_dir() and not leftover.is_symlink():
                _remove_tree(leftover)


def _remove_tree(directory: Path) -> None:
    for leftover in directory.glob("*"):
        leftover.unlink(missing_ok=True)
    directory.rmdir()


DIGESTS_KEY = "table_digests"  # manifest meta: {"stamp": …, "tables": {name: [digest of the bytes, rows]}}


def file_digest(path: Path) -> str:
    """A digest of a file's bytes (BLAKE2b), read 1 MiB at a time."""
    digest = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_table_rows(out_dir: Path, stamp: str, store: Store | None = None) -> dict[str, int] | None:
    """The row counts of the tables in ``out_dir`` when every one of them was built from ``stamp`` and reads
    whole; else None (they must be rebuilt).

    With the ``store``, a table whose bytes have the digest recorded when it was written (and read back
    whole) for ``stamp`` counts as whole without being decoded again; any other is read whole."""
    recorded = _recorded_digests(store, stamp)
    rows = {}
    digests = {}
    for name, table in TABLES.items():
        path = Path(out_dir) / f"{name}.parquet"
        digest, count = recorded.get(name, (None, None))
        found = _digest_or_none(path)
        if found is None or found != digest:
            count = verify_table(path, stamp, table)
        if count is None:
            return None
        rows[name], digests[name] = count, [found, count]
    if store is not None and digests != recorded:  # read whole now: the next run need not decode them
        store.set_meta(DIGESTS_KEY, json.dumps({"stamp": stamp, "tables": digests}))
    return rows


def _recorded_digests(store: Store | None, stamp: str) -> dict[str, list]:
    try:
        recorded = json.loads((store.get_meta(DIGESTS_KEY) if store is not None else None) or "{}")
    except ValueError:
        return {}
    return recorded.get("tables", {}) if recorded.get("stamp") == stamp else {}


def _digest_or_none(path: Path) -> str | None:
    try:
        return file_digest(path)
    except OSError:
        return None


VERIFY_BATCH_ROWS = 4_096  # rows decoded at a time: memory stays that of a batch, however long the table


def verify_table(path: Path, stamp: str, table: Table) -> int | None:
    """The number of rows of the Parquet file at ``path`` when it is whole, else None.

    Whole means: built from ``stamp``, with ``table``'s schema, and every page
    decodes (and matches its checksum) — the footer alone says nothing about the
    data pages. The file is read in batches, so memory stays flat.
    """
    try:
        parquet = pq.ParquetFile(path, page_checksum_verification=True, buffer_size=1 << 20, pre_buffer=False)
        try:
            meta = parquet.metadata
            if (meta.metadata or {}).get(STAMP_KEY) != stamp.encode():
                return None
            if not parquet.schema_arrow.equals(table.schema, check_metadata=False):
                return None
            # one row group at a time (threads would decode several ahead): memory stays flat
            batches = parquet.iter_batches(batch_size=VERIFY_BATCH_ROWS, use_threads=False)
            rows = sum(batch.num_rows for batch in batches)
        finally:
            parquet.close()
    except Exception:  # noqa: BLE001 - whatever a damaged file raises (OSError, ArrowInvalid...), it is unreadable
        return None
    return rows if rows == meta.num_rows else None


def near_duplicates(store: Store) -> dict[str, str]:
    """``{doc_id: its article's first doc_id}`` for every near-duplicate copy among the current documents.

    The signatures stream from the manifest into :func:`nerpipe.neardup.find_duplicates`,
    which keeps its bands in a temporary file beside the manifest.
    """
    from .neardup import DupItem, find_duplicates

    items = (DupItem(doc_id, signature, date.fromisoformat(published) if published else None)
             for doc_id, signature, published in store.iter_signatures())
    return find_duplicates(items, directory=store.dir)


def _write_table(table: Table, tmp_dir: Path, stamp: str, rows: Iterable[dict], count_chars: bool = False) -> int:
    writer = _TableWriter(table, tmp_dir, stamp, count_chars)
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
