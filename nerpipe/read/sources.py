"""An input file as the tables name it and as it is opened (:class:`Source`), and names as valid UTF-8."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """One input file: how the tables name it, and how it is opened.

    ``root`` and ``path`` are what the tables show (see :func:`printable`). The file
    itself is opened from the directory ``base`` (absolute, with no symbolic link in
    it when it was found) one name of ``parts`` at a time, each relative to the
    directory opened before it and without following a link, so a directory swapped
    for a link during the run cannot lead the read out of the input.
    """

    root: str  # the input root as an absolute path, as the tables show it
    path: str  # relative to root, '/'-separated, as the tables show it
    base: str  # the directory the file is opened from (a file-system name)
    parts: tuple[str, ...]  # the names below ``base`` down to the file (file-system names)
    base_id: tuple[int, int] | None = None  # (device, inode) of ``base`` when it was found

    @property
    def abspath(self) -> str:
        return os.path.join(self.base, *self.parts)


def printable(name: str) -> str:
    """A file name as valid UTF-8, one to one: bytes that do not decode are shown as ``\\xNN``.

    Linux allows any bytes in a name; Parquet, SQLite and JSON want UTF-8. So that two
    names never print alike (a byte 0xFF and the four characters ``\\xff``), a name with
    a backslash or an undecodable byte also shows each backslash doubled.
    :func:`file_system_name` turns the result back into the name.
    """
    raw = os.fsencode(name)
    if b"\\" not in raw:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return raw.replace(b"\\", b"\\\\").decode("utf-8", errors="backslashreplace")


_ESCAPE = re.compile(rb"\\\\|\\x([0-9a-f]{2})")


def file_system_name(shown: str) -> str:
    """The inverse of :func:`printable`: the name as the file system knows it."""
    if "\\" not in shown:
        return shown
    raw = _ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]) if m.group(1) else b"\\", shown.encode("utf-8"))
    return os.fsdecode(raw)
