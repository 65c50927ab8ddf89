"""Errors and the exit codes they map to (see the README's "Running from cron")."""

from __future__ import annotations

EXIT_OK = 0  # every document processed (or nothing to do)
EXIT_SOME_FAILED = 1  # some documents failed; the rest are written
EXIT_USAGE = 2  # bad command line or input path
EXIT_INTERNAL = 70  # a bug or an environment problem (EX_SOFTWARE)
EXIT_LOCKED = 75  # another run holds the output directory's lock (EX_TEMPFAIL)


class NerpipeError(Exception):
    """Base class of the errors nerpipe raises on purpose."""

    exit_code = EXIT_INTERNAL


class UsageError(NerpipeError):
    """The command line or the input paths are wrong; nothing was processed."""

    exit_code = EXIT_USAGE


class LockedError(NerpipeError):
    """Another run holds the lock of the output directory."""

    exit_code = EXIT_LOCKED


class OutputError(NerpipeError):
    """The output directory cannot be written."""

    exit_code = EXIT_USAGE


class ManifestError(NerpipeError):
    """The manifest (``OUT/.nerpipe/state.sqlite``) is damaged; the message says what to do."""

    exit_code = EXIT_INTERNAL


class WriteError(NerpipeError):
    """Writing the tables failed midway (a full disk, an I/O error); the previous tables are unchanged."""

    exit_code = EXIT_INTERNAL


class DocumentError(Exception):
    """One document cannot be processed; the message is one line for the ``documents.error`` column."""


class DocumentTimeout(BaseException):
    """Processing one document took longer than the per-document limit.

    It derives from :class:`BaseException`, like :class:`KeyboardInterrupt`, so that
    no ``except Exception`` inside a stage or a library can swallow it.
    """
