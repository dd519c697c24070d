"""The contract every store backend keeps: the same calls give the same answers on SQLite and on
PostgreSQL. Each test runs once per backend (``BACKENDS``); the PostgreSQL runs need a server
(see ``tests/conftest.py``: skipped with the reason without one, failed under CI=true).

The stores are filled by the real stages (cleaning, dedup, rule extraction, the graph), so that
what is checked is what the product writes and reads, not rows made up for the test."""

from __future__ import annotations

import importlib
import inspect
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from keiretsu.clean import CleanStep
from keiretsu.dedup import Deduplicator
from keiretsu.dedup.buckets import unpack
from keiretsu.errors import NewerSchema, NotFound, StoreError
from keiretsu.extract.step import ExtractStage, entity_key
from keiretsu.graph import GraphStage
from keiretsu.extract.names import is_alias
from keiretsu.models import EntityKind, EntityMention, Extraction, Format, Mention, ObservationRow, RawDocument, \
    RelationshipKey, RelationType, Skipped, Status
from keiretsu.settings import Settings
from keiretsu.stages import make_extractor
from keiretsu.store import DedupIndex, DocumentStore, ExtractionStore, GraphStore, SQLiteStore, Store, backend_of, \
    open_store, sqlite_path

from ..conftest import BACKENDS, new_store_url

# (id, published, title, text). a2 is a1 from another outlet: an exact copy, one cluster.
NEWS = [
    ("a1", "2023-03-01", "Nissan and Honda in EV talks",
     "Nissan Motor Co said on Wednesday it was in talks with Honda Motor Co about a partnership on electric "
     "vehicles."),
    ("a2", "2023-03-01", "Nissan, Honda talk EVs",
     "Nissan Motor Co said on Wednesday it was in talks with Honda Motor Co about a partnership on electric "
     "vehicles."),
    ("b1", "2023-05-10", "Nissan and Honda agree alliance",
     "Nissan Motor Co and Honda Motor Co agreed on Tuesday to form an alliance on electric vehicles, the "
     "companies said."),
    ("c1", None, "Weather", "It rained in Tokyo on Sunday, and AT&T said nothing about it."),
]
ADDED = ("d1", "2023-07-03", "Nissan and Honda widen alliance",
         "Nissan Motor Co and Honda Motor Co agreed on Monday to widen their alliance to batteries.")


def cleaned(news=NEWS, outlet: str = "Example Wire") -> list:
    step = CleanStep(Settings())
    return [step.process(RawDocument(text, Format.TEXT, f"news.jsonl:{i + 1}", external_id=eid, title=title,
                                     published=published, source=outlet))
            for i, (eid, published, title, text) in enumerate(news)]


def ingested(store: Store, docs: list) -> int:
    run = store.start_run("ingest", ["news.jsonl"])
    written = store.write_batch(run, docs)
    store.finish_run(run, {"added": written.added})
    return run


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[Store]:
    """A new, empty store of each backend (this module's tests run on all of them)."""
    s = open_store(new_store_url(request.param, tmp_path, request))
    yield s
    s.close()


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


@pytest.fixture(scope="module", params=BACKENDS)
def built(request, tmp_path_factory, extractor) -> Iterator[Store]:
    """The news through every stage, on each backend; tests must not write to it."""
    s = open_store(new_store_url(request.param, tmp_path_factory.mktemp("built"), request))
    ingested(s, cleaned())
    Deduplicator(s).run()
    ExtractStage(s, extractor).run()
    GraphStage(s).run()
    yield s
    s.close()


def doc_id(store: Store, external_id: str) -> int:
    return store.document_ids([external_id])[external_id]


def set_schema_version(store: Store, version: int) -> None:
    """What a newer keiretsu would leave behind (these tests write a backend's own tables only to stand for
    another version of keiretsu)."""
    if store.backend == "sqlite":
        with sqlite3.connect(sqlite_path(store.url)) as db:
            db.execute(f"PRAGMA user_version = {version}")
    else:
        import psycopg

        with psycopg.connect(store.url, autocommit=True) as db:
            db.execute("INSERT INTO keiretsu_schema (version, applied_at) VALUES (%s, 'test')", (version,))


