"""Read each new or changed file once, hash it once, and hand the engine only contents never processed.

A table or web archive holds many documents, one per row or page: it is streamed,
and each row is a document of its own (changed rows are processed again, removed
rows leave the tables, unchanged rows are skipped), in bounded memory however many
rows it has. Each result goes to the manifest in its own transaction as soon as the
document is finished.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from ..engines import Limits, WorkItem, error_result
from ..errors import DocumentError
from ..formats import ColumnMap, Kind, iter_records, read_head, sniff_kind
from ..formats.sniff import TEXT
from ..read import Source, hash_bytes, make_doc_id, open_source, read_contents
from ..store import FileState, Store, Stored, now_iso
from .plan import Done, state_changed, table_options
from .summary import RunSummary


@dataclass
class Container:
    """A table or archive being read: its rows still waiting for a result, and how its reading ended."""

    state: FileState
    waiting: int = 0
    finished: bool = False


class Reader:
    """Read each candidate once, hash it once, and hand the engine only contents never processed.

    A file is opened once (``open_source``), its kind sniffed from its first bytes, and
    then either read whole (a single document: its bytes go to a worker) or streamed (a
    table or archive: each row goes to a worker). A document whose content has a result
    already (touched, copied, moved; an unchanged row) is recorded at once; documents with
    the same new content wait for its one result. A table's own state (size, modification
    time, read to the end) is recorded only once every row read from it has its result, so
    that a run killed halfway reads it again.
    """

    FLUSH_EVERY = 500

    def __init__(self, store: Store, candidates, known: dict, done: Done, summary: RunSummary, limits: Limits,
                 columns: ColumnMap, version: str, bar=None):
        self.store, self.candidates, self.known, self.done = store, candidates, known, done
        self.summary, self.limits, self.columns, self.version, self.bar = summary, limits, columns, version, bar
        self.options = table_options(columns)
        self.pending: dict[str, list[FileState]] = {}  # content hash -> the documents waiting for its result
        self.containers: dict[tuple[str, str], Container] = {}  # tables with rows waiting for a result
        self.states: list[FileState] = []  # recorded documents, not yet written to the manifest
        self.seen: list[FileState] = []  # rows read, not yet noted as seen in the manifest
        self.failed: list[Stored] = []  # rows that failed as read (malformed), not yet stored

    def items(self):
        for source, st in self.candidates:
            yield from self.read(source, st)
        self.flush()

    def read(self, source: Source, st: os.stat_result):
        """Yield the work items of one file: none, its bytes, or its new rows."""
        try:
            handle = open_source(source)
        except DocumentError as error:
            self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, str(error), now_iso()))
            return
        with handle:
            try:
                kind = sniff_kind(source.path, *read_head(handle))
            except (DocumentError, OSError) as error:
                reason = str(error) if isinstance(error, DocumentError) else f"cannot read file: {error}"
                self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, reason, now_iso()))
                return
            if kind.multi:
                yield from self.read_container(source, handle, kind)
                return
            previous = self.known.get((source.root, source.path))
            if previous is not None and previous.container:
                self.summary.removed += self.store.forget_rows(source.root, source.path)
            item = self.read_whole(source, st, handle, kind)
            if item is not None:
                yield item

    def read_whole(self, source: Source, st: os.stat_result, handle, kind: Kind) -> WorkItem | None:
        """A work item for a single-document file with new content (None: it is recorded, or waits)."""
        if kind.format == TEXT and not kind.gzip:
            limit, option = self.limits.max_bytes, "--max-bytes"
        else:  # a page, a DOCX or a PDF: markup and images besides the text, whose size is checked once extracted
            limit, option = max(self.limits.max_file_bytes, self.limits.max_bytes), "--max-file-bytes"
        try:
            contents = read_contents(handle, limit, option=option)
        except DocumentError as error:
            self.record(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, str(error), now_iso()))
            return None
        sha = hash_bytes(contents.data)
        state = FileState(source.root, source.path, contents.size, contents.mtime_ns, sha, None, now_iso())
        if sha in self.done:
            self.summary.unchanged += 1
            self.record(state)
            return None
        if self.wait(sha, state):
            return None
        return WorkItem(sha, contents.data, kind.format, kind.gzip)

    def read_container(self, source: Source, handle, kind: Kind):
        """Yield a work item for every new row of a table or page of an archive; record the others."""
        from ..pipeline import failed_result

        st = os.fstat(handle.fileno())
        container = Container(FileState(source.root, source.path, st.st_size, st.st_mtime_ns, None, None, now_iso(),
                                         container=True, options=self.options))
        self.containers[(source.root, source.path)] = container
        error = None
        try:
            for seq, record in enumerate(iter_records(handle, kind, self.columns), start=1):
                sha = record.sha256
                row = FileState(source.root, source.path, len(record.data) if record.data is not None else None,
                                None, sha, None, now_iso(), locator=record.locator, seq=seq)
                self.seen.append(row)
                recorded = self.store.row_state(source.root, source.path, record.locator)
                if sha in self.done:
                    self.summary.unchanged += 1
                    if recorded != (sha, seq):
                        self.states.append(row)
                elif record.error is not None:  # a malformed row: its failure is its result
                    self.failed.append(Stored(sha, failed_result(make_doc_id(sha), record.error), now_iso()))
                    self.states.append(row)
                    self.summary.processed += 1
                else:  # new content: it goes to a worker, unless the same content is on its way already
                    container.waiting += 1
                    if not self.wait(sha, row):
                        yield WorkItem(sha, record=record)
                    continue  # counted when its result comes
                self.tick()
        except DocumentError as problem:
            error = str(problem)
        except Exception as problem:  # noqa: BLE001 - a reader's bug on this file: the file fails, not the run
            error = f"cannot read the file: {type(problem).__name__}: {' '.join(str(problem).split())[:200]}"
        container.state = replace(container.state, error=error, complete=error is None)
        container.finished = True
        self.close_container(container)

    def wait(self, sha: str, state: FileState) -> bool:
        """Note a document whose content is new; True when the same content is already on its way."""
        if sha in self.pending:
            self.pending[sha].append(state)
            return True
        self.pending[sha] = [state]
        return False

    def record(self, state: FileState) -> None:
        """Record a document (or file) that needs no processing, when its state is new."""
        if state.locator or state_changed(state, self.known.get((state.root, state.path))):
            self.states.append(state)
        self.tick()

    def tick(self) -> None:
        if len(self.states) + len(self.seen) >= self.FLUSH_EVERY:
            self.flush()
        if self.bar is not None:
            self.bar.update(1)

    def flush(self) -> None:
        self.store.put_results(self.failed, self.version, run=self.done.run_id)
        self.store.put_files(self.states, seen=self.seen)
        self.states, self.seen, self.failed = [], [], []

    def close_container(self, container: Container) -> None:
        """Once a table is read and every row of it has its result: forget its removed rows, record its state."""
        if not container.finished or container.waiting:
            return
        self.flush()
        state = container.state
        if state.complete:
            self.summary.removed += self.store.forget_unseen_rows(state.root, state.path)
        self.store.put_files([state])
        del self.containers[(state.root, state.path)]

    def store_work(self, work) -> None:
        """Record one finished document with its files, at once (a transaction takes well under a
        millisecond): a killed run loses only the documents that were in flight."""
        result = work.result if work.result is not None else error_result(work.key, work.error)
        files = self.pending.pop(work.key)
        self.flush()  # rows read before it, and their seen marks, go first
        self.store.put_results([Stored(work.key, result, now_iso(), work.text, work.signature)], self.version,
                               files=files, run=self.done.run_id)
        if self.bar is not None:
            self.bar.update(len(files))
        for state in files:
            container = self.containers.get((state.root, state.path)) if state.locator else None
            if container is not None:
                container.waiting -= 1
                self.close_container(container)
