"""The unit of work a worker runs: a batch of documents (:func:`process_batch`).

A worker extracts each text, runs the neural models on the texts of the batch
together (:func:`prepare_batch`: many sentences per call are much cheaper than a
few), then the other stages document by document (:func:`process_item`).

Every exception in the pipeline becomes a one-line error for that document
(:func:`nerpipe.pipeline.process_document`, :func:`process_item`). The time limit and
the memory budget (:mod:`.limits`) apply to each document's extraction and stages, and
to the batch's joint analysis, which, when it fails in any way, is made again document by document.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import DocumentError, DocumentTimeout
from ..formats.base import Extracted
from ..formats.sniff import TEXT
from ..read import make_doc_id
from ..records import DocResult
from .limits import Limits, MemoryBudget, time_limit
from .work import WorkItem, WorkResult, error_result

log = logging.getLogger("nerpipe")

BATCH_MAX_CHARS = 100_000  # a longer text is analysed alone


def process_item(item: WorkItem, limits: Limits, models=None, own_process: bool = False,
                 prepared: Prepared | None = None) -> WorkResult:
    """Process one document under the time limit (and, in a worker process of our own, the memory budget).

    Two steps, both under the limits: :func:`extract_item` (the text and metadata of the file or
    record), then the stages (:func:`nerpipe.pipeline.finish_job`); the text and its near-duplicate
    signature come back with the result. ``prepared``: the document's text and analysis, made with
    the other documents of its batch (:func:`prepare_batch`); only the stages after the analysis
    are left to do.
    """
    from ..neardup import make_signature
    from ..pipeline import extract_job, finish_job

    if models is None:
        from ..models import get_models

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
    from ..pipeline import Job

    return Job(make_doc_id(item.key), lambda: extract_item(item, limits))


def extract_item(item: WorkItem, limits: Limits) -> Extracted:
    """The text, encoding and metadata of a work item (:mod:`nerpipe.formats`), the first step of processing it.

    Raises :class:`DocumentError` with a one-line reason, also when the text of a document
    that is no plain-text file is over ``limits.max_bytes`` (a plain-text file's size
    was checked when it was read).
    """
    from ..formats import extract_document, extract_record

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
    from ..pipeline import analyze_extracted, extract_job

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
    from ..models import get_models

    with one_math_thread():
        models = get_models()
        prepared = prepare_batch(items, limits, models, own_process) if len(items) > 1 else {}
        results = []
        for item in items:
            entry = prepared.get(item.key)
            results.append(entry if isinstance(entry, WorkResult) else
                           process_item(item, limits, models, own_process, entry))
        return results
