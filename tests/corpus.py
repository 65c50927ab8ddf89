"""Corpora built in temporary directories for the reliability tests, and ways to run nerpipe on them."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from .conftest import ROOT, SEEDS

STAMP_KEY = b"nerpipe.state"


def paragraphs() -> list[str]:
    """The paragraphs of the seed articles long enough to hold names, titles and places."""
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        found += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 200]
    return found


def article(number: int) -> str:
    """A short article: a seed paragraph and a line that makes its content unique."""
    texts = paragraphs()
    return f"{texts[number % len(texts)]}\nМатериал № {number}.\n"


def write_articles(directory: Path, count: int, start: int = 0) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(start, start + count):
        path = directory / f"a{number:04d}.txt"
        path.write_text(article(number), encoding="utf-8")
        written.append(path)
    return written


def write_held_articles(directory: Path, count: int) -> list[Path]:
    """Articles of which the last holds a run started with the ``hold`` fault (tests/drive_nerpipe.py)."""
    from .drive_nerpipe import HOLD_MARK

    paths = write_articles(directory, count)
    paths[-1].write_text(paths[-1].read_text(encoding="utf-8") + HOLD_MARK, encoding="utf-8")
    return paths


def png_bytes() -> bytes:
    """A valid 1×1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + \
        chunk(b"IEND", b"")


def nerpipe_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "nerpipe", *args]


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


def run_nerpipe(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``nerpipe ARGS`` in a new process, as cron would start it."""
    return subprocess.run(nerpipe_command(*args), capture_output=True, text=True, timeout=timeout,
                          env=subprocess_env(), cwd=ROOT)


def read_tables(out: Path) -> dict:
    import pandas as pd

    from nerpipe.schema import TABLES

    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def comparable(tables: dict) -> dict:
    """The tables without the columns that record when a run happened, rows in a canonical order."""
    import numpy as np

    result = {}
    for name, frame in tables.items():
        frame = frame.drop(columns=[c for c in ("processed_at",) if c in frame.columns])
        frame = frame.map(lambda v: tuple(v) if isinstance(v, np.ndarray) else v)
        result[name] = frame.sort_values(list(frame.columns)).reset_index(drop=True)
    return result


def assert_same_tables(left: dict, right: dict) -> None:
    import pandas.testing

    a, b = comparable(left), comparable(right)
    assert set(a) == set(b)
    for name in a:
        pandas.testing.assert_frame_equal(a[name], b[name], obj=name)


def table_stamps(out: Path) -> dict[str, bytes | None]:
    """The manifest state every table was built from (its Parquet metadata)."""
    import pyarrow.parquet as pq

    from nerpipe.schema import TABLES

    return {name: (pq.ParquetFile(out / f"{name}.parquet").metadata.metadata or {}).get(STAMP_KEY)
            for name in TABLES}


def stored_results(out: Path) -> int:
    """How many per-document results the manifest holds (read-only, safe while a run writes)."""
    import sqlite3

    path = out / ".nerpipe" / "state.sqlite"
    if not path.exists():
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:  # the tables are not created yet
        return 0
    finally:
        db.close()


@contextmanager
def unprivileged():
    """Run the block as an ordinary user, so that file permissions apply (they do not to root).

    As root the effective uid and gid become ``nobody``'s for the block; the
    files the block touches must then be reachable by anyone.
    """
    if os.geteuid() != 0:
        yield
        return
    # nobody may not be able to read the checkout or the Python installation (a private directory):
    # import now what the run imports on first use, here and in the worker processes it forks
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import filelock  # noqa: F401
    import threadpoolctl  # noqa: F401

    import nerpipe.cli  # noqa: F401
    import nerpipe.runner  # noqa: F401

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        pool.submit(int).result()
    from nerpipe.pipeline import process_document

    for number in range(4):  # the stages import parts of their libraries on first use
        process_document(article(number).encode())
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def start_nerpipe(control: Path, fault: str, *args: str) -> subprocess.Popen:
    """``nerpipe ARGS`` in a new process with a fault planted (see tests/drive_nerpipe.py)."""
    control.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "tests.drive_nerpipe", str(control), fault, *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=subprocess_env(), cwd=ROOT)


def wait_for(condition, what: str, timeout: float = 180.0, process: subprocess.Popen | None = None) -> None:
    """Poll ``condition()`` until it holds; fail after ``timeout`` s or when ``process`` ends first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the run ended ({process.returncode}) before {what}: {process.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def kill_and_reap(process: subprocess.Popen) -> list[int]:
    """SIGKILL ``process``; return the pids of its children at that moment."""
    import psutil

    children = [child.pid for child in psutil.Process(process.pid).children(recursive=True)]
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    return children


def alive(pids: list[int]) -> list[int]:
    import psutil

    living = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                living.append(pid)
        except psutil.NoSuchProcess:
            pass
    return living
