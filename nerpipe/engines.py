"""Engines run the per-document function over many documents.

- ``local``: a pool of worker processes on this machine (one process for one
  worker: a document that crashes or exhausts its worker never takes the run
  with it). Each worker builds its models once; documents travel in batches as
  bytes; results stream back as they finish.
- ``dask``: the same function on a dask.distributed cluster (a LocalCluster
  when no scheduler address is given). Documents travel as bytes, so workers
  need no shared file system.

Both take the documents as :class:`WorkItem` objects (the bytes of a file the
runner read and hashed, read once and hashed once, with its format; or a row of a
table or a page of a web archive the runner streamed) and yield
:class:`WorkResult` objects in completion order, each with the document's text
and near-duplicate signature; the runner stores them. A worker gets documents in batches of
:data:`BATCH_SIZE`: it extracts each text, runs the neural models on the texts of
the batch together (:func:`prepare_batch`: many sentences per call are much cheaper
than a few), then the other stages document by document. Items are pulled lazily, so only the
documents in flight are held in memory, and no worker starts when there is
nothing to process.

Failure isolation (what one bad document can do to the others: nothing):

- every exception in the pipeline becomes a one-line error for that document
  (:func:`nerpipe.pipeline.process_document`, :func:`process_item`);
- a per-document time limit (SIGALRM, :func:`time_limit`) stops pathological texts;
  it applies to each document's extraction and stages, and to the batch's joint analysis,
  which, when it fails in any way, is made again document by document;
- a per-document memory budget (a soft address-space limit, :class:`MemoryBudget`)
  makes a document that needs too much memory fail with ``MemoryError`` instead of
  waking the OOM killer; the worker that ran it is then replaced (once the batches
  it shares the pool with are finished), in case the failure left it bloated;
- a worker process that dies (a crash in native code, the OOM killer) is
  replaced, and the documents that were in flight are rerun one at a time, so
  that only the document that kills a worker again is recorded as failed;
- a worker stuck where the time limit cannot reach it (native code that holds
  the GIL) is killed when no batch has finished for far longer than the limit
  allows, with the same rerun;
- workers die with the parent process, so a killed run leaves nothing behind.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from .errors import DocumentError, DocumentTimeout
from .formats.base import Extracted, Record
from .formats.sniff import TEXT

try:
    import resource
except ImportError:  # pragma: no cover - not Unix: no memory budget
    resource = None
from .read import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, make_doc_id
from .records import DocResult

log = logging.getLogger("nerpipe")

BATCH_SIZE = 8  # documents a worker gets at a time, and analyses together
BATCH_MAX_CHARS = 100_000  # a longer text is analysed alone
DEFAULT_TIMEOUT = 120.0  # seconds per document: a 50 KB article takes about 1 s, 1 MB of dense text 20 s
# bytes of memory one document may take in its worker, over what the worker holds before it (its models):
# 1 MB of dense text takes about 1 GB
DEFAULT_MAX_MEMORY = 2048 * 1024 * 1024
STALL_GRACE = 60.0  # seconds on top of the time limits before a silent pool is presumed stuck
WORKER_DIED = "the worker process died while processing this document (a crash or out of memory)"
WORKER_STUCK = "stopped: processing did not respond to the time limit (--timeout)"


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per document
    # bytes of a plain-text file, and of the text extracted from any other document (a page, a PDF, a row)
    max_bytes: int = DEFAULT_MAX_BYTES
    today: date | None = None  # reference date for weekday-based year inference
    max_memory: int | None = DEFAULT_MAX_MEMORY  # bytes per document in a worker process (None: no budget)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES  # bytes of a web page, DOCX or PDF file


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One document for a worker: a whole file's bytes in a format, or a streamed :class:`Record`."""

    key: str  # the SHA-256 of ``data`` (or :attr:`Record.sha256`): the document's content id
    data: bytes | None = None
    format: str = TEXT  # how to read ``data``: text, html, docx or pdf (nerpipe.formats.sniff_kind)
    gzip: bool = False  # ``data`` is gzip-compressed
    record: Record | None = None  # a row of a table or a page of a web archive, instead of ``data``


