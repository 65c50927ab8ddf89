"""``nerpipe.run``: the whole job — find inputs, process what changed, write the tables.

The run is incremental and safe to repeat: unchanged files (same size and
modification time, or same content) are not processed again, removed files
leave the tables, a newer pipeline version reprocesses everything, and a lock
keeps two runs from writing the same output directory at once.

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
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from .engines import DEFAULT_TIMEOUT, DaskEngine, Limits, LocalEngine, WorkItem, error_result
from .errors import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    DocumentError,
    LockedError,
    NerpipeError,
    OutputError,
    UsageError,
)
from .pipeline import PIPELINE_VERSION
from .read import (
    DEFAULT_GLOB,
    DEFAULT_MAX_BYTES,
    describe_os_error,
    discover_sources,
    hash_bytes,
    read_bytes,
    require_inputs,
)
from .schema import TABLES
from .store import DB_NAME, STATE_DIR, FileState, Store, now_iso
from .write import read_table_rows, write_tables

log = logging.getLogger("nerpipe")



@dataclass
class RunSummary:
    out: str
    docs_seen: int = 0
    processed: int = 0
    unchanged: int = 0
    failed: int = 0
    removed: int = 0
    tables_written: bool = False
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1
    failures: list[dict] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def to_dict(self) -> dict:
        data = asdict(self)
        data["exit_code"] = self.exit_code
        return data


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
    glob: str = DEFAULT_GLOB,
    engine: str = "local",
    scheduler: str | None = None,
    full: bool = False,
    follow_symlinks: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    progress: bool | None = None,
    today: date | None = None,
) -> RunSummary:
    """Process ``inputs`` (files or directories) into the tables in ``out``.

    Raises :class:`~nerpipe.errors.UsageError` for a missing input,
    :class:`~nerpipe.errors.OutputError` when ``out`` cannot be written and
    :class:`~nerpipe.errors.LockedError` when another run holds ``out``. Failed
    documents do not raise: they are counted in the summary and recorded in the
    ``documents`` table.
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
    _prepare_output(out_dir)
    summary = RunSummary(out=str(out_dir), engine=engine, workers=workers)
    with _output_lock(out_dir):
        store = _open_store(out_dir)
        try:
            _run_locked(store, out_dir, lambda: discover_sources(list(inputs), glob=glob,
                                                                 follow_symlinks=follow_symlinks),
                        summary, workers=workers, engine=engine,
                        scheduler=scheduler, full=full, limits=Limits(timeout, max_bytes, today),
                        progress=_want_progress(progress))
        finally:
            store.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


