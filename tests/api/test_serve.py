"""`keiretsu serve` as a real server: the edges that only a server has (the Host it answers to,
the sizes it reads, its connections), and whole answers while `build --rebuild` rewrites the
graph under it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from ..conftest import SHARED

REUTERS = SHARED / "corpora" / "reuters-21578" / "reuters-21578.jsonl"
#: How long the reads go on while the graph is rebuilt, again and again (60 by hand).
POLL_SECONDS = float(os.environ.get("KEIRETSU_TEST_POLL_SECONDS", "10"))


def _keiretsu(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def reuters_graph(tmp_path_factory) -> Path:
    """A graph of 200 Reuters stories about acquisitions: enough relationships that a rebuild
    takes a while to write."""
    if not REUTERS.is_file():
        pytest.skip(f"{REUTERS} is not there (../shared beside the checkout)")
    folder = tmp_path_factory.mktemp("reuters")
    stories = []
    with REUTERS.open(encoding="utf-8") as f:
        for line in f:
            if "acq" in json.loads(line).get("topics", []):
                stories.append(line)
                if len(stories) == 200:
                    break
    (folder / "acq.jsonl").write_text("".join(stories), encoding="utf-8")
    db = folder / "k.db"
    proc = _keiretsu(db, "build", "-q", str(folder / "acq.jsonl"))
    assert proc.returncode == 0, proc.stderr
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(reuters_graph):
    """Two server processes (the options travel to the second one in the environment), small
    limits, and one more name to answer to."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "keiretsu", "--db", str(reuters_graph), "serve", "--port",
                             str(port), "--workers", "2", "--allow-host", "keiretsu.test", "--max-body-mb", "1",
                             "--max-header-kb", "16"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/api/stats", timeout=2)
            break
        except httpx.TransportError:
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.communicate(timeout=30)


def test_only_requests_that_name_this_server_are_answered(server):
    port = server.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "keiretsu.test", "keiretsu.test:8080"):
        assert httpx.get(f"{server}/api/stats", headers={"host": host}).status_code == 200, host
    # A page on a name pointed at this machine (DNS rebinding), or a loopback name at another port.
    for host in ("attacker.example", f"attacker.example:{port}", "127.0.0.1:1", "localhost.attacker.example",
                 "keiretsu.test@attacker.example", "[::1"):
        r = httpx.get(f"{server}/api/stats", headers={"host": host})
        assert r.status_code == 400, host
        assert "--allow-host" in r.json()["error"] or "Host header" in r.json()["error"]
        assert r.headers["x-frame-options"] == "DENY"


def test_bodies_and_headers_over_the_limits_are_refused_before_they_are_read(server):
    big = b'{"documents": [{"text": "' + b"x" * (2 * 1024 * 1024) + b'"}]}'
    r = httpx.post(f"{server}/api/documents", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "--max-body-mb" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b"x" * 65536

    r = httpx.post(f"{server}/api/documents", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "--max-body-mb" in r.json()["error"]
    # Over 16 KB: the app refuses what arrives in one read (431); over many reads, uvicorn stops
    # buffering and closes the connection, often before the client has sent it all.
    r = httpx.get(f"{server}/api/stats", headers={"x-padding": "y" * 20 * 1024})
    assert r.status_code == 431 and "--max-header-kb" in r.json()["error"]
    try:
        r = httpx.get(f"{server}/api/stats", headers={"x-padding": "y" * 1024 * 1024})
        assert r.status_code in (400, 431)
    except httpx.TransportError:
        pass  # reset while sending: refused all the same
    assert httpx.get(f"{server}/api/stats").status_code == 200


def test_an_id_out_of_range_is_a_4xx_and_the_connection_goes_on(server):
    with httpx.Client(base_url=server) as client:
        first = client.get("/api/relationships/18446744073709551616")
        assert first.status_code == 422 and first.json()["error"].startswith("rel_id:")
        assert client.get("/api/entities/-1").status_code == 422
        after = client.get("/api/stats")
        assert after.status_code == 200
        # The same connection: the server did not drop it.
        addr = [r.extensions["network_stream"].get_extra_info("client_addr") for r in (first, after)]
        assert addr[0] == addr[1]


def test_head_is_answered_like_get_without_a_body(server):
    for path in ("/", "/api/stats", "/api/relationships?limit=3", "/static/app.js", "/api/openapi.json"):
        get, head = httpx.get(server + path), httpx.head(server + path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
        assert int(head.headers["content-length"]) == len(get.content), path


def test_reads_during_rebuilds_are_whole(reuters_graph, server):
    """Poll a list, a relationship, a company and what changed while `build --rebuild` runs over
    and over: each answer comes from one state of the store, before or after, never between."""
    with httpx.Client(base_url=server, timeout=30) as client:
        known = client.get("/api/relationships", params={"limit": 1}).json()["items"][0]
        polls = {
            "/api/relationships": lambda r: r["items"],
            f"/api/relationships/{known['id']}": lambda r: (r["source"], r["target"], r["type"]) ==
                                                            (known["source"], known["target"], known["type"]),
            f"/api/entities/{known['source_id']}": lambda r: r["relationships"] and r["timeline"],
            "/api/changes?since=1987-01-01": lambda r: r["new"],
        }
        deadline = time.monotonic() + POLL_SECONDS
        rebuilds: list[subprocess.CompletedProcess] = []

        def rebuild() -> None:
            while time.monotonic() < deadline:
                rebuilds.append(_keiretsu(reuters_graph, "build", "--rebuild", "-q"))

        writer = threading.Thread(target=rebuild)
        writer.start()
        counts: Counter[str] = Counter()
        try:
            while time.monotonic() < deadline:
                for url, whole in polls.items():
                    counts["polls"] += 1
                    try:
                        r = client.get(url)
                    except httpx.TransportError as e:
                        counts[f"error {url}: {type(e).__name__}"] += 1
                        continue
                    if r.status_code != 200:
                        counts[f"error {url}: {r.status_code}"] += 1
                    elif not whole(r.json()):
                        counts[f"empty {url}"] += 1
        finally:
            writer.join()
    print(f"\n{dict(counts)} over {POLL_SECONDS:.0f} s and {len(rebuilds)} rebuild(s)")
    assert rebuilds and all(p.returncode == 0 for p in rebuilds), [p.stderr[-500:] for p in rebuilds]
    assert counts["polls"] > 3 * POLL_SECONDS and set(counts) == {"polls"}, counts
