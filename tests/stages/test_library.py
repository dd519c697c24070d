"""The build as a library (``keiretsu.build`` and its stages), and the API server's writes through it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import keiretsu
from keiretsu.errors import StoreBusy
from keiretsu.store import open_store


def test_a_library_build_reports_its_progress_and_is_one_run(settings, samples):
    events: list[tuple[str, int, int | None]] = []
    result = keiretsu.build([str(samples)], settings=settings, progress=lambda *event: events.append(event))
    assert result.exit_code == 0 and result.ingest.added == 2
    assert result.dedup.documents == 2 and result.extract.read == 2 and result.graph.relationships > 0
    assert list(dict.fromkeys(stage for stage, _, _ in events)) == ["read", "ingest", "dedup", "extract", "graph"]
    for stage in ("read", "ingest", "dedup", "extract", "graph"):
        done = [d for s, d, _ in events if s == stage]
        assert done[0] == 0 and done == sorted(done), stage
    last = {stage: (done, total) for stage, done, total in events}
    assert last["read"][0] == last["read"][1] == sum(p.stat().st_size for p in samples.iterdir())
    assert last["ingest"] == (2, None) and last["dedup"] == last["extract"] == (2, 2)
    assert last["graph"] == (result.graph.relationships, None)

    store = open_store(settings.db)
    try:
        [run] = store.runs()
        assert (run["command"], run["status"]) == ("build", "completed")
        report = result.as_dict()
        assert run["counts"] == {**report.pop("ingest"), **report}
    finally:
        store.close()

    again = keiretsu.build([str(samples)], settings=settings)
    assert (again.ingest.added, again.dedup.documents, again.extract.read) == (0, 0, 0)


def test_a_stage_stops_at_once_while_another_process_writes(settings):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom keiretsu.store.lock import write_lock\n"
         "with write_lock(sys.argv[1]):\n    print('held', flush=True)\n    sys.stdin.read()", str(settings.db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        for stage in (keiretsu.run_dedup, keiretsu.run_extract, keiretsu.run_graph, keiretsu.build):
            with pytest.raises(StoreBusy, match=f"another keiretsu command \\(pid {holder.pid}\\) is writing"):
                stage(settings=settings)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def _builders(server: int | None = None) -> list[int]:
    """The processes a server (by default, this process) spawned to build."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == (server or os.getpid()) and b"spawn_main" in command:
            found.append(int(entry.name))
    return found


def _gone(pid: int) -> bool:
    deadline = time.monotonic() + 30
    while Path(f"/proc/{pid}").exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_posts_are_built_by_a_process_the_server_owns_and_which_ends_with_it(tmp_path):
    """Each write runs the library's build in one process the server keeps; killed, it is replaced
    at the next write; and it does not outlive a server killed outright."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db, base = tmp_path / "w.db", f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "keiretsu", "--db", str(db), "serve", "--write", "--port",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    news = [{"id": "a", "text": "Honda Motor Co and Sony Group Corp agreed on Thursday to form a joint venture."},
            {"id": "b", "text": "Renault SA said on Friday it had agreed to buy a 10% stake in Nissan Motor Co."}]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        first = httpx.post(f"{base}/api/documents", json={"documents": news[:1]}, timeout=120)
        assert first.status_code == 201 and first.json()["ingest"]["added"] == 1, first.text
        [builder] = _builders(server.pid)
        os.kill(builder, signal.SIGKILL)
        assert _gone(builder)  # and the server has seen it die
        second = httpx.post(f"{base}/api/documents", json={"documents": news[1:]}, timeout=120)
        assert second.status_code == 201 and second.json()["ingest"]["added"] == 1, second.text
        [replaced] = _builders(server.pid)
        assert replaced != builder
        assert httpx.get(f"{base}/api/stats").json()["documents"] == 2
    finally:
        server.kill()
        server.wait()
    assert _gone(replaced)
