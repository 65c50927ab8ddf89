"""Find the input files under the INPUTs: which names are documents, and what cannot be read as one.

A directory is walked without recursion and without following a link it should not
follow; a broken link, a link loop, a link out of the input or a directory nested too
deep is a problem of its own, recorded as a failed document.
"""

from __future__ import annotations

import errno
import fnmatch
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .sources import Source, printable

log = logging.getLogger("nerpipe")

DEFAULT_GLOB = None  # no pattern: every name nerpipe reads (nerpipe.formats.supported_name)
MAX_DEPTH = 100  # directories nested deeper than this under an input root are not read


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
        from ..formats import refused_name, supported_name

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
