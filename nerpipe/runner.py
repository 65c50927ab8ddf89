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

import json
import logging
import os
import sqlite3
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path

from .engines import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, DaskEngine, Limits, LocalEngine, WorkItem, error_result
from .errors import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    DocumentError,
    LockedError,
    ManifestError,
    OutputError,
    UsageError,
)
from .formats import ColumnMap, Kind, iter_records, kind_from_name, read_head, sniff_kind
from .formats.sniff import TEXT
from .pipeline import PIPELINE_VERSION
from .read import (
    DEFAULT_GLOB,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    Source,
    discover_sources,
    hash_bytes,
    make_doc_id,
    open_source,
    printable,
    read_contents,
    require_inputs,
    stat_source,
)
from .schema import TABLES
from .store import DB_NAME, STATE_DIR, FileState, Store, Stored, now_iso
from .write import read_table_rows, write_tables

log = logging.getLogger("nerpipe")

CHECK_EVERY = 50  # documents stored between two checks that the output directory is still this run's


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
    _prepare_output(out_dir)
    summary = RunSummary(out=str(out_dir), engine=engine, workers=workers)
    limits = Limits(timeout, max_bytes, today, max_memory, max_file_bytes)
    with OutputLock(out_dir) as lock:
        store = _open_store(out_dir)
        try:
            _run_locked(store, lock, list(inputs), summary, glob=glob, follow_symlinks=follow_symlinks,
                        allow_empty=allow_empty, workers=workers, engine=engine, scheduler=scheduler, full=full,
                        limits=limits, progress=_want_progress(progress), columns=columns or ColumnMap())
        except sqlite3.DatabaseError as error:
            lock.check()  # a manifest removed with its directory: that is the news
            raise _manifest_error(store.path, error) from None
        finally:
            store.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


