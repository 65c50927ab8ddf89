"""Engines run the per-document function over many documents.

- ``local`` (:mod:`.local`): a pool of worker processes on this machine;
- ``dask`` (:mod:`.cluster`): the same function on a dask.distributed cluster.

Both take the documents as :class:`WorkItem` objects and yield :class:`WorkResult`
objects in completion order (:mod:`.work`); a worker processes them in batches
(:mod:`.worker`), each document under its time limit and memory budget (:mod:`.limits`).
What one bad document can do to the others: nothing.
"""

from .cluster import DaskEngine
from .limits import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, Limits, MemoryBudget, time_limit
from .local import WORKER_DIED, WORKER_STUCK, LocalEngine
from .work import BATCH_SIZE, WorkItem, WorkResult, error_result
from .worker import BATCH_MAX_CHARS, Prepared, extract_item, item_job, prepare_batch, process_batch, process_item

__all__ = [
    "BATCH_MAX_CHARS", "BATCH_SIZE", "DEFAULT_MAX_MEMORY", "DEFAULT_TIMEOUT", "WORKER_DIED", "WORKER_STUCK",
    "DaskEngine", "Limits", "LocalEngine", "MemoryBudget", "Prepared", "WorkItem", "WorkResult", "error_result",
    "extract_item", "item_job", "prepare_batch", "process_batch", "process_item", "time_limit",
]
