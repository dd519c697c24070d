"""bench/graph_pages.py: the pages a graph update commits, read back from the WAL and named by b-tree."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages():
    return _load("graph_pages")


def _frame(page: int, salts: bytes, size: int) -> bytes:
    return struct.pack(">II", page, 0) + salts + b"\0" * 8 + b"\0" * size


def test_frames_of_the_current_generation_only(pages):
    size, salts = 512, b"\1\2\3\4\5\6\7\10"
    header = b"\x37\x7f\x06\x82" + struct.pack(">II", 3007000, size) + b"\0" * 4 + salts + b"\0" * 8
    stale = _frame(9, b"\0" * 8, size)  # left from before the WAL was restarted
    wal = header + _frame(5, salts, size) + _frame(2, salts, size) + _frame(5, salts, size) + stale
    assert pages.wal_pages(wal) == [5, 2, 5]
    assert pages.wal_pages(b"") == []


def test_an_update_is_counted_page_by_page(pages, tmp_path: Path):
    graph = _load("graph")
    db = tmp_path / "bench.db"
    graph.generate(db, 1, 300, 10, 200, 7)
    from keiretsu.graph import GraphStage
    from keiretsu.store import open_store

    store = open_store(db)
    GraphStage(store).run()
    store.close()
    graph.generate(db, 301, 30, 10, 200, 8)
    out = pages.measure(db, processes=1)
    assert out["result"]["documents"] == 30
    assert out["frames"] == out["pages"] > 0  # each page written once: no spill, one commit of the update
    named = {name for name, *_ in out["btrees"]}
    assert {"relationships", "relationship_history", "graph_docs"} <= named
    assert sum(n for _, n, _, _ in out["btrees"]) == out["frames"]
    # checkpointed on the way out: the store opens with the update in it, and nothing pending
    store = open_store(db)
    assert store.graph_pending() == []
    store.close()
