"""The manifest: what has been processed, kept in ``OUT/.nerpipe/state.sqlite``.

:mod:`.schema` lays out its SQLite tables (and brings an older manifest up to date),
:mod:`.rows` holds the records that go in and out of it, and :mod:`.manifest` is the
:class:`Store` that records documents and results and answers the runner's and the
writer's questions.
"""

from .manifest import Store
from .rows import DocumentRow, FileState, Stored, decode_result, encode_result, now_iso
from .schema import DB_NAME, STATE_DIR

__all__ = ["DB_NAME", "STATE_DIR", "DocumentRow", "FileState", "Store", "Stored", "decode_result", "encode_result",
           "now_iso"]