# --- the interface -----------------------------------------------------------------------------


def interface() -> dict[str, inspect.Signature]:
    parts = (DocumentStore, DedupIndex, ExtractionStore, GraphStore, Store)
    return {name: inspect.signature(member) for part in parts for name, member in vars(part).items()
            if callable(member) and not name.startswith("_")}


def backend_classes() -> list[type]:
    classes: list[type] = [SQLiteStore]
    try:
        from keiretsu.store.postgres import PostgresStore
    except ImportError:  # psycopg not installed: only SQLite to hold to it
        return classes
    return [*classes, PostgresStore]


def test_every_backend_has_every_call_of_the_interface_with_its_parameters():
    calls = interface()
    assert len(calls) > 75  # what the stages, the CLI, the API and the eval code call
    for cls in backend_classes():
        for name, declared in calls.items():
            assert hasattr(cls, name), f"{cls.__name__} lacks {name}"
            if isinstance(getattr(cls, name), property):
                continue
            have = inspect.signature(getattr(cls, name))
            assert list(have.parameters) == list(declared.parameters), (cls.__name__, name)
            assert [p.default for p in have.parameters.values()] == [p.default for p in declared.parameters.values()], \
                (cls.__name__, name)
        assert isinstance(cls.backend, str)


# --- addresses ---------------------------------------------------------------------------------


def test_an_address_names_its_backend(tmp_path: Path):
    assert backend_of(tmp_path / "k.db") == backend_of("sqlite:///k.db") == "sqlite"
    assert backend_of("postgresql://u@h/db") == backend_of("postgres://h/db") == "postgresql"
    assert sqlite_path("sqlite:///data/k.db") == Path("data/k.db")
    assert sqlite_path("sqlite:////srv/k.db") == Path("/srv/k.db")
    with pytest.raises(StoreError, match="not a store keiretsu can open"):
        backend_of("mysql://h/db")
    url = f"sqlite:///{tmp_path / 'k.db'}"  # an absolute path after three slashes: four in all
    s = open_store(url)
    assert (s.backend, Path(s.url)) == ("sqlite", (tmp_path / "k.db").resolve())
    s.close()


# --- documents and runs -------------------------------------------------------------------------


def test_documents_are_stored_once_per_origin_and_runs_recorded(store):
    docs = cleaned()
    run = store.start_run("ingest", ["news.jsonl"])
    first = store.write_batch(run, docs, [Skipped("news.jsonl:9", "not JSON")])
    again = store.write_batch(run, docs)
    relabelled = store.write_batch(run, cleaned(outlet="Other Wire")[:1])
    store.finish_run(run, {"added": first.added})
    assert (first.added, first.refused, again.added) == (4, [], 0)
    assert relabelled.added == 0  # the same text under the same id is the same document, whoever sent it
    assert store.stats()["documents"] == 4
    [recorded] = store.runs()
    assert (recorded["id"], recorded["command"], recorded["status"], recorded["inputs"]) == (run, "ingest",
                                                                                           "completed", ["news.jsonl"])
    assert recorded["counts"] == {"added": 4} and recorded["skipped"] == 1
    assert store.run_skips(run) == [{"location": "news.jsonl:9", "reason": "not JSON"}]
    failed = store.start_run("extract", [])
    assert store.end_run(failed, "failed", "disk full")
    assert store.runs(limit=1)[0]["status"] == "failed"


