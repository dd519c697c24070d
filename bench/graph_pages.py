"""What a graph update writes: the pages its commit puts in the WAL, by table and index, and what the
commit and its checkpoint cost.

    .venv/bin/python bench/graph_pages.py COPY.db [--processes 2]

Runs ``GraphStage(store, processes=N).run()`` on the store, which it changes: give it a copy (for the
update ``bench/graph.py`` times, a store it generated and built, with ``--add`` documents more). The
writer's automatic checkpoint is held back until the run ends, so that the WAL holds every page the
update committed; each frame's page is then named by SQLite's ``dbstat`` table (the b-tree it belongs
to now), and the WAL is checkpointed into the store as SQLite would have done after the commit.

A page written twice (a cache spill, or two commits) shows as more frames than pages. Each page costs
the commit a frame written to the WAL and the checkpoint a write to the store, and both are fsynced
by the checkpoint: on the bench's update, about 13,500 pages, 78% of them in the four indexes of
``relationships`` (new relationships land at random places in each).
"""

from __future__ import annotations

import argparse
import contextlib
import struct
import time
from collections import Counter
from pathlib import Path

_WAL_HEADER, _FRAME_HEADER = 32, 24


def wal_pages(wal: bytes) -> list[int]:
    """The page number of each frame of the WAL's current generation (its salts), in order."""
    if len(wal) < _WAL_HEADER:
        return []
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    out, offset = [], _WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(wal):
        header = wal[offset:offset + _FRAME_HEADER]
        if header[8:16] != salts:  # a frame of an earlier generation: the valid ones end here
            break
        out.append(struct.unpack(">I", header[:4])[0])
        offset += _FRAME_HEADER + page_size
    return out


def measure(path: Path, processes: int = 2) -> dict:
    """Run an update on the store at ``path``; the frames and pages it wrote by b-tree, and timings."""
    from keiretsu.graph import GraphStage
    from keiretsu.store import open_store
    from keiretsu.store.sqlite import SQLiteStore

    commits: list[tuple[float, float]] = []
    transaction = SQLiteStore.transaction

    @contextlib.contextmanager
    def timed(self):
        outer = not self.db.in_transaction
        with transaction(self):
            yield
            wall, cpu = time.perf_counter(), time.process_time()
        if outer:
            commits.append((time.perf_counter() - wall, time.process_time() - cpu))

    store = open_store(path)
    db = store.db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL holds the update's frames only
    db.execute("PRAGMA wal_autocheckpoint = 0")
    SQLiteStore.transaction = timed
    try:
        started, cpu = time.perf_counter(), time.process_time()
        result = GraphStage(store, processes=processes).run()
        run = (time.perf_counter() - started, time.process_time() - cpu)
    finally:
        SQLiteStore.transaction = transaction
    wal = Path(f"{path}-wal")
    frames = wal_pages(wal.read_bytes() if wal.exists() else b"")
    owner = dict(db.execute("SELECT pageno, name FROM dbstat"))
    size = Counter(owner.values())
    written = Counter(owner.get(p, "(free)") for p in frames)
    distinct = Counter(owner.get(p, "(free)") for p in set(frames))
    started, cpu = time.perf_counter(), time.process_time()
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    checkpoint = (time.perf_counter() - started, time.process_time() - cpu)
    store.close()
    return {
        "result": result.as_dict(),
        "frames": len(frames),
        "pages": len(set(frames)),
        "btrees": [(name, n, distinct[name], size.get(name, 0)) for name, n in written.most_common()],
        "run": run,
        "commits": commits,
        "checkpoint": checkpoint,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    out = measure(args.store, args.processes)
    r = out["result"]
    print(f"{r['relationships']:,} relationships from {r['mentions']:,} mentions, {r['stories']:,} stories; "
          f"run {out['run'][0]:.3f} s wall, {out['run'][1]:.3f} s CPU in this process")
    print(f"{out['frames']:,} WAL frames, {out['pages']:,} pages, in {len(out['commits'])} commits "
          f"(the last {out['commits'][-1][0]:.3f} s wall, {out['commits'][-1][1]:.3f} s CPU); checkpoint "
          f"{out['checkpoint'][0]:.3f} s wall, {out['checkpoint'][1]:.3f} s CPU\n")
    print("| table or index | frames | pages | of its pages | share of frames |\n| --- | --- | --- | --- | --- |")
    for name, n, pages, size in out["btrees"]:
        print(f"| {name} | {n:,} | {pages:,} | {size:,} | {n / max(1, out['frames']):.1%} |")


if __name__ == "__main__":
    main()