@dataclass(frozen=True, slots=True)
class WorkResult:
    key: str
    result: DocResult | None
    error: str | None = None  # the worker was lost: no result
    retire: bool = False  # the worker ran out of its memory budget: replace it
    text: str | None = None  # the text the result's offsets point into (when the document is ok)
    signature: bytes | None = None  # its near-duplicate signature (nerpipe.neardup.make_signature)


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (main thread of a process only).

    The alarm repeats every second until the block exits, in case a bare
    ``except:`` somewhere in a library swallows the first one.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise DocumentTimeout(f"processing took longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class MemoryBudget:
    """A soft limit on this process's address space for the block: what it uses now plus ``budget`` bytes.

    An allocation beyond it fails with :class:`MemoryError` (and numpy's own), which
    the block's caller turns into an error of the document, instead of the kernel's
    OOM killer ending the process. A lower limit set from outside (``ulimit -v``) is
    kept. Without a budget, or where the limit cannot be set, the block runs unlimited.
    """

    def __init__(self, budget: int | None):
        self.budget = budget
        self.previous: tuple[int, int] | None = None
        self.ours = False  # whether the budget, not a limit from outside, is the one in force

    def __enter__(self) -> MemoryBudget:
        used = _address_space()
        if not self.budget or used is None or resource is None:
            return self
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = used + self.budget
        outside = [value for value in (soft, hard) if value != resource.RLIM_INFINITY]
        self.ours = not outside or limit < min(outside)
        limit = min([limit, *outside])
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError):
            return self
        self.previous = (soft, hard)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            resource.setrlimit(resource.RLIMIT_AS, self.previous)
            self.previous = None

    def describe(self) -> str:
        if self.ours:
            return (f"out of memory: processing needed more than {self.budget // (1024 * 1024)} MB "
                    "(--max-memory)")
        return "out of memory: processing needed more than the process may use (ulimit -v, or the machine's)"


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (None where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def process_item(item: WorkItem, limits: Limits, models=None, own_process: bool = False,
                 prepared: Prepared | None = None) -> WorkResult:
    """Process one document under the time limit (and, in a worker process of our own, the memory budget).

    Two steps, both under the limits: :func:`extract_item` (the text and metadata of the file or
    record), then the stages (:func:`nerpipe.pipeline.finish_job`); the text and its near-duplicate
    signature come back with the result. ``prepared``: the document's text and analysis, made with
    the other documents of its batch (:func:`prepare_batch`); only the stages after the analysis
    are left to do.
    """
    from .neardup import make_signature
    from .pipeline import extract_job, finish_job

    if models is None:
        from .models import get_models

        models = get_models()
    if prepared is not None and isinstance(prepared.extracted, DocResult):  # it could not be read
        return WorkResult(item.key, prepared.extracted)

    def step() -> WorkResult:
        if prepared is None:
            job, started = item_job(item, limits), time.perf_counter()
            extracted, analysis = extract_job(job), None
            if isinstance(extracted, DocResult):
                return WorkResult(item.key, extracted)
        else:
            job, extracted, analysis, started = prepared.job, prepared.extracted, prepared.analysis, prepared.started
        result = finish_job(job, extracted, models, limits.today, analysis=analysis, started=started)
        if result.status != "ok":
            return WorkResult(item.key, result)
        return WorkResult(item.key, result, text=extracted.text, signature=make_signature(extracted.text))

    return _limited(item, limits, own_process, step)


def item_job(item: WorkItem, limits: Limits):
    """The pipeline's :class:`~nerpipe.pipeline.Job` for a work item: its text comes from :func:`extract_item`."""
    from .pipeline import Job

    return Job(make_doc_id(item.key), lambda: extract_item(item, limits))


def extract_item(item: WorkItem, limits: Limits) -> Extracted:
    """The text, encoding and metadata of a work item (:mod:`nerpipe.formats`), the first step of processing it.

    Raises :class:`DocumentError` with a one-line reason, also when the text of a document
    that is no plain-text file is over ``limits.max_bytes`` (a plain-text file's size
    was checked when it was read).
    """
    from .formats import extract_document, extract_record

    if item.record is not None:
        extracted = extract_record(item.record)
    else:
        extracted = extract_document(item.data, item.format, gzip=item.gzip)
    if item.record is not None or item.format != TEXT or item.gzip:
        size = len(extracted.text.encode("utf-8", errors="surrogatepass"))
        if size > limits.max_bytes:
            raise DocumentError(f"the document's text is {size} bytes, over the limit of {limits.max_bytes} "
                                "(--max-bytes)")
    return extracted


def _limited(item: WorkItem, limits: Limits, own_process: bool, step):
    """``step()`` under the document's time limit and memory budget; a :class:`WorkResult` of the failure when
    it goes over either."""
    budget = MemoryBudget(limits.max_memory if own_process else None)
    try:
        with time_limit(limits.timeout), budget:
            return step()
    except DocumentTimeout as error:
        return WorkResult(item.key, error_result(item.key, str(error)))
    except MemoryError:
        return WorkResult(item.key, error_result(item.key, budget.describe()), retire=own_process)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document of a batch with its text extracted and, when the batch's analysis succeeded, analysed."""

    job: object  # nerpipe.pipeline.Job
    extracted: object  # nerpipe.formats.Extracted, or the DocResult of a document that cannot be read
    analysis: object = None  # nerpipe.ner.Analysis, or None: analysed alone by process_item
    started: float = 0.0


def prepare_batch(items: list[WorkItem], limits: Limits, models,
                  own_process: bool = False) -> dict[str, Prepared | WorkResult]:
    """Extract the texts of a batch (each under its document's limits) and analyse them together.

    A document that goes over its limits while it is extracted gets its failure instead. The
    analysis runs under one document's limits, which a batch of ordinary documents stays far
    below; when it fails anyhow (the time limit, the memory budget, an exception), each
    document is analysed alone, so that only the one that causes the failure fails. Documents
    longer than ``BATCH_MAX_CHARS`` are analysed alone from the start: they gain nothing from company.
    """
    from .pipeline import analyze_extracted, extract_job

    prepared: dict[str, Prepared | WorkResult] = {}
    for item in items:
        started = time.perf_counter()
        job = item_job(item, limits)
        extracted = _limited(item, limits, own_process, lambda: extract_job(job))  # noqa: B023
        prepared[item.key] = extracted if isinstance(extracted, WorkResult) else Prepared(job, extracted, None, started)
    together = [key for key, entry in prepared.items() if isinstance(entry, Prepared)
                and not isinstance(entry.extracted, DocResult) and len(entry.extracted.text) <= BATCH_MAX_CHARS]
    if len(together) < 2:
        return prepared
    started = time.perf_counter()
    try:
        analyses = _limited(items[0], limits, own_process,
                            lambda: analyze_extracted([prepared[key].extracted for key in together], models))
    except Exception as error:  # a bug on one of the texts: each is analysed alone, that one fails
        analyses = WorkResult(items[0].key, error_result(items[0].key, f"{type(error).__name__}: {error}"))
    if isinstance(analyses, WorkResult):
        log.info("the analysis of a batch of %d documents failed (%s): analysing each alone", len(together),
                 analyses.result.error)
        return prepared
    share = (time.perf_counter() - started) / len(together)
    for key, analysis in zip(together, analyses):
        entry = prepared[key]
        prepared[key] = Prepared(entry.job, entry.extracted, analysis, entry.started - share)
    return prepared


def error_result(sha256: str, error: str) -> DocResult:
    """The result of a document that failed: no rows but its ``documents`` line."""
    from .pipeline import failed_result

    return failed_result(make_doc_id(sha256), error)


@contextmanager
def one_math_thread():
    """Run numerical libraries (BLAS under slovnet's numpy) on one thread in the block.

    Parallelism comes from documents, not from matrix products: with BLAS threads
    in every worker, workers fight over the cores (two workers ran slower than one).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


def process_batch(items: list[WorkItem], limits: Limits, own_process: bool = False) -> list[WorkResult]:
    """The unit of work an engine ships to a worker (``own_process``: one of the local engine's workers):
    the texts of the batch analysed together, then each document on its own."""
    from .models import get_models

    with one_math_thread():
        models = get_models()
        prepared = prepare_batch(items, limits, models, own_process) if len(items) > 1 else {}
        results = []
        for item in items:
            entry = prepared.get(item.key)
            results.append(entry if isinstance(entry, WorkResult) else
                           process_item(item, limits, models, own_process, entry))
        return results


def _init_worker(parent_pid: int) -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # and a closed terminal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # whatever handler the parent installed
    _exit_with_parent(parent_pid)
    from .models import get_models

    get_models()


PR_SET_PDEATHSIG = 1


def _exit_with_parent(parent_pid: int) -> None:
    """Make this worker die with its parent: a killed run must leave no workers behind.

    On Linux the kernel does it (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread
    watches for the parent to change.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl failed")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent_pid:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, name="nerpipe-parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def _batches(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    batch: list[WorkItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class LocalEngine:
    """The cores of this machine: ``workers`` processes, each building its models once."""

    name = "local"

    def __init__(self, workers: int, limits: Limits):
        self.workers = max(1, workers)
        self.limits = limits

    def _pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("fork"), initializer=_init_worker,
            initargs=(os.getpid(),),
        )

    def map(self, items: Iterable[WorkItem]) -> Iterator[WorkResult]:
        batches = _batches(items, BATCH_SIZE)
        first = next(batches, None)
        if first is None:  # nothing to process: no worker is started
            return
        batches = itertools.chain([first], batches)
        suspects: deque[WorkItem] = deque()  # in flight when a worker died: rerun one at a time
        in_flight: dict = {}  # future -> (batch, submitted alone)
        stuck = False
        retiring = False  # a worker went over its memory budget: replace the pool once it is idle
        pool = self._pool()
        try:
            while True:
                if retiring and not in_flight:
                    pool.shutdown(wait=True)
                    pool = self._pool()
                    retiring = False
                if not retiring:
                    self._submit(pool, in_flight, batches, suspects)
                if not in_flight:
                    break
                done, _ = wait(in_flight, timeout=self._stall_limit(in_flight), return_when=FIRST_COMPLETED)
                if not done:
                    log.warning("no document finished in %.0f s: stopping the stuck workers",
                                self._stall_limit(in_flight))
                    _kill_workers(pool)
                    stuck = True
                    continue
                broken = False
                for future in done:
                    batch, alone = in_flight.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if alone:
                            yield WorkResult(batch[0].key, None, WORKER_STUCK if stuck else WORKER_DIED)
                        else:
                            suspects.extend(batch)
                        continue
                    for result in results:
                        retiring = retiring or result.retire
                        yield result
                if broken:
                    for batch, _alone in in_flight.values():
                        suspects.extend(batch)
                    in_flight.clear()
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._pool()
                    stuck = retiring = False
        except BaseException:  # interrupted (Ctrl-C, SIGTERM) or abandoned: do not wait for the batches
            _kill_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, pool: ProcessPoolExecutor, in_flight: dict, batches: Iterator[list[WorkItem]],
                suspects: deque[WorkItem]) -> None:
        """Keep every worker busy; after a worker died, run the suspects alone, one at a time."""
        if suspects:
            if not in_flight:
                item = suspects.popleft()
                in_flight[pool.submit(process_batch, [item], self.limits, True)] = ([item], True)
            return
        while len(in_flight) < self.workers * 3:
            batch = next(batches, None)
            if batch is None:
                return
            in_flight[pool.submit(process_batch, batch, self.limits, True)] = (batch, False)

    def _stall_limit(self, in_flight: dict) -> float | None:
        """How long to wait for any batch before presuming the pool stuck (None: no time limit)."""
        if not self.limits.timeout:
            return None
        longest = max(len(batch) for batch, _alone in in_flight.values())
        # each document's extraction and stages, and the batch's analysis, each under the time limit
        return (2 * longest + 1) * self.limits.timeout + STALL_GRACE


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """SIGKILL the pool's processes; their futures then fail with BrokenProcessPool."""
    for process in list((pool._processes or {}).values()):  # no public API lists them
        if process.is_alive():
            process.kill()


def _quiet_dask_logs() -> None:
    """Let dask.distributed log no more than nerpipe's own logger does (``-q``: warnings only).

    Its logging is configured when it is imported, in this process and in the worker
    processes of a local cluster, from dask's configuration, which environment variables set.
    """
    import logging

    level = logging.getLevelName(max(logging.getLogger("nerpipe").getEffectiveLevel(), logging.INFO)).lower()
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", level)
    import dask

    dask.config.refresh()


class DaskEngine:
    """The same per-document function on a dask.distributed cluster."""

    name = "dask"

    def __init__(self, workers: int, limits: Limits, scheduler: str | None = None):
        self.workers = max(1, workers)
        self.limits = limits
        self.scheduler = scheduler

    def map(self, items: Iterable[WorkItem]) -> Iterator[WorkResult]:
        _quiet_dask_logs()
        try:
            from dask.distributed import Client, LocalCluster, as_completed
        except ImportError as error:  # pragma: no cover - dask is a dependency
            raise RuntimeError("the dask engine needs dask[distributed]") from error
        batches = _batches(items, BATCH_SIZE)
        first = next(batches, None)
        if first is None:  # nothing to process: no cluster is started
            return
        batches = itertools.chain([first], batches)
        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            window = as_completed()
            in_flight: dict = {}  # future -> the batch it runs
            limit = self.workers * 3
            exhausted = False
            while True:
                while not exhausted and len(in_flight) < limit:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    future = client.submit(process_batch, batch, self.limits, pure=False)
                    in_flight[future] = batch
                    window.add(future)
                if not in_flight:
                    break
                future = next(window)
                batch = in_flight.pop(future)
                try:
                    yield from future.result()
                except Exception as error:  # the task failed as a whole, e.g. its worker was lost (KilledWorker)
                    if len(batch) == 1:
                        yield WorkResult(batch[0].key, None, f"the dask worker failed: {type(error).__name__}")
                        continue
                    for item in batch:  # find the document that fails by running each alone
                        single = client.submit(process_batch, [item], self.limits, pure=False)
                        in_flight[single] = [item]
                        window.add(single)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