def test_documents_are_listed_read_and_searched_by_every_word(store):
    ingested(store, cleaned())
    listed = store.documents()
    assert sorted(d["external_id"] for d in listed) == ["a1", "a2", "b1", "c1"]
    b1 = doc_id(store, "b1")
    doc = store.document(b1)
    assert doc["title"] == "Nissan and Honda agree alliance" and doc["text"].startswith("Nissan Motor Co and Honda")
    assert doc["published"].startswith("2023-05-10") and doc["source"] == "Example Wire"
    assert isinstance(doc["cleaning"], dict) and doc["raw_text"]
    with pytest.raises(NotFound):
        store.document(10_000)
    assert [d["external_id"] for d in store.documents(search="Honda alliance")] == ["b1"]
    assert [d["external_id"] for d in store.documents(search='"form an alliance"')] == ["b1"]
    assert [d["external_id"] for d in store.documents(search="AT&T")] == ["c1"]  # punctuation is no syntax
    assert store.documents(search="Honda Toyota") == []
    with pytest.raises(StoreError, match="empty search"):
        store.documents(search='  "" ')
    assert store.texts([b1])[b1] == doc["text"]
    assert store.headlines([b1]) == {b1: ("Nissan and Honda agree alliance", doc["published"])}
    assert store.document_ids(["a1", "nope"]).keys() == {"a1"}
    assert store.meta("k") is None
    store.set_meta("k", "1")
    store.set_meta("k", "2")
    assert store.meta("k") == "2"


def test_stats_say_what_the_store_holds(built):
    stats = built.stats()
    assert stats["documents"] == 4 and stats["published_to"].startswith("2023-05-10")
    assert stats["by_source"] == {"Example Wire": 4} and stats["runs"] == {"completed": 1}
    assert stats["schema_version"] == built.schema_version > 0 and stats["db_bytes"] > 0
    assert stats["extracted"]["read"] + stats["extracted"].get("copy", 0) == 4
    assert stats["clusters"] == 1 and stats["deduplicated"] == 4


# --- the duplicate index ------------------------------------------------------------------------


def test_the_dedup_index_keeps_what_it_is_given(store):
    ingested(store, cleaned())
    a1, a2, b1, c1 = (doc_id(store, e) for e in ("a1", "a2", "b1", "c1"))
    assert store.count_undeduplicated() == 4
    assert [d["id"] for d in store.undeduplicated(10, after=a1)] == [a2, b1, c1]
    assert store.same_content([a1]) == [(a2, a1)]
    sig = bytes(range(256)) * 2  # every byte value survives the round trip
    store.write_dedup_batch(
        [(a1, sig, None, sig[::-1]), (a2, sig, b"p", None)], [(0, sig, sig[::-1]), (1, b"k", b"d")],
        [(a1, a2, "near", 0.9), (a1, a2, "exact", 1.0), (a1, b1, "paraphrase", 0.7)],
        [(11, 1), (12, 1)], [(a1, 0, 0, 10, a1, 1, 11, 20, "near", 0.8)])
    store.write_dedup_batch([(b1, None, None, b"d")], [(0, b"k2", b"d2")], [(a1, a2, "paraphrase", 0.5)], [(11, 2)])
    assert store.count_undeduplicated() == 1 and store.unlinked() == [a1, a2, b1]
    assert list(store.bucket_runs()) == [(0, sig, sig[::-1]), (1, b"k", b"d"), (0, b"k2", b"d2")]  # as written
    assert store.signatures([a1, a2, b1]) == {a1: (sig, None), a2: (sig, b"p"), b1: (None, None)}
    assert store.digests([a1, a2, b1, c1]) == {a1: sig[::-1], b1: b"d"}  # none for a2, c1
    assert store.sentence_df([11, 12, 13]) == {11: 3, 12: 1}
    assert sorted(store.doc_links()) == [(a1, a2, "exact", 1.0), (a1, b1, "paraphrase", 0.7)]  # the strongest
    keys = store.order_keys([a1, b1, c1])
    assert sorted([a1, b1, c1], key=keys.get) == [a1, b1, c1]  # earliest first, undated last
    store.replace_sentence_links([a1, a2], [(a1, 0, 0, 10, a2, 0, 0, 10, "exact", 1.0)], within=[a1])
    assert store.unlinked() == [b1]
    assert [(r["doc_a"], r["doc_b"], r["level"]) for r in store.sentence_links()] == [(a1, a2, "exact")]
    assert store.sentence_links(c1) == []

    assert store.replace_clusters([(a1, a1, "canonical", 1.0), (a2, a1, "exact", 1.0)]) == {a1: -1, a2: -1}
    assert store.cluster_members([a1]) == {a1: [a1, a2]}
    assert store.replace_clusters([(a1, a1, "canonical", 1.0), (a2, a1, "exact", 1.0)]) == {}  # nothing moved
    [cluster] = store.duplicate_clusters()
    assert (cluster["cluster"], cluster["canonical"]["id"], [m["id"] for m in cluster["members"]]) == (a1, a1, [a2])
    assert [m["id"] for m in store.document_cluster(a2)["members"]] == [a1, a2]
    assert store.document_cluster(c1) is None
    store.clear_dedup()
    assert store.count_undeduplicated() == 4 and store.doc_links() == [] and store.duplicate_clusters() == []


