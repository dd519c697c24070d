"""Ingestion speed and memory, beside the bare cost of reading the same input.

    .venv/bin/python bench/ingest.py [--docs 100000] [--warc-pages 3000] [--out bench/out]

Generates a JSONL corpus of news-like ~2,000-character articles and a WARC.gz
of HTML pages, then measures, each in a fresh process:

* the bare read: ``json.loads`` per line; ``warcio`` iteration reading every payload;
* keiretsu's full ingestion of the same file into a new SQLite store (reading,
  cleaning, boilerplate removal for HTML, hashing, storing, FTS5 indexing);
* keiretsu at 1/4, 1/2 and all of the JSONL corpus, to show memory does not
  grow with the input.

Peak memory is the maximum resident set of the measured process plus that of
its reading process (keiretsu reads and writes in two processes on two cores).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def measure(kind: str, path: str, db: str | None) -> dict:
    t0 = time.perf_counter()
    if kind == "bare-jsonl":
        n = 0
        with open(path, "rb") as f:
            for line in f:
                json.loads(line)
                n += 1
    elif kind == "bare-warc":
        from warcio.archiveiterator import ArchiveIterator

        n = 0
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "response":
                    record.content_stream().read()
                    n += 1
    else:
        from keiretsu.jobs import ingest
        from keiretsu.settings import Settings
        from keiretsu.store import open_store

        store = open_store(db)
        result = ingest([path], store, Settings(db=Path(db)))
        store.close()
        n = result.added
        if result.skipped:
            raise SystemExit(f"unexpected skips: {result.first_skips[:3]}")
    return {"docs": n, "seconds": time.perf_counter() - t0, "peak_mb": _peak_mb()}


def run(kind: str, path: Path, db: Path | None = None) -> dict:
    if db is not None and db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--measure", kind, str(path)] + ([str(db)] if db else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--warc-pages", type=int, default=3_000)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        kind, path, *db = args.measure
        print(json.dumps(measure(kind, path, db[0] if db else None)))
        return

    from corpus import write_jsonl, write_warc

    args.out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({args.docs // 4, args.docs // 2, args.docs})
    print(f"generating {args.docs:,} JSONL articles and {args.warc_pages:,} WARC pages in {args.out} ...", flush=True)
    corpora = {n: write_jsonl(args.out / f"news-{n}.jsonl", n) for n in sizes}
    warc = write_warc(args.out / "pages.warc.gz", args.warc_pages)

    rows = []
    big = corpora[args.docs]
    mb = big.stat().st_size / 1e6
    bare = run("bare-jsonl", big)
    full = run("keiretsu", big, args.out / "bench.db")
    rows.append(("JSONL", args.docs, mb, bare, full))
    wbare = run("bare-warc", warc)
    wfull = run("keiretsu", warc, args.out / "bench-warc.db")
    rows.append(("WARC.gz (HTML)", args.warc_pages, warc.stat().st_size / 1e6, wbare, wfull))

    print()
    print(f"{'input':<16}{'docs':>9}{'MB':>8}{'bare read/s':>13}{'keiretsu/s':>12}{'ratio':>8}"
          f"{'bare MB':>9}{'keiretsu MB':>13}")
    for name, n, size, b, k in rows:
        ratio = k["seconds"] / b["seconds"]
        print(f"{name:<16}{n:>9,}{size:>8.0f}{b['docs'] / b['seconds']:>13,.0f}{k['docs'] / k['seconds']:>12,.0f}"
              f"{ratio:>7.1f}x{b['peak_mb']:>9.0f}{k['peak_mb']:>13.0f}")
    print("ratio: keiretsu's full ingestion time / the bare read's time (target: <= 3x)")

    print("\nmemory as the input grows (keiretsu ingest, JSONL):")
    for n in sizes:
        r = full if n == args.docs else run("keiretsu", corpora[n], args.out / f"bench-{n}.db")
        print(f"  {n:>9,} docs: {r['docs'] / r['seconds']:>7,.0f} docs/s, peak {r['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
