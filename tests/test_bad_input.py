"""Bad input: every kind of file a crawl leaves behind gets its documented outcome, and the run goes on.

One corpus holds every case next to good articles and is processed once, with
the default limits; each case is then a test of its own row in ``documents``.
The outcomes are those of the README's "Running from cron".
"""

from __future__ import annotations

import json
import os
import random
import stat

import pandas as pd
import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.read import DEFAULT_MAX_BYTES, decode_bytes, discover_sources
from nerpipe.runner import run

from .conftest import SEEDS, TODAY
from .corpus import png_bytes, read_tables, unprivileged, write_articles

SEED = sorted(SEEDS.glob("*.txt"))
BIG = 50 * 1024 * 1024


def seed_text(index: int) -> str:
    return SEED[index].read_text(encoding="utf-8")


def damaged_utf8() -> bytes:
    data = seed_text(1).encode("utf-8")
    middle = data.index("Томск".encode()) if "Томск" in seed_text(1) else len(data) // 2
    return data[:middle] + b"\xff" + data[middle:] + "конец".encode()[:-1]


def undecodable() -> bytes:
    rng = random.Random(5)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(3000))


def long_line() -> bytes:
    rng = random.Random(7)
    return "".join(rng.choice("абвгдежзиклмнопрстуфхцчшщэюя") for _ in range(500_000)).encode("utf-8")


# file name -> its bytes
FILES = {
    "good.txt": lambda: seed_text(0).encode("utf-8"),
    "empty.txt": lambda: b"",
    "whitespace.txt": lambda: b" \n\t  \r\n\n   ",
    "nul.txt": lambda: seed_text(1).encode("utf-8")[:300] + b"\x00\x00\x01" + seed_text(1).encode("utf-8")[300:],
    "image.txt": png_bytes,
    "damaged_utf8.txt": damaged_utf8,
    "undecodable.txt": undecodable,
    "cp1251.txt": lambda: seed_text(2).encode("cp1251"),
    "utf16.txt": lambda: seed_text(3).encode("utf-16"),
    "lf.txt": lambda: seed_text(4).encode("utf-8"),
    "crlf.txt": lambda: seed_text(4).replace("\n", "\r\n").encode("utf-8"),
    "long_line.txt": long_line,
    "capitals.txt": lambda: seed_text(0).upper().encode("utf-8"),
    "latin.txt": lambda: b"The Governor of Tomsk Oblast, Sergei Zhvachkin, opened the forum on 5 March 2019 in Tomsk.",
    "mixed.txt": lambda: "Губернатор Tomsk Oblast Сергей Zhvachkin 東京 встретился с مرحبا Ιωάννης 5 марта 2019 года; "
                         "Минпромторг России и ООО «Ромашка» 😀 обсудили планы.".encode(),
}

# file name -> (status, a phrase of the error or None)
EXPECTED = {
    "good.txt": ("ok", None),
    "empty.txt": ("error", "empty file"),
    "whitespace.txt": ("error", "only whitespace"),
    "nul.txt": ("error", "binary content (NUL bytes)"),
    "image.txt": ("error", "binary content (NUL bytes)"),
    "damaged_utf8.txt": ("ok", None),
    "undecodable.txt": ("error", "not valid UTF-8"),
    "cp1251.txt": ("ok", None),
    "utf16.txt": ("ok", None),
    "lf.txt": ("ok", None),
    "crlf.txt": ("ok", None),
    "big.txt": ("error", f"file is {BIG} bytes, over the limit of {DEFAULT_MAX_BYTES} (--max-bytes)"),
    "long_line.txt": ("ok", None),
    "capitals.txt": ("ok", None),
    "latin.txt": ("ok", None),
    "mixed.txt": ("ok", None),
    "broken_link.txt": ("error", "broken symbolic link"),
    "link_loop.txt": ("error", "symbolic link loop"),
    "fifo.txt": ("error", "not a regular file"),
    "outside_link.txt": ("error", "symbolic link points outside the input directory (use --follow-symlinks)"),
    "x.txt/inner.txt": ("ok", None),
}


