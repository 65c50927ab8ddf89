"""No overlap: one run per output directory; a second one exits 75 at once, and a dead holder blocks nobody."""

from __future__ import annotations

import json

import pytest

from .corpus import alive, kill_and_reap, run_nerpipe, start_nerpipe, wait_for, write_held_articles


@pytest.mark.slow
def test_a_second_run_exits_75_at_once(tmp_path):
    corpus, out, control = tmp_path / "in", tmp_path / "out", tmp_path / "control"
    write_held_articles(corpus, 6)
    holder = start_nerpipe(control, "hold", "run", str(corpus), "--out", str(out), "--workers", "1", "--timeout", "0",
                           "--json", "-q")
    try:
        wait_for(lambda: (control / "held").exists(), "the first run to be busy", process=holder)

        # had it waited for the lock, it would wait for ever: the first run waits for us
        second = run_nerpipe("run", str(corpus), "--out", str(out), "--json", "-q", timeout=300)
        assert second.returncode == 75, second.stderr
        message = json.loads(second.stdout)["error"]
        assert message.startswith(f"another nerpipe run is writing {out}")
        assert "another nerpipe run is writing" in second.stderr  # the log line cron mails
        assert holder.poll() is None  # the first run is still going, untroubled
    finally:
        (control / "release").touch()
    stdout, stderr = holder.communicate(timeout=300)
    assert holder.returncode == 0, stderr
    assert json.loads(stdout.strip().splitlines()[-1])["processed"] == 6

    third = run_nerpipe("run", str(corpus), "--out", str(out), "--json", "-q")
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout)["processed"] == 0


@pytest.mark.slow
def test_a_killed_run_does_not_block_the_next(tmp_path):
    corpus, out, control = tmp_path / "in", tmp_path / "out", tmp_path / "control"
    write_held_articles(corpus, 20)
    holder = start_nerpipe(control, "hold", "run", str(corpus), "--out", str(out), "--workers", "2", "--timeout", "0",
                           "-q")
    wait_for(lambda: (control / "held").exists(), "the run to be busy", process=holder)
    workers = kill_and_reap(holder)
    assert len(workers) == 2
    # the workers die with their parent: no process is left holding memory, CPU or the lock
    wait_for(lambda: not alive(workers), "the workers to die with their parent", timeout=30)

    after = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "2", "--json", "-q")
    assert after.returncode == 0, after.stderr
    summary = json.loads(after.stdout)
    assert summary["docs_seen"] == 20 and summary["failed"] == 0
