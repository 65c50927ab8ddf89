"""Stream the rows of large article tables through the format layer alone: rows per second and peak memory.

    python scripts/bench_formats.py --rows 100000 --formats csv,parquet,jsonl,xlsx

Each table is written once into a temporary directory (articles of about 1.5 KB with
title, url, date and source columns), then read in a fresh process with
``nerpipe.formats.iter_records`` — every row becomes a Record and its content hash
is computed, as a runner would do — so that the peak resident memory of that
process is the reader's. The NLP pipeline does not run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")  # as the nerpipe command sets it

WORDS = ["губернатор", "область", "форум", "инженер", "технопарк", "кадры", "промышленность", "регион", "министр",
         "поддержка", "грант", "университет", "кластер", "экспорт", "проект", "предприятие", "развитие", "сессия"]


def article(rng: random.Random, i: int) -> dict:
    text = "\n".join(" ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "." for _ in range(5))
    return {"id": i, "title": f"Новость номер {i}", "text": text, "url": f"https://ensk.example/news/{i}",
            "date": f"2023-05-{1 + i % 28:02d}", "source": "Вести Энска"}


def write_tables(directory: Path, rows: int, formats: list[str]) -> dict[str, Path]:
    rng = random.Random(1)
    paths = {}
    if "csv" in formats:
        paths["csv"] = directory / "articles.csv"
        with open(paths["csv"], "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(article(rng, 0)))
            writer.writeheader()
            for i in range(rows):
                writer.writerow(article(rng, i))
    if "jsonl" in formats:
        paths["jsonl"] = directory / "articles.jsonl"
        with open(paths["jsonl"], "w", encoding="utf-8") as handle:
            for i in range(rows):
                handle.write(json.dumps(article(rng, i), ensure_ascii=False) + "\n")
    if "parquet" in formats:
        import pyarrow as pa
        import pyarrow.parquet as pq

        paths["parquet"] = directory / "articles.parquet"
        writer = None
        for start in range(0, rows, 10_000):
            batch = pa.Table.from_pylist([article(rng, i) for i in range(start, min(rows, start + 10_000))])
            writer = writer or pq.ParquetWriter(paths["parquet"], batch.schema)
            writer.write_table(batch)
        writer.close()
    if "xlsx" in formats:
        import openpyxl

        paths["xlsx"] = directory / "articles.xlsx"
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Публикации")
        sheet.append(list(article(rng, 0)))
        for i in range(rows):
            sheet.append(list(article(rng, i).values()))
        workbook.save(paths["xlsx"])
    return paths


def read_one(path: str) -> dict:
    """In this process: stream every record of the table and report rows/s and the peak RSS."""
    from nerpipe.formats import iter_records, sniff_file

    started = time.perf_counter()
    kind = sniff_file(path)
    rows = errors = 0
    for record in iter_records(path, kind):
        record.sha256  # noqa: B018 - the runner hashes every row
        rows += 1
        errors += record.error is not None
    seconds = time.perf_counter() - started
    return {"rows": rows, "errors": errors, "seconds": round(seconds, 2), "rows_per_s": round(rows / seconds),
            "peak_rss_mb": round(peak_rss_kb() / 1024, 1)}


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", default="100000", help="comma-separated table sizes")
    parser.add_argument("--formats", default="csv,jsonl,parquet,xlsx")
    parser.add_argument("--read", help=argparse.SUPPRESS)  # internal: measure one file in this process
    args = parser.parse_args()
    if args.read:
        print(json.dumps(read_one(args.read)))
        return
    formats = args.formats.split(",")
    print(f"{'format':8} {'rows':>8} {'MB':>7} {'seconds':>8} {'rows/s':>8} {'peak RSS MB':>12}")
    for rows in (int(n) for n in args.rows.split(",")):
        with tempfile.TemporaryDirectory(prefix="nerpipe-bench-formats-") as tmp:
            for fmt, path in write_tables(Path(tmp), rows, formats).items():
                out = subprocess.run([sys.executable, __file__, "--read", str(path)], check=True,
                                     capture_output=True, text=True).stdout
                result = json.loads(out)
                size = path.stat().st_size / 1e6
                print(f"{fmt:8} {result['rows']:>8} {size:>7.1f} {result['seconds']:>8} {result['rows_per_s']:>8} "
                      f"{result['peak_rss_mb']:>12}", flush=True)


if __name__ == "__main__":
    main()
