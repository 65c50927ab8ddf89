"""The benchmark behind `make bench` and `make bench-quick`.

It builds corpora by repeating the factRu development texts and the seeds with
small changes, then measures, in one run:

- the reference: plain natasha in this process (Segmenter, NewsMorphTagger,
  NewsSyntaxParser, NewsNERTagger, span normalization, NamesExtractor on PER
  spans, DatesExtractor on the text) — docs/s on the first corpus;
- ``nerpipe run`` end to end (a subprocess: start-up, models, processing,
  Parquet) with 1 worker and with all cores — docs/s and the ratio to the
  reference; peak RSS of every process (parent and workers), sampled;
- on the largest corpus: peak RSS again, and the time of a re-run with nothing
  changed;
- the dask engine (a LocalCluster) on the first corpus: its tables must equal
  the local engine's row for row, ids included.

With ``--table-rows 10000,100000`` it measures instead one article table (CSV, or
Parquet with ``--table-format parquet``) of each size through ``nerpipe run``: rows
of two sentences of the same texts (so that few are near-duplicates), peak RSS of
the parent and the workers, then a re-run with nothing changed and one after
editing one row, deleting one and adding one.

Usage: python scripts/bench.py --sizes 1000,10000 [--workdir DIR] [--json FILE]
       python scripts/bench.py --table-rows 10000,100000 [--table-format csv|parquet] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "factru_dev.jsonl"
NERPIPE = [sys.executable, "-m", "nerpipe"]
TABLES = ("documents", "mentions", "persons", "organizations", "locations", "positions", "dates")


def load_base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if EVAL.exists():
        with open(EVAL, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def vary(text: str, index: int) -> str:
    """A small change that makes every document distinct: a numbered line, and one word moved."""
    lines = text.split("\n")
    if len(lines) > 2 and index % 3 == 1:
        lines[-1], lines[-2] = lines[-2], lines[-1]
    return "\n".join(lines) + f"\n\nМатериал № {index + 1}.\n"


def build_corpus(directory: Path, size: int, base: list[str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for index in range(size):
        sub = directory / f"{index // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{index:06d}.txt").write_text(vary(base[index % len(base)], index), encoding="utf-8")
    return directory


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
        while True:
            first = rng.randrange(len(pool))
            low = bisect.bisect_left(lengths, lengths[first] * 0.8)
            high = bisect.bisect_right(lengths, lengths[first] * 1.25)
            second = rng.randrange(low, high)
            pair = (min(first, second), max(first, second))
            if first != second and pair not in used:
                used.add(pair)
                break
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


def run_reference(texts: list[str]) -> dict:
    from natasha import (
        PER,
        DatesExtractor,
        Doc,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    segmenter = Segmenter()
    vocab = MorphVocab()
    embedding = NewsEmbedding()
    morph_tagger = NewsMorphTagger(embedding)
    syntax_parser = NewsSyntaxParser(embedding)
    ner_tagger = NewsNERTagger(embedding)
    names = NamesExtractor(vocab)
    dates = DatesExtractor(vocab)
    started = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.parse_syntax(syntax_parser)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(vocab)
            if span.type == PER:
                span.extract_fact(names)
        list(dates(text))
    seconds = time.perf_counter() - started
    return {"docs": len(texts), "seconds": round(seconds, 2), "docs_per_s": round(len(texts) / seconds, 2)}


class PeakRss:
    """Samples the RSS of a process and its descendants; keeps each process's peak."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peaks: dict[int, tuple[str, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.Error:
                break
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    role = "parent" if proc.pid == self.root.pid else "worker"
                except psutil.Error:
                    continue
                if rss > self.peaks.get(proc.pid, ("", 0))[1]:
                    self.peaks[proc.pid] = (role, rss)
            time.sleep(self.interval)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        parent = [rss for role, rss in self.peaks.values() if role == "parent"]
        workers = [rss for role, rss in self.peaks.values() if role == "worker"]
        mb = 1024 * 1024
        return {
            "parent_mb": round(max(parent) / mb, 1) if parent else None,
            "worker_max_mb": round(max(workers) / mb, 1) if workers else None,
            "processes": len(self.peaks),
        }


