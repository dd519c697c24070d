"""`keiretsu dedup` made cheaper (issue 16) does what it did: the map step's sentence arrays, and the
documents counted only for a progress bar."""

from __future__ import annotations

import numpy as np

from keiretsu import stages
from keiretsu.dedup import Deduplicator, digests, step
from keiretsu.executor import LocalExecutor
from keiretsu.dedup.paraphrase import analyse, key_hash

from .test_dedup import put, story

TEXTS = [
    "TOKYO, March 3 - Nissan Motor Co said on Wednesday it was in talks with Honda Motor Co. Profit rose "
    "1.3 mln yen, or 12.5%, to 3 billion yen.\n\nThe U.S.-based unit said nothing.",
    "",
    "İstanbul, May 5 - Koç sold 7 mln shares.\n***\n",
    "Acme Corp said its mid-1987 split was 10-for-1. Acme Corp said its mid-1987 split was 10-for-1.",
]


def test_a_shards_sentences_are_read_field_by_field_as_before():
    infos = [analyse(t) for t in TEXTS]
    out = digests.Sentences.of(infos)
    flat = [s for info in infos for s in info]
    assert out.counts.tolist() == [len(info) for info in infos] == [2, 0, 2, 2]
    assert out.keys.dtype == np.int64 and out.keys.tolist() == [s.hash for s in flat]
    assert out.keyed.dtype == np.bool_ and out.keyed.tolist() == [bool(s.key) for s in flat]
    assert out.keyed.tolist()[2:4] == [True, False]  # "***" has no words
    assert [s.key for s in flat][-2:] == ["acme corp said its mid 1987 split was 10 for 1"] * 2
    for name, (sizes, items) in zip(digests.SETS, (out.words, out.numbers, out.names)):
        sets = [getattr(s, name) for s in flat]
        assert sizes.tolist() == [len(x) for x in sets]
        starts = np.r_[0, np.cumsum(sizes)]
        assert [items[a:b].tolist() for a, b in zip(starts[:-1], starts[1:])] == \
            [sorted(key_hash(w) for w in x) for x in sets]
    assert {"7000000"} == flat[2].numbers and {"nissan", "honda"} <= flat[0].names


def test_documents_are_counted_only_for_a_progress_bar(tmp_path, samples, store, settings, monkeypatch):
    put(tmp_path, store, settings, [{"id": "a", "text": story(samples)}, {"id": "b", "text": "Breaking. " + story(samples)}])
    seen = []
    assert stages.run_dedup(settings=settings, progress=lambda *a: seen.append(a)).documents == 2
    assert seen[0] == ("dedup", 0, 2) and seen[-1] == ("dedup", 2, 2)
    seen.clear()
    assert stages.run_dedup(settings=settings, rebuild=True, progress=lambda *a: seen.append(a)).documents == 2
    assert seen[0] == ("dedup", 0, 2)

    def counted(*_):
        raise AssertionError("counted with no progress bar to show it")

    for name in ("stats", "count_undeduplicated"):
        monkeypatch.setattr(type(store), name, counted)
    assert stages.run_dedup(settings=settings, rebuild=True).documents == 2
    assert stages.run_dedup(settings=settings).documents == 0


def test_a_run_with_nothing_new_starts_no_worker(tmp_path, samples, store, settings, monkeypatch):
    ids = put(tmp_path, store, settings, [{"id": "a", "text": story(samples)}, {"id": "c", "text": "Breaking. " + story(samples)}])
    with LocalExecutor(2) as executor:
        assert Deduplicator(store, executor=executor).run().links["near"] == 1
    clusters = store.cluster_members([ids["a"], ids["c"]])

    def started(*_):
        raise AssertionError("started for nothing")

    monkeypatch.setattr(step, "warm", started)
    monkeypatch.setattr(LocalExecutor, "map", started)
    with LocalExecutor(2) as executor:
        again = Deduplicator(store, executor=executor).run()
        assert not executor.procs
    assert (again.documents, again.clusters, again.sentence_links) == (0, 1, 0)
    assert store.cluster_members([ids["a"], ids["c"]]) == clusters
