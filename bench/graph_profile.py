"""Where a graph update's CPU goes, function by function: cProfile of the writer and of each worker.

    .venv/bin/python bench/graph_profile.py COPY.db [--processes 2] [--top 15] [--out DIR]

Runs ``GraphStage(store, processes=N).run()`` on the store, which it changes: give it a copy (for the
update ``bench/graph.py`` times, a store it generated and built, with ``--add`` documents more). Each
process is profiled on its own CPU clock (``time.process_time``), not the wall clock, so that a loaded
machine's waits do not show as costs: the writer from the stage's start to its commit (imports left
out), each forked worker over its shard (``Weigh._run``, sending included). The clock is the process's,
so the CPU of the writer's thread that receives the workers' batches counts to whatever its main thread
was in. Prints, for the writer and for the workers together, the functions with the most CPU of their
own (``tottime``) and their share of that process's profiled CPU; ``--out`` keeps the ``.prof`` files
(``python -m pstats``). The profiler's own overhead inflates Python calls against SQLite's (the bench's
update: the workers' 1.3 CPU s profile as 4.2): read shares, not seconds, and time a change with
``bench/graph_phases.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path


def measure(path: Path, processes: int = 2, out: Path | None = None) -> dict:
    """Run an update on the store at ``path`` under the profiler; the ``.prof`` files written (writer,
    then each worker's) and the result."""
    from keiretsu.graph import GraphStage, build
    from keiretsu.store import open_store

    out = Path(out or tempfile.mkdtemp(prefix="graph-profile-"))
    out.mkdir(parents=True, exist_ok=True)
    writer = cProfile.Profile(time.process_time)
    run = build.Weigh._run

    def worker(self, rank: int):
        writer.disable()  # the driver's profiler, copied by the fork: this process profiles itself
        mine = cProfile.Profile(time.process_time)
        mine.enable()
        try:
            yield from run(self, rank)
        finally:
            mine.disable()
            mine.dump_stats(out / f"worker{rank}-{os.getpid()}.prof")

    build.Weigh._run = worker
    try:
        store = open_store(path)
        writer.enable()
        result = GraphStage(store, processes=processes).run()
        writer.disable()
        store.close()
    finally:
        build.Weigh._run = run
    writer.dump_stats(out / "writer.prof")
    return {"result": result.as_dict(), "writer": out / "writer.prof",
            "workers": sorted(out.glob("worker*.prof"))}


def top(files: list[Path], n: int) -> tuple[float, list[tuple[str, int, float, float]]]:
    """The profiled CPU of the files together, and the ``n`` functions with the most of their own:
    (where, calls, own CPU, CPU with what they call)."""
    stats = pstats.Stats(*map(str, files))
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{Path(file).name}:{line}({name})" if line else name
        rows.append((where, calls, own, cumulative))
    rows.sort(key=lambda r: -r[2])
    return total, rows[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--out", type=Path, help="keep the .prof files here")
    args = ap.parse_args()
    got = measure(args.store, args.processes, args.out)
    r = got["result"]
    print(f"{r['relationships']:,} relationships from {r['mentions']:,} mentions, {r['stories']:,} stories")
    for who, files in (("writer", [got["writer"]]), (f"workers ({len(got['workers'])})", got["workers"])):
        if not files:
            continue
        total, rows = top(files, args.top)
        print(f"\n{who}: {total:.3f} CPU s profiled\n\n| function | calls | own CPU s | share | with callees |\n"
              "| --- | --- | --- | --- | --- |")
        for where, calls, own, cumulative in rows:
            print(f"| {where} | {calls:,} | {own:.3f} | {own / max(total, 1e-9):.1%} | {cumulative:.3f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
