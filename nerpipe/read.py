"""Stage 1: find input files and turn their bytes into text.

Nothing here interprets the content beyond decoding it: a file is read (opened
relative to its verified parent directory, never through a link), its
encoding is decided (UTF-8, UTF-8 with BOM, UTF-16 with BOM, or whatever
charset-normalizer detects), line endings are unified to ``\\n`` and the
document id is derived from the SHA-256 of the raw bytes.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError, UsageError

log = logging.getLogger("nerpipe")

DEFAULT_GLOB = None  # no pattern: every name nerpipe reads (nerpipe.formats.supported_name)
# 1 MiB: a long news article is 20-50 KB. Memory and time grow faster than the
# size: 1 MB of dense text takes about 20 s and 1 GB in one worker, 2 MB 75 s and 1.8 GB.
DEFAULT_MAX_BYTES = 1024 * 1024
# 64 MiB: a web page, DOCX or PDF file holds images and markup besides its text (whose size
# DEFAULT_MAX_BYTES limits once it is extracted); the file is held whole in memory while it is read
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


MAX_DEPTH = 100  # directories nested deeper than this under an input root are not read


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


@dataclass(frozen=True, slots=True)
class Contents:
    """The bytes of a file as read, with the size and modification time of what was read."""

    data: bytes
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def make_doc_id(sha256: str) -> str:
    """The document id: the first 16 hex digits of the content's SHA-256."""
    return sha256[:16]


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover_sources(
    inputs: list[str | os.PathLike], glob: str | None = DEFAULT_GLOB, follow_symlinks: bool = False,
    exclude: list[str | os.PathLike] = (),
) -> tuple[list[Source], list[tuple[Source, str]]]:
    """List the files to process under INPUTs.

    Inside a directory, a file is an input when its name matches ``glob``, or,
    without a pattern, when it has an extension nerpipe reads
    (:func:`nerpipe.formats.supported_name`: ``.txt``, ``.html``, ``.docx``,
    ``.pdf``, ``.csv``, ``.xlsx``, ``.warc.gz`` …) or one it recognizes in order to
    refuse it with a reason (``.doc``, ``.xls``, ``.rtf``). A file named on the
    command line is an input whatever its name.

    Returns ``(sources, problems)``: ``problems`` are entries that look like
    documents (their name matches) but cannot be read as one — a broken
    symbolic link, a link loop, a link out of the input directory, an unreadable
    directory, a directory nested deeper than :data:`MAX_DEPTH` — each with a
    one-line reason, so that the caller records them as failed documents. Entries
    that do not look like documents are skipped with a log message. A missing
    INPUT is a usage error: nothing is processed.

    Directories in ``exclude`` (the output directory) are never read: not walked
    into, and an INPUT inside one of them is a usage error.
    """
    require_inputs(inputs)
    excluded = tuple(Path(path).resolve() for path in exclude)
    sources: list[Source] = []
    problems: list[tuple[Source, str]] = []
    seen: set[tuple[str, str]] = set()
    for raw in inputs:
        given = Path(raw)
        real = given.resolve()
        for out in excluded:
            if real == out or out in real.parents:
                raise UsageError(f"input {printable(os.fspath(raw))} is inside the output directory "
                                 f"{printable(str(out))}; the tables are never read as input")
        if given.is_dir():
            found = _Walker(real, glob, follow_symlinks, excluded).walk()
        else:
            found = [_given_file(given)]
        for source, problem in found:
            key = (source.root, source.path)
            if key in seen:
                continue
            seen.add(key)
            (problems.append((source, problem)) if problem else sources.append(source))
    return sources, problems


def require_inputs(inputs: list[str | os.PathLike]) -> None:
    """Raise :class:`UsageError` when an INPUT does not exist (a broken link still counts as given)."""
    for raw in inputs:
        given = Path(raw)
        if not given.exists() and not given.is_symlink():
            raise UsageError(f"input does not exist: {printable(os.fspath(raw))}")


