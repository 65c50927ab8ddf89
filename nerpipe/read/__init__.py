"""Stage 1: find input files and turn their bytes into text.

Nothing here interprets the content beyond decoding it: :mod:`.discover` finds the
input files (:class:`Source`, named as :mod:`.sources` shows them), :mod:`.files`
reads one (opened relative to its verified parent directory, never through a link,
within its size limit), :mod:`.decode` decides its encoding and unifies line endings,
and :mod:`.ids` derives the document id from the SHA-256 of the raw bytes.
"""

from .decode import Decoded, decode_bytes
from .discover import DEFAULT_GLOB, MAX_DEPTH, discover_sources, require_inputs
from .files import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    Contents,
    describe_directory_error,
    describe_os_error,
    open_parent,
    open_path,
    open_source,
    read_bytes,
    read_contents,
    read_path,
    read_source,
    stat_source,
)
from .ids import hash_bytes, make_doc_id
from .sources import Source, file_system_name, printable

__all__ = [
    "DEFAULT_GLOB", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_FILE_BYTES", "MAX_DEPTH", "Contents", "Decoded", "Source",
    "decode_bytes", "describe_directory_error", "describe_os_error", "discover_sources", "file_system_name",
    "hash_bytes", "make_doc_id", "open_parent", "open_path", "open_source", "printable", "read_bytes",
    "read_contents", "read_path", "read_source", "require_inputs", "stat_source",
]
