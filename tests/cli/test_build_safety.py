"""Builds under faults, as a user meets them: real `keiretsu build` processes on a real store,
killed at every stage, run two at once, killed with their workers busy, and out of disk space.

A build killed and run again must end exactly as an uninterrupted one: every table compared by
content (documents by origin and hash, entities by key, mentions by what they say), since ids
may be handed out in another order."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from keiretsu.dedup.buckets import unpack
from keiretsu.store import open_store
from keiretsu.store.lock import write_lock

from ..conftest import SHARED

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="watches processes through /proc")
REUTERS = SHARED / "corpora/reuters-21578/reuters-21578.jsonl"
ENV = {**os.environ, "KEIRETSU_WORKERS": "2", "COLUMNS": "250"}


def keiretsu(*args: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "keiretsu", "--db", str(db), *args]


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> tuple[Path, int]:
    """120 Reuters-21578 acquisition stories, each tenth also sent by a wire with a line added (a
    near copy), some republished whole (exact copies) and some holding their lead twice in two
    wordings (sentences linked within one document): stories, duplicate clusters and copies'
    evidence in a build of seconds. Returns the JSONL file and how many records it holds."""
    if not REUTERS.is_file():
        pytest.skip("../shared/corpora/reuters-21578 is not beside the checkout")
    path = tmp_path_factory.mktemp("news") / "reuters-acq.jsonl"
    records = []
    with REUTERS.open(encoding="utf-8") as src:
        for line in src:
            story = json.loads(line)
            if "acq" not in story.get("topics", []):
                continue
            n = sum(1 for r in records if r["source"] == "Reuters") + 1
            lead = story["text"].split("\n", 1)[0]
            if n % 20 == 15 and " said" in lead:
                story["text"] += "\n" + lead.replace(" said", " stated", 1)
            records.append(story)
            if n % 10 == 0:
                records.append(story | {"id": story["id"] + "-wire", "source": "Wire",
                                        "text": story["text"] + "\nReporting by the Wire desk."})
            if n % 20 == 5:
                records.append(story | {"id": story["id"] + "-copy", "source": "Paper"})
            if n == 120:
                break
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path, len(records)


@pytest.fixture(scope="module")
def raced(news, tmp_path_factory) -> tuple[Path, list[subprocess.CompletedProcess], list[float]]:
    """Two builds of the same news started together on one new store: the store, both processes
    and how long each ran. The one that ran is the clean build the other tests compare with."""
    db = tmp_path_factory.mktemp("raced") / "k.db"
    started = time.monotonic()
    procs = [subprocess.Popen(keiretsu("build", "-q", "--json", str(news[0]), db=db), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV) for _ in range(2)]
    took: list[float | None] = [None, None]
    while None in took:  # what they print is small: their pipes never fill while this waits
        for i, p in enumerate(procs):
            if took[i] is None and p.poll() is not None:
                took[i] = time.monotonic() - started
        assert time.monotonic() - started < 300
        time.sleep(0.02)
    done = [subprocess.CompletedProcess(p.args, p.returncode, *p.communicate()) for p in procs]
    return db, done, took  # type: ignore[return-value]


# --- what a store holds, by content -----------------------------------------------------------


def contents(db: Path) -> dict[str, list]:
    """Every table but the run records, each row with its ids replaced by what they stand for."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = con.execute
    doc = {i: (origin, h) for i, origin, h in q("SELECT id, origin_key, content_hash FROM documents")}
    entity = {i: (kind, key) for i, kind, key in q("SELECT id, kind, key FROM entities")}
    mention: dict[int, tuple] = {}
    rows = q("SELECT id, doc_id, type, source_id, target_id, start, end, copy_of FROM mentions ORDER BY id").fetchall()
    for i, d, rtype, s, t, start, end, _ in rows:
        mention[i] = (doc[d], rtype, entity[s], entity[t], start, end)
    out: dict[str, list] = {}

    def table(name: str, sql: str, row: Callable[[tuple], tuple]) -> None:
        out[name] = sorted((row(r) for r in q(sql)), key=repr)

    table("documents", "SELECT origin_key, content_hash, external_id, title, url, source, published, date_source, "
          "retrieved, format, location, raw_text, clean_text, chars, cleaning FROM documents", tuple)
    table("skips", "SELECT DISTINCT location, reason FROM skips", tuple)
    table("meta", "SELECT key, value FROM meta", tuple)
    table("dedup_docs", "SELECT doc_id, near_sig, para_sig, linked FROM dedup_docs", lambda r: (doc[r[0]], *r[1:]))
    # Bucket rows, whichever runs hold them: a build cut short and run again may batch them otherwise.
    out["lsh_runs"] = sorted(((kind, key, doc[d]) for kind, keys, docs in q("SELECT kind, keys, docs FROM lsh_runs")
                              for key, d in zip(unpack(keys).tolist(), unpack(docs).tolist())), key=repr)
    table("doc_links", "SELECT a, b, level, similarity FROM doc_links", lambda r: (doc[r[0]], doc[r[1]], *r[2:]))
    table("doc_clusters", "SELECT doc_id, cluster_id, level, similarity FROM doc_clusters",
          lambda r: (doc[r[0]], doc[r[1]], *r[2:]))
    table("sentence_links", "SELECT * FROM sentence_links",
          lambda r: (doc[r[0]], *r[1:4], doc[r[4]], *r[5:]))
    table("sentence_df", "SELECT hash, df FROM sentence_df", tuple)
    table("entities", "SELECT kind, key, name FROM entities", tuple)
    table("entity_aliases", "SELECT entity_id, alias, seen FROM entity_aliases", lambda r: (entity[r[0]], *r[1:]))
    table("entity_mentions", "SELECT doc_id, entity_id, start, end, text FROM entity_mentions",
          lambda r: (doc[r[0]], entity[r[1]], *r[2:]))
    table("mentions", "SELECT id, status, attributes, sentence, trigger, cues, confidence, extractor, copy_of, times "
          "FROM mentions", lambda r: (mention[r[0]], *r[1:8], mention.get(r[8]), r[9]))
    table("extracted_docs", "SELECT doc_id, extractor, how, sentences, parsed FROM extracted_docs",
          lambda r: (doc[r[0]], *r[1:]))
    table("relationships", "SELECT type, source_id, target_id, venture, status, attributes, valid_from, valid_to, "
          "first_reported, last_reported, mentions, independent_sources, confidence, conflicts FROM relationships",
          lambda r: (r[0], entity[r[1]], entity[r[2]], *r[3:]))
    table("relationship_history", "SELECT r.type, r.source_id, r.target_id, r.venture, h.seq, h.status, "
          "h.valid_from, h.first_reported, h.expected, h.attributes, h.evidence, h.sources "
          "FROM relationship_history h JOIN relationships r ON r.id = h.relationship_id",
          lambda r: (r[0], entity[r[1]], entity[r[2]], *r[3:10], [mention[m] for m in json.loads(r[10])], r[11]))
    table("graph_docs", "SELECT doc_id, unit, published FROM graph_docs", lambda r: (doc[r[0]], doc[r[1]], r[2]))
    table("doc_focus", "SELECT doc_id, a, b FROM doc_focus", lambda r: (doc[r[0]], entity[r[1]], entity[r[2]]))
    table("stories", "SELECT id, title, first, last, documents, sources, companies FROM stories",
          lambda r: (doc[r[0]], *r[1:]))
    table("story_docs", "SELECT doc_id, story_id FROM story_docs", lambda r: (doc[r[0]], doc[r[1]]))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    return out


