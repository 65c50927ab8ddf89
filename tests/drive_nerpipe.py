"""Run the nerpipe command line with a fault planted at an exact point, for the crash and lock tests.

usage: python -m tests.drive_nerpipe CONTROL_DIR FAULT NERPIPE-ARGUMENTS...

FAULT is one of:

- ``none``: nothing planted;
- ``hold``: a document whose text contains :data:`HOLD_MARK` creates
  ``CONTROL_DIR/held`` and waits until ``CONTROL_DIR/release`` exists, so a test
  knows the run is busy and can act on it (kill it, start another one);
- ``kill-at-close:N``: the process sends itself SIGKILL when the N-th table
  has been written to its temporary file (before any table is replaced);
- ``kill-at-replace:N``: the process sends itself SIGKILL right before the
  N-th table replaces the old one.

Forked workers inherit the planted fault.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

HOLD_MARK = "Материал задержан до сигнала."
HOLD_LIMIT = 300.0  # seconds a held document waits at most


def plant_hold(control: Path) -> None:
    import nerpipe.pipeline

    process_text = nerpipe.pipeline.process_text

    def held_process_text(text, *args, **kwargs):
        if HOLD_MARK in text:
            (control / "held").touch()
            deadline = time.monotonic() + HOLD_LIMIT
            while not (control / "release").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
        return process_text(text, *args, **kwargs)

    nerpipe.pipeline.process_text = held_process_text


def plant_kill_at_close(count: int) -> None:
    import nerpipe.write

    close = nerpipe.write._TableWriter.close
    calls = [0]

    def close_then_maybe_die(self):
        rows = close(self)
        calls[0] += 1
        if calls[0] == count:
            os.kill(os.getpid(), signal.SIGKILL)
        return rows

    nerpipe.write._TableWriter.close = close_then_maybe_die


def plant_kill_at_replace(count: int) -> None:
    replace = os.replace
    calls = [0]

    def maybe_die_then_replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".parquet"):
            calls[0] += 1
            if calls[0] == count:
                os.kill(os.getpid(), signal.SIGKILL)
        return replace(src, dst, *args, **kwargs)

    os.replace = maybe_die_then_replace


def main(argv: list[str]) -> None:
    control, fault, args = Path(argv[0]), argv[1], argv[2:]
    kind, _, number = fault.partition(":")
    if kind == "hold":
        plant_hold(control)
    elif kind == "kill-at-close":
        plant_kill_at_close(int(number))
    elif kind == "kill-at-replace":
        plant_kill_at_replace(int(number))
    elif kind != "none":
        raise SystemExit(f"unknown fault {fault!r}")
    from nerpipe.cli import main as nerpipe_main

    nerpipe_main(args, prog_name="nerpipe")


if __name__ == "__main__":
    main(sys.argv[1:])
