"""The whole promise at small scale: good articles mixed with bad files are all accounted for,
the exit code says so, and running again changes nothing."""

from __future__ import annotations

import json
import os
import signal

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.errors import EXIT_INTERNAL, EXIT_OK, EXIT_SOME_FAILED

from .corpus import (
    alive,
    png_bytes,
    read_tables,
    run_nerpipe,
    start_nerpipe,
    stored_results,
    wait_for,
    write_articles,
    write_held_articles,
)

# file name -> (bytes or a maker, a phrase of the reason it fails)
BAD = {
    "bad/empty.txt": (b"", "empty file"),
    "bad/blank.txt": (b"\n \n\t\n", "only whitespace"),
    "bad/nul.txt": (b"\x00\x01\x02 binary", "binary content"),
    "bad/photo.txt": (png_bytes(), "binary content"),
    "bad/garbage.txt": (bytes(range(0x80, 0x100)) * 8, "not valid UTF-8"),
    "bad/huge.txt": (("Губернатор Томской области. " * 60_000).encode(), "over the limit of 1048576 (--max-bytes)"),
    "bad/broken.txt": ("link", "broken symbolic link"),
    "bad/loop.txt": ("loop", "symbolic link loop"),
    "bad/pipe.txt": ("fifo", "not a regular file"),
    "bad/escape.txt": ("outside", "outside the input directory"),
}


def build_mixed_corpus(root, good: int):
    write_articles(root / "good", good)
    (root / "bad").mkdir()
    for name, (content, _reason) in BAD.items():
        path = root / name
        if content == "link":
            os.symlink(root / "bad" / "missing.txt", path)
        elif content == "loop":
            os.symlink(path.name, path)
        elif content == "fifo":
            os.mkfifo(path)
        elif content == "outside":
            (root.parent / "elsewhere.txt").write_text("Текст вне входного каталога.", encoding="utf-8")
            os.symlink(root.parent / "elsewhere.txt", path)
        else:
            path.write_bytes(content)


def _invoke(*args):
    result = CliRunner().invoke(main, ["run", *args, "--json", "-q"])
    return result.exit_code, json.loads(result.stdout.strip().splitlines()[-1])


def _snapshot(out):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.glob("*.parquet"))}


@pytest.mark.slow
def test_forty_good_and_ten_bad(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    build_mixed_corpus(corpus, good=40)

    code, summary = _invoke(str(corpus), "--out", str(out), "--workers", "2")
    assert code == EXIT_SOME_FAILED == summary["exit_code"]
    assert (summary["docs_seen"], summary["failed"]) == (50, 10)
    reasons = {f["path"]: f["error"] for f in summary["failures"]}
    assert sorted(reasons) == sorted(BAD)
    for name, (_content, phrase) in BAD.items():
        assert phrase in reasons[name], (name, reasons[name])

    documents = read_tables(out)["documents"].set_index("path")
    good = documents[documents.index.str.startswith("good/")]
    assert len(good) == 40 and (good.status == "ok").all()
    assert (documents.loc[sorted(BAD), "status"] == "error").all()
    assert (good.n_chars > 200).all()
    mentions = read_tables(out)["mentions"]
    assert len(set(good.doc_id) & set(mentions.doc_id)) >= 30  # (a few paragraphs name nobody)
    assert summary["rows"]["documents"] == 50

    before = _snapshot(out)
    results = stored_results(out)
    code, again = _invoke(str(corpus), "--out", str(out), "--workers", "2")
    assert code == EXIT_SOME_FAILED  # the bad files are still there, still listed
    # unchanged: the good articles and the bad files whose content was examined (empty, binary...)
    assert (again["processed"], again["unchanged"], again["tables_written"]) == (0, 40 + 5, False)
    assert again["failures"] == summary["failures"]
    assert _snapshot(out) == before  # not rewritten: same bytes, same modification times
    assert stored_results(out) == results


def test_nothing_to_do_is_success(tmp_path):
    (tmp_path / "in").mkdir()
    code, summary = _invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == EXIT_OK == summary["exit_code"]
    assert summary["docs_seen"] == 0 and summary["rows"]["documents"] == 0
    assert read_tables(tmp_path / "out")["documents"].empty  # empty tables, with their schema


def test_an_internal_error_exits_70_and_keeps_the_tables(tmp_path, models, monkeypatch):
    import nerpipe.runner.orchestrate

    write_articles(tmp_path / "in", 2)
    assert _invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1")[0] == EXIT_OK
    before = _snapshot(tmp_path / "out")
    write_articles(tmp_path / "in", 1, start=2)

    def broken_writer(*args, **kwargs):
        raise RuntimeError("a bug in the writer")

    monkeypatch.setattr(nerpipe.runner.orchestrate, "write_tables", broken_writer)
    code, summary = _invoke(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert code == EXIT_INTERNAL
    assert summary == {"error": "internal error: RuntimeError: a bug in the writer", "exit_code": EXIT_INTERNAL}
    assert _snapshot(tmp_path / "out") == before


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])  # a stopped job; a closed terminal or session
def test_a_signal_stops_the_run_at_once_with_a_word_and_keeps_finished_work(tmp_path, signum):
    corpus, out, control = tmp_path / "in", tmp_path / "out", tmp_path / "control"
    write_held_articles(corpus, 40)
    stopped = start_nerpipe(control, "hold", "run", str(corpus), "--out", str(out), "--workers", "2",
                            "--timeout", "0", "--json", "-q")
    wait_for(lambda: (control / "held").exists() and stored_results(out) > 0, "finished work while held",
             process=stopped)
    import psutil

    workers = [child.pid for child in psutil.Process(stopped.pid).children()]
    stopped.send_signal(signum)
    stdout, stderr = stopped.communicate(timeout=60)  # the held document would wait for minutes
    assert stopped.returncode == 128 + signum
    message = f"interrupted by {signum.name}; finished documents are kept and the next run resumes"
    assert json.loads(stdout) == {"error": message, "exit_code": 128 + signum}
    assert message in stderr  # the log line cron mails
    wait_for(lambda: not alive(workers), "the workers to stop", timeout=30)
    kept = stored_results(out)
    assert kept > 0

    resumed = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "2", "--json", "-q")
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["processed"] == 40 - kept
