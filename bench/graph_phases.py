"""Where a graph update's time goes: CPU and wall seconds of each phase, in the writer and in each worker.

    .venv/bin/python bench/graph_phases.py COPY.db [--processes 2]

Runs ``GraphStage(store, processes=N).run()`` on the store, which it changes: give it a copy (for
the update ``bench/graph.py`` times, a store it generated and built, with ``--add`` documents more).
Each phase is timed by wrapping the store's and the stage's methods; a method that runs inside
another (``_stored_history`` inside ``write_relationships``) is counted in both. Workers are forked
from this process, so they run the wrapped code too and report their own phases (``observe`` and
``consolidate`` summed over their keys). Wall seconds on a loaded machine mostly measure the load:
read the CPU ones.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import os
import sys
import time
from collections import defaultdict

T0, C0 = time.perf_counter(), time.process_time()
# name -> [calls, wall, cpu], this process's (a forked worker starts from a copy and prints its own)
PHASES: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])


def _add(name: str, wall: float, cpu: float) -> None:
    phase = PHASES[name]
    phase[0] += 1
    phase[1] += wall
    phase[2] += cpu


def _timed(owner, attr: str, name: str | None = None) -> None:
    """``owner.attr`` timed under ``name``; a generator for the time spent inside it only."""
    f = getattr(owner, attr)
    name = name or attr
    if inspect.isgeneratorfunction(f):
        def gen(*a, **k):
            it = f(*a, **k)
            while True:
                t, c = time.perf_counter(), time.process_time()
                try:
                    item = next(it)
                except StopIteration:
                    _add(name, time.perf_counter() - t, time.process_time() - c)
                    return
                PHASES[name][1] += time.perf_counter() - t
                PHASES[name][2] += time.process_time() - c
                yield item
        setattr(owner, attr, gen)
    else:
        def call(*a, **k):
            t, c = time.perf_counter(), time.process_time()
            try:
                return f(*a, **k)
            finally:
                _add(name, time.perf_counter() - t, time.process_time() - c)
        setattr(owner, attr, call)


def _report(who: str) -> None:
    rows = "".join(f"| {who} | {name} | {int(n)} | {cpu:.3f} | {wall:.3f} |\n" for name, (n, wall, cpu) in PHASES.items())
    sys.stderr.write(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    t, c = time.perf_counter(), time.process_time()
    from keiretsu.graph import GraphStage, build
    from keiretsu.store import open_store
    from keiretsu.store.sqlite import SQLiteStore
    _add("imports", time.perf_counter() - t, time.process_time() - c)

    for attr in ("graph_pending", "relationship_keys", "pair_counts", "record_graph_docs", "set_mention_times",
                 "write_relationships", "_stored_relationships", "_stored_history", "replace_stories",
                 "docs_with_pair", "unit_dates", "graph_doc_info", "observation_rows"):
        _timed(SQLiteStore, attr)
    for attr in ("judge", "bind", "observe", "consolidate"):
        _timed(build, attr)
    _timed(GraphStage, "_stories")
    _timed(GraphStage, "_linkable")
    transaction = SQLiteStore.transaction

    @contextlib.contextmanager
    def timed_transaction(self):
        outer = not self.db.in_transaction
        with transaction(self):
            yield
            t, c = time.perf_counter(), time.process_time()
        if outer:  # the commit, with the WAL checkpoint SQLite runs after it
            _add("commit", time.perf_counter() - t, time.process_time() - c)

    SQLiteStore.transaction = timed_transaction
    run = build.Weigh._run

    def worker(self, rank: int):
        PHASES.clear()  # what the driver had timed before forking is its own
        t, c = time.perf_counter(), time.process_time()
        try:
            yield from run(self, rank)
        finally:
            _add("weighing, in all", time.perf_counter() - t, time.process_time() - c)
            _report(f"worker {rank} (pid {os.getpid()})")

    build.Weigh._run = worker
    sys.stderr.write("| process | phase | calls | CPU s | wall s |\n| --- | --- | --- | --- | --- |\n")
    t, c = time.perf_counter(), time.process_time()
    store = open_store(args.store)
    result = GraphStage(store, processes=args.processes).run()
    store.close()
    _add("open, run and close", time.perf_counter() - t, time.process_time() - c)
    _add("in all (imports included)", time.perf_counter() - T0, time.process_time() - C0)
    _report("writer")
    children = os.times()
    sys.stderr.write(f"\nworkers' CPU in all: {children.children_user + children.children_system:.3f} s; "
                     f"{result.relationships:,} relationships from {result.mentions:,} mentions, "
                     f"{result.stories:,} stories\n")


if __name__ == "__main__":
    main()