def test_dedup_finds_the_copy(built):
    a1, a2 = doc_id(built, "a1"), doc_id(built, "a2")
    assert built.cluster_members([a1]) == {a1: [a1, a2]}
    assert (a1, a2, "exact", 1.0) in built.doc_links()


# --- extraction ---------------------------------------------------------------------------------


def test_extraction_is_stored_and_read_back(built):
    ids = [doc_id(built, e) for e in ("a1", "a2", "b1", "c1")]
    assert built.count_unextracted() == 0 and built.unextracted(10) == [] and built.extracted(ids) == set(ids)
    b1 = ids[2]
    [said] = [m for m in built.doc_mentions([b1]) if m["type"] == "alliance"]
    assert {said["source_name"], said["target_name"]} == {"Honda", "Nissan"} and said["status"] == "agreed"
    mentions = built.mentions(company=entity_key("company", "Nissan"), type="alliance")
    assert {m["doc_id"] for m in mentions} == set(ids[:3])  # a2 holds its original's mentions, as a copy
    assert all(isinstance(m["attributes"], dict) and isinstance(m["cues"], list) for m in mentions)
    assert [m["copy_of"] is not None for m in mentions] == [m["doc_id"] == ids[1] for m in mentions]
    assert built.mentions(type="merger") == [] and len(built.mentions(limit=1, offset=1)) == 1
    assert built.entity_ids_by_alias("company", ["Nissan Motor Co", "Toyota"], is_alias).keys() == {"Nissan Motor Co"}


def test_a_failed_extraction_batch_leaves_nothing(store):
    ingested(store, cleaned())
    a1, b1 = doc_id(store, "a1"), doc_id(store, "b1")
    good = Extraction(a1, [EntityMention(EntityKind.COMPANY, "Nissan", "Nissan Motor Co", 0, 15)],
                      [Mention(RelationType.ALLIANCE, "Nissan", "Honda", Status.IN_TALKS, "Nissan ...", 0, 10)], 1, 1)
    self_tie = Extraction(b1, [], [Mention(RelationType.ALLIANCE, "Nissan", "Nissan", Status.AGREED, "x", 0, 1)])
    copy_without_anchor = [(doc_id(store, "a2"), [{"type": "alliance"}])]  # no source, target, ...: refused
    with pytest.raises(KeyError):
        store.write_extractions("rules", [good, self_tie], copy_without_anchor, entity_key, is_alias)
    assert store.extracted([a1, b1]) == set() and store.mentions() == [] and store.count_unextracted() == 4
    store.write_extractions("rules", [good, self_tie], [], entity_key, is_alias)
    assert [m["doc_id"] for m in store.mentions()] == [a1]  # a company tied to itself is no relationship
    store.clear_extraction()
    assert store.count_unextracted() == 4 and store.mentions() == []


# --- the graph ----------------------------------------------------------------------------------


def alliance(store: Store) -> dict:
    [rel] = [r for r in store.relationships() if r["type"] == "alliance"]
    return rel


