"""Stage 7: write the tables from the stored per-document results.

Tables are streamed: per-document rows go to Parquet in batches, and the
corpus-level tables (persons, organizations, locations) are built from compact
aggregates, so memory grows with the number of distinct entities, not of
documents.

Atomicity: every table is written to a temporary directory next to the
manifest, flushed to disk, read back whole, and only then renamed over the old
one (``os.replace``), so a reader — or a run killed at any moment — never sees
half a table. Each table records the manifest state it was built from
(``STAMP_KEY`` in its Parquet metadata) and a checksum of every page;
:func:`read_table_rows` reads every table whole to tell the runner whether the
tables on disk match the manifest and can be read, and if not (a run was killed
before or while replacing them, a page was damaged on disk, a table was written
by another version) it rebuilds them all from the manifest.

At corpus level, a person known only by a surname or by initials resolves to the
one full name with that surname (and first letter) in the corpus, when there is
exactly one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import WriteError
from .read import make_doc_id
from .records import DocResult
from .resolve import surname_key
from .schema import DATES, DOCUMENTS, LOCATIONS, MENTIONS, ORGANIZATIONS, PERSONS, POSITIONS, TABLES, Table
from .store import Store, now_iso

BATCH_ROWS = 2_048  # rows buffered as Python objects before they become an Arrow batch
ROW_GROUP_BYTES = 1 << 20  # Arrow bytes per Parquet row group: memory stays flat however large the corpus
MAX_VARIANTS = 50
STAMP_KEY = b"nerpipe.state"  # Parquet metadata: the manifest state (Store.stamp) a table was built from
TEMP_PREFIX = "tables-"


@dataclass
class _Agg:
    docs: int = 0
    mentions: int = 0
    names: Counter = field(default_factory=Counter)
    variants: Counter = field(default_factory=Counter)
    extra: Counter = field(default_factory=Counter)


def _pick(counter: Counter):
    """The most frequent value, ties broken by the value itself (deterministic)."""
    if not counter:
        return None
    return min(counter.items(), key=lambda item: (-item[1], str(item[0])))[0]


def _variants(counter: Counter) -> list[str]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in ranked[:MAX_VARIANTS]]


class _TableWriter:
    """Append rows to one Parquet file with a fixed schema, in batches."""

    def __init__(self, table: Table, directory: Path, stamp: str):
        self.table = table
        self.path = directory / f"{table.name}.parquet"
        self.schema = table.schema.with_metadata({**table.schema.metadata, STAMP_KEY: stamp.encode()})
        self.writer = pq.ParquetWriter(str(self.path), self.schema, compression="zstd", write_page_checksum=True)
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
    persons: dict[str, _Agg] = defaultdict(_Agg)
    orgs: dict[str, _Agg] = defaultdict(_Agg)
    locations: dict[str, _Agg] = defaultdict(_Agg)
    for _sha, result in store.iter_current_results():
        _aggregate(result, persons, orgs, locations)
    aliases = _surname_aliases(persons)
    for alias, target in aliases.items():
        _merge(persons[target], persons.pop(alias))

    try:
        tmp_dir = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=store.dir))
    except OSError as error:
        raise WriteError(f"cannot write the tables: {error.strerror or error}") from None
    counts: dict[str, int] = {}
    replaced = 0
    try:
        counts["documents"] = _write_documents(tmp_dir, stamp, store)
        counts.update(_write_rows(tmp_dir, stamp, store, aliases))
        counts["persons"] = _write_persons(tmp_dir, stamp, persons)
        counts["organizations"] = _write_orgs(tmp_dir, stamp, orgs)
        counts["locations"] = _write_locations(tmp_dir, stamp, locations)
        for name in TABLES:
            _fsync(tmp_dir / f"{name}.parquet")
            if verify_table(tmp_dir / f"{name}.parquet", stamp, TABLES[name]) != counts[name]:
                raise WriteError(f"the new {name} table does not read back whole; the previous tables are unchanged")
        if before_replace is not None:
            before_replace()
        for name in TABLES:
            os.replace(tmp_dir / f"{name}.parquet", out_dir / f"{name}.parquet")
            replaced += 1
        _fsync(out_dir)  # the renames themselves survive a power cut
    except OSError as error:
        outcome = (f"{replaced} of {len(TABLES)} tables were replaced, the next run rebuilds them all" if replaced
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
    """The row counts of the tables in ``out_dir`` when every one of them was built from ``stamp`` and reads
    whole; else None (they must be rebuilt)."""
    rows = {}
    for name, table in TABLES.items():
        count = verify_table(Path(out_dir) / f"{name}.parquet", stamp, table)
        if count is None:
            return None
        rows[name] = count
    return rows


VERIFY_BATCH_ROWS = 65_536


def verify_table(path: Path, stamp: str, table: Table) -> int | None:
    """The number of rows of the Parquet file at ``path`` when it is whole, else None.

    Whole means: built from ``stamp``, with ``table``'s schema, and every page
    decodes (and matches its checksum) — the footer alone says nothing about the
    data pages. The file is read in batches, so memory stays flat.
    """
    try:
        parquet = pq.ParquetFile(path, page_checksum_verification=True)
        try:
            meta = parquet.metadata
            if (meta.metadata or {}).get(STAMP_KEY) != stamp.encode():
                return None
            if not parquet.schema_arrow.equals(table.schema, check_metadata=False):
                return None
            rows = sum(batch.num_rows for batch in parquet.iter_batches(batch_size=VERIFY_BATCH_ROWS))
        finally:
            parquet.close()
    except Exception:  # noqa: BLE001 - whatever a damaged file raises (OSError, ArrowInvalid...), it is unreadable
        return None
    return rows if rows == meta.num_rows else None


def _aggregate(result: DocResult, persons, orgs, locations) -> None:
    for p in result.persons:
        agg = persons[p.person_id]
        agg.docs += 1
        agg.mentions += p.n_mentions
        agg.names[(p.name, p.first, p.middle, p.last)] += p.n_mentions or 1
        agg.variants.update(p.variants)
    for o in result.organizations:
        agg = orgs[o.org_id]
        agg.docs += 1
        agg.mentions += o.n_mentions
        agg.names[o.name] += o.n_mentions or 1
        agg.variants.update(o.variants)
        if o.abbr:
            agg.extra[("abbr", o.abbr)] += 1
        if o.region_code:
            agg.extra[("region", o.region_code)] += 1
    for loc in result.locations:
        agg = locations[loc.location_id]
        agg.docs += 1
        agg.mentions += loc.n_mentions
        agg.names[(loc.name, loc.kind, loc.category, loc.region_code, loc.country_code)] += loc.n_mentions or 1
        agg.variants.update(loc.variants)


def _merge(target: _Agg, source: _Agg) -> None:
    target.docs += source.docs
    target.mentions += source.mentions
    target.variants.update(source.variants)
    target.extra.update(source.extra)


def _surname_aliases(persons: dict[str, _Agg]) -> dict[str, str]:
    """Surname-only and initial-only persons (``Мантуров``, ``Д. В. Мантуров``) → the one full person
    of the corpus with that surname (and, for initials, that first letter)."""
    full_by_surname: dict[str, dict[str, str]] = defaultdict(dict)  # surname key → person → first letter
    partial: dict[str, tuple[str, str | None]] = {}
    for pid, agg in persons.items():
        name, first, middle, last = _pick(agg.names)
        if not last:
            continue
        if first and not first.endswith("."):
            full_by_surname[surname_key(last)][pid] = first[:1].lower()
        else:
            partial[pid] = (surname_key(last), first[:1].lower() if first else None)
    aliases = {}
    for pid, (key, initial) in partial.items():
        targets = [t for t, letter in full_by_surname.get(key, {}).items() if initial in (None, letter)]
        if len(targets) == 1:
            aliases[pid] = targets[0]
    return aliases


def _write_documents(tmp_dir: Path, stamp: str, store: Store) -> int:
    """One row per file; ``doc_id`` stays unique: a second file with the same content gets an id of its own
    (its content's id and a digest of its path) and names the first in ``duplicate_of``."""
    writer = _TableWriter(DOCUMENTS, tmp_dir, stamp)
    for row in store.iter_documents():
        if row.doc_id is not None and not row.file_error:
            doc_id, status, error, at = row.doc_id, row.status, row.error, row.processed_at
            n_chars, published, encoding, title = row.n_chars or 0, _as_date(row.published), row.encoding, row.title
        else:
            doc_id = make_doc_id(row.sha256) if row.sha256 else "x" + _path_digest(row)[:15]
            status, error, at = "error", row.file_error or "not processed", row.checked_at or now_iso()
            n_chars, published, encoding, title = 0, None, None, None
        duplicate_of = None
        if row.sha256 and row.copy > 1:
            duplicate_of, doc_id = doc_id, f"{doc_id}-{_path_digest(row)[:8]}"
        writer.append({
            "doc_id": doc_id, "path": row.path, "root": row.root, "sha256": row.sha256, "n_bytes": row.size,
            "n_chars": n_chars, "encoding": encoding, "title": title, "published": published, "status": status,
            "error": error, "duplicate_of": duplicate_of, "processed_at": datetime.fromisoformat(at),
        })
    return writer.close()


def _path_digest(row) -> str:
    return hashlib.sha256(f"{row.root}\0{row.path}".encode()).hexdigest()


def _write_rows(tmp_dir: Path, stamp: str, store: Store, aliases: dict[str, str]) -> dict[str, int]:
    mentions = _TableWriter(MENTIONS, tmp_dir, stamp)
    positions = _TableWriter(POSITIONS, tmp_dir, stamp)
    dates = _TableWriter(DATES, tmp_dir, stamp)
    for _sha, result in store.iter_current_results():
        doc_id = result.doc_id
        for m in result.mentions:
            entity = aliases.get(m.entity_id, m.entity_id) if m.entity_id else None
            mentions.append({"doc_id": doc_id, "start": m.start, "end": m.end, "type": m.type, "text": m.text,
                             "normal": m.normal, "entity_id": entity})
        for p in result.positions:
            positions.append({
                "doc_id": doc_id, "person_id": aliases.get(p.person_id, p.person_id), "position": p.position,
                "role": p.role, "org_id": p.org_id, "region_code": p.region_code, "start": p.start, "end": p.end,
                "person_start": p.person_start, "person_end": p.person_end, "acting": p.acting, "former": p.former,
            })
        for d in result.dates:
            dates.append({
                "doc_id": doc_id, "start": d.start, "end": d.end, "text": d.text, "iso_from": d.iso_from,
                "iso_to": d.iso_to, "date_from": _as_date(d.date_from), "date_to": _as_date(d.date_to),
                "precision": d.precision, "year_inferred": d.year_inferred,
            })
    return {"mentions": mentions.close(), "positions": positions.close(), "dates": dates.close()}


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _write_persons(tmp_dir: Path, stamp: str, persons: dict[str, _Agg]) -> int:
    writer = _TableWriter(PERSONS, tmp_dir, stamp)
    for pid in sorted(persons):
        agg = persons[pid]
        # the fullest name seen: with a patronymic when any document gives one
        name, first, middle, last = max(agg.names.items(), key=lambda item: (bool(item[0][2]), item[1], item[0]))[0]
        writer.append({"person_id": pid, "name": name, "first": first, "middle": middle, "last": last,
                       "variants": _variants(agg.variants), "n_docs": agg.docs, "n_mentions": agg.mentions})
    return writer.close()


def _write_orgs(tmp_dir: Path, stamp: str, orgs: dict[str, _Agg]) -> int:
    writer = _TableWriter(ORGANIZATIONS, tmp_dir, stamp)
    for oid in sorted(orgs):
        agg = orgs[oid]
        abbr = _pick(Counter({v: n for (k, v), n in agg.extra.items() if k == "abbr"}))
        region = _pick(Counter({v: n for (k, v), n in agg.extra.items() if k == "region"}))
        writer.append({"org_id": oid, "name": _pick(agg.names), "abbr": abbr, "variants": _variants(agg.variants),
                       "region_code": region, "n_docs": agg.docs, "n_mentions": agg.mentions})
    return writer.close()


def _write_locations(tmp_dir: Path, stamp: str, locations: dict[str, _Agg]) -> int:
    writer = _TableWriter(LOCATIONS, tmp_dir, stamp)
    for lid in sorted(locations):
        agg = locations[lid]
        name, kind, category, region, country = _pick(agg.names)
        writer.append({"location_id": lid, "name": name, "kind": kind, "category": category, "region_code": region,
                       "country_code": country, "variants": _variants(agg.variants), "n_docs": agg.docs,
                       "n_mentions": agg.mentions})
    return writer.close()
