"""1 000 good articles and 50 bad files, processed twice.

The first run must process every good article, list every bad file as an error with its
reason and exit 1; the second must change nothing (no document processed, every table file
with the same bytes and modification time).

Usage: python scripts/bad_corpus.py [WORKDIR]   (default: a temporary directory; prints JSON)

The good articles are the seeds and the factRuEval-2016 development texts (../shared),
repeated with small changes; the bad files are ten kinds, five of each: empty, whitespace
only, NUL bytes, an image renamed .txt, undecodable bytes, over --max-bytes (one of 50 MB), a
broken symbolic link, a symbolic link loop, a FIFO, and a link out of the input directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NERPIPE = [sys.executable, "-m", "nerpipe"]
GOOD = 1000


def load_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = SHARED / "eval" / "factru_dev.jsonl"
    if gold.exists():
        with open(gold, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def write_good(directory: Path, texts: list[str], rng: random.Random) -> None:
    directory.mkdir(parents=True)
    for index in range(GOOD):
        lines = texts[index % len(texts)].split("\n")
        if index >= len(texts):  # from the second round on, the lines in another order
            rng.shuffle(lines)
        text = "\n".join(lines) + f"\nМатериал № {index}, опубликован {1 + index % 28} марта 2024 года.\n"
        (directory / f"{index:04d}.txt").write_text(text, encoding="utf-8")


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def write_bad(directory: Path, outside: Path, texts: list[str], rng: random.Random) -> None:
    directory.mkdir(parents=True)
    outside.write_text(texts[0], encoding="utf-8")
    for j in range(5):
        (directory / f"empty{j}.txt").write_bytes(b"")
        (directory / f"blank{j}.txt").write_bytes(b" \n\t\r\n" * (j + 1))
        data = texts[j].encode()
        (directory / f"nul{j}.txt").write_bytes(data[:500] + b"\x00" + data[500:])
        (directory / f"image{j}.txt").write_bytes(png_bytes() + bytes([j]) * 100)
        (directory / f"garbage{j}.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(2000)))
        size = 50 * 1024 * 1024 if j == 0 else 2 * 1024 * 1024
        block = (texts[1] * 20).encode()
        with open(directory / f"huge{j}.txt", "wb") as handle:
            while handle.tell() < size:
                handle.write(block[: size - handle.tell()])
        os.symlink(directory / f"missing{j}.txt", directory / f"broken{j}.txt")
        os.symlink(f"loop{j}.txt", directory / f"loop{j}.txt")
        os.mkfifo(directory / f"fifo{j}.txt")
        os.symlink(outside, directory / f"escape{j}.txt")


def run_nerpipe(corpus: Path, out: Path) -> tuple[int, dict, float, str]:
    started = time.perf_counter()
    proc = subprocess.run(NERPIPE + ["run", str(corpus), "--out", str(out), "--json", "-q"], capture_output=True,
                          text=True, cwd=ROOT)
    return proc.returncode, json.loads(proc.stdout.strip().splitlines()[-1]), time.perf_counter() - started, \
        proc.stderr


def snapshot(out: Path) -> dict:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(out.glob("*.parquet"))}


def main() -> None:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="nerpipe-bad-corpus-"))
    shutil.rmtree(base, ignore_errors=True)
    corpus, out = base / "in", base / "out"
    texts = load_texts()
    rng = random.Random(1)
    write_good(corpus / "good", texts, rng)
    write_bad(corpus / "bad", base / "outside.txt", texts, rng)

    report: dict = {"cores": len(os.sched_getaffinity(0)), "good_files": GOOD,
                    "bad_files": len(list((corpus / "bad").iterdir()))}
    code1, summary1, wall1, err1 = run_nerpipe(corpus, out)
    docs = pd.read_parquet(out / "documents.parquet")
    good = docs[docs.path.str.startswith("good/")]
    bad = docs[docs.path.str.startswith("bad/")]
    keys = ("docs_seen", "processed", "unchanged", "failed", "tables_written", "seconds")
    report["run1"] = {"exit_code": code1, "wall_seconds": round(wall1, 1), "rows": summary1["rows"],
                      **{k: summary1[k] for k in keys}}
    report["good_ok"] = int((good.status == "ok").sum())
    report["good_error"] = good[good.status != "ok"][["path", "error"]].values.tolist()
    report["bad_error"] = int((bad.status == "error").sum())
    report["bad_without_reason"] = int(bad.error.isna().sum())
    report["bad_reasons"] = bad.groupby(bad.error.str.replace(r"\d+", "N", regex=True)).size().to_dict()
    mentions = pd.read_parquet(out / "mentions.parquet")
    report["good_with_mentions"] = int(good.doc_id.isin(mentions.doc_id).sum())
    before = snapshot(out)
    code2, summary2, wall2, _ = run_nerpipe(corpus, out)
    report["run2"] = {"exit_code": code2, "wall_seconds": round(wall2, 1), **{k: summary2[k] for k in keys}}
    report["tables_identical_bytes_and_mtime"] = before == snapshot(out)
    report["same_failures"] = summary1["failures"] == summary2["failures"]
    report["stderr_run1_lines"] = len(err1.splitlines())
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if len(sys.argv) <= 1:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
