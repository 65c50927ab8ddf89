"""Incrementality: which files must be read again, and which contents count as done.

Unchanged files (same size and modification time, or same content) are not processed
again, moved or renamed files keep their rows, removed files leave the tables, and a
newer pipeline version reprocesses everything. An input directory that is suddenly
empty (a share that is not mounted) is refused rather than taken for the deletion of
every document.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from ..errors import DocumentError, UsageError
from ..formats import ColumnMap
from ..read import Source, printable, stat_source
from ..store import FileState, Store, now_iso
from .summary import RunSummary


class Done:
    """Which contents have a result that counts for this run: of this pipeline version, and made by this run
    when every document is to be processed again (``full``). Asked of the manifest, so that memory does not
    grow with the number of documents."""

    def __init__(self, store: Store, version: str, run_id: str, full: bool):
        self.store, self.version, self.run_id = store, version, run_id
        self.only_run = run_id if full else None

    def __contains__(self, sha256: str) -> bool:
        return self.store.has_result(sha256, self.version, self.only_run)

    def among(self, shas: list[str]) -> set[str]:
        """Those of ``shas`` that are done (one query for many)."""
        return self.store.with_results(shas, self.version, self.only_run)

    def all_rows(self, root: str, path: str) -> bool:
        """Whether every row of a table (or page of an archive) the manifest holds has a result that counts."""
        return self.store.rows_done(root, path, self.version, self.only_run)


def table_options(columns: ColumnMap) -> str:
    """How tables are read in this run (the column mapping), as recorded with each table file."""
    return json.dumps(columns.given(), ensure_ascii=False, sort_keys=True)


def refuse_emptied_roots(store: Store, inputs: list, sources: list[Source], problems: list) -> None:
    """A :class:`UsageError` when an input directory now holds no document while the tables hold some from it:
    a share that is not mounted, a disk not attached. Removing them all takes ``--allow-empty``."""
    found = {s.root for s in sources} | {s.root for s, _ in problems}
    held = store.files_by_root()
    for raw in inputs:
        if not Path(raw).is_dir():
            continue
        root = printable(str(Path(raw).resolve()))
        if root not in found and held.get(root):
            raise UsageError(
                f"input directory {root} holds no document now, but the tables hold {held[root]} from it "
                "(a share that is not mounted?); nothing was changed. If they should all be removed, run again "
                "with --allow-empty")


def plan_files(store: Store, known: dict, done: Done, sources: list[Source], problems: list, summary: RunSummary,
          options: str) -> list[tuple[Source, os.stat_result]]:
    """Record what the inputs are now; return the files that must be read (new, or changed by their status).

    Files no longer among the inputs leave the manifest (with their rows, for a table), but
    their results stay until the end of the run: a moved or renamed file is read under its
    new name, and its content (or each of its rows) is recognized.

    A table or archive whose size and modification time are those recorded, that was read to
    its end with the same column mapping and whose every row has a result, is not read again.
    """
    keep = {(s.root, s.path) for s in sources} | {(s.root, s.path) for s, _ in problems}
    summary.removed = store.forget_files(set(known) - keep)

    states = [FileState(s.root, s.path, None, None, None, reason, now_iso()) for s, reason in problems]
    seen = []  # (source, its status now, what the manifest holds of it when size and time are unchanged)
    for source in sources:
        previous = known.get((source.root, source.path))
        try:
            st = stat_source(source)
        except DocumentError as error:
            states.append(FileState(source.root, source.path, None, None, None, str(error), now_iso()))
            continue
        same = (previous is not None and not previous.error and previous.size == st.st_size
                and previous.mtime_ns == st.st_mtime_ns)
        seen.append((source, st, previous if same else None))
    finished = done.among([p.sha256 for _s, _st, p in seen if p is not None and not p.container and p.sha256])
    candidates = []
    for source, st, previous in seen:
        if previous is not None:
            if not previous.container and previous.sha256 in finished:
                summary.unchanged += 1
                continue
            if (previous.container and previous.complete and previous.options == options
                    and done.all_rows(source.root, source.path)):
                summary.unchanged += store.count_rows(source.root, source.path)
                continue
        candidates.append((source, st))
    store.put_files([s for s in states if state_changed(s, known.get((s.root, s.path)))])
    return candidates


def state_changed(state: FileState, previous: FileState | None) -> bool:
    if previous is None:
        return True
    return _comparable(state) != _comparable(previous)


def _comparable(state: FileState) -> tuple:
    return replace(state, checked_at="").values()
