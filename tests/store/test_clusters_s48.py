"""What ``replace_clusters`` says changed, on either backend: the documents that left a cluster, moved
to another or changed level, and those newly clustered; not those that stayed as they were."""

from __future__ import annotations

from .test_contract import cleaned, doc_id, ingested


def test_replace_clusters_reports_each_kind_of_change(store):
    ingested(store, cleaned())
    a1, a2, b1, c1 = (doc_id(store, e) for e in ("a1", "a2", "b1", "c1"))
    assert store.replace_clusters([(a1, a1, "canonical", 1.0), (a2, a1, "exact", 1.0),
                                   (b1, b1, "canonical", 1.0), (c1, b1, "near", 0.9)]) == \
        {a1: -1, a2: -1, b1: -1, c1: -1}
    # a1 and a2 stay; b1 leaves; c1 moves to a1's cluster.
    assert store.replace_clusters([(a1, a1, "canonical", 1.0), (a2, a1, "exact", 1.0),
                                   (c1, a1, "paraphrase", 0.7)]) == {b1: -1, c1: b1}
    assert store.cluster_members([a1, b1]) == {a1: sorted([a1, a2, c1])}
    # The same cluster at another level is a change too; a cluster emptied reports all its members.
    assert store.replace_clusters([(a1, a1, "canonical", 1.0), (a2, a1, "near", 0.95),
                                   (c1, a1, "paraphrase", 0.7)]) == {a2: a1}
    assert store.replace_clusters([]) == {a1: -1, a2: -1, c1: -1}
    assert store.duplicate_clusters() == []
