"""Unattended runs: what moves, empties, swaps or damages the inputs and the output between or during runs
never loses data silently and never stops every later run."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sqlite3
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import nerpipe.pipeline
import nerpipe.runner.orchestrate
import nerpipe.runner.reader
from nerpipe.cli import main
from nerpipe.errors import UsageError
from nerpipe.read import discover_sources
from nerpipe.records import DocResult
from nerpipe.runner import run
from nerpipe.tables import load

from .conftest import ROOT
from .corpus import (
    article,
    assert_same_tables,
    read_tables,
    run_nerpipe,
    start_nerpipe,
    stored_results,
    subprocess_env,
    table_stamps,
    unprivileged,
    wait_for,
    write_articles,
    write_held_articles,
)

MB = 1024 * 1024


def _run(corpus, out, **options):
    return run([str(corpus)], out, workers=1, progress=False, **options)


def _invoke(*args):
    result = CliRunner().invoke(main, ["run", *map(str, args), "--workers", "1", "--json", "-q"])
    return result.exit_code, json.loads(result.stdout.strip().splitlines()[-1])


def _snapshot(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


# -- moved and renamed files ----------------------------------------------------------------------


def test_moved_and_renamed_files_keep_their_rows(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    paths = write_articles(corpus, 5)
    assert _run(corpus, out).exit_code == 0
    before = read_tables(out)
    (corpus / "2024").mkdir()
    paths[1].rename(corpus / "2024" / paths[1].name)
    paths[2].rename(corpus / "2024" / "renamed.txt")

    summary = _run(corpus, out)
    assert (summary.exit_code, summary.processed, summary.removed) == (0, 0, 2)  # same contents: nothing to redo
    after = read_tables(out)
    documents = after["documents"].set_index("path")
    assert sorted(documents.index) == ["2024/a0001.txt", "2024/renamed.txt", "a0000.txt", "a0003.txt", "a0004.txt"]
    assert (documents.status == "ok").all()
    # every row is still there; only the paths have changed
    for name in ("mentions", "positions", "dates", "persons", "organizations", "locations"):
        assert_same_tables({name: after[name]}, {name: before[name]})
    assert sorted(documents.doc_id) == sorted(before["documents"].doc_id)

    again = _run(corpus, out)  # and the next run has nothing to do
    assert (again.processed, again.unchanged, again.tables_written) == (0, 5, False)


# -- over-long sentences and documents over the memory budget --------------------------------------


def test_an_over_long_sentence_is_cut_before_syntax(models):
    from nerpipe.ner import MAX_SENTENCE_TOKENS, analyze_text

    text = "\n".join(f"Иван Петров {n} голосов" for n in range(600))  # a list without punctuation
    analysis = analyze_text(text, models.tagger)
    assert len(analysis.tokens) == 2400
    per_sentence = pd.Series([token.sent for token in analysis.tokens]).value_counts()
    assert per_sentence.max() <= MAX_SENTENCE_TOKENS
    assert all(start == 0 or text[start - 1] == "\n" for start, _end in analysis.sentences)  # cut at line breaks


@pytest.mark.parametrize("text, pieces", [
    ("a b c d e f g h i j", ["a b c d", "e f g h", "i j"]),  # nowhere better: at the limit
    ("a b c\nd e f g h i j", ["a b c", "d e f g", "h i j"]),  # at a line break in the second half
    ("a b , c d e f", ["a b ,", "c d e f"]),  # after punctuation
    ("a\nb c d e f g", ["a b c d", "e f g"]),  # a break in the first half is too early
])
def test_sentence_pieces(text, pieces):
    from nerpipe.ner import sentence_pieces

    tokens, offset = [], 0
    for word in text.replace("\n", " ").split(" "):
        start = text.index(word, offset)
        tokens.append((start, start + len(word), word))
        offset = start + len(word)
    cut = [" ".join(word for _s, _e, word in tokens[lo:hi]) for lo, hi in sentence_pieces(tokens, text, 4)]
    assert cut == pieces


def test_date_windows_stay_short_and_find_every_date(models):
    from nerpipe.dates.extract import _WINDOW_MAX, _windows

    text = ", ".join(["1 января 2020 года"] * 300)
    windows = _windows(text, 0, len(text))
    assert max(end - start for start, end in windows) <= _WINDOW_MAX
    raws = models.dates.find_raw(text)
    assert len(raws) == 300 and all((r.d1, r.m1, r.y1) == (1, 1, 2020) for r in raws)


TRIGGER = "Этот материал требует слишком много памяти."


def _plant_memory_hog(monkeypatch, pids):
    """Documents with TRIGGER allocate 1 GB; every document writes the pid of the worker that ran it."""
    def stage(text, models, doc_id="", today=None, meta=None, analysis=None):
        with open(pids, "a") as handle:
            handle.write(f"{doc_id} {os.getpid()}\n")
        if TRIGGER in text:
            hog = bytearray(1024 * MB)
            hog[-1] = 1
        return DocResult(doc_id=doc_id, n_chars=len(text))

    monkeypatch.setattr(nerpipe.pipeline, "process_text", stage)


def test_a_document_over_the_memory_budget_fails_alone_and_its_worker_is_replaced(tmp_path, monkeypatch, models):
    paths = write_articles(tmp_path / "in", 40)
    paths[3].write_text(paths[3].read_text(encoding="utf-8") + TRIGGER, encoding="utf-8")
    _plant_memory_hog(monkeypatch, tmp_path / "pids")
    summary = _run(tmp_path / "in", tmp_path / "out", max_memory=256 * MB)
    assert summary.failures == [{"path": "a0003.txt",
                                 "error": "out of memory: processing needed more than 256 MB (--max-memory)"}]
    assert (summary.exit_code, summary.processed, summary.rows["documents"]) == (1, 40, 40)
    # the worker that ran out was replaced: the documents after it ran in a new process
    documents = read_tables(tmp_path / "out")["documents"].set_index("path")
    pid_of = dict(line.split() for line in (tmp_path / "pids").read_text().splitlines())
    first, last = pid_of[documents.loc["a0003.txt", "doc_id"]], pid_of[documents.loc["a0039.txt", "doc_id"]]
    assert first != last


def test_max_memory_is_an_option(tmp_path, monkeypatch, models):
    paths = write_articles(tmp_path / "in", 2)
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + TRIGGER, encoding="utf-8")
    _plant_memory_hog(monkeypatch, tmp_path / "pids")
    code, summary = _invoke(tmp_path / "in", "--out", tmp_path / "out", "--max-memory", "200")
    assert code == 1
    assert summary["failures"] == [{"path": "a0000.txt",
                                    "error": "out of memory: processing needed more than 200 MB (--max-memory)"}]


# -- deep trees, emptied inputs, swapped directories -----------------------------------------------


@pytest.fixture
def deep_tree(tmp_path):
    """An input with two articles and one directory nested 1 000 levels deep."""
    corpus = tmp_path / "in"
    write_articles(corpus, 2)
    deep = corpus
    for _ in range(1000):  # Path.mkdir(parents=True) recurses: too deep for it
        deep = deep / "d"
        deep.mkdir()
    (deep / "deep.txt").write_text(article(7), encoding="utf-8")
    yield corpus
    (deep / "deep.txt").unlink()
    while deep != corpus:  # shutil.rmtree recurses: too deep for it
        deep.rmdir()
        deep = deep.parent


def test_a_directory_nested_a_thousand_deep_fails_alone(deep_tree, tmp_path, models):
    from nerpipe.read import MAX_DEPTH

    summary = _run(deep_tree, tmp_path / "out")
    too_deep = "/".join(["d"] * (MAX_DEPTH + 1))
    assert summary.failures == [{"path": too_deep,
                                 "error": f"directory nested more than {MAX_DEPTH} levels deep; not read"}]
    assert (summary.exit_code, summary.processed) == (1, 2)


def test_an_input_directory_that_became_empty_is_refused(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 3)
    assert _run(corpus, out).exit_code == 0
    before, results = _snapshot(out), stored_results(out)
    for path in corpus.iterdir():  # the share is not mounted: its mount point is an empty directory
        path.unlink()

    code, summary = _invoke(corpus, "--out", out)
    assert code == 2
    assert summary["error"] == (f"input directory {corpus} holds no document now, but the tables hold 3 from it "
                                "(a share that is not mounted?); nothing was changed. If they should all be removed, "
                                "run again with --allow-empty")
    assert _snapshot(out) == before and stored_results(out) == results

    code, summary = _invoke(corpus, "--out", out, "--allow-empty")
    assert (code, summary["removed"], summary["rows"]["documents"]) == (0, 3, 0)


def test_a_directory_swapped_for_a_link_during_the_run_is_not_followed(tmp_path, models, monkeypatch):
    corpus, outside = tmp_path / "in", tmp_path / "outside"
    write_articles(corpus / "sub", 2)
    secrets = write_articles(outside, 2, start=20)  # the same names, other contents
    discover = nerpipe.runner.orchestrate.discover_sources

    def discover_then_swap(*args, **kwargs):
        found = discover(*args, **kwargs)
        (corpus / "sub").rename(corpus / "sub.old")
        os.symlink(outside, corpus / "sub")
        return found

    monkeypatch.setattr(nerpipe.runner.orchestrate, "discover_sources", discover_then_swap)
    summary = _run(corpus, tmp_path / "out")
    reason = "a directory on its path was replaced by a symbolic link; not followed"
    assert summary.failures == [{"path": "sub/a0000.txt", "error": reason}, {"path": "sub/a0001.txt", "error": reason}]
    assert summary.processed == 0
    with sqlite3.connect(tmp_path / "out" / ".nerpipe" / "state.sqlite") as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 0  # nothing outside was read
    assert all(path.read_text(encoding="utf-8") for path in secrets)


# -- reading sources again: the report and the text look-up -----------------------------------------


REPORT_LIMITS = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # reading /dev/zero without end must fail here
from nerpipe.cli import main
main(sys.argv[1:], prog_name="nerpipe")
"""


