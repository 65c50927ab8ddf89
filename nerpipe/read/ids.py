"""Content ids: a document is known by the SHA-256 of its raw bytes."""

from __future__ import annotations

import hashlib


def make_doc_id(sha256: str) -> str:
    """The document id: the first 16 hex digits of the content's SHA-256."""
    return sha256[:16]


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
