"""Stage 1: find input files and turn their bytes into text.

Nothing here interprets the content beyond decoding it: a file is read, its
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
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError, UsageError

log = logging.getLogger("nerpipe")

DEFAULT_GLOB = "*.txt"
# 1 MiB: a long news article is 20-50 KB. Memory and time grow faster than the
# size: 1 MB of dense text takes about 20 s and 1 GB in one worker, 2 MB 75 s and 1.8 GB.
DEFAULT_MAX_BYTES = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """One input file: where it lives and how it is named in the tables."""

    root: str  # the input root as an absolute path
    path: str  # relative to root, '/'-separated
    abspath: str


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
    inputs: list[str | os.PathLike], glob: str = DEFAULT_GLOB, follow_symlinks: bool = False
) -> tuple[list[Source], list[tuple[Source, str]]]:
    """List the files to process under INPUTs.

    Returns ``(sources, problems)``: ``problems`` are entries that look like
    documents (their name matches ``glob``) but cannot be read as one — a broken
    symbolic link, a link loop, a link out of the input directory, an unreadable
    directory — each with a one-line reason, so that the caller records them as
    failed documents. Entries that do not look like documents are skipped with a
    log message. A missing INPUT is a usage error: nothing is processed.

    Every ``Source.abspath`` is a resolved path (no symbolic link in it), so that
    :func:`read_bytes` can refuse a file that turns into a link later.
    """
    require_inputs(inputs)
    sources: list[Source] = []
    problems: list[tuple[Source, str]] = []
    seen: set[tuple[str, str]] = set()
    for raw in inputs:
        given = Path(raw)
        if given.is_dir():
            found = _walk(given.resolve(), glob, follow_symlinks)
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
    return _make_source(root, root / given.name, target or root / given.name), problem


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


def _walk(root: Path, glob: str, follow_symlinks: bool):
    """Yield (Source, problem-or-None) for every entry matching ``glob`` under root.

    Real subdirectories are walked. A link to a directory is walked only when it
    points out of the root and ``follow_symlinks`` is set (a link inside the root
    is an alias: its files are read once, under their real path); a link to one
    of its own ancestors is a loop and is not walked.
    """
    walked: set[Path] = {root}

    def walk(directory: Path, real: Path):
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            yield _make_source(root, directory, real), f"cannot read directory: {error.strerror or error}"
            return
        for entry in entries:
            path = Path(entry.path)
            matches = fnmatch.fnmatch(entry.name, glob)
            if entry.is_symlink():
                yield from link(path, real, matches)
            elif entry.is_dir(follow_symlinks=False):
                if matches:
                    log.info("%s: a directory whose name matches %r; its files are read, it is not a document",
                             printable(str(path)), glob)
                yield from walk(path, real / entry.name)
            elif matches:
                yield _make_source(root, path, real / entry.name), None

    def link(path: Path, real_parent: Path, matches: bool):
        target, problem = _resolve_link(path)
        outside = target is not None and target != root and root not in target.parents
        if problem is None and outside and not follow_symlinks:
            problem = "symbolic link points outside the input directory (use --follow-symlinks)"
        if problem is None and target.is_dir():
            if target == real_parent or target in real_parent.parents:
                problem = "symbolic link loop"
            elif outside and target not in walked:
                walked.add(target)
                yield from walk(path, target)
                return
            else:
                log.debug("%s: a link to a directory that is read anyway; skipped", printable(str(path)))
                return
        if problem is None:
            if matches:
                yield _make_source(root, path, target), None
        elif matches:
            yield _make_source(root, path, path), problem
        else:
            log.warning("%s: %s; skipped", printable(str(path)), problem)

    yield from walk(root, root)


def _make_source(root: Path, path: Path, abspath: Path) -> Source:
    """``root`` and ``path`` as the tables show them; ``abspath`` as the file system names it."""
    return Source(printable(str(root)), printable(path.relative_to(root).as_posix()), str(abspath))


def printable(name: str) -> str:
    """A file name as valid UTF-8: bytes that do not decode are shown as ``\\xNN``.

    Linux allows any bytes in a name; Parquet, SQLite and JSON want UTF-8.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return name


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NOFOLLOW", 0)


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is not a regular file or is too large.

    ``source.abspath`` is opened without following a link (discovery resolved
    it) and without blocking (a FIFO named like a document must not hang the run).
    """
    try:
        fd = os.open(source.abspath, _OPEN_FLAGS)
    except OSError as error:
        raise DocumentError(describe_os_error(error)) from None
    with os.fdopen(fd, "rb") as handle:
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise DocumentError("is a directory, not a file")
            if not stat.S_ISREG(st.st_mode):
                raise DocumentError("not a regular file")
            if st.st_size > max_bytes:
                raise DocumentError(f"file is {st.st_size} bytes, over the limit of {max_bytes} (--max-bytes)")
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise DocumentError(f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise DocumentError(f"file grew over the limit of {max_bytes} bytes while being read (--max-bytes)")
    return data


def describe_os_error(error: OSError) -> str:
    """One line for the ``documents.error`` column about a file that could not be opened."""
    if error.errno == errno.ENOENT:
        return "file vanished before it could be read"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "the file was replaced by a symbolic link; not followed"
    return f"cannot open file: {error.strerror or error}"


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
