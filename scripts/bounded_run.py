"""The seeds and a set of pathological inputs, processed under a memory limit (`ulimit -v`).

Builds a folder holding the seeds plus inputs that once took nerpipe's memory or time without
bound: a list of 6 000 lines with no punctuation, quotes nested 20 000 deep, one title word
repeated 45 000 times, 6 000 dates separated by commas, a directory nested 1 000 levels deep,
a corrupt article table and a FIFO. Then runs ``nerpipe run`` on it with the address space of
the command and every worker limited (``RLIMIT_AS``, as ``ulimit -v`` sets it; 3 GiB unless
told otherwise), and checks that:

- the run finishes (exit 0 or 1, never killed), every pathological input being a
  per-document error or processed;
- the seeds' tables equal those of a run over the seeds alone, row for row.

Usage: python scripts/bounded_run.py [--limit-gb 3] [--workers 2] [--workdir DIR]   (prints JSON)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NERPIPE = [sys.executable, "-m", "nerpipe"]


def write_pathological(folder: Path) -> dict[str, str]:
    """The pathological inputs, by the name they get in ``documents.path`` (or its first part)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "list.txt": "\n".join(f"Сергей Лесков {n % 90 + 10} голосов" for n in range(6000)),
        "quotes.txt": "«" * 20000 + "Вектор" + "»" * 20000,
        "titles.txt": " ".join(["заместитель"] * 45000),
        "dates.txt": ", ".join(f"{1 + n % 28} мая {2000 + n % 20} года" for n in range(6000)),
    }
    for name, text in made.items():
        (folder / name).write_text(text, encoding="utf-8")
    deep = folder / "deep"
    path = deep
    deep.mkdir()
    for _ in range(1000):  # os.makedirs recurses: too deep for it
        path = path / "d"
        path.mkdir()
    (path / "bottom.txt").write_text("Губернатор Энской области открыл форум.", encoding="utf-8")
    (folder / "broken.csv").write_bytes(b'id,text\n1,"an unterminated quote\n2,\xff\xfe\x00\x00')
    os.mkfifo(folder / "pipe.txt")
    return {**{name: "text" for name in made}, "deep": "directory 1 000 levels deep", "broken.csv": "corrupt table",
            "pipe.txt": "FIFO"}


def limited(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def run(corpus: Path, out: Path, workers: int, limit: int | None) -> dict:
    args = NERPIPE + ["run", str(corpus), "--out", str(out), "--workers", str(workers), "--json", "-q"]
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, preexec_fn=limited(limit) if limit else None)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else None
    return {"exit_code": done.returncode, "seconds": round(seconds, 1), "summary": summary,
            "max_rss_mb_of_any_child": round(usage.ru_maxrss / 1024, 1), "stderr_tail": done.stderr[-2000:]}


def documents(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = pq.read_table(out / "documents.parquet", columns=["path", "status", "error"]).to_pylist()
    return [{**row, "error": (row["error"] or "")[:160]} for row in rows]


def seeds_equal(alone: Path, mixed: Path) -> dict:
    """Each table of the mixed run, restricted to the seeds' documents, against the seeds-only run."""
    import pyarrow.parquet as pq

    seeds = set(pq.read_table(alone / "documents.parquet", columns=["doc_id"]).column("doc_id").to_pylist())
    verdict = {}
    for path in sorted(alone.glob("*.parquet")):
        where = [c for c in ("root", "path", "processed_at") if c in pq.read_schema(path).names]  # where, not what
        old = pq.read_table(path).drop_columns(where)
        new = pq.read_table(mixed / path.name).drop_columns(where)
        if "doc_id" in old.column_names:
            new = new.filter([d in seeds for d in new.column("doc_id").to_pylist()])
            key = sorted(old.column_names)
            a = sorted(map(repr, old.select(key).to_pylist()))
            b = sorted(map(repr, new.select(key).to_pylist()))
            verdict[path.stem] = "equal" if a == b else f"DIFFERENT ({len(a)} vs {len(b)} rows)"
        else:  # a corpus-wide table (persons, organizations, locations): the seeds' entities must all be there
            ids = [c for c in old.column_names if c.endswith("_id")][0]
            missing = set(old.column(ids).to_pylist()) - set(new.column(ids).to_pylist())
            verdict[path.stem] = "all present" if not missing else f"{len(missing)} missing"
    return verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit-gb", type=float, default=3.0, help="address space of each process, GiB")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nerpipe-bounded-"))
    try:
        corpus = work / "input"
        shutil.copytree(ROOT / "seeds", corpus / "seeds")
        kinds = write_pathological(corpus / "bad")
        limit = int(args.limit_gb * 2**30)
        mixed = run(corpus, work / "out", args.workers, limit)
        alone = run(ROOT / "seeds", work / "out-seeds", args.workers, None)
        result = {"limit_gb": args.limit_gb, "workers": args.workers, "inputs": kinds, "run": mixed,
                  "seeds_alone_exit_code": alone["exit_code"],
                  "documents": documents(work / "out") if (work / "out" / "documents.parquet").exists() else None,
                  "seeds_tables": seeds_equal(work / "out-seeds", work / "out")
                  if (work / "out" / "documents.parquet").exists() else None}
    finally:
        if not args.workdir:
            subprocess.run(["rm", "-rf", str(work)], check=False)  # rmtree recurses: too deep for it
    print(json.dumps(result, ensure_ascii=False, indent=2))
    ok = mixed["exit_code"] in (0, 1) and result["seeds_tables"] and all(
        v in ("equal", "all present") for v in result["seeds_tables"].values())
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
