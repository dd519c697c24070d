"""Extraction on the executor: documents per second with 1 and 2 workers, local and on Ray.

    .venv/bin/python bench/executor.py [--docs 400] [--corpus ../shared/corpora/reuters-21578/reuters-21578.jsonl]
                                       [--executors local,ray] [--workers 1,2]

Each configuration runs in a process of its own (its driver's peak memory is its own): the
extraction map step (``keiretsu.extract.step.Read``, the rules) over the first ``--docs``
Reuters-21578 stories of over 500 characters, in shards of 25 as ``keiretsu extract`` sends
them. The workers load the extractor first (shown apart: once per worker and build). Printed:
wall time, documents per second, speed-up over 1 worker of the same executor, the CPU seconds
the workers spent in the step, the driver's CPU seconds and peak memory, and the load average
(the machine may be shared: CPU seconds say what the work cost whatever the wall time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "reuters-21578" / "reuters-21578.jsonl"


@dataclass(frozen=True)
class Timed:
    """A spec whose shards also return the CPU seconds the worker spent on them."""

    inner: object
    name: ClassVar[str] = "keiretsu-extract"

    def load(self):
        fn = self.inner.load()

        def run(shard):
            started = time.process_time()
            out = fn(shard)
            return len(out), time.process_time() - started

        return run


def load(path: Path, n: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if len(row["text"]) > 500:
                texts.append(row["text"])
            if len(texts) >= n:
                break
    return texts


def one(kind: str, workers: int, corpus: Path, n: int) -> dict:
    from keiretsu import make_extractor
    from keiretsu.executor import make_executor, shards_of
    from keiretsu.extract.step import Read

    docs = list(enumerate(load(corpus, n)))
    spec = Timed(Read(make_extractor("rules")))
    t0 = time.perf_counter()
    with make_executor(kind, workers) as executor:
        started = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(executor.map(spec, [docs[i : i + 1] for i in range(executor.workers)]))  # each worker loads
        warm = time.perf_counter() - t0
        load_before, cpu0 = os.getloadavg()[0], time.process_time()
        t0 = time.perf_counter()
        parts = list(executor.map(spec, shards_of(docs, 25)))
        wall = time.perf_counter() - t0
        driver_cpu = time.process_time() - cpu0
    return {"executor": kind, "workers": workers, "docs": len(docs), "start_s": started, "load_models_s": warm,
            "wall_s": wall, "docs_per_s": len(docs) / wall, "worker_cpu_s": sum(c for _, c in parts),
            "driver_cpu_s": driver_cpu, "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load_avg": (load_before + os.getloadavg()[0]) / 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--executors", default="local,ray")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--one", nargs=2, metavar=("EXECUTOR", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus}: no such file (give --corpus)")
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.corpus, args.docs)))
        return
    rows = []
    for kind in args.executors.split(","):
        for workers in map(int, args.workers.split(",")):
            done = subprocess.run([sys.executable, __file__, "--docs", str(args.docs), "--corpus", str(args.corpus),
                                   "--one", kind, str(workers)], capture_output=True, text=True, check=True)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{'executor':<9}{'workers':>8}{'start s':>9}{'load s':>8}{'wall s':>8}{'docs/s':>8}{'x 1 wkr':>9}"
          f"{'wkr CPU s':>11}{'drv CPU s':>11}{'drv MB':>8}{'load':>6}")
    for r in rows:
        base = next(b for b in rows if b["executor"] == r["executor"] and b["workers"] == 1)
        print(f"{r['executor']:<9}{r['workers']:>8}{r['start_s']:>9.1f}{r['load_models_s']:>8.1f}{r['wall_s']:>8.1f}"
              f"{r['docs_per_s']:>8.1f}{r['docs_per_s'] / base['docs_per_s']:>8.2f}x{r['worker_cpu_s']:>11.1f}"
              f"{r['driver_cpu_s']:>11.1f}{r['driver_peak_mb']:>8.0f}{r['load_avg']:>6.1f}")
    print(f"\n{rows[0]['docs']} documents; {os.cpu_count()} CPUs here")


if __name__ == "__main__":
    main()
