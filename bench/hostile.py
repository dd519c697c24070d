"""Decompression bombs of every archive kind through ``keiretsu ingest``: how fast each is
refused, and at what peak memory.

    .venv/bin/python bench/hostile.py [--mb 1024] [--out bench/out/hostile]

Each bomb decompresses to ``--mb`` megabytes (a gigabyte by default) from about a thousandth
of that on disk; the builders are the fuzz suite's (``tests/fuzz/hostile.py``). Each is
ingested alone in a fresh process, measured by a wrapper process (Linux carries a process's
peak memory across ``exec``, so the wrapper must be small): wall time of the whole command,
the read step's own time (from ``--json``), CPU time, and the peak resident set of the process
tree. The target: refused within 5 s at under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from keiretsu.ingest.limits import size  # noqa: E402
from tests.fuzz.hostile import BOMBS, good_jsonl, nested_zip, overlapping_zip  # noqa: E402

MEASURE = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr,
                  "cpu": usage.ru_utime + usage.ru_stime, "peak_kb": usage.ru_maxrss}))
"""


def ingest(path: Path, db: Path) -> dict:
    command = [sys.executable, "-c", MEASURE, sys.executable, "-m", "keiretsu", "--db", str(db), "ingest", "-q",
               "--json", str(path)]
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600).stdout
    wall = time.perf_counter() - started
    result = json.loads(out)
    counts = json.loads(result["stdout"].splitlines()[0]) if result["stdout"].strip() else {}
    return {"wall": wall, "cpu": result["cpu"], "peak_mb": result["peak_kb"] / 1024, "code": result["code"],
            "read": counts.get("steps", {}).get("read", {}).get("seconds"),
            "why": (counts.get("first_skips") or [result["stderr"].strip()[-200:]])[0],
            "traceback": "Traceback" in result["stderr"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=1024, help="decompressed size of each bomb, in MB")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "hostile")
    args = ap.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)

    bombs = {kind: build(args.out / name, args.mb) for kind, (name, build) in BOMBS.items()}
    bombs["nested zips (6 deep)"] = nested_zip(args.out / "nested.zip", 6, good_jsonl(2, "deep"))
    bombs["zip, 2,000 members at one offset"] = overlapping_zip(args.out / "overlap.zip", 2000)
    print(f"bombs of {args.mb:,} MB decompressed, each ingested alone\n")
    print(f"{'archive':<34}{'on disk':>10}{'exit':>6}{'wall s':>8}{'read s':>8}{'cpu s':>7}{'peak MB':>9}  reason")
    for kind, path in bombs.items():
        r = ingest(path, args.out / f"{path.name}.db")
        read = f"{r['read']:.3f}" if r["read"] is not None else "-"
        print(f"{kind:<34}{size(path.stat().st_size):>10}{r['code']:>6}{r['wall']:>8.2f}{read:>8}"
              f"{r['cpu']:>7.2f}{r['peak_mb']:>9.0f}  {r['why'].split(': ', 1)[-1][:90]}")
        if r["traceback"]:
            print("  a traceback!")


if __name__ == "__main__":
    main()