def _given_file(given: Path) -> tuple[Source, str | None]:
    """A file named on the command line: read it, following a link (it was named explicitly)."""
    root = given.absolute().parent.resolve()
    target, problem = _resolve_link(given) if given.is_symlink() else (given.resolve(), None)
    target = target or root / given.name
    return Source(printable(str(root)), printable(given.name), str(target.parent), (target.name,),
                  _identity(target.parent)), problem


def _identity(directory: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(directory)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _resolve_link(path: Path) -> tuple[Path | None, str | None]:
    """The resolved target of a symbolic link, or ``(None, why not)``."""
    try:
        return path.resolve(strict=True), None
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return None, "symbolic link loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, "symbolic link loop"
        return None, "broken symbolic link"


@dataclass(frozen=True, slots=True)
class _Tree:
    """A directory being walked: how the tables name it and where it really is."""

    shown: tuple[str, ...]  # names below the input root, as found (through links when they were followed)
    base: Path  # the real directory files under it are opened from (the root, or a followed link's target)
    parts: tuple[str, ...]  # names from ``base`` down to this directory
    base_id: tuple[int, int] | None
    depth: int

    @property
    def real(self) -> Path:
        return self.base.joinpath(*self.parts)


class _Walker:
    """Every entry under one input root, walked without recursion (a tree may be nested thousands deep).

    Real subdirectories are walked down to :data:`MAX_DEPTH`. A link to a directory
    is walked only when it points out of the root and ``follow_symlinks`` is set (a
    link inside the root is an alias: its files are read once, under their real
    path); a link to one of its own ancestors is a loop and is not walked.
    """

    def __init__(self, root: Path, glob: str | None, follow_symlinks: bool, excluded: tuple[Path, ...] = ()):
        self.root = root
        self.glob = glob
        self.follow_symlinks = follow_symlinks
        self.excluded = excluded
        self.walked: set[Path] = {root}
        self.shown_root = printable(str(root))

    def walk(self):
        """Yield ``(Source, problem or None)`` for every entry whose name matches the pattern, in name order."""
        stack = []
        top = _Tree((), self.root, (), _identity(self.root), 0)
        entries, problem = self._list(top)
        if problem:
            yield self._directory_row(top), problem
            return
        stack.append((top, entries))
        while stack:
            tree, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            matches = self._matches(entry.name)
            shown = (*tree.shown, entry.name)
            if entry.is_symlink():
                found = self._link(tree, shown, matches)
            elif entry.is_dir(follow_symlinks=False):
                found = self._directory(_Tree(shown, tree.base, (*tree.parts, entry.name), tree.base_id,
                                              tree.depth + 1), matches)
            elif matches:
                found = (self._file(shown, tree.base, (*tree.parts, entry.name), tree.base_id), None)
            else:
                continue
            if isinstance(found, _Tree):
                entries, problem = self._list(found)
                if problem:
                    yield self._directory_row(found), problem
                else:
                    stack.append((found, entries))
            elif found is not None:
                yield found

    def _matches(self, name: str) -> bool:
        if self.glob is not None:
            return fnmatch.fnmatch(name, self.glob)
        from .formats import refused_name, supported_name

        return supported_name(name) or refused_name(name)

    def _list(self, tree: _Tree):
        try:
            with os.scandir(tree.real) as scan:
                return iter(sorted(scan, key=lambda e: e.name)), None
        except OSError as error:
            return None, f"cannot read directory: {error.strerror or error}"

    def _directory(self, tree: _Tree, matches: bool):
        """The subdirectory to walk, a problem, or None (skipped)."""
        name = printable(os.path.join(str(self.root), *tree.shown))
        if tree.real in self.excluded:
            log.info("%s: the output directory; not read as input", name)
            return None
        if tree.depth > MAX_DEPTH:
            return self._directory_row(tree), f"directory nested more than {MAX_DEPTH} levels deep; not read"
        if matches:
            log.info("%s: a directory named like a document; its files are read, it is not a document", name)
        return tree

    def _link(self, tree: _Tree, shown: tuple[str, ...], matches: bool):
        path = self.root.joinpath(*shown)
        name = printable(str(path))
        target, problem = _resolve_link(path)
        outside = target is not None and target != self.root and self.root not in target.parents
        if problem is None and outside and not self.follow_symlinks:
            problem = "symbolic link points outside the input directory (use --follow-symlinks)"
        if problem is None and any(target == out or out in target.parents for out in self.excluded):
            log.info("%s: a link into the output directory; not read as input", name)
            return None
        if problem is None and target.is_dir():
            if target == tree.real or target in tree.real.parents:
                problem = "symbolic link loop"
            elif outside and target not in self.walked:
                self.walked.add(target)
                return self._directory(_Tree(shown, target, (), _identity(target), tree.depth + 1), False)
            else:
                log.debug("%s: a link to a directory that is read anyway; skipped", name)
                return None
        if problem is None:
            if not matches:
                return None
            if outside:
                return self._file(shown, target.parent, (target.name,), _identity(target.parent)), None
            return self._file(shown, self.root, target.relative_to(self.root).parts, tree.base_id), None
        if matches:
            return self._file(shown, tree.base, (*tree.parts, shown[-1]), tree.base_id), problem
        log.warning("%s: %s; skipped", name, problem)
        return None

    def _file(self, shown: tuple[str, ...], base: Path, parts: tuple[str, ...], base_id) -> Source:
        return Source(self.shown_root, printable("/".join(shown)), str(base), tuple(parts), base_id)

    def _directory_row(self, tree: _Tree) -> Source:
        """A directory as a row of its own (it could not be read)."""
        shown = printable("/".join(tree.shown)) or "."
        return Source(self.shown_root, shown, str(tree.base), tree.parts, tree.base_id)


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


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes into text with ``\\n`` line endings.

    BOMs decide first; then strict UTF-8; then UTF-8 with a few damaged bytes
    (replaced by U+FFFD, encoding ``utf-8-replace``); then charset-normalizer.
    An empty or whitespace-only file, and content that is binary (NUL bytes
    without a UTF-16/32 BOM, or no plausible encoding), is a :class:`DocumentError`.
    """
    if not data:
        raise DocumentError("empty file")
    decoded = _decode(data)
    if not decoded.text.strip():
        raise DocumentError("no text: the file holds only whitespace")
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DocumentError(f"invalid {encoding} after its byte-order mark at byte {error.start}") from None
            if encoding == "utf-8-sig":
                encoding = "utf-8"
            return Decoded(_clean_text(text), encoding + "-bom" if encoding == "utf-8" else encoding)
    if b"\x00" in data:
        raise DocumentError("binary content (NUL bytes), not text")
    try:
        return Decoded(_clean_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    return _decode_damaged_utf8(data) or _detect(data, first_bad)


MAX_DAMAGE = 0.01  # at most 1 byte in 100 invalid (or 2 in a short text), and ten valid non-ASCII letters for each


def _decode_damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a truncated copy, a bad byte): keep the text, mark the damage.

    Text in a legacy Cyrillic encoding is almost all invalid UTF-8, so it never
    passes these thresholds and goes on to detection.
    """
    text = data.decode("utf-8", errors="replace")
    genuine = data.count(b"\xef\xbf\xbd")  # U+FFFD written in the file itself
    replaced = text.count("\ufffd") - genuine
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - replaced - genuine
    if replaced <= max(2, len(data) * MAX_DAMAGE) and non_ascii >= 10 * replaced:
        return Decoded(_clean_text(text), "utf-8-replace")
    return None


def _detect(data: bytes, first_bad: int) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise DocumentError(f"not valid UTF-8 (byte {first_bad}) and no other text encoding fits")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise DocumentError("binary content, not text")
    return Decoded(_clean_text(text), best.encoding)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x80 <= ord(ch) < 0xA0)
    return bad / len(text)


def _clean_text(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text[:65536]) > 0.05:
        raise DocumentError("binary content, not text")
    return text
