"""The ``local`` engine: a pool of worker processes on this machine.

One process for one worker: a document that crashes or exhausts its worker never
takes the run with it. Each worker builds its models once; documents travel in
batches as bytes; results stream back as they finish. Items are pulled lazily, so
only the documents in flight are held in memory, and no worker starts when there is
nothing to process.

- a worker that went over its memory budget is replaced (once the batches it shares
  the pool with are finished), in case the failure left it bloated;
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

from .limits import Limits
from .work import BATCH_SIZE, WorkItem, WorkResult, make_batches
from .worker import process_batch

log = logging.getLogger("nerpipe")

STALL_GRACE = 60.0  # seconds on top of the time limits before a silent pool is presumed stuck
WORKER_DIED = "the worker process died while processing this document (a crash or out of memory)"
WORKER_STUCK = "stopped: processing did not respond to the time limit (--timeout)"


def _init_worker(parent_pid: int) -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # and a closed terminal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # whatever handler the parent installed
    _exit_with_parent(parent_pid)
    from ..models import get_models

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
        batches = make_batches(items, BATCH_SIZE)
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
