"""Per-document isolation: whatever one document does to its stage or its worker, it alone fails.

A stage misbehaves for the documents that contain :data:`TRIGGER` (the stage
is replaced in this process; forked workers inherit the replacement).
"""

from __future__ import annotations

import contextlib
import os
import signal
import time

import pytest

import nerpipe.engines.local
import nerpipe.pipeline
from nerpipe.records import DocResult
from nerpipe.runner import run

from .corpus import write_articles

TRIGGER = "Этот материал ломает обработку."


def _corpus(directory, count, bad=(2,)):
    paths = write_articles(directory, count)
    for index in bad:
        paths[index].write_text(paths[index].read_text(encoding="utf-8") + TRIGGER, encoding="utf-8")
    return paths


def _misbehave(monkeypatch, action, others_at_once: bool = False):
    """Documents with TRIGGER run ``action`` first; with ``others_at_once`` the other documents skip the stages
    (for the tests with a short time limit: no ordinary document may come near it, however loaded the machine)."""
    process_text = nerpipe.pipeline.process_text

    def stage(text, models, doc_id="", today=None, meta=None, analysis=None):
        if TRIGGER in text:
            action()
        elif others_at_once:
            return DocResult(doc_id=doc_id, n_chars=len(text))
        return process_text(text, models, doc_id=doc_id, today=today, meta=meta, analysis=analysis)

    monkeypatch.setattr(nerpipe.pipeline, "process_text", stage)


def _run(corpus, out, **options):
    summary = run([str(corpus)], out, progress=False, **options)
    return summary, {f["path"]: f["error"] for f in summary.failures}


def test_a_slow_document_times_out_and_the_rest_is_written(tmp_path, monkeypatch, models):
    _corpus(tmp_path / "in", 4)
    _misbehave(monkeypatch, lambda: time.sleep(600), others_at_once=True)  # were the limit ignored, it would end well
    summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=1, timeout=0.5)
    assert failures == {"a0002.txt": "processing took longer than 0.5 s (--timeout)"}
    assert (summary.exit_code, summary.processed, summary.rows["documents"]) == (1, 4, 4)


def test_the_time_limit_survives_a_stage_that_swallows_it(tmp_path, monkeypatch, models):
    def swallow_then_sleep():
        with contextlib.suppress(BaseException):  # what a careless library might do
            time.sleep(600)
        time.sleep(600)

    _corpus(tmp_path / "in", 3)
    _misbehave(monkeypatch, swallow_then_sleep, others_at_once=True)
    _summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=1, timeout=0.5)
    assert failures == {"a0002.txt": "processing took longer than 0.5 s (--timeout)"}


@pytest.mark.parametrize("error, message", [
    (ZeroDivisionError("division by zero"), "internal error: ZeroDivisionError: division by zero"),
    (KeyError("multi\nline"), "internal error: KeyError: 'multi\\nline'"),
    (RecursionError("maximum recursion depth exceeded"),
     "internal error: RecursionError: maximum recursion depth exceeded"),
    (MemoryError(), "out of memory: processing needed more than "),
])
def test_an_exception_in_a_stage_fails_only_its_document(tmp_path, monkeypatch, models, error, message):
    def fail():
        raise error

    _corpus(tmp_path / "in", 3)
    _misbehave(monkeypatch, fail)
    summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=1)
    assert list(failures) == ["a0002.txt"]
    assert failures["a0002.txt"].startswith(message)
    assert summary.processed == 3


@pytest.mark.slow
def test_a_document_that_kills_its_worker_fails_alone(tmp_path, monkeypatch, models):
    _corpus(tmp_path / "in", 20, bad=(5,))
    _misbehave(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=2)
    # the documents that shared the dead worker's batch, or were in flight, are rerun and succeed
    assert failures == {"a0005.txt": nerpipe.engines.WORKER_DIED}
    assert summary.processed == 20 and summary.rows["documents"] == 20

    again = run([str(tmp_path / "in")], tmp_path / "out", workers=2, progress=False)
    assert again.processed == 0  # the failure is remembered, not retried every night


@pytest.mark.slow
def test_a_worker_stuck_beyond_the_time_limit_is_stopped(tmp_path, monkeypatch, models):
    def hang_deaf_to_the_alarm():
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like native code holding the GIL
        time.sleep(600)

    _corpus(tmp_path / "in", 6, bad=(1,))
    _misbehave(monkeypatch, hang_deaf_to_the_alarm, others_at_once=True)
    monkeypatch.setattr(nerpipe.engines.local, "STALL_GRACE", 2.0)
    summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=2, timeout=0.5)
    assert failures == {"a0001.txt": nerpipe.engines.WORKER_STUCK}
    assert summary.processed == 6


def _fail_batches_with_the_trigger() -> None:
    """Run in each Dask worker: a batch holding a TRIGGER document fails as a whole, like a lost worker."""
    import nerpipe.engines.worker as worker

    process_item = worker.process_item

    def failing(item, *args, **kwargs):
        if TRIGGER.encode() in (item.data or b""):
            raise RuntimeError("the task was lost")
        return process_item(item, *args, **kwargs)

    worker.process_item = failing


@pytest.mark.slow
def test_dask_a_failed_task_fails_only_its_document(tmp_path):
    from dask.distributed import Client, LocalCluster

    _corpus(tmp_path / "in", 12, bad=(3,))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_fail_batches_with_the_trigger)
        summary, failures = _run(tmp_path / "in", tmp_path / "out", workers=1, engine="dask",
                                 scheduler=cluster.scheduler_address)
    assert failures == {"a0003.txt": "the dask worker failed: RuntimeError"}
    assert summary.processed == 12 and summary.rows["documents"] == 12