def test_the_report_refuses_sources_replaced_by_a_fifo_or_a_device(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    paths = write_articles(corpus, 3)
    assert _run(corpus, out).exit_code == 0
    paths[0].unlink()
    os.mkfifo(paths[0])  # would block a reader for ever
    paths[1].unlink()
    os.symlink("/dev/zero", paths[1])  # would never end
    (out / "texts.parquet").unlink()  # as tables of an older version: the texts are read from the files
    import subprocess

    page = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-c", REPORT_LIMITS, "report", str(out), "-o", str(page)],
                          capture_output=True, text=True, timeout=300, env=subprocess_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert "a0000.txt: not a regular file" in html
    assert "a0001.txt: not a regular file" in html
    assert html.count("The source text is not available") == 2

    t = load(out)
    with pytest.raises(OSError, match="not a regular file"):
        t.document_text(t.documents.set_index("path").loc["a0000.txt", "doc_id"])


# -- names, logs and terminals ------------------------------------------------------------------------


def test_names_that_print_alike_are_two_documents(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    with open(os.path.join(os.fsencode(corpus), b"\xff.txt"), "w", encoding="utf-8") as handle:
        handle.write(article(1))  # a name with the byte 0xFF
    (corpus / "\\xff.txt").write_text(article(2), encoding="utf-8")  # a name with the four characters \xff
    (corpus / "back\\slash.txt").write_text(article(3), encoding="utf-8")
    summary = _run(corpus, out)
    assert summary.exit_code == 0
    t = load(out)
    assert sorted(t.documents.path) == ["\\\\xff.txt", "\\xff.txt", "back\\\\slash.txt"]
    by_path = t.documents.set_index("path")
    for shown, number in (("\\xff.txt", 1), ("\\\\xff.txt", 2), ("back\\\\slash.txt", 3)):
        assert t.document_text(by_path.loc[shown, "doc_id"]) == article(number)  # found again by its name


FORGED = "10:00:00 ERROR all tables deleted"


def test_file_names_cannot_forge_log_lines(tmp_path, models):
    corpus = tmp_path / "in"
    corpus.mkdir()
    name = f"evil\n{FORGED}\x1b[2J.txt"
    (corpus / name).write_bytes(b"")  # an empty file: its name is logged as a failure
    write_articles(corpus, 1)
    done = run_nerpipe("run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert not any(line.startswith(FORGED) for line in lines)
    assert "\x1b" not in done.stderr
    assert any(line.endswith(f"failed: evil\\x0a{FORGED}\\x1b[2J.txt: empty file") for line in lines), lines


def test_show_passes_no_escape_sequence_to_the_terminal(tmp_path, models):
    path = tmp_path / "doc.txt"
    path.write_text(article(1) + "\x1b]0;owned\x07\x1b[2J\x9b31m Конец.\n", encoding="utf-8")
    for colour in ("--no-color", "--color"):
        result = CliRunner().invoke(main, ["show", str(path), colour, "--width", "200"],
                                    env={"TERM": "xterm-256color", "COLORTERM": "", "NO_COLOR": None})
        assert result.exit_code == 0, result.output
        text = re.sub("\x1b\\[[0-9;]*m", "", result.stdout)  # rich's own colours (only with --color)
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
        assert "␛]0;owned␇␛[2J" in result.stdout


# -- the tables and the manifest ----------------------------------------------------------------------


def _damage_a_data_page(path):
    """Overwrite bytes in the middle of the first column chunk's data, leaving header and footer intact."""
    meta = pq.ParquetFile(path).metadata
    column = meta.row_group(0).column(4)  # mentions.text: the largest chunk
    start = column.dictionary_page_offset if column.has_dictionary_page else column.data_page_offset
    middle = start + column.total_compressed_size // 2
    data = bytearray(path.read_bytes())
    data[middle:middle + 8] = bytes(255 - b for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))
    assert pq.ParquetFile(path).metadata.num_rows == meta.num_rows  # the footer alone says all is well


def test_a_damaged_data_page_is_noticed_and_the_table_rebuilt(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 6)
    assert _run(corpus, out).exit_code == 0
    good = read_tables(out)
    _damage_a_data_page(out / "mentions.parquet")

    summary = _run(corpus, out)
    assert (summary.exit_code, summary.processed, summary.tables_written) == (0, 0, True)
    assert_same_tables(read_tables(out), good)


def test_tables_with_the_bytes_that_read_back_whole_are_not_decoded_again(tmp_path, models, monkeypatch):
    import nerpipe.write

    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 4)
    first = _run(corpus, out)
    decoded = []
    real_verify = nerpipe.write.verify_table

    def verify(path, *args):
        decoded.append(path.name)
        return real_verify(path, *args)

    monkeypatch.setattr(nerpipe.write, "verify_table", verify)
    again = _run(corpus, out)
    assert (again.processed, again.tables_written, decoded) == (0, False, [])
    assert again.rows == first.rows
    # a table whose bytes changed since is read whole (and, damaged, rebuilt)
    _damage_a_data_page(out / "mentions.parquet")
    third = _run(corpus, out)
    assert "mentions.parquet" in decoded and third.tables_written and third.rows == first.rows


def test_new_tables_that_do_not_read_back_replace_nothing(tmp_path, models, monkeypatch):
    import nerpipe.write

    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 2)
    assert _run(corpus, out).exit_code == 0
    before = _snapshot(out)
    write_articles(corpus, 1, start=2)
    verify = nerpipe.write.verify_table
    monkeypatch.setattr(nerpipe.write, "verify_table",
                        lambda path, *args: None if path.name == "dates.parquet" else verify(path, *args))
    code, summary = _invoke(corpus, "--out", out)
    assert code == 70
    assert summary["error"] == "the new dates table does not read back whole; the previous tables are unchanged"
    assert _snapshot(out) == before