def test_the_graph_is_built_and_read(built):
    rel = alliance(built)
    assert {rel["source"], rel["target"]} == {"Honda", "Nissan"} and rel["status"] == "agreed"
    assert rel["mentions"] == 3 and rel["independent_sources"] == 2  # a2 is a1's copy
    assert rel["first_reported"] == "2023-03-01" and rel["last_reported"] == "2023-05-10"
    assert built.relationship(rel["id"]) == rel
    with pytest.raises(NotFound):
        built.relationship(10_000)
    steps = built.history([rel["id"]])[rel["id"]]
    assert [h["status"] for h in steps] == ["in_talks", "agreed"] and all(h["evidence"] for h in steps)
    assert "evidence" not in built.history([rel["id"]], evidence=False)[rel["id"]][0]
    evidence = built.evidence(rel["id"])
    assert len(evidence) == 3 and [e["published"][:10] for e in evidence] == sorted(e["published"][:10]
                                                                                    for e in evidence)
    nissan = built.entity("company", entity_key("company", "Nissan"))
    assert nissan["name"] == "Nissan" and "Nissan Motor Co" in nissan["aliases"]
    assert built.entity_by_id(nissan["id"]) == nissan
    with pytest.raises(NotFound):
        built.entity("company", "no such company")
    counts = built.relationship_counts(nissan["id"])
    assert counts["alliance"] == {"agreed": 1} and built.relationship_total(nissan["id"]) == 1
    assert [r["id"] for r in built.relationships([nissan["id"]], type="alliance", status="agreed")] == [rel["id"]]
    assert built.relationships([nissan["id"]], status="ended") == []
    assert built.relationships([nissan["id"], rel["source_id"], rel["target_id"]], between=True)[0]["id"] == rel["id"]
    assert built.relationships(reported_by="2023-01-01") == []
    assert [e["name"] for e in built.find_entities("Nis")] == ["Nissan"]
    assert built.find_entities("%") == built.find_entities("_") == []  # no wildcards from the user
    marks = built.document_marks(doc_id(built, "b1"))
    assert {e["name"] for e in marks["entities"]} >= {"Nissan", "Honda"}
    assert [m["relationship"] for m in marks["mentions"] if m["type"] == "alliance"] == [rel["id"]]
    assert [c["id"] for c in built.changes("2023-05-01")] == [rel["id"]]
    assert built.conflicted_since("2000-01-01") == []
    stats = built.graph_stats()
    assert stats["relationships"] == {"alliance": 1} and stats["by_status"] == {"agreed": 1}
    nodes, edges = list(built.graph_nodes()), list(built.graph_edges())
    assert {n["name"] for n in nodes} == {"Honda", "Nissan"} and [e["id"] for e in edges] == [rel["id"]]


def test_stories_group_the_documents(built):
    stories = built.stories()
    assert [s["title"] for s in stories] == ["Nissan and Honda agree alliance", "Nissan and Honda in EV talks"]
    assert all(s["companies"] == ["Honda", "Nissan"] for s in stories)
    talks = built.story(stories[1]["id"])
    assert [d["id"] for d in talks["documents_list"]] == [doc_id(built, "a1"), doc_id(built, "a2")]
    nissan = built.entity("company", entity_key("company", "Nissan"))
    assert len(built.stories(nissan["id"])) == 2 and built.stories(limit=1, offset=1) == stories[1:]
    with pytest.raises(NotFound):
        built.story(10_000)
    changed = built.story_changes([doc_id(built, "b1")])
    assert changed == {alliance(built)["id"]: {1}}  # b1 is the evidence of the second step


def test_observation_rows_are_named_and_shard_by_source(built):
    rows = list(built.observation_rows())
    assert rows and all(isinstance(r, ObservationRow) for r in rows)
    assert [r.key for r in rows] == sorted(r.key for r in rows)  # grouped by relationship
    assert all(r.times is not None and r.sentence is None for r in rows)  # dated by the build, so no sentence
    keys = built.relationship_keys([doc_id(built, "b1")])
    assert keys and all(isinstance(k, RelationshipKey) for k in keys)
    assert {r.key for r in built.observation_rows(sorted(keys))} == keys
    shards = [list(built.observation_rows(None, rank, 2)) for rank in range(2)]
    assert sorted(shards[0] + shards[1]) == sorted(rows)
    assert all(r.source_id % 2 == rank for rank, shard in enumerate(shards) for r in shard)


