"""Near-duplicates: copies of one article (the same text up to boilerplate and small edits).

Two steps, so that the expensive one runs where the text is:

1. :func:`make_signature` (in the worker, beside the pipeline): a MinHash
   signature (datasketch) of the text's word shingles — 3 words in a row, lower
   case, ``ё`` as ``е`` — taken from its paragraphs of running text, so that short
   lines (credits, photo captions, buttons, datelines) that differ from copy to
   copy do not count. It is :data:`SIGNATURE_BYTES` bytes, small enough to keep
   per document in the manifest.
2. :func:`find_duplicates` (once per run, over every current document): the
   signatures are banded as datasketch's MinHashLSH bands them for
   :data:`THRESHOLD`, documents that share a band are candidates, a candidate
   whose estimated Jaccard similarity reaches the threshold is a copy, and copies
   form clusters. Each document of a cluster gets ``duplicate_of`` = the
   cluster's first document: the earliest published, then the smallest
   ``doc_id`` (undated last). The answer depends only on the set of documents,
   not on the order they come in, so it is the same on every run.

Memory: bands and signatures go to a temporary SQLite file and candidates come
from a sorted scan of it, so the memory used grows with the number of copies, not
with the corpus.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SEED = 1  # part of the signature's definition: changing it changes every stored signature
SHINGLE_WORDS = 3
THRESHOLD = 0.5  # estimated Jaccard similarity of the shingle sets from which two texts are copies
MIN_PARAGRAPH_WORDS = 6  # lines with fewer words are boilerplate candidates and left out (if anything else is left)
SIGNATURE_BYTES = NUM_PERM * 4
TEMP_PREFIX = "nerpipe-dups-"  # the temporary directory of find_duplicates

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DupItem:
    """A document as near-duplicate detection sees it."""

    doc_id: str
    signature: bytes  # make_signature(text)
    published: date | None = None


def shingles(text: str) -> set[bytes]:
    """The word shingles of the text's paragraphs of running text (all its words when it has none)."""
    lines = [_WORD.findall(line.lower().replace("ё", "е")) for line in text.split("\n")]
    paragraphs = [words for words in lines if len(words) >= MIN_PARAGRAPH_WORDS] or [w for w in lines if w]
    found: set[bytes] = set()
    for words in paragraphs:
        if len(words) < SHINGLE_WORDS:
            found.add(" ".join(words).encode("utf-8"))
            continue
        for i in range(len(words) - SHINGLE_WORDS + 1):
            found.add(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
    return found


def make_signature(text: str) -> bytes:
    """The MinHash signature of a text, as :data:`SIGNATURE_BYTES` bytes (little-endian uint32 values)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(shingles(text)))
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets from their signatures."""
    return float(np.mean(_values(a) == _values(b)))


def _values(signature: bytes) -> np.ndarray:
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError(f"a signature is {SIGNATURE_BYTES} bytes, got {len(signature)}")
    return np.frombuffer(signature, dtype="<u4")


@lru_cache(maxsize=1)
def band_ranges() -> tuple[tuple[int, int], ...]:
    """The bands (slices of the signature) datasketch's MinHashLSH uses for THRESHOLD and NUM_PERM."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def band_keys(signature: bytes) -> list[bytes]:
    """The signature's LSH band keys, one per band: documents sharing one are candidate copies."""
    return [signature[start * 4:end * 4] for start, end in band_ranges()]


def find_duplicates(items: Iterable[DupItem], directory: str | os.PathLike | None = None) -> dict[str, str]:
    """``{doc_id: duplicate_of}`` for every document that is a copy of an earlier one (others are left out).

    ``items`` may stream (one pass); a ``doc_id`` seen twice is one document.
    ``directory`` holds the temporary database (default: the system's temporary directory).
    """
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX, dir=directory) as tmp:
        db = sqlite3.connect(os.path.join(tmp, "bands.sqlite"), isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            _load(db, items)
            parent: dict[int, int] = {}
            for group in _candidate_groups(db):
                _link_copies(db, group, parent)
            return _clusters(db, parent)
        finally:
            db.close()


def _order(published: date | None, doc_id: str) -> str:
    """A sort key: dated documents first, earliest first, then by doc_id."""
    return f"0{published.isoformat()}|{doc_id}" if published else f"1|{doc_id}"


def _load(db: sqlite3.Connection, items: Iterable[DupItem]) -> None:
    db.execute("CREATE TABLE docs (doc_id TEXT PRIMARY KEY, sort TEXT NOT NULL UNIQUE, signature BLOB NOT NULL)")
    db.execute("CREATE TABLE bands (band INTEGER NOT NULL, key BLOB NOT NULL, sort TEXT NOT NULL)")
    db.execute("BEGIN")
    for item in items:
        _values(item.signature)  # checks the length
        sort = _order(item.published, item.doc_id)
        if db.execute("INSERT OR IGNORE INTO docs VALUES (?, ?, ?)", (item.doc_id, sort, item.signature)).rowcount:
            db.executemany("INSERT INTO bands VALUES (?, ?, ?)",
                           [(band, key, sort) for band, key in enumerate(band_keys(item.signature))])
    db.execute("COMMIT")
    db.execute("CREATE INDEX bands_by_key ON bands (band, key, sort)")


def _candidate_groups(db: sqlite3.Connection) -> Iterator[list[str]]:
    """Sort keys of the documents sharing a band, each group in order (the first is the earliest)."""
    rows = db.execute(
        "SELECT b.band, b.key, b.sort FROM bands b JOIN (SELECT band, key FROM bands GROUP BY band, key "
        "HAVING COUNT(*) > 1) g ON b.band = g.band AND b.key = g.key ORDER BY b.band, b.key, b.sort")
    group: list[str] = []
    current = None
    for band, key, sort in rows:
        if (band, key) != current:
            if len(group) > 1:
                yield group
            group, current = [], (band, key)
        group.append(sort)
    if len(group) > 1:
        yield group


def _link_copies(db: sqlite3.Connection, group: list[str], parent: dict) -> None:
    """Join each member of a candidate group that is a copy of the group's first document to its cluster."""
    first = _signature(db, group[0])
    for other in group[1:]:
        if _find(parent, other) != _find(parent, group[0]) and similarity(first, _signature(db, other)) >= THRESHOLD:
            _union(parent, group[0], other)


def _signature(db: sqlite3.Connection, sort: str) -> bytes:
    return db.execute("SELECT signature FROM docs WHERE sort = ?", (sort,)).fetchone()[0]


def _find(parent: dict, node):
    root = node
    while parent.get(root, root) != root:
        root = parent[root]
    while parent.get(node, node) != root:  # path compression
        parent[node], node = root, parent[node]
    return root


def _union(parent: dict, a, b) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        low, high = sorted((root_a, root_b))  # the earliest document stays the root
        parent[high] = low


def _clusters(db: sqlite3.Connection, parent: dict) -> dict[str, str]:
    """doc_id of every copy → doc_id of its cluster's first document."""
    def doc_id(sort: str) -> str:
        return sort.split("|", 1)[1]

    return {doc_id(node): doc_id(_find(parent, node)) for node in list(parent) if _find(parent, node) != node}