@pytest.fixture(scope="module")
def zoo(tmp_path_factory, models):
    """Every bad file next to good ones, processed once with the default limits."""
    base = tmp_path_factory.mktemp("zoo")
    corpus = base / "in"
    corpus.mkdir()
    for name, make in FILES.items():
        (corpus / name).write_bytes(make())
    with open(corpus / "big.txt", "wb") as handle:  # 50 MB of real text
        block = seed_text(4).encode("utf-8") * 64
        while handle.tell() < BIG:
            handle.write(block[: BIG - handle.tell()])
    os.symlink(corpus / "nowhere.txt", corpus / "broken_link.txt")
    os.symlink("link_loop.txt", corpus / "link_loop.txt")
    os.mkfifo(corpus / "fifo.txt")
    (base / "outside").mkdir()
    (base / "outside" / "secret.txt").write_text(seed_text(2), encoding="utf-8")
    os.symlink(base / "outside" / "secret.txt", corpus / "outside_link.txt")
    (corpus / "x.txt").mkdir()
    (corpus / "x.txt" / "inner.txt").write_text(seed_text(3), encoding="utf-8")
    (corpus / "sub").mkdir()
    os.symlink("..", corpus / "sub" / "up")  # a directory loop

    out = base / "out"
    summary = run([str(corpus)], out, workers=1, progress=False, today=TODAY)
    (corpus / "big.txt").unlink()  # 50 MB need not outlive the run
    tables = read_tables(out)
    documents = tables["documents"].set_index("path")
    return {"corpus": corpus, "out": out, "summary": summary, "tables": tables, "documents": documents}


def test_every_case_is_one_row(zoo):
    assert sorted(zoo["documents"].index) == sorted(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_case_outcome(zoo, name):
    row = zoo["documents"].loc[name]
    status, phrase = EXPECTED[name]
    assert row.status == status, row.error
    if phrase is None:
        assert pd.isna(row.error)
        assert row.n_chars > 0
    else:
        assert phrase in row.error
        assert "\n" not in row.error and len(row.error) < 300


def test_bad_files_do_not_stop_the_run(zoo):
    summary = zoo["summary"]
    failed = sorted(name for name, (status, _) in EXPECTED.items() if status == "error")
    assert summary.exit_code == 1
    assert sorted(f["path"] for f in summary.failures) == failed
    assert summary.failed == len(failed)


def _text_of(zoo, name: str) -> str:
    data = (zoo["corpus"] / name).read_bytes()
    return decode_bytes(data).text


def _mentions(zoo, name: str):
    doc_id = zoo["documents"].loc[name, "doc_id"]
    mentions = zoo["tables"]["mentions"]
    return mentions[mentions.doc_id == doc_id]


@pytest.mark.parametrize("name", [n for n, (status, _) in EXPECTED.items() if status == "ok"])
def test_spans_of_ok_documents_are_exact(zoo, name):
    text = _text_of(zoo, name)
    assert zoo["documents"].loc[name, "n_chars"] == len(text)
    for row in _mentions(zoo, name).itertuples():
        assert text[row.start:row.end] == row.text


@pytest.mark.parametrize("name, encoding", [
    ("good.txt", "utf-8"), ("cp1251.txt", "cp1251"), ("utf16.txt", "utf-16"), ("damaged_utf8.txt", "utf-8-replace"),
])
def test_encoding_is_recorded(zoo, name, encoding):
    assert zoo["documents"].loc[name, "encoding"] == encoding


def test_legacy_and_unicode_encodings_find_the_same_entities(zoo):
    # cp1251 and UTF-16 decode to the very text of the UTF-8 seed: same mentions as the seed itself
    for name, index in (("cp1251.txt", 2), ("utf16.txt", 3)):
        assert _text_of(zoo, name) == seed_text(index)
        assert len(_mentions(zoo, name)) > 10


def test_damaged_utf8_keeps_the_text_and_marks_the_bytes(zoo):
    text = _text_of(zoo, "damaged_utf8.txt")
    assert text.count("\ufffd") == 2  # the stray byte and the truncated last letter
    raw = (zoo["corpus"] / "damaged_utf8.txt").read_bytes()
    assert text == raw.decode("utf-8", errors="replace")  # what the README tells analysts to use
    assert len(_mentions(zoo, "damaged_utf8.txt")) > 5


def test_windows_line_endings_give_the_same_mentions_as_unix(zoo):
    def spans(name):
        return sorted((r.start, r.end, r.type, r.text, r.normal) for r in _mentions(zoo, name).itertuples())

    assert _text_of(zoo, "crlf.txt") == _text_of(zoo, "lf.txt")
    assert spans("crlf.txt") == spans("lf.txt")
    assert spans("lf.txt")


def test_one_long_line_is_processed_whole(zoo):
    assert zoo["documents"].loc["long_line.txt", "n_chars"] == 500_000


def test_capitals_and_other_scripts_are_ordinary_documents(zoo):
    assert len(_mentions(zoo, "capitals.txt")) > 0
    for name in ("latin.txt", "mixed.txt"):
        assert zoo["documents"].loc[name, "status"] == "ok"


def test_a_directory_named_like_a_document_is_walked(zoo):
    assert "x.txt" not in zoo["documents"].index
    assert zoo["documents"].loc["x.txt/inner.txt", "status"] == "ok"


def test_a_directory_link_loop_is_skipped_with_a_warning(tmp_path, caplog):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "doc.txt").write_text("текст")
    os.symlink("../..", tmp_path / "a" / "b" / "loop")
    with caplog.at_level("WARNING", logger="nerpipe"):
        sources, problems = discover_sources([tmp_path])
    assert [s.path for s in sources] == ["a/b/doc.txt"]
    assert problems == []
    assert "a/b/loop: symbolic link loop; skipped" in caplog.text