def test_a_rebuild_keeps_ids_and_news_updates_the_graph(store, extractor):
    ingested(store, cleaned())
    Deduplicator(store).run()
    ExtractStage(store, extractor).run()
    GraphStage(store, processes=2).run()
    before = alliance(store)
    rebuilt = GraphStage(store, processes=2).run(rebuild=True)
    assert rebuilt.full and alliance(store) == before
    ingested(store, cleaned([ADDED]))
    Deduplicator(store).run()
    ExtractStage(store, extractor).run()
    update = GraphStage(store).run()
    assert (update.documents, update.full) == (1, False)
    after = alliance(store)
    assert after["id"] == before["id"] and after["mentions"] == before["mentions"] + 1
    assert after["last_reported"] == "2023-07-03"


# --- reading while a build writes ----------------------------------------------------------------


def test_a_read_only_store_reads_and_never_writes(store):
    ingested(store, cleaned())
    reader = open_store(store.url, read_only=True)
    try:
        assert reader.read_only and reader.stats()["documents"] == 4
        with pytest.raises(StoreError, match="read-only"):
            reader.set_meta("k", "v")
        with pytest.raises(StoreError, match="read-only"):
            reader.write_batch(1, cleaned([ADDED]))
        assert store.meta("k") is None and store.stats()["documents"] == 4
    finally:
        reader.close()


def test_a_snapshot_sees_one_state_whatever_is_committed_meanwhile(store, extractor):
    ingested(store, cleaned())
    ExtractStage(store, extractor).run()
    GraphStage(store).run()
    reader = open_store(store.url, read_only=True)
    try:
        with reader.snapshot():
            before = reader.documents(), reader.graph_stats()
            ingested(store, cleaned([ADDED]))
            with store.transaction():  # what `build --rebuild` commits when no mention is left
                store.clear_graph()
                store.drop_unwritten()
            assert (reader.documents(), reader.graph_stats()) == before and reader.stats()["documents"] == 4
        assert reader.stats()["documents"] == 5 and reader.graph_stats()["relationships"] == {}  # the next read
    finally:
        reader.close()


# --- schema versions ----------------------------------------------------------------------------


def test_reopening_migrates_nothing_twice_and_a_newer_schema_is_refused(store):
    version = store.schema_version
    ingested(store, cleaned())
    again = open_store(store.url)
    assert again.schema_version == version and again.stats()["documents"] == 4
    again.close()
    set_schema_version(store, version + 1)
    for read_only in (False, True):
        with pytest.raises(NewerSchema, match=f"schema {version + 1}, this one knows up to {version}"):
            open_store(store.url, read_only=read_only)
    refused = subprocess.run([sys.executable, "-m", "keiretsu", "--db", store.url, "stats"], capture_output=True,
                             text=True, timeout=60)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == f"error: {store.display}: written by a newer version of keiretsu (schema {version + 1}, " \
                             f"this one knows up to {version}); upgrade keiretsu to open it\n"


@pytest.mark.parametrize("backend", BACKENDS)
def test_bucket_rows_stored_a_row_each_are_carried_over_into_runs(backend, tmp_path, request, monkeypatch):
    """A store written when the bucket rows were a row each (before SQLite's migration 10 and
    PostgreSQL's 4) keeps every one of them, in runs of about a batch's documents."""
    url = new_store_url(backend, tmp_path, request)
    module = importlib.import_module(f"keiretsu.store.{'sqlite' if backend == 'sqlite' else 'postgres'}")
    runs_from = {"sqlite": 10, "postgresql": 4}[backend]
    migrations = module._migrations()
    assert "lsh_runs" in migrations[runs_from - 1][1]
    monkeypatch.setattr(module, "_migrations", lambda: migrations[: runs_from - 1])
    rows = [(0, 7, 1), (0, 7, 2), (0, -2**63, 2), (0, 2**63 - 1, 3999), (0, -5, 4000), (1, 7, 2), (1, 3, 1)]
    store = open_store(url)
    mark = "?" if backend == "sqlite" else "%s"
    with store.transaction():  # as an earlier keiretsu wrote them
        store.db.cursor().executemany(f"INSERT INTO lsh_buckets (kind, key, doc_id) VALUES ({mark}, {mark}, {mark})",
                                      rows)
    store.close()
    monkeypatch.undo()
    store = open_store(url)
    runs = [(kind, unpack(keys).tolist(), unpack(docs).tolist()) for kind, keys, docs in store.bucket_runs()]
    store.close()
    assert [kind for kind, _, _ in runs] == [0, 0, 0, 1]  # documents 0-1999, 2000-3999, 4000- of each kind
    assert sorted((kind, key, doc) for kind, keys, docs in runs for key, doc in zip(keys, docs)) == sorted(rows)


