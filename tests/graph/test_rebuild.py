"""`build --rebuild` as a reader sees it: one transaction, and every relationship under the id
it had, so that what the API handed out before still names the same relationship after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from keiretsu.graph import GraphStage, build
from keiretsu.store import open_store

from .test_build import generate  # noqa: F401 - the fixture


def _ids(db: Path) -> dict[int, tuple]:
    con = sqlite3.connect(db)
    try:
        return {row[0]: row[1:] for row in con.execute("SELECT id, type, source_id, target_id, venture "
                                                        "FROM relationships")}
    finally:
        con.close()


def test_a_rebuild_keeps_every_id_and_shows_readers_the_old_graph_till_it_commits(tmp_path, generate,  # noqa: F811
                                                                                  monkeypatch):
    monkeypatch.setattr(build, "_FORK_KEYS", 0)  # forked workers, whose batches arrive in any order
    db = tmp_path / "g.db"
    generate(db, 1, 200, 10, 200, seed=5)
    store = open_store(db)
    GraphStage(store, processes=2).run()
    generate(db, 201, 40, 10, 200, seed=6)
    GraphStage(store, processes=2).run()  # new relationships numbered after the others, not in key order
    before = _ids(db)
    reader = open_store(db, read_only=True)
    old = reader.graph_stats()
    seen: list[dict] = []
    # Called as each batch is written: the reader still sees the graph as it was.
    result = GraphStage(store, processes=2).run(rebuild=True, on_relationships=lambda n: seen.append(
        reader.graph_stats()))
    assert result.full and result.removed == 0
    assert seen and all(stats == old for stats in seen)
    assert _ids(db) == before
    reader.close()
    store.close()
