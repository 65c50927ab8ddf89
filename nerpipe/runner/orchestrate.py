"""``nerpipe.run``: the whole job — find inputs, process what changed, write the tables.

The run is incremental and safe to repeat: unchanged files (same size and
modification time, or same content) are not processed again, moved or renamed
files keep their rows, removed files leave the tables, a newer pipeline version
reprocesses everything, and a lock keeps two runs from writing the same output
directory at once. An input directory that is suddenly empty (a share that is
not mounted) is refused rather than taken for the deletion of every document.
Each file is read once and hashed once, here; the engines get the bytes.

A table or web archive holds many documents, one per row or page: it is
streamed, and each row is a document of its own (changed rows are processed
again, removed rows leave the tables, unchanged rows are skipped), in bounded
memory however many rows it has.

It is also safe to kill at any moment. Each result goes to the manifest (SQLite)
in its own transaction as soon as the document is finished; the tables are rebuilt from the
manifest and each carries the manifest state it was built from, so a run that
finds tables older than the manifest (or missing, or unreadable) rebuilds them.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from ..engines import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, DaskEngine, Limits, LocalEngine
from ..errors import UsageError
from ..formats import ColumnMap, Kind, kind_from_name
from ..formats.sniff import TEXT
from ..read import DEFAULT_GLOB, DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, discover_sources, require_inputs
from ..schema import TABLES
from ..store import Store
from ..version import PIPELINE_VERSION
from ..write import read_table_rows, write_tables
from .output import OutputLock, manifest_error, open_store, prepare_output
from .plan import Done, plan_files, refuse_emptied_roots, table_options
from .reader import Reader
from .summary import RunSummary, collect_failures

log = logging.getLogger("nerpipe")

CHECK_EVERY = 50  # documents stored between two checks that the output directory is still this run's


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run(
    inputs,
    out: str | os.PathLike = "data",
    *,
    workers: int | None = None,
    glob: str | None = DEFAULT_GLOB,
    engine: str = "local",
    scheduler: str | None = None,
    full: bool = False,
    follow_symlinks: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory: int | None = DEFAULT_MAX_MEMORY,
    columns: ColumnMap | None = None,
    allow_empty: bool = False,
    progress: bool | None = None,
    today: date | None = None,
) -> RunSummary:
    """Process ``inputs`` (files or directories) into the tables in ``out``.

    Raises :class:`~nerpipe.errors.UsageError` for a missing input, or an input
    directory that has become empty while the tables hold documents from it
    (unless ``allow_empty``); :class:`~nerpipe.errors.OutputError` when ``out``
    cannot be written; :class:`~nerpipe.errors.LockedError` when another run holds
    ``out`` (or took it over: the directory was removed during the run); and
    :class:`~nerpipe.errors.ManifestError` when the manifest is damaged. Failed
    documents do not raise: they are counted in the summary and recorded in the
    ``documents`` table. ``max_memory`` is the memory in bytes one document may
    take in its worker (None: no budget). ``max_bytes`` limits a plain-text file and
    the text extracted from any other document, ``max_file_bytes`` a web page, DOCX or
    PDF file. ``columns`` says which columns of a table hold what
    (:func:`nerpipe.formats.parse_column_options`); by default they are found by name.
    """
    started = time.perf_counter()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if not inputs:
        raise UsageError("no INPUT given")
    workers = workers or default_workers()
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r} (local or dask)")
    require_inputs(inputs)
    out_dir = Path(out)
    prepare_output(out_dir)
    summary = RunSummary(out=str(out_dir), engine=engine, workers=workers)
    limits = Limits(timeout, max_bytes, today, max_memory, max_file_bytes)
    with OutputLock(out_dir) as lock:
        store = open_store(out_dir)
        try:
            _run_locked(store, lock, list(inputs), summary, glob=glob, follow_symlinks=follow_symlinks,
                        allow_empty=allow_empty, workers=workers, engine=engine, scheduler=scheduler, full=full,
                        limits=limits, progress=_want_progress(progress), columns=columns or ColumnMap())
        except sqlite3.DatabaseError as error:
            lock.check()  # a manifest removed with its directory: that is the news
            raise manifest_error(store.path, error) from None
        finally:
            store.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sys.stderr.isatty()


def _run_locked(store: Store, lock: OutputLock, inputs: list, summary: RunSummary, *, glob, follow_symlinks,
                allow_empty, workers, engine, scheduler, full, limits: Limits, progress: bool,
                columns: ColumnMap) -> None:
    from ..write import remove_temporary

    remove_temporary(store.dir)  # what a killed run was writing
    version = PIPELINE_VERSION
    sources, problems = discover_sources(inputs, glob=glob, follow_symlinks=follow_symlinks, exclude=[lock.out_dir])
    if not allow_empty:
        refuse_emptied_roots(store, inputs, sources, problems)
    known = store.files()
    done = Done(store, version, uuid.uuid4().hex, full)
    older = store.count_results_without_text(version) if not full else 0
    if older:
        log.info("%d documents were processed by an older nerpipe that did not keep their texts: they are "
                 "processed again, once", older)
    # the lists of files live only while planning, so that they are gone before the tables are written
    candidates = plan_files(store, known, done, sources, problems, summary, table_options(columns))
    del sources, problems
    if candidates:
        _process(store, lock, candidates, known, done, summary, workers=workers, engine=engine, scheduler=scheduler,
                 limits=limits, progress=progress, columns=columns)
    del candidates, known
    store.forget_unused_results()  # only now: a moved file found its result under its new name
    store.set_meta("version", version)
    summary.docs_seen = store.count_documents()

    lock.check()
    stamp = store.stamp
    rows = read_table_rows(lock.out_dir, stamp, store)
    if rows is None:
        rows = write_tables(store, lock.out_dir, stamp, before_replace=lock.check)
        summary.tables_written = True
    summary.rows = {name: rows[name] for name in TABLES}
    collect_failures(store, summary)


def _process(store: Store, lock: OutputLock, candidates, known, done, summary: RunSummary, *, workers, engine,
             scheduler, limits, progress, columns: ColumnMap) -> None:
    # a table or archive may hold any number of documents: its rows are counted as they are read
    tables = any((kind_from_name(source.path) or Kind(TEXT)).multi for source, _st in candidates)
    if engine == "dask":
        runner = DaskEngine(workers, limits, scheduler)
    else:
        runner = LocalEngine(workers if tables else min(workers, len(candidates)), limits)
    log.info("reading %d new or changed files; new contents go to the %s engine (%d workers)", len(candidates),
             engine, runner.workers)
    bar = _progress_bar(None if tables else len(candidates)) if progress else None
    reader = Reader(store, candidates, known, done, summary, limits, columns, PIPELINE_VERSION, bar)
    try:
        for work in runner.map(reader.items()):
            summary.processed += 1
            reader.store_work(work)
            if summary.processed % CHECK_EVERY == 0:
                lock.check()
    finally:
        if bar is not None:
            bar.close()


def _progress_bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)
