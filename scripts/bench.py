"""The benchmark behind `make bench`, `make bench-quick` and `make bench-verify`.

Corpora (built here at run time from the seeds and ../shared/eval; nothing of them is kept):

- **news**: 450 articles of a few thousand characters, each two or three different base texts
  (the seeds and the factRu development texts) joined, chosen by a seeded generator;
- **repeated** corpora of 1 000 and 10 000 documents: the base texts repeated with small changes.

`make bench` measures, in one run:

- the reference: plain natasha in a process of its own, timed from outside (start-up and model
  loading included): Segmenter, NewsMorphTagger, NewsSyntaxParser, NewsNERTagger, span
  normalization, NamesExtractor on PER spans, DatesExtractor on the text. It runs twice, with the
  numerical library's threads as they come and with one thread; the faster run is the reference;
- ``nerpipe run`` on the news corpus with 1 worker and with 2 (all cores), end to end in a
  subprocess: wall time, docs/s, and the ratio of the reference's wall time to nerpipe's;
- peak RSS of every process (parent and each worker), sampled, on the repeated corpora of
  1 000 and 10 000 documents, and the wall time of an unchanged re-run of the largest;
- the per-stage profile of one worker (CPU seconds of each stage over part of the news corpus);
- the dask engine on the news corpus: its tables must equal the local engine's row for row.

`make bench-verify` (``--verify REV``) runs the news corpus, the development texts and the seeds
through the code of git revision REV and through the working tree, and compares every table row
for row (scripts/compare_tables.py; the pipeline version, which is Parquet metadata, aside).
`--profile-only [--rev REV]` prints only the per-stage profile, of the working tree or of REV.

Usage: python scripts/bench.py [--sizes 1000,10000] [--news 450] [--json FILE] [--record]
       python scripts/bench.py --verify REV
       python scripts/bench.py --profile-only [--rev REV]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from datetime import date, datetime, timezone
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "factru_dev.jsonl"
TODAY = date(2026, 12, 1)  # the reference day of verify runs (weekday-based year inference), fixed
NEWS_SEED = 20161


# -- corpora ---------------------------------------------------------------------------------------


def load_base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts + dev_texts()


def dev_texts() -> list[str]:
    if not EVAL.exists():
        return []
    with open(EVAL, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def news_texts(base: list[str], count: int = 450, seed: int = NEWS_SEED) -> list[str]:
    """``count`` distinct articles of 3 000 to 5 000 characters: each two or three different base texts
    joined, chosen by a seeded generator (the same corpus on every run and machine)."""
    import random

    rng = random.Random(seed)
    texts, seen = [], set()
    while len(texts) < count:
        parts = tuple(rng.sample(range(len(base)), rng.choice((2, 3))))
        if frozenset(parts) in seen:
            continue
        text = "\n\n".join(base[i].strip() for i in parts)
        if 3000 <= len(text) <= 5000:
            seen.add(frozenset(parts))
            texts.append(text + "\n")
    return texts


def write_texts(directory: Path, texts: list[str], stem: str = "news") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(texts):
        (directory / f"{stem}{index:04d}.txt").write_text(text, encoding="utf-8")
    return directory


def vary(text: str, index: int) -> str:
    """A small change that makes every document distinct: a numbered line, and one line moved."""
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


# -- measuring processes -------------------------------------------------------------------------


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


def timed_process(args: list[str], cwd: Path = ROOT, env: dict | None = None) -> tuple[float, float, dict, str]:
    """Run ``args``; its wall time, the CPU time of it and its children, peak RSS, and its stdout."""
    before = os.times()
    started = time.perf_counter()
    # as on a user's machine, Python keeps the byte-code it compiles (an environment that forbids it would
    # make every run compile nerpipe's modules again, for the reference too)
    environ = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                            env={**environ, **(env or {})})
    sampler = PeakRss(proc.pid)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    after = os.times()
    memory = sampler.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:4])} … failed ({proc.returncode}): {stderr[-3000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return seconds, cpu, memory, stdout


# -- the reference: plain natasha ---------------------------------------------------------------


def reference_main(corpus: Path, blas_threads: int | None) -> None:
    """The body of the reference process: plain natasha on every text of ``corpus``, models loaded here."""
    import warnings

    warnings.filterwarnings("ignore")
    if blas_threads:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=blas_threads)
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
    count = spans = 0
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.parse_syntax(syntax_parser)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(vocab)
            if span.type == PER:
                span.extract_fact(names)
        spans += len(doc.spans)
        list(dates(text))
        count += 1
    print(json.dumps({"docs": count, "spans": spans}))


def run_reference(corpus: Path, blas_threads: int | None) -> dict:
    args = [sys.executable, str(Path(__file__).resolve()), "--reference-run", str(corpus)]
    if blas_threads:
        args += ["--blas-threads", str(blas_threads)]
    seconds, cpu, memory, stdout = timed_process(args)
    docs = json.loads(stdout.strip().splitlines()[-1])["docs"]
    return {"blas_threads": blas_threads or "default", "docs": docs, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2), "docs_per_s": round(docs / seconds, 2), "rss_mb": memory["parent_mb"]}


# -- nerpipe ----------------------------------------------------------------------------------------


def run_nerpipe(corpus: Path, out: Path, workers: int, engine: str = "local", full: bool = False) -> dict:
    args = [sys.executable, "-m", "nerpipe", "run", str(corpus), "--out", str(out), "--workers", str(workers),
            "--engine", engine, "--json", "-q"]
    if full:
        args.append("--full")
    seconds, cpu, memory, stdout = timed_process(args)
    summary = json.loads(stdout.strip().splitlines()[-1])
    return {
        "workers": workers, "engine": engine, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
        "docs_per_s": round(summary["processed"] / seconds, 2) if summary["processed"] else None,
        "processed": summary["processed"], "failed": summary["failed"], "exit_code": summary["exit_code"],
        "rows": summary["rows"], **memory,
    }


def compare_outputs(a: Path, b: Path) -> dict:
    """Every table of two output directories compared row for row (scripts/compare_tables.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from compare_tables import RUN_COLUMNS, compare_dirs

    lines = compare_dirs(a, b, RUN_COLUMNS | {"documents.root"}, show=3)
    out = {}
    for line in lines:
        if line.startswith("  "):
            continue
        name, _, verdict = line.partition(": ")
        out[name.removesuffix(".parquet")] = "equal" if verdict.startswith("equal") else verdict
    return out


# -- the per-stage profile ----------------------------------------------------------------------

# where each stage is called from: (module, attribute) -> the stage's name in the profile
STAGES = {
    ("nerpipe.pipeline", "extract_document"): "read: extraction",
    ("nerpipe.pipeline", "analyze_text"): "analysis",  # before the analysis of many texts at once
    ("nerpipe.ner", "segment_text"): "analysis: segmentation",
    ("nerpipe.neural", "BatchTagger.tag_sentences"): "analysis: morphology and syntax",
    ("nerpipe.neural", "BatchTagger.tag_entities"): "analysis: NER",
    ("nerpipe.ner", "build_analysis"): "analysis: conversion",
    ("nerpipe.pipeline", "complete_metadata"): "metadata",
    ("nerpipe.pipeline", "normalize_dates"): "dates: normalization",  # before relative dates as mentions
    ("nerpipe.pipeline", "read_dates"): "dates: normalization",
    ("nerpipe.pipeline", "refine_spans"): "spans",
    ("nerpipe.pipeline", "resolve_document"): "resolve (names, orgs, places)",
    ("nerpipe.pipeline", "build_positions"): "titles",
    ("nerpipe.pipeline", "build_events"): "events",
}


def profile_main(corpus: Path, limit: int) -> None:
    """The body of the profiling process: one worker's work on the first ``limit`` documents of ``corpus``,
    in batches as the local engine sends them, with the CPU time of every stage."""
    import importlib
    import warnings
    from collections import defaultdict

    warnings.filterwarnings("ignore")
    from nerpipe import engines
    from nerpipe.models import get_models
    from nerpipe.read import hash_bytes

    spent: dict[str, float] = defaultdict(float)
    active: list[str] = []

    def timed(name, function):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            active.append(name)
            try:
                return function(*args, **kwargs)
            finally:
                active.pop()
                spent[name] += time.process_time() - started
                if active:  # a stage inside a stage: counted once, in the inner one
                    spent[active[-1]] -= time.process_time() - started
        return wrapper

    started = time.process_time()
    models = get_models()
    load = time.process_time() - started
    for (module, attribute), name in STAGES.items():
        try:
            owner = importlib.import_module(module)
        except ImportError:  # a revision without it
            continue
        *path, attribute = attribute.split(".")
        for step in path:
            owner = getattr(owner, step, None)
        if hasattr(owner, attribute):
            setattr(owner, attribute, timed(name, getattr(owner, attribute)))
    object.__setattr__(models.dates, "find_raw", timed("dates: grammar", models.dates.find_raw))
    if hasattr(models.dates, "find_durations"):  # a revision without durations has none
        object.__setattr__(models.dates, "find_durations", timed("dates: grammar", models.dates.find_durations))
    items = []
    for path in sorted(corpus.rglob("*.txt"))[:limit]:
        data = path.read_bytes()
        items.append(engines.WorkItem(hash_bytes(data), data))
    limits = engines.Limits(timeout=None, max_memory=None, today=TODAY)
    engines.process_batch(items[:1], limits)  # first-use imports and caches outside the figures
    spent.clear()
    started = time.process_time()
    for start in range(0, len(items), engines.BATCH_SIZE):
        engines.process_batch(items[start:start + engines.BATCH_SIZE], limits)
    total = time.process_time() - started
    spent["other"] = total - sum(spent.values())
    stages = {name: {"cpu_seconds": round(seconds, 3), "share": round(seconds / total, 3)}
              for name, seconds in sorted(spent.items(), key=lambda item: -item[1])}
    print(json.dumps({"docs": len(items), "cpu_seconds": round(total, 2),
                      "ms_per_doc": round(1000 * total / len(items), 1), "model_loading_cpu_seconds": round(load, 2),
                      "stages": stages}))


def run_profile(corpus: Path, limit: int, code: Path = ROOT) -> dict:
    args = [sys.executable, str(Path(__file__).resolve()), "--profile-run", str(corpus), "--profile-docs", str(limit)]
    _seconds, _cpu, _memory, stdout = timed_process(args, cwd=code, env={"PYTHONPATH": str(code)})
    return json.loads(stdout.strip().splitlines()[-1])


# -- verification against another revision -------------------------------------------------------


def checkout(rev: str, directory: Path) -> str:
    """The files of git revision ``rev`` in ``directory``; returns the full commit id."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    if not (directory / "nerpipe").is_dir():
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        directory.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(directory, filter="data")
    return commit


def run_at(code: Path, corpus: Path, out: Path, workers: int) -> dict:
    """``nerpipe.run`` of the package in ``code`` (its own directory first on the path), with a fixed day."""
    driver = ("import json, sys, datetime, nerpipe\n"
              "s = nerpipe.run([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), progress=False, "
              f"today=datetime.date({TODAY.year}, {TODAY.month}, {TODAY.day}))\n"
              "print(json.dumps({'processed': s.processed, 'failed': s.failed, 'rows': s.rows}))")
    seconds, cpu, memory, stdout = timed_process(
        [sys.executable, "-c", driver, str(corpus), str(out), str(workers)], cwd=code, env={"PYTHONPATH": str(code)})
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            **json.loads(stdout.strip().splitlines()[-1]), **memory}


def build_verify_corpus(directory: Path, news: int) -> Path:
    if not directory.exists():
        base = load_base_texts()
        write_texts(directory / "news", news_texts(base, news))
        write_texts(directory / "dev", dev_texts(), stem="dev")
        shutil.copytree(ROOT / "seeds", directory / "seeds")
    return directory


def verify(rev: str, workdir: Path, news: int, workers: int) -> dict:
    """Tables of the working tree against those of ``rev`` on the news corpus, the dev texts and the seeds."""
    corpus = build_verify_corpus(workdir / f"corpus-{news}", news)
    commit = checkout(rev, workdir / "code" / "pending")
    code = workdir / "code" / commit
    if not code.exists():
        (workdir / "code" / "pending").rename(code)
    else:
        shutil.rmtree(workdir / "code" / "pending", ignore_errors=True)
    old = workdir / f"out-{commit[:12]}-{news}"
    result: dict = {"rev": rev, "commit": commit, "corpus": str(corpus)}
    if not (old / "documents.parquet").exists():
        print(f"tables of {rev} ({commit[:12]}) …", file=sys.stderr)
        shutil.rmtree(old, ignore_errors=True)
        result["old_run"] = run_at(code, corpus, old, workers)
    new = workdir / "out-worktree"
    shutil.rmtree(new, ignore_errors=True)
    print("tables of the working tree …", file=sys.stderr)
    result["new_run"] = run_at(ROOT, corpus, new, workers)
    result["tables"] = compare_outputs(old, new)
    result["equal"] = all(verdict == "equal" for verdict in result["tables"].values())
    return result


# -- docs/BENCHMARKS.md ------------------------------------------------------------------------------

BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def record(results: dict, path: Path = BENCHMARKS) -> None:
    """Replace the generated part of docs/BENCHMARKS.md (between its markers) with ``results``."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n{render(results)}\n{END}{tail}", encoding="utf-8")


