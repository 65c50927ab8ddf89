"""Stage 1: find input files and turn their bytes into text.

Nothing here interprets the content beyond decoding it: a file is read, its
encoding is decided (UTF-8, UTF-8 with BOM, UTF-16 with BOM, or whatever
charset-normalizer detects), line endings are unified to ``\\n`` and the
document id is derived from the SHA-256 of the raw bytes.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError, UsageError

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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

    Returns ``(sources, problems)``: ``problems`` are entries that were seen but
    cannot be documents (a broken symlink, a link out of the input root, a
    directory named like a document), each with a one-line reason, so that the
    caller can record them as failed documents. A missing INPUT is a usage
    error: nothing is processed.
    """
    sources: list[Source] = []
    problems: list[tuple[Source, str]] = []
    seen: set[tuple[str, str]] = set()
    for raw in inputs:
        given = Path(raw)
        if not given.exists() and not given.is_symlink():
            raise UsageError(f"input does not exist: {raw}")
        if given.is_dir():
            root = given.resolve()
            for source, problem in _walk(root, glob, follow_symlinks):
                key = (source.root, source.path)
                if key in seen:
                    continue
                seen.add(key)
                (problems.append((source, problem)) if problem else sources.append(source))
        else:
            root = given.absolute().parent.resolve()
            source = Source(str(root), given.name, str(root / given.name))
            key = (source.root, source.path)
            if key in seen:
                continue
            seen.add(key)
            if not given.exists():
                problems.append((source, "broken symbolic link"))
            else:
                sources.append(source)
    return sources, problems


def _walk(root: Path, glob: str, follow_symlinks: bool):
    """Yield (Source, problem-or-None) for every entry matching ``glob`` under root."""
    visited: set[tuple[int, int]] = set()

    def walk(directory: Path):
        try:
            st = directory.stat()
        except OSError as error:
            yield _source(root, directory), f"cannot read directory: {error.strerror}"
            return
        if (st.st_dev, st.st_ino) in visited:
            yield _source(root, directory), "symbolic link loop"
            return
        visited.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            yield _source(root, directory), f"cannot read directory: {error.strerror}"
            return
        for entry in entries:
            path = Path(entry.path)
            is_link = entry.is_symlink()
            matches = fnmatch.fnmatch(entry.name, glob)
            if is_link:
                problem = _check_link(root, path, follow_symlinks)
                if problem:
                    if matches or problem == "symbolic link loop":
                        yield _source(root, path), problem
                    continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                if matches:
                    yield _source(root, path), "is a directory, not a file"
                yield from walk(path)
            elif matches:
                yield _source(root, path), None

    yield from walk(root)


def _check_link(root: Path, path: Path, follow_symlinks: bool) -> str | None:
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError:
        return "broken symbolic link"
    if follow_symlinks:
        return None
    if target != root and root not in target.parents:
        return "symbolic link points outside the input directory (use --follow-symlinks)"
    return None


def _source(root: Path, path: Path) -> Source:
    rel = path.relative_to(root).as_posix()
    return Source(str(root), rel, str(path))


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is not a regular file or is too large."""
    try:
        with open(source.abspath, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise DocumentError("not a regular file")
            if st.st_size > max_bytes:
                raise DocumentError(f"file is {st.st_size} bytes, over the limit of {max_bytes} (--max-bytes)")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentError("file vanished before it could be read") from None
    except IsADirectoryError:
        raise DocumentError("is a directory, not a file") from None
    except PermissionError:
        raise DocumentError("permission denied") from None
    except OSError as error:
        raise DocumentError(f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise DocumentError(f"file grew over the limit of {max_bytes} bytes while being read")
    return data


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes into text with ``\\n`` line endings.

    BOMs decide first; then strict UTF-8; then charset-normalizer. Content that
    is binary (NUL bytes without a UTF-16/32 BOM, or no plausible encoding) is a
    :class:`DocumentError`.
    """
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
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise DocumentError("not valid UTF-8 and no text encoding could be detected")
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
