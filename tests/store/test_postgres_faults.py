"""What only PostgreSQL has: a server that can be unreachable or refuse the credentials, schema
versions of its own, read-only snapshots for the API, the advisory lock that keeps a second
writer out, and a build killed on it and run again. Real servers and real `keiretsu` processes:
``KEIRETSU_TEST_POSTGRES`` names a server (``scripts/pg-test-server.sh start`` prints one; `make
test` starts it), and each test gets a database of its own on it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

import keiretsu as keiretsu_lib
from keiretsu.errors import NewerSchema, StoreBusy, StoreError
from keiretsu.store import open_store
from keiretsu.store.lock import write_lock

from ..conftest import SHARED, new_store_url

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL tests need keiretsu[postgres]")

REUTERS = SHARED / "corpora/reuters-21578/reuters-21578.jsonl"
ENV = {**os.environ, "COLUMNS": "250", "KEIRETSU_WORKERS": "2"}


@pytest.fixture
def pg_url(request) -> str:
    """A new, empty database on the test server (see tests/conftest.py), dropped afterwards."""
    return new_store_url("postgresql", Path(), request)


def keiretsu(db: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "keiretsu", "--db", db, *args], capture_output=True, text=True,
                          env=ENV, timeout=timeout)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout[-500:], proc.stderr[-2000:])
    line = proc.stderr.strip()
    assert "\n" not in line and "Traceback" not in line and line.startswith("error: "), proc.stderr
    return line


# --- connecting -----------------------------------------------------------------------------


def test_an_unreachable_server_is_one_line_naming_it_and_no_password():
    with socket.socket() as s:  # a port nothing listens on once this socket is closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    line = one_line_error(keiretsu(f"postgresql://reader:S3cretPassw0rd@127.0.0.1:{port}/news", "stats"))
    assert f"cannot connect to the PostgreSQL server at 127.0.0.1:{port}" in line
    assert "Connection refused" in line and "S3cretPassw0rd" not in line
    assert f"postgresql://reader@127.0.0.1:{port}/news" in line


def test_bad_credentials_are_one_line_naming_the_server_and_no_password(pg_url):
    parts = urlsplit(pg_url)
    wrong = urlunsplit(parts._replace(netloc=f"{parts.username}:Wr0ngPassw0rd@{parts.hostname}:{parts.port}"))
    # A writing command: refused where it first connects, to take the write lock.
    line = one_line_error(keiretsu(wrong, "ingest", "-q", str(Path(__file__))))
    assert f"at {parts.hostname}:{parts.port}" in line and "password authentication failed" in line
    assert "Wr0ngPassw0rd" not in line and parts.password not in line


def test_a_store_from_a_newer_keiretsu_is_refused_with_one_line(pg_url):
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("INSERT INTO keiretsu_schema (version, applied_at) VALUES (99, 'later')")
    for read_only in (False, True):
        with pytest.raises(NewerSchema, match=r"newer version of keiretsu \(schema 99, this one knows up to 4\)"):
            open_store(pg_url, read_only=read_only)
    line = one_line_error(keiretsu(pg_url, "stats"))
    assert "newer version of keiretsu (schema 99" in line and urlsplit(pg_url).password not in line


def test_migrations_are_numbered_and_applied_once(pg_url):
    for _ in range(2):
        store = open_store(pg_url)
        assert store.schema_version == 4 and store.backend == "postgresql"
        store.close()
    with psycopg.connect(pg_url) as con:
        assert [r[0] for r in con.execute("SELECT version FROM keiretsu_schema ORDER BY version")] == [1, 2, 3, 4]


# --- reads for the API ----------------------------------------------------------------------


def test_the_api_reads_one_snapshot_per_request_and_can_never_write(pg_url):
    writer = open_store(pg_url)
    run = writer.start_run("test", [])
    reader = open_store(pg_url, read_only=True)
    try:
        with reader.snapshot():
            before = reader.runs()
            writer.finish_run(run, {"read": 1})  # committed while the snapshot is open
            assert reader.runs() == before and before[0]["status"] == "running"
            assert reader.db.execute("SHOW transaction_read_only").fetchone()[0] == "on"
            assert reader.db.execute("SHOW transaction_isolation").fetchone()[0] == "repeatable read"
        assert reader.runs()[0]["status"] == "completed"  # the next request sees it
        with pytest.raises(StoreError, match="opened read-only; this needs a writable store"):
            reader.set_meta("written", "by the API")
        # and the server itself refuses: the session's transactions are read-only
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction), reader.snapshot():
            reader.db.execute("DELETE FROM runs")
        assert reader.meta("written") is None and len(reader.runs()) == 1
    finally:
        reader.close()
        writer.close()


# --- one writer at a time -------------------------------------------------------------------

HOLD = """
import sys
from keiretsu.store.lock import write_lock
with write_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_one_writer_at_a_time_and_a_killed_holder_frees_the_database(pg_url, samples, request):
    shown = urlsplit(pg_url)._replace(netloc=f"{urlsplit(pg_url).username}@{urlsplit(pg_url).hostname}:"
                                      f"{urlsplit(pg_url).port}").geturl()
    with write_lock(pg_url), write_lock(pg_url):  # the stages of a build take it again: re-entrant
        if os.fork() == 0:  # a worker that ends must not take its parent's lock with it
            os._exit(0)
        os.wait()
        started = time.monotonic()
        line = one_line_error(keiretsu(pg_url, "ingest", "-q", str(samples)))
        assert time.monotonic() - started < 30  # at once: the CLI's start-up, not a wait for the lock
        assert line == (f"error: another keiretsu command (pid {os.getpid()}) is writing to {shown}; run this again "
                        "once it has finished")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, pg_url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(StoreBusy, match=rf"another keiretsu command \(pid {holder.pid}\)"):
            with write_lock(pg_url):
                pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    deadline = time.monotonic() + 10
    while True:  # the server ends the killed process's session as soon as it sees the socket closed
        try:
            with write_lock(pg_url):
                break
        except StoreBusy:
            assert time.monotonic() < deadline, "the lock outlived its killed holder"
            time.sleep(0.1)
    other = new_store_url("postgresql", Path(), request)  # another database on the server is not locked
    with write_lock(pg_url), write_lock(other):
        pass