# --- transactions -------------------------------------------------------------------------------


def test_a_failed_batch_leaves_nothing(store):
    ingested(store, cleaned()[:1])
    run = store.start_run("build", [])
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.write_batch(run, cleaned()[1:])  # joins the outer transaction
            store.set_meta("k", "v")
            store.write_dedup_batch([(doc_id(store, "a1"), None, None, None)], [], [])
            raise RuntimeError("the build was cut short")
    assert store.stats()["documents"] == 1 and store.meta("k") is None and store.count_undeduplicated() == 1
    with store.transaction():
        store.write_batch(run, cleaned()[1:])
    assert store.stats()["documents"] == 4


# --- the same build on every backend -------------------------------------------------------------


def graph_by_name(store: Store) -> dict[str, list]:
    """What a build wrote, by names and external ids rather than the ids a backend hands out."""
    edges = list(store.graph_edges())
    steps = store.history([e["id"] for e in edges], evidence=False)
    key = ("type", "source", "target", "venture", "status", "valid_from", "valid_to", "first_reported",
           "last_reported", "mentions", "independent_sources", "attributes", "conflicts")
    relationships = sorted(
        (*(repr(e[k]) for k in key), round(e["confidence"], 9), repr(steps[e["id"]])) for e in edges)
    external = {d["id"]: d["external_id"] for d in store.documents(limit=10_000)}
    clusters = sorted(sorted(external[m["id"]] for m in [c["canonical"], *c["members"]])
                      for c in store.duplicate_clusters(limit=10_000))
    stories = sorted((s["title"], s["first"], s["last"], s["documents"], s["sources"], repr(s["companies"]))
                     for s in store.stories(limit=10_000))
    return {"relationships": relationships, "clusters": clusters, "stories": stories}


def test_every_backend_builds_the_same_graph_from_real_news(shared, tmp_path: Path, request, extractor):
    import json

    from keiretsu.jobs import ingest

    news = tmp_path / "acq.jsonl"
    with (shared / "corpora/reuters-21578/reuters-21578.jsonl").open(encoding="utf-8") as lines:
        stories = [json.loads(line) for line in lines if '"acq"' in line][:40]  # takeovers: relationships
    copy = stories[0] | {"id": "copy-of-first", "source": "Example Wire"}  # and a duplicate cluster
    news.write_text("".join(json.dumps(story) + "\n" for story in [*stories, copy]), encoding="utf-8")
    built = {}
    for backend in BACKENDS:
        url = new_store_url(backend, tmp_path / backend if backend == "sqlite" else tmp_path, request)
        if backend == "sqlite":
            (tmp_path / backend).mkdir()
        store = open_store(url)
        assert ingest([str(news)], store, Settings(db=url)).added == 41
        Deduplicator(store).run()
        ExtractStage(store, extractor).run()
        GraphStage(store, processes=2).run()
        built[backend] = graph_by_name(store)
        store.close()
    sqlite, postgresql = built["sqlite"], built["postgresql"]
    assert len(sqlite["relationships"]) > 15 and sqlite["clusters"] and len(sqlite["stories"]) > 5
    for part in sqlite:
        assert postgresql[part] == sqlite[part], part
