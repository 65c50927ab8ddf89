"""The ``dask`` engine: the per-document function on a dask.distributed cluster.

A LocalCluster when no scheduler address is given. Documents travel as bytes, so
workers need no shared file system; a batch whose task fails as a whole (its worker
was lost) is run again one document at a time.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator

from .limits import Limits
from .work import BATCH_SIZE, WorkItem, WorkResult, make_batches
from .worker import process_batch


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
        batches = make_batches(items, BATCH_SIZE)
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