def test_the_output_directory_inside_the_input_is_never_read(tmp_path, models):
    corpus = tmp_path / "in"
    write_articles(corpus, 3)
    out = corpus / "tables"
    for _ in range(2):
        summary = run([str(corpus)], out, workers=1, progress=False, glob="*")
        assert summary.exit_code == 0, summary.failures
    assert sorted(read_tables(out)["documents"].path) == ["a0000.txt", "a0001.txt", "a0002.txt"]
    with pytest.raises(UsageError, match="is inside the output directory"):
        discover_sources([out / ".nerpipe"], exclude=[out])


def test_identical_files_keep_doc_id_unique(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    paths = write_articles(corpus, 2)
    shutil.copy(paths[0], corpus / "copy.txt")
    (corpus / "sub").mkdir()
    shutil.copy(paths[0], corpus / "sub" / "a0000.txt")
    # the same files also reached through a second, overlapping input
    summary = run([str(corpus), str(corpus / "sub")], out, workers=1, progress=False)
    assert (summary.exit_code, summary.processed) == (0, 2)
    t = read_tables(out)
    documents = t["documents"]
    assert len(documents) == 5 and documents.doc_id.is_unique
    original = documents.set_index(["root", "path"]).loc[(str(corpus), "a0000.txt")]
    copies = documents[documents.sha256 == original.sha256]
    assert sorted(copies.duplicate_of.dropna()) == [original.doc_id] * 3
    assert copies.doc_id.str.startswith(original.doc_id).all()
    # a join on doc_id repeats nothing
    assert len(t["mentions"].merge(documents, on="doc_id")) == len(t["mentions"])


def test_each_document_is_read_once_and_hashed_once(tmp_path, models, monkeypatch):
    write_articles(tmp_path / "in", 4)
    reads, hashes = [], []
    open_source, hash_bytes = nerpipe.runner.reader.open_source, nerpipe.runner.reader.hash_bytes

    def count_read(source, *args, **kwargs):
        reads.append(source.path)
        return open_source(source, *args, **kwargs)

    def count_hash(data):
        hashes.append(data)
        return hash_bytes(data)

    def no_second_hash(data):
        raise AssertionError("hashed again")

    monkeypatch.setattr(nerpipe.runner.reader, "open_source", count_read)
    monkeypatch.setattr(nerpipe.runner.reader, "hash_bytes", count_hash)
    monkeypatch.setattr(nerpipe.pipeline, "hash_bytes", no_second_hash)  # forked workers inherit it
    summary = _run(tmp_path / "in", tmp_path / "out")
    assert (summary.exit_code, summary.processed) == (0, 4)
    assert sorted(reads) == ["a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt"]
    assert len(hashes) == 4


def test_show_reports_a_failing_stage_like_the_run(tmp_path, models, monkeypatch):
    path = tmp_path / "doc.txt"
    path.write_text(article(1), encoding="utf-8")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(nerpipe.pipeline, "process_text", broken)
    result = CliRunner().invoke(main, ["show", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: internal error: ZeroDivisionError: division by zero\n"
    os.mkfifo(tmp_path / "fifo.txt")
    result = CliRunner().invoke(main, ["show", str(tmp_path / "fifo.txt")])
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path / 'fifo.txt'}: not a regular file\n")


# -- exit codes and messages ---------------------------------------------------------------------------


@pytest.mark.parametrize("locked", ["state.sqlite*", "lock"])
def test_a_state_directory_that_cannot_be_written_is_a_usage_error(open_dir, models, locked):
    corpus, out = open_dir / "in", open_dir / "out"
    write_articles(corpus, 2)
    assert _run(corpus, out).exit_code == 0
    for path in (corpus, *corpus.iterdir(), out, *out.iterdir(), *(out / ".nerpipe").iterdir()):
        os.chmod(path, 0o777 if path.is_dir() else 0o666)
    for path in (out / ".nerpipe").glob(locked):
        os.chmod(path, 0o444)  # someone else's, or read-only
    write_articles(corpus, 1, start=2)
    with unprivileged():
        code, summary = _invoke(corpus, "--out", out)
    assert code == 2, summary
    assert summary["error"].startswith("cannot ") and locked.rstrip("*") in summary["error"]


def test_a_failed_first_replacement_says_no_table_was_replaced(tmp_path, models, monkeypatch):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 2)
    assert _run(corpus, out).exit_code == 0
    write_articles(corpus, 1, start=2)
    replace = os.replace

    def fail_on_tables(src, dst, *args, **kwargs):
        if str(dst).endswith(".parquet"):
            raise OSError(errno.EIO, "Input/output error")
        return replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", fail_on_tables)
    code, summary = _invoke(corpus, "--out", out)
    assert code == 70
    assert summary["error"] == "cannot write the tables (Input/output error); the previous tables are unchanged"


def test_a_damaged_manifest_says_what_to_do(tmp_path, models):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_articles(corpus, 30)
    assert _run(corpus, out).exit_code == 0
    manifest = out / ".nerpipe" / "state.sqlite"
    with sqlite3.connect(manifest) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'results'").fetchone()[0]
    db.close()
    data = bytearray(manifest.read_bytes())
    start = (root - 1) * page_size  # the results table's first page: its files and meta still read
    data[start:start + page_size] = b"\xa5" * page_size
    manifest.write_bytes(bytes(data))

    code, summary = _invoke(corpus, "--out", out)
    assert code == 70
    assert summary["error"].startswith(f"the manifest {manifest} is damaged (")
    assert summary["error"].endswith(f"). Move it away (mv {manifest} {manifest}.damaged) and run again: every "
                                     "document is then processed again and the tables rebuilt")
    manifest.rename(f"{manifest}.damaged")  # and doing so works
    assert _invoke(corpus, "--out", out)[0] == 0


def test_json_to_a_full_device_keeps_the_exit_code(tmp_path, models):
    import subprocess

    corpus = tmp_path / "in"
    write_articles(corpus, 1)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "nerpipe", "run", str(corpus), "--out", str(tmp_path / "out"),
                               "--workers", "1", "--json", "-q"], stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=300, env=subprocess_env(), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "cannot write the JSON summary to standard output: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.mark.slow
def test_a_run_whose_output_directory_was_removed_stops_without_writing(tmp_path):
    corpus, out, control = tmp_path / "in", tmp_path / "out", tmp_path / "control"
    paths = write_held_articles(corpus, 4)
    first = start_nerpipe(control, "hold", "run", str(corpus), "--out", str(out), "--workers", "1",
                          "--timeout", "0", "--json", "-q")
    try:
        wait_for(lambda: (control / "held").exists(), "the first run to be busy", process=first)
        shutil.rmtree(out)  # someone cleans up the output directory while the first run works
        paths[0].write_text(article(50), encoding="utf-8")  # and the second run sees newer content
        second = run_nerpipe("run", str(corpus), "--out", str(out), "--workers", "1", "--json", "-q")
        assert second.returncode == 0, second.stderr
        written = _snapshot(out)
        stamps = table_stamps(out)
    finally:
        (control / "release").touch()
    stdout, stderr = first.communicate(timeout=300)
    assert first.returncode == 75, stderr
    assert json.loads(stdout)["error"].startswith(f"the output directory {out} was removed or replaced during the run")
    assert _snapshot(out) == written and table_stamps(out) == stamps  # the second run's tables stand
    assert not list((out / ".nerpipe").glob("tables-*"))