def assert_same(got: dict[str, list], want: dict[str, list]) -> None:
    assert got.keys() == want.keys()
    for name in want:
        assert len(got[name]) == len(want[name]), name
        assert got[name] == want[name], name


# --- processes ------------------------------------------------------------------------------


def children(pid: int) -> dict[int, str]:
    """The live processes whose parent is ``pid``, with their names."""
    if Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():  # the kernel keeps the list: fast
        pids = set()
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                pids.update(int(k) for k in (task / "children").read_text().split())
            except OSError:
                continue
    else:
        pids = {int(stat.parent.name) for stat in Path("/proc").glob("[0-9]*/stat") if _field(stat, 1) == str(pid)}
    found = {}
    for child in pids:
        if alive(child):
            try:
                found[child] = Path(f"/proc/{child}/comm").read_text().strip()
            except OSError:
                continue
    return found


def _field(stat: Path, n: int) -> str | None:
    """Field ``n`` after the name in /proc/PID/stat (0: state, 1: parent)."""
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[n]
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    # An orphan's zombie waits for a reaper that may never come in a container: it counts as gone.
    return _field(Path(f"/proc/{pid}/stat"), 0) not in (None, "Z")


def kill_with_its_workers(proc: subprocess.Popen, name: str) -> list[int]:
    """Kill the build once two workers called ``name`` are running; returns them."""
    deadline = time.monotonic() + 120
    while len(workers := [p for p, comm in children(proc.pid).items() if comm == name]) < 2:
        assert proc.poll() is None, f"the build ended before two {name} workers were seen"
        assert time.monotonic() < deadline
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return workers


