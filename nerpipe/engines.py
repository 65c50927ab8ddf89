"""Engines run the per-document function over many documents.

- ``local``: a process pool (or the calling process for one worker). Each worker
  builds its models once; documents travel in batches as paths; results stream
  back as they finish; a per-document time limit stops pathological texts; a
  worker that dies is replaced and the documents it held are retried one by one.
- ``dask``: the same function on a dask.distributed cluster (a LocalCluster
  when no scheduler address is given). Documents travel as bytes, so workers
  need no shared file system.

Both yield :class:`WorkResult` objects in completion order; the runner stores them.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from .errors import DocumentError, DocumentTimeout
from .read import DEFAULT_MAX_BYTES, hash_bytes, make_doc_id
from .records import DocResult

BATCH_SIZE = 8


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float | None = 120.0  # seconds per document
    max_bytes: int = DEFAULT_MAX_BYTES
    today: date | None = None  # reference date for weekday-based year inference


@dataclass(frozen=True, slots=True)
class WorkItem:
    key: str  # the runner's handle for the file
    path: str  # absolute path, read by the worker when ``data`` is None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class WorkResult:
    key: str
    sha256: str | None
    result: DocResult | None
    error: str | None = None
    transient: bool = False  # retry on the next run instead of remembering the failure


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (main thread of a process only)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(f"processing took longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_item(item: WorkItem, limits: Limits, models=None) -> WorkResult:
    """Read (if needed) and process one document; every failure becomes a one-line error."""
    from .pipeline import process_document
    from .read import Source, read_bytes

    data = item.data
    if data is None:
        try:
            data = read_bytes(Source("", "", item.path), limits.max_bytes)
        except DocumentError as error:
            return WorkResult(item.key, None, None, str(error), transient=True)
    sha = hash_bytes(data)
    if models is None:
        from .models import get_models

        models = get_models()
    try:
        with time_limit(limits.timeout):
            result = process_document(data, models, today=limits.today)
    except DocumentTimeout as error:
        result = DocResult(doc_id=make_doc_id(sha), n_chars=0, status="error", error=str(error))
    except MemoryError:
        result = DocResult(doc_id=make_doc_id(sha), n_chars=0, status="error", error="out of memory")
    except Exception as error:  # a bug on this input: record it, keep going
        message = " ".join(str(error).split())[:200]
        result = DocResult(doc_id=make_doc_id(sha), n_chars=0, status="error",
                           error=f"internal error: {type(error).__name__}: {message}")
    return WorkResult(item.key, sha, result)


def process_batch(items: list[WorkItem], limits: Limits) -> list[WorkResult]:
    """The unit of work an engine ships to a worker."""
    return [process_item(item, limits) for item in items]


def _init_worker() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from .models import get_models

    get_models()


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
    """All cores of this machine (``workers`` processes), or the calling process for one worker."""

    name = "local"

    def __init__(self, workers: int, limits: Limits):
        self.workers = max(1, workers)
        self.limits = limits

    def map(self, items: Iterable[WorkItem]) -> Iterator[WorkResult]:
        if self.workers == 1:
            from .models import get_models

            models = get_models()
            for item in items:
                yield process_item(item, self.limits, models)
            return
        yield from self._map_pool(items)

    def _pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("fork"), initializer=_init_worker
        )

    def _map_pool(self, items: Iterable[WorkItem]) -> Iterator[WorkResult]:
        pending_batches = _batches(items, BATCH_SIZE)
        retry: list[list[WorkItem]] = []  # batches to run again, one document each, after a worker died
        pool = self._pool()
        in_flight: dict = {}
        limit = self.workers * 3
        try:
            while True:
                while len(in_flight) < limit:
                    batch = retry.pop() if retry else next(pending_batches, None)
                    if batch is None:
                        break
                    in_flight[pool.submit(process_batch, batch, self.limits)] = batch
                if not in_flight:
                    break
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    batch = in_flight.pop(future)
                    try:
                        yield from future.result()
                    except BrokenProcessPool:
                        broken = True
                        if len(batch) == 1:
                            yield WorkResult(batch[0].key, None, None,
                                             "the worker process died while processing this document",
                                             transient=False)
                        else:
                            retry.extend([[item] for item in batch])
                if broken:
                    for future, batch in in_flight.items():
                        future.cancel()
                        retry.extend([[item] for item in batch] if len(batch) > 1 else [batch])
                    in_flight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    time.sleep(0.1)
                    pool = self._pool()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """The same per-document function on a dask.distributed cluster."""

    name = "dask"

    def __init__(self, workers: int, limits: Limits, scheduler: str | None = None):
        self.workers = max(1, workers)
        self.limits = limits
        self.scheduler = scheduler

    def map(self, items: Iterable[WorkItem]) -> Iterator[WorkResult]:
        try:
            from dask.distributed import Client, LocalCluster, as_completed
        except ImportError as error:  # pragma: no cover - dask is a dependency
            raise RuntimeError("the dask engine needs dask[distributed]") from error
        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            batches = _batches(items, BATCH_SIZE)
            window = as_completed()
            in_flight = 0
            limit = self.workers * 3
            exhausted = False
            while True:
                while not exhausted and in_flight < limit:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    loaded, failed = self._load(batch)
                    yield from failed
                    if loaded:
                        window.add(client.submit(process_batch, loaded, self.limits, pure=False))
                        in_flight += 1
                if in_flight == 0:
                    break
                future = next(window)
                in_flight -= 1
                yield from future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _load(self, batch: list[WorkItem]) -> tuple[list[WorkItem], list[WorkResult]]:
        """Attach the bytes of each document (workers may not share this file system)."""
        from .read import Source, read_bytes

        loaded, failed = [], []
        for item in batch:
            try:
                data = read_bytes(Source("", "", item.path), self.limits.max_bytes)
            except DocumentError as error:
                failed.append(WorkResult(item.key, None, None, str(error), transient=True))
                continue
            loaded.append(WorkItem(item.key, item.path, data))
        return loaded, failed
