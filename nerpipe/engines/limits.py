"""The limits one document runs under in a worker: a time limit and a memory budget.

- a per-document time limit (SIGALRM, :func:`time_limit`) stops pathological texts;
- a per-document memory budget (a soft address-space limit, :class:`MemoryBudget`)
  makes a document that needs too much memory fail with ``MemoryError`` instead of
  waking the OOM killer.

:class:`Limits` carries them, with the size limits of what is read, to the workers.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from ..errors import DocumentTimeout

try:
    import resource
except ImportError:  # pragma: no cover - not Unix: no memory budget
    resource = None
from ..read import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES

DEFAULT_TIMEOUT = 120.0  # seconds per document: a 50 KB article takes about 1 s, 1 MB of dense text 20 s
# bytes of memory one document may take in its worker, over what the worker holds before it (its models):
# 1 MB of dense text takes about 1 GB
DEFAULT_MAX_MEMORY = 2048 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per document
    # bytes of a plain-text file, and of the text extracted from any other document (a page, a PDF, a row)
    max_bytes: int = DEFAULT_MAX_BYTES
    today: date | None = None  # reference date for weekday-based year inference
    max_memory: int | None = DEFAULT_MAX_MEMORY  # bytes per document in a worker process (None: no budget)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES  # bytes of a web page, DOCX or PDF file


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (main thread of a process only).

    The alarm repeats every second until the block exits, in case a bare
    ``except:`` somewhere in a library swallows the first one.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise DocumentTimeout(f"processing took longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class MemoryBudget:
    """A soft limit on this process's address space for the block: what it uses now plus ``budget`` bytes.

    An allocation beyond it fails with :class:`MemoryError` (and numpy's own), which
    the block's caller turns into an error of the document, instead of the kernel's
    OOM killer ending the process. A lower limit set from outside (``ulimit -v``) is
    kept. Without a budget, or where the limit cannot be set, the block runs unlimited.
    """

    def __init__(self, budget: int | None):
        self.budget = budget
        self.previous: tuple[int, int] | None = None
        self.ours = False  # whether the budget, not a limit from outside, is the one in force

    def __enter__(self) -> MemoryBudget:
        used = _address_space()
        if not self.budget or used is None or resource is None:
            return self
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = used + self.budget
        outside = [value for value in (soft, hard) if value != resource.RLIM_INFINITY]
        self.ours = not outside or limit < min(outside)
        limit = min([limit, *outside])
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError):
            return self
        self.previous = (soft, hard)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            resource.setrlimit(resource.RLIMIT_AS, self.previous)
            self.previous = None

    def describe(self) -> str:
        if self.ours:
            return (f"out of memory: processing needed more than {self.budget // (1024 * 1024)} MB "
                    "(--max-memory)")
        return "out of memory: processing needed more than the process may use (ulimit -v, or the machine's)"


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (None where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
