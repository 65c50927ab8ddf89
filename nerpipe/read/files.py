"""Open and read one input file safely, within its size limit.

A file is opened relative to its verified parent directory, itself opened name by name
without following a link; what is not a regular file, is too large or lies behind a link
is refused with a one-line reason (:class:`~nerpipe.errors.DocumentError`).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass

from ..errors import DocumentError
from .sources import Source

# 1 MiB: a long news article is 20-50 KB. Memory and time grow faster than the
# size: 1 MB of dense text takes about 20 s and 1 GB in one worker, 2 MB 75 s and 1.8 GB.
DEFAULT_MAX_BYTES = 1024 * 1024
# 64 MiB: a web page, DOCX or PDF file holds images and markup besides its text (whose size
# DEFAULT_MAX_BYTES limits once it is extracted); the file is held whole in memory while it is read
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Contents:
    """The bytes of a file as read, with the size and modification time of what was read."""

    data: bytes
    size: int
    mtime_ns: int


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Contents:
    """Read a file's bytes, refusing what is not a regular file, is too large or lies behind a link.

    The file is opened relative to its parent directory, itself opened name by name
    from ``source.base`` without following a link; a FIFO or device is not read and
    does not block. Raises :class:`DocumentError` with a one-line reason.
    """
    with open_source(source) as handle:
        return read_contents(handle, max_bytes)


def open_source(source: Source):
    """The file of ``source`` opened for reading (a binary file object the caller closes).

    Opened as :func:`read_source` opens it: relative to its parent directory, never
    through a link; only a regular file is returned (a FIFO or device is refused
    without blocking). Raises :class:`DocumentError` with a one-line reason.
    """
    parent = open_parent(source)
    try:
        fd = os.open(source.parts[-1], _OPEN_FLAGS | _NO_FOLLOW, dir_fd=parent)
    except OSError as error:
        raise DocumentError(describe_os_error(error)) from None
    finally:
        os.close(parent)
    return _regular_file(fd)


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of :func:`read_source`."""
    return read_source(source, max_bytes).data


def stat_source(source: Source) -> os.stat_result:
    """The file's status (without following a link), found the way :func:`read_source` opens it."""
    parent = open_parent(source)
    try:
        return os.stat(source.parts[-1], dir_fd=parent, follow_symlinks=False)
    except OSError as error:
        raise DocumentError(describe_os_error(error)) from None
    finally:
        os.close(parent)


def open_parent(source: Source) -> int:
    """A descriptor of the directory holding the file, opened name by name without following links."""
    try:
        fd = os.open(source.base, _DIR_FLAGS)
    except OSError as error:
        raise DocumentError(describe_directory_error(error)) from None
    try:
        if source.base_id is not None:
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) != source.base_id:
                raise DocumentError("the input directory was replaced during the run; not read")
        for name in source.parts[:-1]:
            try:
                inner = os.open(name, _DIR_FLAGS | _NO_FOLLOW, dir_fd=fd)
            except NotADirectoryError:  # what O_DIRECTORY | O_NOFOLLOW answers for a link, too
                if stat.S_ISLNK(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
                    raise OSError(errno.ELOOP, "a symbolic link") from None
                raise
            os.close(fd)
            fd = inner
    except OSError as error:
        os.close(fd)
        raise DocumentError(describe_directory_error(error)) from None
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_path(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a named file with the same refusals as :func:`read_source` but following links.

    For reading a source again after the run (its content is checked against the hash
    the run recorded): a FIFO, a device or a file larger than ``max_bytes`` is refused
    with a :class:`DocumentError`, without blocking or reading it; a file that cannot
    be opened raises its :class:`OSError`.
    """
    with open_path(path) as handle:
        return read_contents(handle, max_bytes).data


def open_path(path: str | os.PathLike):
    """A named file opened for reading, following links, with the refusals of :func:`open_source`."""
    return _regular_file(os.open(path, _OPEN_FLAGS))


def _regular_file(fd: int):
    """An open descriptor as a binary file object, when it is a regular file (else it is closed)."""
    handle = os.fdopen(fd, "rb")
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise DocumentError("is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError("not a regular file")
    except OSError as error:
        handle.close()
        raise DocumentError(f"cannot read file: {error.strerror or error}") from None
    except BaseException:
        handle.close()
        raise
    return handle


def read_contents(handle, max_bytes: int = DEFAULT_MAX_BYTES, head: bytes = b"", option: str = "--max-bytes"
                  ) -> Contents:
    """The bytes of an open regular file of at most ``max_bytes`` (the limit the command-line ``option`` sets).

    ``head`` is what was read of it already, from its start.
    """
    try:
        st = os.fstat(handle.fileno())
        if st.st_size > max_bytes:
            raise DocumentError(f"file is {st.st_size} bytes, over the limit of {max_bytes} ({option})")
        data = head + handle.read(max_bytes + 1 - len(head))
    except OSError as error:
        raise DocumentError(f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise DocumentError(f"file grew over the limit of {max_bytes} bytes while being read ({option})")
    return Contents(data, st.st_size, st.st_mtime_ns)


# one line for the ``documents.error`` column per error number, for a file and for a directory on its path
_FILE_ERRORS = {
    errno.ENOENT: "file vanished before it could be read",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "the file was replaced by a symbolic link; not followed",
}
_DIRECTORY_ERRORS = {
    errno.ENOENT: "file vanished before it could be read (its directory is gone)",
    errno.EACCES: "permission denied (on its directory)",
    errno.EPERM: "permission denied (on its directory)",
    errno.ELOOP: "a directory on its path was replaced by a symbolic link; not followed",
    errno.ENOTDIR: "a directory on its path was replaced by a file",
}


def describe_os_error(error: OSError) -> str:
    """One line for the ``documents.error`` column about a file that could not be opened."""
    return _FILE_ERRORS.get(error.errno) or f"cannot open file: {error.strerror or error}"


def describe_directory_error(error: OSError) -> str:
    """One line about a directory on a file's path that could not be opened."""
    return _DIRECTORY_ERRORS.get(error.errno) or f"cannot open its directory: {error.strerror or error}"