def run_nerpipe(corpus: Path, out: Path, workers: int, engine: str = "local", full: bool = False) -> dict:
    args = NERPIPE + ["run", str(corpus), "--out", str(out), "--workers", str(workers), "--engine", engine,
                      "--json", "-q"]
    if full:
        args.append("--full")
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = PeakRss(proc.pid)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    memory = sampler.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"nerpipe run failed ({proc.returncode}): {stderr[-2000:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    return {
        "workers": workers, "engine": engine, "seconds": round(seconds, 2),
        "docs_per_s": round(summary["processed"] / seconds, 2) if summary["processed"] else None,
        "processed": summary["processed"], "exit_code": proc.returncode, "rows": summary["rows"], **memory,
    }


def compare_tables(a: Path, b: Path) -> dict:
    import pandas as pd

    differences = {}
    for name in TABLES:
        left = pd.read_parquet(a / f"{name}.parquet")
        right = pd.read_parquet(b / f"{name}.parquet")
        if name == "documents":
            left = left.drop(columns=["processed_at", "root"])
            right = right.drop(columns=["processed_at", "root"])
        keys = list(left.columns)
        left = left.astype(str).sort_values(keys).reset_index(drop=True)
        right = right.astype(str).sort_values(keys).reset_index(drop=True)
        differences[name] = "equal" if left.equals(right) else f"DIFFERENT ({len(left)} vs {len(right)} rows)"
    return differences


def _bench_corpora(results: dict, work: Path, sizes: list[int], first: int, cores: int, base: list[str],
                   args) -> None:
    corpus = build_corpus(work / f"corpus{first}", first, base)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    print(f"reference natasha on {first} documents …", file=sys.stderr)
    results["reference"] = run_reference(texts)
    print("nerpipe, 1 worker …", file=sys.stderr)
    one = run_nerpipe(corpus, work / "out1", 1)
    print(f"nerpipe, {cores} workers …", file=sys.stderr)
    many = run_nerpipe(corpus, work / "outN", cores)
    reference = results["reference"]["docs_per_s"]
    one["ratio_to_reference"] = round(one["docs_per_s"] / reference, 2)
    many["ratio_to_reference"] = round(many["docs_per_s"] / reference, 2)
    many["ratio_to_1_worker"] = round(many["docs_per_s"] / one["docs_per_s"], 2)
    results[f"nerpipe_{first}"] = {"1_worker": one, f"{cores}_workers": many}
    if not args.skip_dask:
        print("dask engine (LocalCluster) …", file=sys.stderr)
        dask = run_nerpipe(corpus, work / "outD", cores, engine="dask")
        dask["tables_vs_local"] = compare_tables(work / "outN", work / "outD")
        results["dask"] = dask
    for size in sizes[1:]:
        corpus = build_corpus(work / f"corpus{size}", size, base)
        print(f"nerpipe, {cores} workers, {size} documents …", file=sys.stderr)
        big = run_nerpipe(corpus, work / f"out{size}", cores)
        print("unchanged re-run …", file=sys.stderr)
        rerun = run_nerpipe(corpus, work / f"out{size}", cores)
        results[f"nerpipe_{size}"] = {f"{cores}_workers": big, "unchanged_rerun": rerun}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, the first one for speed")
    parser.add_argument("--workdir", default=None, help="where to build corpora (default: a temporary directory)")
    parser.add_argument("--json", dest="json_path", default=None, help="also write the figures as JSON here")
    parser.add_argument("--skip-dask", action="store_true", help="do not run the dask engine")
    parser.add_argument("--table-rows", default=None, help="measure article tables of these row counts instead")
    parser.add_argument("--table-format", default="csv", choices=["csv", "parquet"])
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = len(os.sched_getaffinity(0))
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nerpipe-bench-"))
    base = load_base_texts()
    results: dict = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {cores} cores, Python {platform.python_version()}",
        "command": "make bench" if sizes == [1000, 10000] else f"python scripts/bench.py --sizes {args.sizes}",
        "base_texts": len(base),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        if args.table_rows:
            results["command"] = (f"python scripts/bench.py --table-rows {args.table_rows} "
                                  f"--table-format {args.table_format}")
            results["tables"] = bench_tables(work, [int(n) for n in args.table_rows.split(",")], args.table_format,
                                             cores, base)
            sizes = []
        if sizes:
            _bench_corpora(results, work, sizes, sizes[0], cores, base, args)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(results, ensure_ascii=False, indent=2)
    if args.json_path:
        Path(args.json_path).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
