"""Never trust input: read only under the inputs, follow no link out of them unless asked,
execute nothing, and name every file relative to its input root."""

from __future__ import annotations

import os
import pickle

import pandas as pd
import pytest

import nerpipe.runner.orchestrate
from nerpipe.runner import run

from .corpus import article, read_tables, write_articles


def _documents(out):
    return read_tables(out)["documents"].set_index("path")


@pytest.fixture
def tree(tmp_path):
    """An input root with links out of it and inside it, and an outside directory with articles."""
    root, outside = tmp_path / "root", tmp_path / "outside"
    write_articles(root / "real", 2)
    write_articles(outside, 2, start=10)
    os.symlink(outside / "a0010.txt", root / "file_link.txt")
    os.symlink(outside, root / "dir_link")
    os.symlink(root / "real", root / "alias")  # a link to a directory inside the root
    os.symlink("real/a0000.txt", root / "inside_link.txt")
    return root


def test_links_out_of_the_root_are_not_followed(tree, tmp_path, models, caplog):
    with caplog.at_level("WARNING", logger="nerpipe"):
        summary = run([str(tree)], tmp_path / "out", workers=1, progress=False)
    documents = _documents(tmp_path / "out")
    assert sorted(documents.index) == ["file_link.txt", "inside_link.txt", "real/a0000.txt", "real/a0001.txt"]
    assert documents.loc["file_link.txt", "status"] == "error"
    assert "outside the input directory (use --follow-symlinks)" in documents.loc["file_link.txt", "error"]
    assert pd.isna(documents.loc["file_link.txt", "sha256"])  # not even opened
    assert "dir_link: symbolic link points outside the input directory (use --follow-symlinks); skipped" \
        in caplog.text
    # a link inside the root is read; a directory alias is not walked twice
    assert documents.loc["inside_link.txt", "sha256"] == documents.loc["real/a0000.txt", "sha256"]
    assert summary.failed == 1


def test_follow_symlinks_reads_them_under_the_links_names(tree, tmp_path, models):
    summary = run([str(tree)], tmp_path / "out", workers=1, progress=False, follow_symlinks=True)
    documents = _documents(tmp_path / "out")
    assert sorted(documents.index) == ["dir_link/a0010.txt", "dir_link/a0011.txt", "file_link.txt",
                                       "inside_link.txt", "real/a0000.txt", "real/a0001.txt"]
    assert set(documents.root) == {str(tree.resolve())}
    assert summary.exit_code == 0


def test_paths_are_relative_to_the_input_root(tmp_path, models, monkeypatch):
    write_articles(tmp_path / "in" / "2024" / "11", 1)
    write_articles(tmp_path / "single", 1, start=5)
    monkeypatch.chdir(tmp_path)
    run(["in", "single/a0005.txt"], tmp_path / "out", workers=1, progress=False)
    documents = read_tables(tmp_path / "out")["documents"]
    rows = sorted(zip(documents.root, documents.path))
    assert rows == [(str(tmp_path / "in"), "2024/11/a0000.txt"), (str(tmp_path / "single"), "a0005.txt")]


def test_a_file_swapped_for_a_link_after_discovery_is_not_followed(tmp_path, models, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(article(3), encoding="utf-8")
    paths = write_articles(tmp_path / "in", 2)
    discover = nerpipe.runner.orchestrate.discover_sources

    def discover_then_swap(*args, **kwargs):
        found = discover(*args, **kwargs)
        paths[1].unlink()
        os.symlink(secret, paths[1])
        return found

    monkeypatch.setattr(nerpipe.runner.orchestrate, "discover_sources", discover_then_swap)
    summary = run([str(tmp_path / "in")], tmp_path / "out", workers=1, progress=False)
    assert summary.failures == [{"path": "a0001.txt",
                                 "error": "the file was replaced by a symbolic link; not followed"}]


class _Plant:
    """Unpickling this creates a directory: proof that something evaluated the input."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_input_is_never_executed_or_evaluated(tmp_path, models, monkeypatch):
    corpus, markers = tmp_path / "in", tmp_path / "markers"
    corpus.mkdir()
    markers.mkdir()
    monkeypatch.chdir(markers)  # where a command with a relative path would land
    payloads = {
        "pickle.txt": pickle.dumps(_Plant(str(markers / "pickle")), protocol=0),
        "python.txt": f"__import__('os').mkdir({str(markers / 'python')!r})\n".encode(),
        "shell.txt": f"$(mkdir {markers / 'shell'}) `mkdir {markers / 'backtick'}`; mkdir x\n".encode(),
        "yaml.txt": f"!!python/object/apply:os.mkdir [{markers / 'yaml'}]\n".encode(),
        "$(mkdir name).txt": article(1).encode(),
        "; mkdir semicolon ;.txt": article(2).encode(),
        "new\nline.txt": article(3).encode(),
        "--help.txt": article(4).encode(),
    }
    for name, data in payloads.items():
        (corpus / name).write_bytes(data)
    os.close(os.open(os.path.join(os.fsencode(corpus), b"bytes-\xff.txt"), os.O_CREAT | os.O_WRONLY))

    summary = run([str(corpus)], tmp_path / "out", workers=1, progress=False)
    assert list(markers.iterdir()) == []  # nothing ran
    documents = _documents(tmp_path / "out")
    assert sorted(documents.index) == sorted([*payloads, "bytes-\\xff.txt"])
    assert (documents.drop(index="bytes-\\xff.txt").status == "ok").all()
    assert documents.loc["bytes-\\xff.txt", "error"] == "empty file"  # read through its real name
    assert summary.failed == 1
