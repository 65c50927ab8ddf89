"""The output directory: made writable before any work, and locked for the whole run.

A lock keeps two runs from writing the same output directory at once; a manifest
that cannot be opened or is damaged is a clear error before anything is processed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import LockedError, ManifestError, OutputError
from ..store import DB_NAME, STATE_DIR, Store


class OutputLock:
    """The output directory's lock, held for the whole run: an ``flock`` on ``OUT/.nerpipe/lock``.

    The kernel releases it when the holder dies, however it dies, so a killed run
    never blocks the next one. A lock only guards the file it is taken on: when the
    output directory is removed (or replaced) during the run, a new run takes a new
    lock on a new file. :meth:`check` notices that — the directory, the state
    directory or the lock file is no longer the one locked — and stops this run
    before it writes anything more.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.path = out_dir / STATE_DIR / "lock"
        self.identity: tuple | None = None
        self.lock = None

    def __enter__(self) -> OutputLock:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise LockedError(f"another nerpipe run is writing {self.out_dir} (it holds {self.path}); "
                              "this run does nothing") from None
        except OSError as error:
            raise OutputError(f"cannot lock the output directory: {self.path}: {error.strerror or error}") from None
        self.lock = lock
        self.identity = self._identity()
        return self

    def __exit__(self, *exc) -> None:
        self.lock.release()

    def _identity(self) -> tuple | None:
        try:
            return tuple((st.st_dev, st.st_ino) for st in map(os.stat, (self.out_dir, self.path.parent, self.path)))
        except OSError:
            return None

    def check(self) -> None:
        """Raise :class:`LockedError` when the output directory is no longer the one this run locked."""
        if self._identity() != self.identity:
            raise LockedError(f"the output directory {self.out_dir} was removed or replaced during the run, so this "
                              "run no longer holds its lock (another run may be writing it now); it stops without "
                              "writing the tables")


def open_store(out_dir: Path) -> Store:
    path = out_dir / STATE_DIR / DB_NAME
    try:
        store = Store(out_dir)
    except sqlite3.DatabaseError as error:
        raise manifest_error(path, error) from None
    try:
        store.check()
    except sqlite3.DatabaseError as error:
        store.close()
        raise manifest_error(path, error) from None
    return store


def manifest_error(path: Path, error: sqlite3.DatabaseError):
    """The error for a manifest that cannot be used: not writable (a usage error), or damaged."""
    message = str(error)
    if isinstance(error, sqlite3.OperationalError) and any(
            phrase in message for phrase in ("readonly", "unable to open", "disk I/O error", "permission")):
        return OutputError(f"cannot write the manifest {path}: {message}")
    return ManifestError(
        f"the manifest {path} is damaged ({message}). Move it away (mv {path} {path}.damaged) and run again: "
        "every document is then processed again and the tables rebuilt")


def prepare_output(out_dir: Path) -> None:
    """Create OUT and OUT/.nerpipe, and make sure both can be written (the tables go to one, the manifest to
    the other): a :class:`OutputError` now rather than after the documents are processed."""
    for directory in (out_dir, out_dir / STATE_DIR):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            probe = directory / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise OutputError(f"cannot write to output directory {out_dir}: "
                              f"{directory}: {error.strerror or error}") from None
    effective = os.access in os.supports_effective_ids  # check as the user the run acts as
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        path = out_dir / STATE_DIR / name
        if path.exists() and not os.access(path, os.R_OK | os.W_OK, effective_ids=effective):
            raise OutputError(f"cannot write to output directory {out_dir}: {path}: Permission denied")