def render(results: dict) -> str:
    """The figures of one ``make bench`` run as Markdown."""
    cores = len(os.sched_getaffinity(0))
    lines = [f"- **Run:** {results['date']}, `{results['command']}`",
             f"- **Machine:** {results['machine']}; load average before {results['load_before']}, "
             f"after {results['load_after']}"]
    if float(results["load_before"].split()[0]) > 0.5 * cores:  # the last minute's average
        lines.append("- **Measured under load** (other processes were using the cores): the wall times are "
                     "not those of a quiet machine.")
    news = results["news_corpus"]
    lines += [f"- **News corpus:** {news['docs']} articles of {news['min_chars']:,}–{news['max_chars']:,} "
              f"characters ({news['mean_chars']:,} on average)", ""]
    reference = results["reference"]
    runs = results["news"]
    one, many = runs["1_worker"], runs[f"{cores}_workers"]
    lines += ["| run (whole process, models loaded inside) | wall time | docs/s | CPU time | speed-up |",
              "|---|---|---|---|---|"]
    for key, label in (("plain", "reference: plain natasha, numerical threads as they come"),
                       ("one_thread", "reference: plain natasha, one numerical thread")):
        run = reference[key]
        used = " (the reference)" if run["blas_threads"] == reference["used"] else ""
        lines.append(f"| {label}{used} | {run['seconds']:.1f} s | {run['docs_per_s']:.2f} | "
                     f"{run['cpu_seconds']:.1f} s | |")
    for run, label in ((one, "`nerpipe run`, 1 worker"), (many, f"`nerpipe run`, {cores} workers")):
        lines.append(f"| {label} | {run['seconds']:.1f} s | {run['docs_per_s']:.2f} | {run['cpu_seconds']:.1f} s | "
                     f"**{run['speedup_vs_reference']:.2f} ×** |")
    lines += ["", f"{cores} workers against 1: {many['speedup_vs_1_worker']:.2f} ×. Tables of 1 and {cores} workers: "
              f"{_verdict(results['tables_1_vs_n_workers'])}."]
    if "dask" in results:
        dask = results["dask"]
        lines.append(f"The dask engine ({cores} workers, a LocalCluster): {dask['seconds']:.1f} s; its tables against "
                     f"the local engine's: {_verdict(dask['tables_vs_local'])}.")
    lines += ["", "Peak RSS (sampled every 0.1 s):", "", "| run | parent | largest worker |", "|---|---|---|",
              f"| news, 1 worker | {one['parent_mb']} MB | {one['worker_max_mb']} MB |",
              f"| news, {cores} workers | {many['parent_mb']} MB | {many['worker_max_mb']} MB |"]
    repeated = sorted((int(key.split("_")[1]), value) for key, value in results.items() if key.startswith("repeated_"))
    for size, entry in repeated:
        run = entry[f"{cores}_workers"]
        lines.append(f"| {size:,} documents (repeated), {cores} workers: {run['seconds']:.1f} s | "
                     f"{run['parent_mb']} MB | {run['worker_max_mb']} MB |")
    if repeated and "unchanged_rerun" in repeated[-1][1]:
        size, entry = repeated[-1]
        rerun = entry["unchanged_rerun"]
        lines += ["", f"Unchanged re-run of {size:,} documents: **{rerun['seconds']:.2f} s** end to end "
                  f"(parent {rerun['parent_mb']} MB, {rerun['processed']} documents processed)."]
    profile = results["profile"]
    lines += ["", f"Per-stage profile of one worker ({profile['docs']} news articles, CPU time, in batches as the "
              f"engine sends them): **{profile['ms_per_doc']} ms per document**; building the models "
              f"{profile['model_loading_cpu_seconds']} s.", "", "| stage | ms per document | share |", "|---|---|---|"]
    for name, stage in profile["stages"].items():
        lines.append(f"| {name} | {1000 * stage['cpu_seconds'] / profile['docs']:.1f} | {100 * stage['share']:.1f} % |")
    return "\n".join(lines)


