"""The progress bar: on a terminal, and only there; never with -q (cron runs stay silent)."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

from .conftest import SEEDS

SEED = SEEDS / "002_0fd452f43800592d.txt"
BAR = re.compile(rb"\d+/1 \[")  # tqdm's "0/1 [00:00<?, ?doc/s]"


def run_nerpipe(out, *options, tty: bool) -> bytes:
    """``nerpipe run`` on one seed in a child process; returns what it wrote to stderr."""
    command = [sys.executable, "-m", "nerpipe", "run", str(SEED), "--out", str(out), "--workers", "1", *options]
    if not tty:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        return done.stderr
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    try:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        returncode = process.wait(timeout=300)
    assert returncode == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks)


def test_a_terminal_gets_a_progress_bar(tmp_path):
    stderr = run_nerpipe(tmp_path / "out", tty=True)
    assert BAR.search(stderr), stderr


def test_quiet_on_a_terminal_prints_nothing(tmp_path):
    assert run_nerpipe(tmp_path / "out", "-q", tty=True) == b""


def test_no_terminal_no_progress_bar(tmp_path):
    stderr = run_nerpipe(tmp_path / "out", tty=False)
    assert b"reading 1 new or changed files" in stderr  # the log is there
    assert not BAR.search(stderr) and b"\r" not in stderr, stderr