def assert_all_gone(pids: list[int], within: float = 3.0) -> None:
    deadline = time.monotonic() + within
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p for p in pids if alive(p)], "workers outlived their killed build"


class Stepper:
    """Takes the store's write lock whenever the build lets go of it, so that the test sees the
    store after each commit and can kill the build right there, or in the middle of the next
    transaction if the build started it first."""

    def __init__(self, db: Path):
        self.con = sqlite3.connect(db, isolation_level=None, timeout=0)
        self.con.execute("BEGIN IMMEDIATE")

    def count(self, sql: str) -> int:
        return self.con.execute(sql).fetchone()[0]

    def version(self) -> int:
        return self.con.execute("PRAGMA data_version").fetchone()[0]

    def kill_when(self, proc: subprocess.Popen, sql: str) -> list[int]:
        """Let the build commit until ``sql`` counts more than 0 in what it committed, then kill
        it at once; returns the workers it had then."""
        deadline = time.monotonic() + 120
        while not self.count(sql):
            seen = self.version()
            self.con.execute("ROLLBACK")
            while True:
                try:
                    self.con.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError:  # the build is writing (reads still see its commits)
                    if self.count(sql):
                        return self._kill(proc)
                    continue
                if self.version() != seen:
                    break
                self.con.execute("ROLLBACK")  # nothing new yet: let the build in
                assert proc.poll() is None, f"the build ended before {sql!r} counted anything"
                assert time.monotonic() < deadline
                time.sleep(0.0005)
        return self._kill(proc)

    def _kill(self, proc: subprocess.Popen) -> list[int]:
        workers = list(children(proc.pid))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if self.con.in_transaction:
            self.con.execute("ROLLBACK")
        return workers

    def close(self) -> None:
        self.con.close()


# --- the tests ------------------------------------------------------------------------------


def test_two_builds_at_once_one_stops_at_once_and_nothing_is_doubled(raced, news):
    db, procs, took = raced
    ran = [p for p in procs if p.returncode == 0]
    stopped = [p for p in procs if p.returncode == 2]
    assert len(ran) == 1 and len(stopped) == 1, [(p.returncode, p.stderr[-500:]) for p in procs]
    assert took[procs.index(stopped[0])] < took[procs.index(ran[0])] / 2  # at once, not after waiting
    line = stopped[0].stderr.strip()
    assert "\n" not in line and line.startswith("error: another keiretsu command (pid ")
    assert f"is writing to {db}" in line and stopped[0].stdout == ""
    report = json.loads(ran[0].stdout)
    assert report["ingest"]["added"] == news[1] and report["graph"]["stories"] > 0
    assert report["dedup"]["sentence_links"] > 0 and report["extract"]["copies"] > 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == news[1]
    doubled = con.execute("SELECT count(*) FROM (SELECT 1 FROM mentions GROUP BY doc_id, type, source_id, target_id, "
                          "start, end, copy_of IS NULL HAVING count(*) > 1)").fetchone()[0]
    assert doubled == 0
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == report["extract"]["mentions"]
    assert [r[0] for r in con.execute("SELECT status FROM runs")] == ["completed"]
    con.close()