def _verdict(tables: dict) -> str:
    different = [name for name, verdict in tables.items() if verdict != "equal"]
    return "all equal, row for row" if not different else "DIFFERENT: " + ", ".join(different)


# -- main --------------------------------------------------------------------------------------------


def machine() -> str:
    cores = len(os.sched_getaffinity(0))
    memory = ""
    try:
        import psutil

        memory = f", {psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        pass
    return f"{platform.machine()}, {cores} cores{memory}, Python {platform.python_version()}"


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def bench(args, work: Path) -> dict:
    sizes = [int(s) for s in args.sizes.split(",") if s]
    cores = len(os.sched_getaffinity(0))
    base = load_base_texts()
    results: dict = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "command": " ".join(["scripts/bench.py", *sys.argv[1:]]),
        "load_before": load_average(),
        "base_texts": len(base),
    }
    news = write_texts(work / "news", news_texts(base, args.news))
    sizes_chars = [len(p.read_text(encoding="utf-8")) for p in news.glob("*.txt")]
    results["news_corpus"] = {"docs": len(sizes_chars), "mean_chars": round(sum(sizes_chars) / len(sizes_chars)),
                              "min_chars": min(sizes_chars), "max_chars": max(sizes_chars)}
    print(f"reference natasha on {args.news} articles (threads as they come) …", file=sys.stderr)
    plain = run_reference(news, None)
    print("reference natasha, one thread …", file=sys.stderr)
    single = run_reference(news, 1)
    reference = min(plain, single, key=lambda r: r["seconds"])
    results["reference"] = {"plain": plain, "one_thread": single, "used": reference["blas_threads"]}
    print("nerpipe, 1 worker …", file=sys.stderr)
    one = run_nerpipe(news, work / "news-out1", 1)
    print(f"nerpipe, {cores} workers …", file=sys.stderr)
    many = run_nerpipe(news, work / "news-outN", cores)
    for run in (one, many):
        run["speedup_vs_reference"] = round(reference["seconds"] / run["seconds"], 2)
    many["speedup_vs_1_worker"] = round(one["seconds"] / many["seconds"], 2)
    results["news"] = {"1_worker": one, f"{cores}_workers": many}
    results["tables_1_vs_n_workers"] = compare_outputs(work / "news-out1", work / "news-outN")
    if not args.skip_dask:
        print("dask engine (LocalCluster) …", file=sys.stderr)
        dask = run_nerpipe(news, work / "news-outD", cores, engine="dask")
        dask["tables_vs_local"] = compare_outputs(work / "news-outN", work / "news-outD")
        results["dask"] = dask
    print(f"profile of one worker on {args.profile_docs} articles …", file=sys.stderr)
    results["profile"] = run_profile(news, args.profile_docs)
    for size in sizes:
        corpus = build_corpus(work / f"corpus{size}", size, base)
        print(f"nerpipe, {cores} workers, {size} documents …", file=sys.stderr)
        big = run_nerpipe(corpus, work / f"out{size}", cores)
        entry = {f"{cores}_workers": big}
        if size == sizes[-1]:
            print("unchanged re-run …", file=sys.stderr)
            entry["unchanged_rerun"] = run_nerpipe(corpus, work / f"out{size}", cores)
        results[f"repeated_{size}"] = entry
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(work / f"out{size}", ignore_errors=True)
    results["load_after"] = load_average()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="sizes of the repeated corpora (memory, re-run)")
    parser.add_argument("--news", type=int, default=450, help="articles in the news corpus (speed)")
    parser.add_argument("--profile-docs", type=int, default=150, help="articles in the per-stage profile")
    parser.add_argument("--workdir", default=None, help="where to build corpora (default: a temporary directory)")
    parser.add_argument("--json", dest="json_path", default=None, help="also write the figures as JSON here")
    parser.add_argument("--record", action="store_true", help="write the figures into docs/BENCHMARKS.md")
    parser.add_argument("--skip-dask", action="store_true", help="do not run the dask engine")
    parser.add_argument("--verify", metavar="REV", help="compare the tables of the working tree with REV's")
    parser.add_argument("--workers", type=int, default=2, help="workers of the --verify runs")
    parser.add_argument("--profile-only", action="store_true", help="only the per-stage profile (of --rev)")
    parser.add_argument("--rev", default=None, help="the git revision whose code --profile-only measures")
    parser.add_argument("--reference-run", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--blas-threads", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--profile-run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference_run:
        return reference_main(args.reference_run, args.blas_threads)
    if args.profile_run:
        return profile_main(args.profile_run, args.profile_docs)
    if args.verify:
        work = Path(args.workdir) if args.workdir else Path(tempfile.gettempdir()) / "nerpipe-verify"
        result = verify(args.verify, work, args.news, args.workers)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        sys.exit(0 if result["equal"] else 1)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nerpipe-bench-"))
    try:
        if args.profile_only:
            news = write_texts(work / "news", news_texts(load_base_texts(), args.news))
            code = ROOT
            if args.rev:
                code = work / "code"
                checkout(args.rev, code)
            results = {"rev": args.rev or "working tree", "load_before": load_average(),
                       "profile": run_profile(news, args.profile_docs, code), "load_after": load_average()}
        else:
            results = bench(args, work)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(results, ensure_ascii=False, indent=2)
    if args.json_path:
        Path(args.json_path).write_text(text + "\n", encoding="utf-8")
    print(text)
    if args.record and not args.profile_only:
        record(results)
        print(render(results), file=sys.stderr)


if __name__ == "__main__":
    main()