# --- a build killed and run again -----------------------------------------------------------


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """10 Reuters-21578 acquisition stories, each fifth also sent by a wire with a line added."""
    if not REUTERS.is_file():
        pytest.skip("../shared/corpora/reuters-21578 is not beside the checkout")
    records = []
    with REUTERS.open(encoding="utf-8") as src:
        for line in src:
            story = json.loads(line)
            if "acq" in story.get("topics", []):
                records.append(story)
                if len(records) % 5 == 0:
                    records.append(story | {"id": story["id"] + "-wire", "text": story["text"] + "\nBy the Wire."})
            if len(records) >= 12:
                break
    path = tmp_path_factory.mktemp("news") / "acq.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


CONTENTS = {
    "documents": "SELECT content_hash, origin_key FROM documents",
    "clusters": "SELECT d.origin_key, c.level, k.origin_key FROM doc_clusters c JOIN documents d ON d.id = c.doc_id "
                "JOIN documents k ON k.id = c.cluster_id",
    "entities": "SELECT kind, key, name FROM entities",
    "mentions": "SELECT d.origin_key, m.type, s.key, t.key, m.status, m.start, m.copy_of IS NULL FROM mentions m "
                "JOIN documents d ON d.id = m.doc_id JOIN entities s ON s.id = m.source_id "
                "JOIN entities t ON t.id = m.target_id",
    "relationships": "SELECT r.type, s.key, t.key, r.venture, r.status, r.mentions, r.independent_sources "
                     "FROM relationships r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id",
    "stories": "SELECT title, documents, sources FROM stories",
}


def contents(url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(url) as con:
        return {name: sorted(con.execute(sql).fetchall()) for name, sql in CONTENTS.items()}


def test_a_build_killed_mid_way_and_run_again_ends_as_a_clean_build(pg_url, news, request):
    # The clean build and the rerun in this process (the library's build), the killed one a process
    # of its own: one model load saved on each.
    keiretsu_lib.build([str(news)], pg_url)
    clean = contents(pg_url)
    assert clean["mentions"] and clean["relationships"] and clean["clusters"]
    killed = new_store_url("postgresql", Path(), request)
    open_store(killed).close()
    proc = subprocess.Popen([sys.executable, "-m", "keiretsu", "--db", killed, "build", "-q", "--batch-size", "4",
                             str(news)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    with psycopg.connect(killed, autocommit=True) as watch:
        # Killed once extraction has committed a batch: documents, their index and some
        # mentions are stored, the rest of the mentions and the graph are not.
        while proc.poll() is None and not watch.execute("SELECT count(*) FROM extracted_docs").fetchone()[0]:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert watch.execute("SELECT count(*) FROM relationships").fetchone()[0] == 0
    keiretsu_lib.build([str(news)], killed)
    assert contents(killed) == clean
    with psycopg.connect(killed) as con:
        assert [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")] == ["interrupted", "completed"]