def test_a_build_killed_at_every_stage_and_run_again_ends_as_a_clean_build(raced, news, tmp_path):
    clean = contents(raced[0])
    db = tmp_path / "k.db"
    open_store(db).close()
    args = ["build", "-q", "--batch-size", "50", str(news[0])]
    # Each build is killed as soon as the commit named is seen, between two transactions or in the
    # middle of the next one (the graph's: its documents and stories), and the next build goes on
    # from where it stopped.
    kills = [
        (args, "SELECT count(*) FROM documents"),  # ingest: a first batch of 50 stored
        (args, "SELECT count(*) FROM dedup_docs"),  # dedup: indexed, sentences not linked yet
        (args, "SELECT count(*) FROM extracted_docs"),  # extract: the originals read, copies not recorded
        (args, "SELECT count(*) FROM relationships"),  # graph: relationships written, not their stories
    ]
    for command, when in kills:
        stepper = Stepper(db)
        proc = subprocess.Popen(keiretsu(*command, db=db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
        try:
            workers = stepper.kill_when(proc, when)
        finally:
            stepper.close()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert_all_gone(workers)
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    rerun = subprocess.run(keiretsu("build", "-q", str(news[0]), db=db), capture_output=True, text=True, env=ENV,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_same(contents(db), clean)
    con = sqlite3.connect(db)
    statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted"] * len(kills) + ["completed"]
    con.close()


def test_workers_die_with_a_build_killed_in_the_graph_stage(tmp_path):
    """Weighing a generated graph keeps two workers busy sending more than a pipe holds: killed
    with their parent, they must not stay behind blocked on it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_graph", Path(__file__).parents[2] / "bench" / "graph.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    db = tmp_path / "g.db"
    bench.generate(db, 1, 600, 10, 200, seed=1)
    proc = subprocess.Popen(keiretsu("build", "-q", db=db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=ENV)
    try:
        workers = kill_with_its_workers(proc, "keiretsu-graph")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert_all_gone(workers)


@pytest.fixture
def small_disk(tmp_path):
    """A 24 MB file system of its own (tmpfs; root only), unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command here to make a small file system to fill")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here to fill ({made.stderr.strip() or 'mount failed'})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_stops_the_build_cleanly_and_the_next_one_completes(raced, news, small_disk):
    db = small_disk / "k.db"
    ingest = subprocess.run(keiretsu("ingest", "-q", str(news[0]), db=db), capture_output=True, text=True, env=ENV)
    assert ingest.returncode == 0, ingest.stderr
    # Leave too little room for the duplicate index, which is written next.
    filler = small_disk / "filler"
    with filler.open("wb") as f:
        while shutil.disk_usage(small_disk).free > 150_000:
            f.write(b"\0" * min(1 << 20, shutil.disk_usage(small_disk).free - 100_000))
    full = subprocess.run(keiretsu("build", "-q", str(news[0]), db=db), capture_output=True, text=True, env=ENV,
                          timeout=300)
    assert full.returncode == 2 and "Traceback" not in full.stderr, full.stderr
    line = full.stderr.strip()
    assert "\n" not in line and line.startswith("error: no space left on the store's disk: ")
    assert " MB free in " in line
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")] == ["completed", "failed"]
    failed = json.loads(con.execute("SELECT counts FROM runs ORDER BY id DESC").fetchone()[0])
    assert failed["error"].startswith("no space left on the store's disk")
    con.close()
    stats = subprocess.run(keiretsu("stats", "--json", db=db), capture_output=True, text=True, env=ENV)
    assert stats.returncode == 0 and json.loads(stats.stdout)["documents"] == news[1]  # still usable, still full
    filler.unlink()
    again = subprocess.run(keiretsu("build", "-q", str(news[0]), db=db), capture_output=True, text=True, env=ENV,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert_same(contents(db), contents(raced[0]))


def test_a_post_while_another_command_writes_says_so(tmp_path):
    from fastapi.testclient import TestClient

    from keiretsu.api import create_app

    db = tmp_path / "w.db"
    with TestClient(create_app(db, write=True, allowed_hosts=["testserver"])) as client, write_lock(db):
        r = client.post("/api/documents", json={"documents": [{"text": "Honda and Sony agreed on a venture."}]})
    assert r.status_code == 409
    assert r.json()["error"] == f"another keiretsu command (pid {os.getpid()}) is writing to {db}; run this again " \
                                "once it has finished"
    assert open_store(db).stats()["documents"] == 0
