"""Benchmark: build a corpus from the seeds, run the pipeline, compare with jieba.

    python scripts/bench.py [--sizes 50,500] [--jobs 1,2] [--work DIR]

For each corpus size (MB of UTF-8 text) it writes varied copies of the seeds
(paragraphs shuffled, numbers changed), runs ``extract run`` in a subprocess
once per job count, and prints characters per second per core, documents per
second and the peak RSS of the whole process tree, beside the speed of
``jieba.lcut`` (HMM on) over a sample of the same text. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(folder: Path, size_mb: int, seed: int = 7) -> tuple[int, int]:
    """Varied copies of the seeds until ``size_mb``; returns (files, characters)."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    total = chars = n = 0
    while total < size_mb * 2**20:
        paras = rng.choice(seeds).split("\n\n")
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        text = "\n\n".join(head + rest)
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()) - 1)), text)
        data = text.encode("utf-8")
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{n:06d}.txt").write_bytes(data)
        total += len(data)
        chars += len(text)
        n += 1
    return n, chars


def peak_rss(cmd: list[str]) -> tuple[float, float, int]:
    """Run ``cmd``; return (seconds, peak RSS of the process tree in MB, exit code)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [parent] + parent.children(recursive=True)
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.2)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    done.set()
    t.join()
    if proc.returncode:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return time.perf_counter() - t0, peak / 2**20, proc.returncode


def jieba_speed(folder: Path, sample_chars: int = 3_000_000) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts, n = [], 0
    for p in sorted(folder.rglob("*.txt")):
        t = p.read_text(encoding="utf-8")
        texts.append(t)
        n += len(t)
        if n >= sample_chars:
            break
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t, HMM=True)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--jobs", default="1,2", help="job counts, comma-separated")
    ap.add_argument("--work", default="/tmp/extract-bench", help="folder for corpora and outputs")
    args = ap.parse_args()
    work = Path(args.work)
    exe = str(Path(sys.executable).parent / "extract")
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(f"{'MB':>5} {'docs':>7} {'chars':>11} {'jobs':>4} {'sec':>8} {'chars/s/core':>13} "
          f"{'docs/s':>8} {'peak RSS MB':>11} {'jieba chars/s':>13} {'ratio':>6} {'speedup':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = work / f"corpus-{size}MB"
        if not corpus.exists():
            build_corpus(corpus, size)
        docs = sum(1 for _ in corpus.rglob("*.txt"))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.rglob("*.txt"))
        jieba_cps = jieba_speed(corpus)
        base = None
        for jobs in (int(j) for j in args.jobs.split(",")):
            out = work / f"out-{size}MB-{jobs}"
            secs, rss, rc = peak_rss([exe, "run", str(corpus), "--out", str(out), "--jobs", str(jobs),
                                      "--force", "--no-progress"])
            cps = chars / secs / jobs
            base = base or secs
            print(f"{size:>5} {docs:>7} {chars:>11} {jobs:>4} {secs:>8.1f} {cps:>13,.0f} {docs / secs:>8.1f} "
                  f"{rss:>11.0f} {jieba_cps:>13,.0f} {cps / jieba_cps:>6.2f} {base / secs:>7.2f}"
                  + ("" if rc == 0 else f"  (exit {rc})"))


if __name__ == "__main__":
    main()