def test_the_big_file_was_never_read(zoo):
    row = zoo["documents"].loc["big.txt"]
    assert row.n_bytes == BIG
    assert pd.isna(row.sha256)  # refused on its size: not even hashed


def test_max_bytes_is_an_option(tmp_path, models):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "at_limit.txt").write_bytes(b"x" * 4000)
    (corpus / "over.txt").write_text(seed_text(0), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1",
                                       "--max-bytes", "4000", "--json", "-q"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["failures"] == [{"path": "over.txt", "error": f"file is {len(seed_text(0).encode())} bytes, "
                                                               "over the limit of 4000 (--max-bytes)"}]


# -- files that change while the run reads them --------------------------------------------------


def _vanish_after_discovery(monkeypatch, victim):
    import nerpipe.runner.orchestrate

    discover = nerpipe.runner.orchestrate.discover_sources

    def discover_then_delete(*args, **kwargs):
        found = discover(*args, **kwargs)
        victim.unlink()
        return found

    monkeypatch.setattr(nerpipe.runner.orchestrate, "discover_sources", discover_then_delete)


def _before_reading(monkeypatch, action):
    """Run ``action(path)`` on each document right before the run reads it (after its status was checked)."""
    import nerpipe.runner.reader

    open_source = nerpipe.runner.reader.open_source

    def act_then_read(source, *args, **kwargs):
        action(source.abspath)
        return open_source(source, *args, **kwargs)

    monkeypatch.setattr(nerpipe.runner.reader, "open_source", act_then_read)


def test_file_vanishing_after_discovery(tmp_path, monkeypatch, models):
    write_articles(tmp_path / "in", 3)
    _vanish_after_discovery(monkeypatch, tmp_path / "in" / "a0001.txt")
    summary = run([str(tmp_path / "in")], tmp_path / "out", workers=1, progress=False)
    assert summary.exit_code == 1
    assert summary.failures == [{"path": "a0001.txt", "error": "file vanished before it could be read"}]
    assert summary.processed == 2


def test_file_vanishing_before_it_is_read(tmp_path, monkeypatch, models):
    paths = write_articles(tmp_path / "in", 3)

    def delete_the_second(path):
        if path == str(paths[1]):
            os.unlink(path)

    _before_reading(monkeypatch, delete_the_second)
    summary = run([str(tmp_path / "in")], tmp_path / "out", workers=1, progress=False)
    assert summary.exit_code == 1
    assert summary.failures == [{"path": "a0001.txt", "error": "file vanished before it could be read"}]
    documents = read_tables(tmp_path / "out")["documents"].set_index("path")
    assert list(documents.status) == ["ok", "error", "ok"]

    # it is back: the next run processes it; the others are not processed again
    monkeypatch.undo()
    paths[1].write_text("Губернатор Томской области Сергей Жвачкин открыл форум.", encoding="utf-8")
    again = run([str(tmp_path / "in")], tmp_path / "out", workers=1, progress=False)
    assert (again.exit_code, again.processed, again.unchanged) == (0, 1, 2)


def _open_to_all(path):
    """Make the files under ``path`` belong to the user :func:`unprivileged` runs as."""
    for root, _dirs, files in os.walk(path):
        for target in [root] + [os.path.join(root, name) for name in files]:
            if os.geteuid() == 0:
                os.chown(target, 65534, 65534)
            os.chmod(target, 0o777 if target == root else 0o666)


def test_file_becoming_unreadable_before_it_is_read(open_dir, monkeypatch, models):
    paths = write_articles(open_dir / "in", 3)
    _open_to_all(open_dir / "in")

    def lock_the_second(path):
        if path == str(paths[1]):
            os.chmod(path, 0)

    _before_reading(monkeypatch, lock_the_second)
    with unprivileged():
        summary = run([str(open_dir / "in")], open_dir / "out", workers=1, progress=False)
    assert summary.exit_code == 1
    assert summary.failures == [{"path": "a0001.txt", "error": "permission denied"}]
    assert summary.processed == 2  # read once, by the run: the unreadable file never reached a worker


def test_unreadable_directory_is_reported(open_dir, models):
    write_articles(open_dir / "in" / "public", 1)
    write_articles(open_dir / "in" / "private", 1)
    _open_to_all(open_dir / "in")
    os.chmod(open_dir / "in" / "private", 0)
    with unprivileged():
        summary = run([str(open_dir / "in")], open_dir / "out", workers=1, progress=False)
    assert summary.exit_code == 1
    assert summary.failures == [{"path": "private", "error": "cannot read directory: Permission denied"}]


# -- the command line refuses to start ------------------------------------------------------------


def test_input_that_does_not_exist_is_a_usage_error(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "--out", str(out), "--json", "-q"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {"error": f"input does not exist: {tmp_path / 'nope'}", "exit_code": 2}
    assert not out.exists()  # nothing was created


@pytest.mark.parametrize("how", ["a file in the way", "no write permission"])
def test_output_that_cannot_be_written_is_a_usage_error(open_dir, how):
    if how == "a file in the way":
        out = open_dir / "out"
        out.write_text("not a directory")
    else:
        (open_dir / "ro").mkdir()
        os.chmod(open_dir / "ro", stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH
                 | stat.S_IXOTH)
        out = open_dir / "ro" / "out"
    write_articles(open_dir / "in", 1)  # not the checkout's seeds: nobody may not be able to read the checkout
    _open_to_all(open_dir / "in")
    with unprivileged():
        result = CliRunner().invoke(main, ["run", str(open_dir / "in"), "--out", str(out), "--json", "-q"])
    assert result.exit_code == 2
    message = json.loads(result.stdout)["error"]
    assert message.startswith(f"cannot write to output directory {out}: ")
