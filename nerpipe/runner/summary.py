"""What a run did: :class:`RunSummary`, the counts the command line prints and ``--json`` emits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..errors import EXIT_OK, EXIT_SOME_FAILED
from ..store import Store


@dataclass
class RunSummary:
    out: str
    docs_seen: int = 0
    processed: int = 0
    unchanged: int = 0
    failed: int = 0
    removed: int = 0
    tables_written: bool = False
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1
    failures: list[dict] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def to_dict(self) -> dict:
        data = asdict(self)
        data["exit_code"] = self.exit_code
        return data


def collect_failures(store: Store, summary: RunSummary) -> None:
    summary.failures = [{"path": path, "error": error} for path, error in store.failures()]
    summary.failed = len(summary.failures)
