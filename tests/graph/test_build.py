"""The graph stage on a generated store: forked workers, one transaction per update, and an
update cut short that leaves the graph as it was."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from keiretsu.graph import GraphStage, build
from keiretsu.models import Story
from keiretsu.store import open_store

BENCH = Path(__file__).parents[2] / "bench" / "graph.py"


@pytest.fixture(scope="module")
def generate():
    """The graph benchmark's generator: skewed pairs, copies, dated sentences, straight into the store."""
    spec = importlib.util.spec_from_file_location("bench_graph", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def graph(db: Path) -> tuple[list, list, list]:
    """Everything a build writes, by relationship key rather than id (a rebuild renumbers)."""
    con = sqlite3.connect(db)
    rels = con.execute("SELECT type, source_id, target_id, venture, status, attributes, valid_from, valid_to, "
                       "first_reported, last_reported, mentions, independent_sources, confidence, conflicts "
                       "FROM relationships ORDER BY 1, 2, 3, 4").fetchall()
    history = con.execute("SELECT r.type, r.source_id, r.target_id, r.venture, h.* FROM relationship_history h "
                          "JOIN relationships r ON r.id = h.relationship_id ORDER BY 1, 2, 3, 4, h.seq").fetchall()
    history = [row[:4] + row[5:] for row in history]
    stories = con.execute("SELECT s.*, group_concat(d.doc_id) FROM stories s JOIN story_docs d ON d.story_id = s.id "
                          "GROUP BY s.id ORDER BY s.id").fetchall()
    con.close()
    return rels, history, stories


def test_updates_on_forked_workers_give_the_graph_a_full_build_does(tmp_path, generate, monkeypatch):
    monkeypatch.setattr(build, "_FORK_KEYS", 0)  # fork for any number of keys
    db = tmp_path / "g.db"
    generate(db, 1, 400, 10, 300, seed=1)
    store = open_store(db)
    first = GraphStage(store, processes=2).run()
    assert first.full and first.relationships > 1000
    generate(db, 401, 60, 10, 300, seed=2)
    update = GraphStage(store, processes=2).run()
    assert not update.full and update.documents == 60 and 0 < update.relationships < first.relationships
    incremental = graph(db)
    assert not store.db.execute("SELECT count(*) FROM mentions WHERE times IS NULL").fetchone()[0]

    rebuilt = GraphStage(store, processes=2).run(rebuild=True)
    assert rebuilt.full and rebuilt.documents == 460
    assert graph(db) == incremental
    GraphStage(store, processes=1).run(rebuild=True)
    assert graph(db) == incremental
    store.close()


def test_an_update_cut_short_changes_nothing_and_is_redone(tmp_path, generate, monkeypatch):
    monkeypatch.setattr(build, "_FORK_KEYS", 0)
    db = tmp_path / "g.db"
    generate(db, 1, 200, 10, 200, seed=3)
    store = open_store(db)
    GraphStage(store, processes=2).run()
    before = graph(db)
    generate(db, 201, 30, 10, 200, seed=4)

    def fail(*args, **kwargs):
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(type(store), "write_relationships", fail)
        with pytest.raises(OSError, match="disk full"):
            GraphStage(store, processes=2).run()
    assert graph(db) == before  # stories and documents seen were rolled back with the rest
    assert len(store.graph_pending()) == 30
    assert GraphStage(store, processes=2).run().documents == 30
    updated = graph(db)
    GraphStage(store, processes=1).run(rebuild=True)
    assert graph(db) == updated
    store.close()


def test_an_update_is_written_in_small_messages_as_its_workers_weigh(tmp_path, generate, monkeypatch):
    """What is left to write once the workers end is one small message, not a thousand records."""
    monkeypatch.setattr(build, "_FORK_KEYS", 0)
    db = tmp_path / "g.db"
    generate(db, 1, 200, 10, 200, seed=5)
    store = open_store(db)
    GraphStage(store, processes=2).run()
    generate(db, 201, 40, 10, 200, seed=6)
    writes: list[int] = []
    update = GraphStage(store, processes=2).run(on_relationships=writes.append)
    send = len(store.relationship_keys([d for d in range(201, 241)])) // (2 * build._MESSAGES)
    assert sum(writes) == update.relationships > 0
    # each worker's last, partial message may join the other's: at most two messages in one write
    assert len(writes) >= build._MESSAGES and max(writes) < 2 * send
    updated = graph(db)
    GraphStage(store, processes=1).run(rebuild=True)
    assert graph(db) == updated
    store.close()


def test_an_update_reads_its_keys_mentions_in_the_order_a_full_read_gives(tmp_path, generate):
    """The keys of an update come in any order; its workers get their mentions as a full read
    gives them, key after key and each key's in id order, without sorting them again."""
    db = tmp_path / "g.db"
    generate(db, 1, 150, 10, 40, seed=7)
    store = open_store(db)
    everything = list(store.observation_rows())
    keys = sorted({row[:4] for row in everything}, reverse=True)[::3]  # a third of them, backwards
    for rank in range(2):
        wanted = [row for row in store.observation_rows(None, rank, 2) if row[:4] in set(keys)]
        assert list(store.observation_rows(keys, rank, 2)) == wanted and wanted
    assert any(len({row.mention_id for row in everything if row[:4] == key}) > 3 for key in keys)
    store.close()


def test_regrouped_stories_write_only_the_documents_that_moved_and_hold_what_rewriting_all_does(tmp_path):
    """Stories merged, split and left alone: the tables hold each document under its story once."""
    store = open_store(tmp_path / "s.db")

    def story(*docs: int) -> Story:
        return Story(min(docs), "news", list(docs), len(docs), None, None)

    def held() -> tuple[list, list]:
        return (sorted(tuple(r) for r in store.db.execute("SELECT doc_id, story_id FROM story_docs")),
                [r[0] for r in store.db.execute("SELECT id FROM stories ORDER BY id")])

    store.replace_stories([], [story(1, 2), story(3, 4), story(5, 6), story(9)])
    # 1-2 and 3-4 joined by a new document 7; 6 parted from 5, which is in no story any more; 9 untouched
    store.replace_stories([1, 3, 5], [story(1, 2, 3, 4, 7), story(6)])
    assert held() == ([(1, 1), (2, 1), (3, 1), (4, 1), (6, 6), (7, 1), (9, 9)], [1, 6, 9])
    store.close()


def test_a_history_weighed_again_writes_only_the_entries_that_changed(tmp_path):
    """An update re-weighs long histories whose older entries mostly come out as they were: those
    stay as written, a changed entry is written again and one no longer told is removed."""
    store = open_store(tmp_path / "h.db")
    store.db.executemany("INSERT INTO entities (id, kind, name, key) VALUES (?, 'company', ?, ?)",
                         [(1, "Alpha", "alpha"), (2, "Beta", "beta")])
    key = ("supply", 1, 2, "")

    def entry(seq: int, status: str, day: str, evidence: str) -> tuple:
        return seq, status, day, day, None, "{}", evidence, 1

    def record(mentions: int, entries: list[tuple]) -> tuple:
        return key, ("active", "{}", "2021-01-04", None, "2021-01-04", "2021-03-01", mentions, mentions, 0.7,
                     "[]"), entries

    told = [entry(0, "in_talks", "2021-01-04", "[1]"), entry(1, "agreed", "2021-02-01", "[2]"),
            entry(2, "active", "2021-03-01", "[3]")]
    store.write_relationships([record(3, told)])
    store.db.execute("CREATE TEMP TABLE removed (seq INT)")
    store.db.execute("CREATE TEMP TRIGGER removing AFTER DELETE ON relationship_history "
                     "BEGIN INSERT INTO removed VALUES (old.seq); END")
    store.db.execute("CREATE TEMP TABLE rewritten (seq INT)")
    store.db.execute("CREATE TEMP TRIGGER rewriting AFTER UPDATE ON relationship_history "
                     "BEGIN INSERT INTO rewritten VALUES (new.seq); END")
    again = [told[0], entry(1, "agreed", "2021-02-01", "[2, 4]")]
    store.write_relationships([record(4, again)])
    held = store.db.execute("SELECT seq, status, valid_from, first_reported, expected, attributes, evidence, sources "
                            "FROM relationship_history ORDER BY seq").fetchall()
    assert [tuple(r) for r in held] == again
    # entry 1 is written again in place (its key stays: no index entry of the key moves) and entry 2
    # removed; entry 0 is left as it was
    assert [r[0] for r in store.db.execute("SELECT seq FROM rewritten ORDER BY seq")] == [1]
    assert [r[0] for r in store.db.execute("SELECT seq FROM removed ORDER BY seq")] == [2]
    store.close()
