"""bench/graph_profile.py: a graph update profiled on each process's CPU clock, function by function."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).parents[2] / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_update_is_profiled_and_committed(tmp_path: Path):
    graph, profile = _load("graph"), _load("graph_profile")
    db = tmp_path / "bench.db"
    graph.generate(db, 1, 300, 10, 200, 7)
    from keiretsu.graph import GraphStage, build
    from keiretsu.store import open_store

    store = open_store(db)
    GraphStage(store).run()
    store.close()
    graph.generate(db, 301, 30, 10, 200, 8)
    run = build.Weigh._run
    out = profile.measure(db, processes=1, out=tmp_path / "prof")
    assert build.Weigh._run is run  # the stage's code as it was
    assert out["result"]["documents"] == 30 and out["result"]["mentions"] > 0
    assert out["workers"] == []  # one process: the writer weighs, in its own profile
    total, rows = profile.top([out["writer"]], 5)
    assert total > 0 and len(rows) == 5
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)
    assert any("consolidate" in where for where, *_ in profile.top([out["writer"]], 1000)[1])
    store = open_store(db)
    assert store.graph_pending() == []
    store.close()
