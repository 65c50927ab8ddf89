"""Crash safety: a run killed with SIGKILL at any moment leaves the previous tables readable and whole,
and the next run finishes the work, ending with the tables a clean run writes.

The runs under test are real ``nerpipe run`` processes; the moment of the kill
is chosen by a fault planted in them (tests/drive_nerpipe.py) or by watching
the manifest, never by sleeping.
"""

from __future__ import annotations

import errno
import json
import shutil

import pytest

from nerpipe.runner import run

from .corpus import (
    alive,
    assert_same_tables,
    kill_and_reap,
    read_tables,
    run_nerpipe,
    start_nerpipe,
    stored_results,
    table_stamps,
    wait_for,
    write_articles,
)
from .drive_nerpipe import HOLD_MARK


def _summary(completed) -> dict:
    assert completed.stdout, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _clean_tables(corpus, out, models):
    """The tables of one uninterrupted run on ``corpus`` from scratch (in this process: the models are loaded)."""
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert summary.exit_code == 0
    return read_tables(out)


@pytest.mark.slow
def test_sigkill_while_processing_then_resume(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 150)
    first = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "2", "--json", "-q")
    assert first.returncode == 0, first.stderr
    before = read_tables(out)
    stamps_before = table_stamps(out)
    results_before = stored_results(out)

    # 60 new articles and 10 changed ones; the last 10 new ones hold the run until it is killed
    new = write_articles(corpus, 60, start=150)
    for path in new[-10:]:
        path.write_text(path.read_text(encoding="utf-8") + HOLD_MARK + "\n", encoding="utf-8")
    for path in sorted(corpus.glob("*.txt"))[:10]:
        path.write_text(path.read_text(encoding="utf-8") + "Дополнено.\n", encoding="utf-8")

    killed = start_nerpipe(tmp_path / "control", "hold", "run", str(corpus), "--out", str(out), "--workers", "2",
                           "--timeout", "0", "-q")
    wait_for(lambda: (tmp_path / "control" / "held").exists() and stored_results(out) >= results_before + 40,
             "results stored while documents are held", process=killed)
    workers = kill_and_reap(killed)
    assert killed.returncode == -9
    assert len(workers) == 2
    wait_for(lambda: not alive(workers), "the workers to die with their parent", timeout=30)

    # the previous tables are untouched and whole; the finished documents are in the manifest
    assert table_stamps(out) == stamps_before
    assert_same_tables(read_tables(out), before)
    saved = stored_results(out) - results_before
    assert saved >= 40

    resumed = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "2", "--json", "-q")
    assert resumed.returncode == 0, resumed.stderr
    summary = _summary(resumed)
    assert summary["processed"] == 70 - saved  # only what the killed run had not finished
    assert summary["docs_seen"] == 210

    assert_same_tables(read_tables(out), _clean_tables(corpus, tmp_path / "clean", models))


@pytest.mark.slow
@pytest.mark.parametrize("fault, replaced", [
    ("kill-at-close:2", 0),  # while the new tables are written to temporary files
    ("kill-at-replace:1", 0),  # right before the first table is replaced
    ("kill-at-replace:4", 3),  # between two replacements: three tables are new, four old
])
def test_sigkill_while_writing_tables_then_resume(tmp_path, models, fault, replaced):
    from nerpipe.schema import TABLES

    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 20)
    assert run([str(corpus)], out, workers=1, progress=False).exit_code == 0
    before = read_tables(out)
    stamps_before = table_stamps(out)
    write_articles(corpus, 10, start=20)
    after = _clean_tables(corpus, tmp_path / "clean", models)

    killed = start_nerpipe(tmp_path / "control", fault, "run", str(corpus), "--out", str(out), "--workers", "1",
                           "-q")
    killed.communicate(timeout=300)
    assert killed.returncode == -9

    # every table is readable and whole: the old one, or (once replaced) the new one
    tables = read_tables(out)
    stamps = table_stamps(out)
    names = list(TABLES)
    for index, name in enumerate(names):
        if index < replaced:
            assert stamps[name] != stamps_before[name]
            assert_same_tables({name: tables[name]}, {name: after[name]})
        else:
            assert stamps[name] == stamps_before[name]
            assert_same_tables({name: tables[name]}, {name: before[name]})
    assert list((out / ".nerpipe").glob("tables-*"))  # the half-written temporary tables

    resumed = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "1", "--json", "-q")
    assert resumed.returncode == 0, resumed.stderr
    summary = _summary(resumed)
    assert summary["processed"] == 0  # the results were stored before the tables were written
    assert summary["tables_written"] is True  # the mixed or old tables were noticed and rebuilt
    assert len(set(table_stamps(out).values())) == 1
    assert not list((out / ".nerpipe").glob("tables-*"))
    assert_same_tables(read_tables(out), after)


def test_a_full_disk_leaves_the_previous_tables(tmp_path, models, monkeypatch):
    import pyarrow.parquet as pq
    from click.testing import CliRunner

    from nerpipe.cli import main

    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 4)
    assert run([str(corpus)], out, workers=1, progress=False).exit_code == 0
    before = {path.name: path.read_bytes() for path in out.glob("*.parquet")}
    write_articles(corpus, 2, start=4)

    def full_disk(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full_disk)
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--workers", "1", "--json", "-q"])
    assert result.exit_code == 70
    assert json.loads(result.stdout) == {
        "error": "cannot write the tables (No space left on device); the previous tables are unchanged",
        "exit_code": 70,
    }
    assert {path.name: path.read_bytes() for path in out.glob("*.parquet")} == before
    assert not list((out / ".nerpipe").glob("tables-*"))

    monkeypatch.undo()  # space again: the next run writes the tables, processing nothing twice
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.exit_code, summary.processed, summary.tables_written) == (0, 0, True)
    assert summary.rows["documents"] == 6


def test_tables_not_matching_the_manifest_are_rebuilt(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 3)
    assert run([str(corpus)], out, workers=1, progress=False).exit_code == 0
    good = read_tables(out)
    # a table lost, another truncated (a copy from elsewhere, a broken disk): the next run rebuilds them
    (out / "persons.parquet").unlink()
    data = (out / "mentions.parquet").read_bytes()
    (out / "mentions.parquet").write_bytes(data[: len(data) // 2])
    summary = run([str(corpus)], out, workers=1, progress=False)
    assert (summary.processed, summary.tables_written) == (0, True)
    assert_same_tables(read_tables(out), good)
    # tables from another output directory do not pass for these ones either
    other = tmp_path / "other"
    assert run([str(corpus)], other, workers=1, progress=False).exit_code == 0
    shutil.copy(other / "dates.parquet", out / "dates.parquet")
    assert run([str(corpus)], out, workers=1, progress=False).tables_written
