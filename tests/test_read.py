"""Stage 1: decoding and input discovery."""

from __future__ import annotations

import os

import pytest

from nerpipe.errors import DocumentError, UsageError
from nerpipe.read import decode_bytes, discover_sources, make_doc_id

TEXT = "Губернатор Томской области открыл форум «Города России»."


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-bom"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-32"), "utf-32"),
])
def test_decodes_unicode_encodings(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_detects_cp1251():
    long = (TEXT + " Заместитель министра экономического развития рассказал о планах.\n") * 5
    decoded = decode_bytes(long.encode("cp1251"))
    assert decoded.text == long
    assert decoded.encoding.replace("_", "").lower() in ("cp1251", "windows1251")


def test_windows_line_endings_become_newlines():
    assert decode_bytes("а\r\nб\rв".encode()).text == "а\nб\nв"


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_is_an_error(data):
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(data)


def test_doc_id_is_derived_from_sha256():
    assert make_doc_id("ab" * 32) == "ab" * 8


def test_discovers_recursively_with_relative_paths(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("x")
    (tmp_path / "y.txt").write_text("y")
    (tmp_path / "z.md").write_text("z")
    for name in ("page.html", "export.xlsx", "crawl.warc.gz", "rows.jsonl.gz", "old.doc"):
        (tmp_path / "a" / name).write_text("x")
    for name in ("photo.jpg", "notes.json", "archive.zip", "data.parquet.gz", "README"):
        (tmp_path / "a" / name).write_text("x")  # not read: no extension nerpipe reads or refuses
    sources, problems = discover_sources([tmp_path])
    assert [s.path for s in sources] == ["a/b/x.txt", "a/crawl.warc.gz", "a/export.xlsx", "a/old.doc",
                                         "a/page.html", "a/rows.jsonl.gz", "y.txt", "z.md"]
    assert problems == []
    sources, _ = discover_sources([tmp_path], glob="*.md")
    assert [s.path for s in sources] == ["z.md"]


def test_single_file_input(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    sources, _ = discover_sources([tmp_path / "one.txt"])
    assert [s.path for s in sources] == ["one.txt"]


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        discover_sources([tmp_path / "missing"])


def test_links_out_of_the_root_are_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside, root / "link.txt")
    sources, problems = discover_sources([root])
    assert sources == []
    assert "outside the input directory" in problems[0][1]
    sources, problems = discover_sources([root], follow_symlinks=True)
    assert [s.path for s in sources] == ["link.txt"]
