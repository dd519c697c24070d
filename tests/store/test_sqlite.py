"""The SQLite store: migrations, WAL, full-text search, identity, runs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import keiretsu.store.sqlite as sqlite_store
from keiretsu.errors import NotFound, StoreError
from keiretsu.jobs import ingest
from keiretsu.store import open_store

from ..helpers import ARTICLE

# SQLite's own files and pragmas; tests/store/test_contract.py holds every backend to the rest.
pytestmark = pytest.mark.sqlite_only


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def test_new_store_is_migrated_and_in_wal_mode(store):
    assert store.schema_version == max(n for n, _ in sqlite_store._migrations())
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "documents_fts", "runs", "skips"} <= tables


def test_migrations_apply_once_in_order_and_atomically(tmp_path: Path, monkeypatch):
    path = tmp_path / "m.db"
    open_store(path).close()
    base = sqlite_store._migrations()
    extra = [(len(base) + 1, "CREATE TABLE extra (x INTEGER);")]
    monkeypatch.setattr(sqlite_store, "_migrations", lambda: base + extra)
    s = open_store(path)
    assert s.schema_version == len(base) + 1
    s.close()
    open_store(path).close()  # reopening applies nothing twice (CREATE TABLE would fail)

    broken = [(len(base) + 2, "CREATE TABLE half (x INTEGER); THIS IS NOT SQL;")]
    monkeypatch.setattr(sqlite_store, "_migrations", lambda: base + extra + broken)
    with pytest.raises(StoreError):
        open_store(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(base) + 1
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()


def test_not_a_database(tmp_path: Path):
    p = tmp_path / "notes.db"
    p.write_text("this is a text file, not SQLite " * 100)
    with pytest.raises(StoreError, match="not a keiretsu database"):
        open_store(p)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.db")


def test_reingesting_the_same_content_adds_nothing(tmp_path: Path, store, settings):
    p = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": ARTICLE}, {"id": "2", "text": ARTICLE + " More."}])
    first = ingest([str(p)], store, settings)
    again = ingest([str(p)], store, settings)
    assert (first.added, first.already_stored) == (2, 0)
    assert (again.added, again.already_stored, again.exit_code) == (0, 2, 0)
    assert store.stats()["documents"] == 2


def test_same_text_from_another_origin_is_a_copy_worth_keeping(tmp_path: Path, store, settings):
    p = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "wire-1", "text": ARTICLE, "source": "Wire"},
        {"id": "paper-9", "text": ARTICLE, "source": "Paper"},  # syndicated copy
        {"id": "wire-1", "text": ARTICLE, "source": "Wire"},  # re-send
    ])
    result = ingest([str(p)], store, settings)
    assert (result.added, result.already_stored) == (2, 1)
    hashes = {d["content_hash"] for d in store.documents()}
    assert len(hashes) == 1


def test_full_text_search(tmp_path: Path, store, settings):
    p = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "title": "EV talks", "text": ARTICLE},
        {"id": "2", "title": "Telecoms", "text": "AT&T agreed to buy a stake in a co-operative; Société Générale advised."},
    ])
    ingest([str(p)], store, settings)
    assert [d["external_id"] for d in store.documents(search="honda electric")] == ["1"]
    assert [d["external_id"] for d in store.documents(search='"joint procurement"')] == ["1"]
    assert [d["external_id"] for d in store.documents(search="societe generale")] == ["2"]  # diacritics folded
    assert [d["external_id"] for d in store.documents(search="AT&T")] == ["2"]
    assert [d["external_id"] for d in store.documents(search='co-operative "unclosed')] == []
    assert [d["external_id"] for d in store.documents(search="co-operative")] == ["2"]
    assert "[Honda]" in store.documents(search="honda")[0]["snippet"]
    with pytest.raises(StoreError, match="empty search"):
        store.documents(search='  ""  ')


def test_document_keeps_raw_clean_and_provenance(samples, store, settings):
    result = ingest([str(samples)], store, settings)
    [d] = [store.document(r["id"]) for r in store.documents() if r["location"].endswith("alliance-reform.txt")]
    assert d["raw_text"].count("43 percent") == 4 and d["text"].count("43 percent") == 1
    assert d["run_id"] == result.run_id and d["chars"] == len(d["text"])
    assert len(d["content_hash"]) == 32 and d["date_source"] == "none"
    with pytest.raises(NotFound):
        store.document(10_000)


def test_runs_are_recorded_and_stale_ones_marked_interrupted(tmp_path: Path, store, settings):
    stale = store.start_run("ingest", ["x"])
    store.db.execute("UPDATE runs SET pid = 2147483646 WHERE id = ?", (stale,))  # a process that is gone
    p = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": ARTICLE}])
    (tmp_path / "bad.jsonl").write_text("{oops\n")
    result = ingest([str(p), str(tmp_path / "bad.jsonl")], store, settings)
    runs = {r["id"]: r for r in store.runs()}
    assert runs[stale]["status"] == "interrupted"
    done = runs[result.run_id]
    assert done["status"] == "completed" and done["finished_at"] and done["skipped"] == 1
    assert done["counts"]["added"] == 1 and done["counts"]["steps"]["read"]["in"] == 2
    assert done["inputs"] == [str(p), str(tmp_path / "bad.jsonl")]