@contextmanager
def _output_lock(out_dir: Path):
    """Hold the output directory's lock, or raise :class:`LockedError` at once.

    The lock is an ``flock`` on ``OUT/.nerpipe/lock``: the kernel releases it when
    the holder dies, however it dies, so a killed run never blocks the next one.
    """
    from filelock import FileLock, Timeout

    path = out_dir / STATE_DIR / "lock"
    lock = FileLock(str(path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise LockedError(f"another nerpipe run is writing {out_dir} (it holds {path}); "
                          "this run does nothing") from None
    try:
        yield
    finally:
        lock.release()


def _open_store(out_dir: Path) -> Store:
    try:
        return Store(out_dir)
    except sqlite3.DatabaseError as error:
        raise NerpipeError(f"the manifest {out_dir / STATE_DIR / DB_NAME} cannot be read ({error}); "
                           "move it away to rebuild the tables from scratch") from None


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sys.stderr.isatty()


def _prepare_output(out_dir: Path) -> None:
    try:
        (out_dir / STATE_DIR).mkdir(parents=True, exist_ok=True)
        probe = out_dir / STATE_DIR / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise OutputError(f"cannot write to output directory {out_dir}: {error.strerror or error}") from None


def _run_locked(store: Store, out_dir: Path, discover, summary: RunSummary, *, workers, engine, scheduler,
                full, limits: Limits, progress: bool) -> None:
    from .write import remove_temporary

    remove_temporary(store.dir)  # what a killed run was writing
    version = PIPELINE_VERSION
    # the lists of files live only while planning, so that they are gone before the tables are written
    todo = _plan(store, *discover(), summary, full=full, limits=limits, version=version)
    if todo:
        _process(store, todo, summary, workers=workers, engine=engine, scheduler=scheduler, limits=limits,
                 progress=progress, version=version)
    del todo
    store.set_meta("version", version)

    stamp = store.stamp
    rows = read_table_rows(out_dir, stamp)
    if rows is None:
        rows = write_tables(store, out_dir, stamp)
        summary.tables_written = True
    summary.rows = {name: rows[name] for name in TABLES}
    _collect_failures(store, summary)


def _plan(store: Store, sources, problems, summary: RunSummary, *, full: bool, limits: Limits,
          version: str) -> dict[str, list]:
    """Record what the inputs are now and return what needs processing: content hash → its files."""
    known = store.files()
    done = store.known_results(version) if not full else set()  # results of an older version do not count
    keep = {(s.root, s.path) for s in sources} | {(s.root, s.path) for s, _ in problems}
    summary.removed = store.forget_files(set(known) - keep)
    summary.docs_seen = len(keep)

    # decide what to process: stat first, hash only what may have changed
    states: list[FileState] = [FileState(s.root, s.path, None, None, None, reason, now_iso()) for s, reason in problems]
    todo: dict[str, list] = {}  # sha256 -> the sources with that content
    for source in sources:
        previous = known.get((source.root, source.path))
        try:
            st = os.stat(source.abspath)
        except OSError as error:
            states.append(FileState(source.root, source.path, None, None, None, describe_os_error(error), now_iso()))
            continue
        if (previous is not None and previous.sha256 and previous.size == st.st_size
                and previous.mtime_ns == st.st_mtime_ns and previous.sha256 in done and not previous.error):
            summary.unchanged += 1
            continue
        try:
            data = read_bytes(source, limits.max_bytes)
        except DocumentError as error:
            states.append(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, str(error),
                                    now_iso()))
            continue
        sha = hash_bytes(data)
        del data
        states.append(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, sha, None, now_iso()))
        if sha in done:
            summary.unchanged += 1
        else:
            todo.setdefault(sha, []).append(source)
    store.put_files([s for s in states if _changed(s, known.get((s.root, s.path)))])
    return todo


def _changed(state: FileState, previous: FileState | None) -> bool:
    if previous is None:
        return True
    return (state.size, state.mtime_ns, state.sha256, state.error) != (
        previous.size, previous.mtime_ns, previous.sha256, previous.error)


def _process(store: Store, todo: dict[str, list], summary: RunSummary, *, workers, engine, scheduler, limits,
             progress, version) -> None:
    items = [WorkItem(sha, sources[0].abspath) for sha, sources in todo.items()]
    if engine == "dask":
        runner = DaskEngine(workers, limits, scheduler)
    else:
        runner = LocalEngine(min(workers, len(items)), limits)
    log.info("processing %d documents with the %s engine (%d workers)", len(items), engine, runner.workers)
    bar = _progress_bar(len(items)) if progress else None
    try:
        for work in runner.map(items):
            summary.processed += 1
            _store_work(store, work, todo[work.key], version)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _store_work(store: Store, work, sources: list, version: str) -> None:
    """Record one finished document at once (a transaction takes well under a millisecond): a killed run
    loses only the documents that were in flight."""
    if work.result is not None:
        store.put_results([(work.sha256, work.result, now_iso())], version)
        if work.sha256 != work.key:
            # the file changed between hashing and processing: keep what was processed
            first = sources[0]
            store.put_files([FileState(first.root, first.path, None, None, work.sha256, None, now_iso())])
    elif work.transient:  # could not be read now: try again on the next run
        store.put_files([FileState(s.root, s.path, None, None, None, work.error, now_iso()) for s in sources])
    else:  # the document itself is the problem: remember it like any result
        store.put_results([(work.key, error_result(work.key, work.error), now_iso())], version)


def _progress_bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)


def _collect_failures(store: Store, summary: RunSummary) -> None:
    summary.failures = [{"path": path, "error": error} for path, error in store.failures()]
    summary.failed = len(summary.failures)
