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

Usage: python scripts/bench.py --sizes 1000,10000 [--workdir DIR] [--json FILE]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, the first one for speed")
    parser.add_argument("--workdir", default=None, help="where to build corpora (default: a temporary directory)")
    parser.add_argument("--json", dest="json_path", default=None, help="also write the figures as JSON here")
    parser.add_argument("--skip-dask", action="store_true", help="do not run the dask engine")
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
    }
    try:
        first = sizes[0]
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
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(results, ensure_ascii=False, indent=2)
    if args.json_path:
        Path(args.json_path).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
