"""Article tables through ``nerpipe run``: memory and incrementality by rows (`make bench-tables`).

Builds one article table (CSV, or Parquet with ``--table-format parquet``) of each size given,
rows of two sentences of the seeds and development texts (so that few rows are near-duplicates),
and measures with ``nerpipe run`` (all cores): wall time and peak RSS of the parent and each
worker, then a re-run with nothing changed, and one after editing one row, deleting one and
adding one (2 rows to process). The figures are printed as JSON.

Usage: python scripts/bench_tables.py [--table-rows 10000,100000] [--table-format csv|parquet] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import load_average, load_base_texts, machine, run_nerpipe  # noqa: E402


def sentence_pool(base: list[str]) -> list[str]:
    """The sentences of the base texts that read as sentences of news (30 to 300 characters, one line)."""
    from razdel import sentenize

    pool = []
    for text in base:
        for line in text.split("\n"):
            pool += [s.text for s in sentenize(line) if 30 <= len(s.text) <= 300 and s.text[-1] in ".!?"]
    return sorted(set(pool))


def table_rows(count: int, pool: list[str], seed: int = 1):
    """Rows of an article table: two sentences of the pool each (a short item of news), with a title, a date
    and a source.

    The two sentences are of about the same length and no two rows draw the same pair, so that two rows
    sharing a sentence share about a third of their text: they are distinct items, not near-duplicates
    (with sentences of any length, a row would copy every other row that has its long sentence).
    """
    import bisect
    import random

    rng = random.Random(seed)
    pool = sorted(pool, key=len)
    lengths = [len(sentence) for sentence in pool]
    used: set[tuple[int, int]] = set()
    for index in range(count):
        for _attempt in range(10_000):
            first = rng.randrange(len(pool))
            low = bisect.bisect_left(lengths, lengths[first] * 0.8)
            high = bisect.bisect_right(lengths, lengths[first] * 1.25)
            second = rng.randrange(low, high)
            pair = (min(first, second), max(first, second))
            if first != second and pair not in used:
                used.add(pair)
                break
        else:
            raise SystemExit(f"{len(pool)} sentences make no {count} distinct rows: is ../shared/eval beside the "
                             "checkout?")
        text = f"{pool[first]} {pool[second]}"
        yield {"id": index + 1, "title": f"Сообщение {index + 1}", "text": text,
               "date": f"2023-{1 + index % 12:02d}-{1 + index % 28:02d}", "source": "Мониторинг"}


def write_table(path: Path, rows) -> Path:
    """Write rows as CSV or Parquet (by the path's extension), streaming."""
    import csv

    rows = iter(rows)
    if path.suffix == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as handle:
            first = next(rows)
            writer = csv.DictWriter(handle, fieldnames=list(first))
            writer.writeheader()
            writer.writerow(first)
            writer.writerows(rows)
        return path
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    while True:
        batch = [row for _, row in zip(range(10_000), rows)]
        if not batch:
            break
        table = pa.Table.from_pylist(batch)
        writer = writer or pq.ParquetWriter(path, table.schema)
        writer.write_table(table)
    writer.close()
    return path


def edit_table(path: Path, pool: list[str]) -> None:
    """Edit the 10th row, delete the 20th and add one at the end (what a re-run must process: 2 rows)."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str) if path.suffix == ".csv" else pd.read_parquet(path)
    frame.loc[9, "text"] = frame.loc[9, "text"] + " Дополнено редакцией."
    frame = frame.drop(index=19)
    added = next(table_rows(1, pool, seed=len(frame) + 7))
    frame = pd.concat([frame, pd.DataFrame([{**added, "id": len(frame) + 2}]).astype(frame.dtypes.to_dict())])
    write_table(path, frame.to_dict("records"))


def bench_tables(work: Path, sizes: list[int], fmt: str, workers: int, base: list[str]) -> dict:
    pool = sentence_pool(base)
    results: dict = {"format": fmt, "sentences": len(pool)}
    for size in sizes:
        folder = work / f"table{size}"
        folder.mkdir(parents=True, exist_ok=True)
        table = write_table(folder / f"articles.{fmt}", table_rows(size, pool))
        chars = sum(len(row["text"]) for row in table_rows(size, pool))
        out = work / f"out_table{size}"
        print(f"nerpipe, {workers} workers, a table of {size} rows …", file=sys.stderr)
        first = run_nerpipe(folder, out, workers)
        print("unchanged re-run …", file=sys.stderr)
        rerun = run_nerpipe(folder, out, workers)
        edit_table(table, pool)
        print("re-run after editing, deleting and adding a row …", file=sys.stderr)
        edited = run_nerpipe(folder, out, workers)
        results[f"rows_{size}"] = {"file_mb": round(table.stat().st_size / 2**20, 1),
                                   "mean_chars": round(chars / size), "run": first, "unchanged_rerun": rerun,
                                   "edited_rerun": edited}
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table-rows", default="10000,100000", help="row counts of the tables")
    parser.add_argument("--table-format", default="csv", choices=["csv", "parquet"])
    parser.add_argument("--workdir", default=None, help="where to build tables (default: a temporary directory)")
    parser.add_argument("--json", dest="json_path", default=None, help="also write the figures as JSON here")
    args = parser.parse_args()
    from datetime import datetime, timezone

    cores = len(os.sched_getaffinity(0))
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nerpipe-bench-tables-"))
    results = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
               "command": f"python scripts/bench_tables.py --table-rows {args.table_rows} "
                          f"--table-format {args.table_format}", "load_before": load_average()}
    try:
        results["tables"] = bench_tables(work, [int(n) for n in args.table_rows.split(",")], args.table_format,
                                         cores, load_base_texts())
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    results["load_after"] = load_average()
    text = json.dumps(results, ensure_ascii=False, indent=2)
    if args.json_path:
        Path(args.json_path).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
