"""The executor's forked workers keep the large blocks they free in their own heap
(``step._worker_heap``: ``reuse_large_blocks``), where they had inherited the driver's
``map_large_blocks`` and mapped, faulted in and unmapped each shard's arrays: a matter of how
memory is got, which changes nothing that is found."""

from __future__ import annotations

import json
import os

from keiretsu import allocator
from keiretsu.dedup import step
from keiretsu.dedup.step import DedupSettings, Deduplicator, Sign
from keiretsu.executor import LocalExecutor
from keiretsu.jobs import ingest
from keiretsu.settings import Settings
from keiretsu.store import open_store

from .test_speed_s54 import STORIES, TABLES, _retold


def _workers_keeping_blocks(tmp_path, monkeypatch, inherited: bool) -> set[str]:
    """The processes that set their heap to keep large blocks while ``Sign`` ran, in this process
    and on two forked workers, the driver having mapped large blocks apart (``inherited``) or not."""
    calls = tmp_path / f"calls-{inherited}"
    monkeypatch.setattr(step, "reuse_large_blocks", lambda: calls.open("a").write(f"{os.getpid()}\n"))
    monkeypatch.setattr(allocator, "_mapped_apart", inherited)
    Sign(DedupSettings()).load()  # in this process: the driver's heap is left as it is
    executor = LocalExecutor(2)
    try:
        mapped = list(executor.map(Sign(DedupSettings()), [STORIES[:2], STORIES[2:4], STORIES[4:]]))
    finally:
        executor.close()
    assert sum(len(m.stored) for m in mapped) == len(STORIES)
    return set(calls.read_text().split()) if calls.exists() else set()


def test_only_forked_workers_that_inherited_mapped_blocks_keep_them(tmp_path, monkeypatch):
    workers = _workers_keeping_blocks(tmp_path, monkeypatch, True)
    assert workers and str(os.getpid()) not in workers
    # Forked before the driver mapped large blocks apart (a build's workers, started by its
    # ingest): glibc's own setting, left as it is.
    assert not _workers_keeping_blocks(tmp_path, monkeypatch, False)


def _tables(tmp_path, name: str, texts: list[str], workers: int) -> list[list[tuple]]:
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    settings = Settings(db=tmp_path / f"{name}.db")
    store = open_store(settings.db)
    ingest([str(tmp_path / "docs.jsonl")], store, settings)
    executor = LocalExecutor(workers)
    try:
        Deduplicator(store, DedupSettings(batch=4, max_bucket=8), executor).run()
    finally:
        executor.close()
    out = [sorted(map(tuple, store.db.execute(f"SELECT * FROM {t}"))) for t in TABLES]
    store.close()
    return out


def test_forked_workers_find_what_the_driver_finds_inline(tmp_path):
    texts = [t for story in STORIES for t in (story, _retold(story))]
    inline = _tables(tmp_path, "inline", texts, 1)
    forked = _tables(tmp_path, "forked", texts, 2)
    assert forked == inline
    assert inline[2]  # doc_links: the retellings were found
