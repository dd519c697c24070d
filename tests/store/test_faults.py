"""The store under faults: a record SQLite refuses, the write lock, runs that fail, and a dedup
run cut short between its batches and its sentence links."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from keiretsu.clean import CleanStep
from keiretsu.dedup import Deduplicator
from keiretsu.dedup.step import DedupSettings
from keiretsu.errors import KeiretsuError, StoreBusy
from keiretsu.jobs import ingest, recorded_run
from keiretsu.models import Format, RawDocument, Skipped
from keiretsu.settings import Settings
from keiretsu.store import open_store
from keiretsu.store.lock import lock_path, write_lock

from ..helpers import ARTICLE

# SQLite's files, locks and disk faults; test_postgres_faults.py has PostgreSQL's.
pytestmark = pytest.mark.sqlite_only


def cleaned(n: int, **fields) -> list:
    step = CleanStep(Settings())
    return [step.process(RawDocument(f"{ARTICLE} Story {i}.", Format.TEXT, f"feed.jsonl:{i + 1}", external_id=str(i),
                                     **fields)) for i in range(n)]


def test_a_record_sqlite_refuses_is_skipped_and_the_rest_of_its_batch_lands(store):
    docs = cleaned(7)
    docs[2].title = "Honda \ud800 Nissan"  # a lone surrogate: not UTF-8, whatever cleaning missed
    docs[4].clean_text = docs[4].raw_text = "x " * 60_000  # 120 KB, over the limit set below
    docs[5].location = "feed-\udcff.jsonl:6"  # an undecodable file name, as os.fsdecode gives it
    store.db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100_000)
    run = store.start_run("ingest", ["feed.jsonl"])
    written = store.write_batch(run, docs)
    assert written.added == 5
    assert [(s.location, s.reason) for s in written.refused] == [
        ("feed.jsonl:3", "not stored: text that cannot be written as UTF-8 ('utf-8' codec can't encode character "
                         "'\\ud800' in position 6: surrogates not allowed)"),
        ("feed.jsonl:5", "not stored: a field is over SQLite's limit of 100,000 bytes a value"),
    ]
    assert sorted(int(d["external_id"]) for d in store.documents()) == [0, 1, 3, 5, 6]
    assert [s["location"] for s in store.run_skips(run)] == ["feed.jsonl:3", "feed.jsonl:5"]
    # Where a record came from is kept, escaped, rather than the record lost for its file's name.
    assert [d["location"] for d in store.documents() if d["external_id"] == "5"] == ["feed-\\udcff.jsonl:6"]
    again = store.write_batch(run, docs, [Skipped("feed-\udcff.jsonl:9", "bad line")])
    assert again.added == 0 and len(again.refused) == 2  # the stored five are known already
    assert [s["location"] for s in store.run_skips(run)][2:] == ["feed-\\udcff.jsonl:9", "feed.jsonl:3", "feed.jsonl:5"]


def test_ingest_counts_what_the_store_refused_as_skipped(tmp_path, store, settings):
    p = tmp_path / "feed.jsonl"
    p.write_text("".join(json.dumps({"id": str(i), "text": f"{ARTICLE} Story {i}." + (" long" * 30_000 if i == 3
                                                                                       else "")}) + "\n"
                         for i in range(6)))
    store.db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100_000)
    result = ingest([str(p)], store, settings)
    assert (result.documents, result.added, result.already_stored, result.skipped, result.exit_code) == (6, 5, 0, 1, 1)
    assert result.first_skips[0].location == f"{p}:4"
    assert store.runs()[0]["status"] == "completed" and store.runs()[0]["skipped"] == 1


def test_a_run_that_fails_is_marked_failed_with_why(store):
    with pytest.raises(KeiretsuError), recorded_run(store, "build", ["x"]):
        raise KeiretsuError("no space left on the store's disk: 0 MB free")
    with pytest.raises(KeyboardInterrupt), recorded_run(store, "dedup", []):
        raise KeyboardInterrupt
    with recorded_run(store, "extract", []) as run:
        store.finish_run(run, {"read": 1})
    runs = [(r["command"], r["status"], r["counts"]) for r in reversed(store.runs())]
    assert runs == [("build", "failed", {"error": "no space left on the store's disk: 0 MB free"}),
                    ("dedup", "interrupted", {"error": "interrupted"}), ("extract", "completed", {"read": 1})]


HOLD = """
import sys
from keiretsu.store.lock import write_lock
with write_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_one_writer_at_a_time_and_a_killed_holder_frees_the_store(tmp_path):
    db = tmp_path / "k.db"
    with write_lock(db), write_lock(db):  # the stages of a build take it again: re-entrant
        assert lock_path(db).read_text().strip() == str(os.getpid())
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(StoreBusy, match=rf"another keiretsu command \(pid {holder.pid}\) is writing to {db}"):
            with write_lock(db):
                pass
    finally:
        holder.kill()
        holder.wait()
    with write_lock(db):  # the kernel let go of it with the process
        pass


def test_dedup_cut_short_after_its_batches_links_every_sentence_next_time(tmp_path, samples, settings):
    """A run that indexed its batches and died before linking sentences: the next links them all."""
    text = (samples / "nissan-honda-ev-talks.txt").read_text()
    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "wire-1", "text": text}, {"id": "paper-1", "text": text + "\n\nReporting by the Paper desk."}]))
    cfg = DedupSettings(batch=2)
    stores = {}
    for name in ("clean", "cut"):
        store = open_store(tmp_path / f"{name}.db")
        ingest([str(samples), str(p)], store, settings)
        stores[name] = store
    Deduplicator(stores["clean"], cfg).run()
    cut = Deduplicator(stores["cut"], cfg)
    cut.add(stores["cut"].undeduplicated(cfg.batch))  # what a run does before it is killed
    # links inside one document land with its batch; those across documents wait for the next run
    assert stores["cut"].unlinked()
    assert all(link["doc_a"] == link["doc_b"] for link in stores["cut"].sentence_links())
    assert Deduplicator(stores["cut"], cfg).run().documents == 2
    assert stores["cut"].unlinked() == []
    links = {name: store.sentence_links() for name, store in stores.items()}
    assert links["cut"] == links["clean"] and len(links["clean"]) > 10
    within = [link for link in links["clean"] if link["doc_a"] == link["doc_b"]]
    assert within  # the Renault sample holds its story twice: links inside one document count too
    for store in stores.values():
        store.close()