class OutputLock:
    """The output directory's lock, held for the whole run: an ``flock`` on ``OUT/.nerpipe/lock``.

    The kernel releases it when the holder dies, however it dies, so a killed run
    never blocks the next one. A lock only guards the file it is taken on: when the
    output directory is removed (or replaced) during the run, a new run takes a new
    lock on a new file. :meth:`check` notices that — the directory, the state
    directory or the lock file is no longer the one locked — and stops this run
    before it writes anything more.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.path = out_dir / STATE_DIR / "lock"
        self.identity: tuple | None = None
        self.lock = None

    def __enter__(self) -> OutputLock:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise LockedError(f"another nerpipe run is writing {self.out_dir} (it holds {self.path}); "
                              "this run does nothing") from None
        except OSError as error:
            raise OutputError(f"cannot lock the output directory: {self.path}: {error.strerror or error}") from None
        self.lock = lock
        self.identity = self._identity()
        return self

    def __exit__(self, *exc) -> None:
        self.lock.release()

    def _identity(self) -> tuple | None:
        try:
            return tuple((st.st_dev, st.st_ino) for st in map(os.stat, (self.out_dir, self.path.parent, self.path)))
        except OSError:
            return None

    def check(self) -> None:
        """Raise :class:`LockedError` when the output directory is no longer the one this run locked."""
        if self._identity() != self.identity:
            raise LockedError(f"the output directory {self.out_dir} was removed or replaced during the run, so this "
                              "run no longer holds its lock (another run may be writing it now); it stops without "
                              "writing the tables")


def _open_store(out_dir: Path) -> Store:
    path = out_dir / STATE_DIR / DB_NAME
    try:
        store = Store(out_dir)
    except sqlite3.DatabaseError as error:
        raise _manifest_error(path, error) from None
    try:
        store.check()
    except sqlite3.DatabaseError as error:
        store.close()
        raise _manifest_error(path, error) from None
    return store


def _manifest_error(path: Path, error: sqlite3.DatabaseError):
    """The error for a manifest that cannot be used: not writable (a usage error), or damaged."""
    message = str(error)
    if isinstance(error, sqlite3.OperationalError) and any(
            phrase in message for phrase in ("readonly", "unable to open", "disk I/O error", "permission")):
        return OutputError(f"cannot write the manifest {path}: {message}")
    return ManifestError(
        f"the manifest {path} is damaged ({message}). Move it away (mv {path} {path}.damaged) and run again: "
        "every document is then processed again and the tables rebuilt")


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sys.stderr.isatty()


def _prepare_output(out_dir: Path) -> None:
    """Create OUT and OUT/.nerpipe, and make sure both can be written (the tables go to one, the manifest to
    the other): a :class:`OutputError` now rather than after the documents are processed."""
    for directory in (out_dir, out_dir / STATE_DIR):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            probe = directory / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise OutputError(f"cannot write to output directory {out_dir}: "
                              f"{directory}: {error.strerror or error}") from None
    effective = os.access in os.supports_effective_ids  # check as the user the run acts as
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        path = out_dir / STATE_DIR / name
        if path.exists() and not os.access(path, os.R_OK | os.W_OK, effective_ids=effective):
            raise OutputError(f"cannot write to output directory {out_dir}: {path}: Permission denied")


def _run_locked(store: Store, lock: OutputLock, inputs: list, summary: RunSummary, *, glob, follow_symlinks,
                allow_empty, workers, engine, scheduler, full, limits: Limits, progress: bool,
                columns: ColumnMap) -> None:
    from .write import remove_temporary

    remove_temporary(store.dir)  # what a killed run was writing
    version = PIPELINE_VERSION
    sources, problems = discover_sources(inputs, glob=glob, follow_symlinks=follow_symlinks, exclude=[lock.out_dir])
    if not allow_empty:
        _refuse_emptied_roots(store, inputs, sources, problems)
    known = store.files()
    done = _Done(store, version, uuid.uuid4().hex, full)
    older = store.count_results_without_text(version) if not full else 0
    if older:
        log.info("%d documents were processed by an older nerpipe that did not keep their texts: they are "
                 "processed again, once", older)
    # the lists of files live only while planning, so that they are gone before the tables are written
    candidates = _plan(store, known, done, sources, problems, summary, _options(columns))
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
    rows = read_table_rows(lock.out_dir, stamp)
    if rows is None:
        rows = write_tables(store, lock.out_dir, stamp, before_replace=lock.check)
        summary.tables_written = True
    summary.rows = {name: rows[name] for name in TABLES}
    _collect_failures(store, summary)


class _Done:
    """Which contents have a result that counts for this run: of this pipeline version, and made by this run
    when every document is to be processed again (``full``). Asked of the manifest, so that memory does not
    grow with the number of documents."""

    def __init__(self, store: Store, version: str, run_id: str, full: bool):
        self.store, self.version, self.run_id = store, version, run_id
        self.only_run = run_id if full else None

    def __contains__(self, sha256: str) -> bool:
        return self.store.has_result(sha256, self.version, self.only_run)

    def all_rows(self, root: str, path: str) -> bool:
        """Whether every row of a table (or page of an archive) the manifest holds has a result that counts."""
        return self.store.rows_done(root, path, self.version, self.only_run)


def _options(columns: ColumnMap) -> str:
    """How tables are read in this run (the column mapping), as recorded with each table file."""
    return json.dumps(columns.given(), ensure_ascii=False, sort_keys=True)


def _refuse_emptied_roots(store: Store, inputs: list, sources: list[Source], problems: list) -> None:
    """A :class:`UsageError` when an input directory now holds no document while the tables hold some from it:
    a share that is not mounted, a disk not attached. Removing them all takes ``--allow-empty``."""
    found = {s.root for s in sources} | {s.root for s, _ in problems}
    held = store.files_by_root()
    for raw in inputs:
        if not Path(raw).is_dir():
            continue
        root = printable(str(Path(raw).resolve()))
        if root not in found and held.get(root):
            raise UsageError(
                f"input directory {root} holds no document now, but the tables hold {held[root]} from it "
                "(a share that is not mounted?); nothing was changed. If they should all be removed, run again "
                "with --allow-empty")


def _plan(store: Store, known: dict, done: _Done, sources: list[Source], problems: list, summary: RunSummary,
          options: str) -> list[tuple[Source, os.stat_result]]:
    """Record what the inputs are now; return the files that must be read (new, or changed by their status).

    Files no longer among the inputs leave the manifest (with their rows, for a table), but
    their results stay until the end of the run: a moved or renamed file is read under its
    new name, and its content (or each of its rows) is recognized.

    A table or archive whose size and modification time are those recorded, that was read to
    its end with the same column mapping and whose every row has a result, is not read again.
    """
    keep = {(s.root, s.path) for s in sources} | {(s.root, s.path) for s, _ in problems}
    summary.removed = store.forget_files(set(known) - keep)

    states = [FileState(s.root, s.path, None, None, None, reason, now_iso()) for s, reason in problems]
    candidates = []
    for source in sources:
        previous = known.get((source.root, source.path))
        try:
            st = stat_source(source)
        except DocumentError as error:
            states.append(FileState(source.root, source.path, None, None, None, str(error), now_iso()))
            continue
        if (previous is not None and not previous.error and previous.size == st.st_size
                and previous.mtime_ns == st.st_mtime_ns):
            if not previous.container and previous.sha256 and previous.sha256 in done:
                summary.unchanged += 1
                continue
            if (previous.container and previous.complete and previous.options == options
                    and done.all_rows(source.root, source.path)):
                summary.unchanged += store.count_rows(source.root, source.path)
                continue
        candidates.append((source, st))
    store.put_files([s for s in states if _changed(s, known.get((s.root, s.path)))])
    return candidates


def _changed(state: FileState, previous: FileState | None) -> bool:
    if previous is None:
        return True
    return _comparable(state) != _comparable(previous)


def _comparable(state: FileState) -> tuple:
    return replace(state, checked_at="").values()


@dataclass
class _Container:
    """A table or archive being read: its rows still waiting for a result, and how its reading ended."""

    state: FileState
    waiting: int = 0
    finished: bool = False


class _Reader:
    """Read each candidate once, hash it once, and hand the engine only contents never processed.

    A file is opened once (``open_source``), its kind sniffed from its first bytes, and
    then either read whole (a single document: its bytes go to a worker) or streamed (a
    table or archive: each row goes to a worker). A document whose content has a result
    already (touched, copied, moved; an unchanged row) is recorded at once; documents with
    the same new content wait for its one result. A table's own state (size, modification
    time, read to the end) is recorded only once every row read from it has its result, so
    that a run killed halfway reads it again.
    """

    FLUSH_EVERY = 500

    def __init__(self, store: Store, candidates, known: dict, done: _Done, summary: RunSummary, limits: Limits,
                 columns: ColumnMap, version: str, bar=None):
        self.store, self.candidates, self.known, self.done = store, candidates, known, done
        self.summary, self.limits, self.columns, self.version, self.bar = summary, limits, columns, version, bar
        self.options = _options(columns)
        self.pending: dict[str, list[FileState]] = {}  # content hash -> the documents waiting for its result
        self.containers: dict[tuple[str, str], _Container] = {}  # tables with rows waiting for a result
        self.states: list[FileState] = []  # recorded documents, not yet written to the manifest
        self.seen: list[FileState] = []  # rows read, not yet noted as seen in the manifest
        self.failed: list[Stored] = []  # rows that failed as read (malformed), not yet stored

    def items(self):
        for source, st in self.candidates:
            yield from self.read(source, st)
        self.flush()

    def read(self, source: Source, st: os.stat_result):
        """Yield the work items of one file: none, its bytes, or its new rows."""
        try:
            handle = open_source(source)
        except DocumentError as error:
            self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, str(error), now_iso()))
            return
        with handle:
            try:
                kind = sniff_kind(source.path, *read_head(handle))
            except (DocumentError, OSError) as error:
                reason = str(error) if isinstance(error, DocumentError) else f"cannot read file: {error}"
                self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, reason, now_iso()))
                return
            if kind.multi:
                yield from self.read_container(source, handle, kind)
                return
            previous = self.known.get((source.root, source.path))
            if previous is not None and previous.container:
                self.summary.removed += self.store.forget_rows(source.root, source.path)
            item = self.read_whole(source, st, handle, kind)
            if item is not None:
                yield item

    def read_whole(self, source: Source, st: os.stat_result, handle, kind: Kind) -> WorkItem | None:
        """A work item for a single-document file with new content (None: it is recorded, or waits)."""
        if kind.format == TEXT and not kind.gzip:
            limit, option = self.limits.max_bytes, "--max-bytes"
        else:  # a page, a DOCX or a PDF: markup and images besides the text, whose size is checked once extracted
            limit, option = max(self.limits.max_file_bytes, self.limits.max_bytes), "--max-file-bytes"
        try:
            contents = read_contents(handle, limit, option=option)
        except DocumentError as error:
            self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, str(error), now_iso()))
            return None
        sha = hash_bytes(contents.data)
        state = FileState(source.root, source.path, contents.size, contents.mtime_ns, sha, None, now_iso())
        if sha in self.done:
            self.summary.unchanged += 1
            self.record(state)
            return None
        if self.wait(sha, state):
            return None
        return WorkItem(sha, contents.data, kind.format, kind.gzip)

    def read_container(self, source: Source, handle, kind: Kind):
        """Yield a work item for every new row of a table or page of an archive; record the others."""
        from .pipeline import failed_result

        st = os.fstat(handle.fileno())
        container = _Container(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, None, now_iso(),
                                         container=True, options=self.options))
        self.containers[(source.root, source.path)] = container
        error = None
        try:
            for seq, record in enumerate(iter_records(handle, kind, self.columns), start=1):
                sha = record.sha256
                row = FileState(source.root, source.path, len(record.data) if record.data is not None else None,
                                None, sha, None, now_iso(), locator=record.locator, seq=seq)
                self.seen.append(row)
                recorded = self.store.row_state(source.root, source.path, record.locator)
                if sha in self.done:
                    self.summary.unchanged += 1
                    if recorded != (sha, seq):
                        self.states.append(row)
                elif record.error is not None:  # a malformed row: its failure is its result
                    self.failed.append(Stored(sha, failed_result(make_doc_id(sha), record.error), now_iso()))
                    self.states.append(row)
                    self.summary.processed += 1
                else:  # new content: it goes to a worker, unless the same content is on its way already
                    container.waiting += 1
                    if not self.wait(sha, row):
                        yield WorkItem(sha, record=record)
                    continue  # counted when its result comes
                self.tick()
        except DocumentError as problem:
            error = str(problem)
        except Exception as problem:  # noqa: BLE001 - a reader's bug on this file: the file fails, not the run
            error = f"cannot read the file: {type(problem).__name__}: {' '.join(str(problem).split())[:200]}"
        container.state = replace(container.state, error=error, complete=error is None)
        container.finished = True
        self.close_container(container)

    def wait(self, sha: str, state: FileState) -> bool:
        """Note a document whose content is new; True when the same content is already on its way."""
        if sha in self.pending:
            self.pending[sha].append(state)
            return True
        self.pending[sha] = [state]
        return False

    def record(self, state: FileState) -> None:
        """Record a document (or file) that needs no processing, when its state is new."""
        if state.locator or _changed(state, self.known.get((state.root, state.path))):
            self.states.append(state)
        self.tick()

    def tick(self) -> None:
        if len(self.states) + len(self.seen) >= self.FLUSH_EVERY:
            self.flush()
        if self.bar is not None:
            self.bar.update(1)

    def flush(self) -> None:
        self.store.put_results(self.failed, self.version, run=self.done.run_id)
        self.store.put_files(self.states, seen=self.seen)
        self.states, self.seen, self.failed = [], [], []

    def close_container(self, container: _Container) -> None:
        """Once a table is read and every row of it has its result: forget its removed rows, record its state."""
        if not container.finished or container.waiting:
            return
        self.flush()
        state = container.state
        if state.complete:
            self.summary.removed += self.store.forget_unseen_rows(state.root, state.path)
        self.store.put_files([state])
        del self.containers[(state.root, state.path)]

    def store_work(self, work) -> None:
        """Record one finished document with its files, at once (a transaction takes well under a
        millisecond): a killed run loses only the documents that were in flight."""
        result = work.result if work.result is not None else error_result(work.key, work.error)
        files = self.pending.pop(work.key)
        self.flush()  # rows read before it, and their seen marks, go first
        self.store.put_results([Stored(work.key, result, now_iso(), work.text, work.signature)], self.version,
                               files=files, run=self.done.run_id)
        if self.bar is not None:
            self.bar.update(len(files))
        for state in files:
            container = self.containers.get((state.root, state.path)) if state.locator else None
            if container is not None:
                container.waiting -= 1
                self.close_container(container)


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
    reader = _Reader(store, candidates, known, done, summary, limits, columns, PIPELINE_VERSION, bar)
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


def _collect_failures(store: Store, summary: RunSummary) -> None:
    summary.failures = [{"path": path, "error": error} for path, error in store.failures()]
    summary.failed = len(summary.failures)
