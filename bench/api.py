"""API latency: company profiles and neighbourhoods under concurrent load on loopback.

    .venv/bin/python bench/api.py [--companies 100000] [--relationships 1000000] [--requests 2000] [--concurrency 8]

A store is generated with ``--companies`` companies and ``--relationships`` relationships (each
with a status history entry), degrees skewed as in the news: most companies have a handful of
ties, the best-known hundreds or thousands. ``keiretsu serve`` (one process, read-only) is then
loaded by ``--concurrency`` client threads in this process, on the same 2 cores:

* ``GET /api/entities/{id}/graph``: the neighbourhood the web UI draws, at most 200 edges, each
  with its status history, and the nodes at their ends;
* ``GET /api/entities/{id}``: the company profile (100 best-attested relationships with history,
  counts by type and status, people, timeline, stories).

Half the requests ask for a company drawn at random, half for one of the best-connected 1%
(whose neighbourhoods fill the 200-edge cap). p50 and p99 latency are printed for each, and for
the hubs alone.

The peer: datasette, the SQLite-over-HTTP server, on the same file, answering the SQL of the same
relationship list (the edges with both names, best-attested first, 200 or 100 rows) through its
JSON API: no history, no nodes, no counts. Target (issue 6): p99 under 100 ms for
neighbourhoods of up to 200 edges.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np

TYPES = ["alliance", "joint_venture", "supply", "licensing", "stake", "investment", "acquisition", "merger",
         "divestment"]
STATUSES = ["rumoured", "proposed", "in_talks", "agreed", "active", "ended", "called_off"]
NEIGHBOURS_SQL = (
    "SELECT r.id, r.type, s.name AS source, t.name AS target, r.status, r.attributes, r.first_reported, "
    "r.independent_sources FROM relationships r JOIN entities s ON s.id = r.source_id "
    "JOIN entities t ON t.id = r.target_id WHERE r.source_id = :id OR r.target_id = :id "
    "ORDER BY r.independent_sources DESC, r.mentions DESC, r.id LIMIT :n"
)


def generate(db: Path, companies: int, relationships: int, seed: int) -> list[int]:
    """Write the graph straight into a store; return company ids, best-connected first."""
    from keiretsu.store import open_store

    rng = np.random.default_rng(seed)
    store = open_store(db)
    q = store.db.execute
    q("BEGIN")
    store.db.executemany("INSERT INTO entities (id, kind, name, key) VALUES (?, 'company', ?, ?)",
                         ((i, f"Company {i}", f"company {i}") for i in range(1, companies + 1)))
    # Zipf-like ends: company k is chosen with weight 1/k^0.8, so the first few hundred have
    # thousands of relationships and the median company a few.
    weights = 1.0 / np.arange(1, companies + 1) ** 0.8
    weights /= weights.sum()
    seen: set[tuple[int, int, int]] = set()
    rows, history = [], []
    while len(rows) < relationships:
        n = relationships - len(rows)
        a = rng.choice(companies, size=n, p=weights) + 1
        b = rng.integers(1, companies + 1, size=n)
        kinds = rng.integers(0, len(TYPES), size=n)
        for s, t, k in zip(a.tolist(), b.tolist(), kinds.tolist()):
            if s == t or (k, s, t) in seen:
                continue
            seen.add((k, s, t))
            rel_id = len(rows) + 1
            status = STATUSES[rel_id % len(STATUSES)]
            day = f"{2020 + rel_id % 6}-{1 + rel_id % 12:02d}-{1 + rel_id % 28:02d}"
            sources = 1 + int(rng.integers(0, 5))
            attributes = json.dumps({"percent": rel_id % 60}) if TYPES[k] == "stake" else "{}"
            rows.append((rel_id, TYPES[k], s, t, status, attributes, day, day, sources * 2, sources,
                         round(1 - 0.25 ** sources, 3)))
            history.append((rel_id, status, day, attributes, json.dumps([rel_id]), sources))
            if len(rows) == relationships:
                break
    store.db.executemany(
        "INSERT INTO relationships (id, type, source_id, target_id, status, attributes, first_reported, last_reported, "
        "mentions, independent_sources, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    store.db.executemany(
        "INSERT INTO relationship_history (relationship_id, seq, status, first_reported, attributes, evidence, sources) "
        "VALUES (?, 0, ?, ?, ?, ?, ?)", history)
    q("COMMIT")
    q("ANALYZE")
    degree = np.bincount([r[2] for r in rows] + [r[3] for r in rows], minlength=companies + 1)
    store.close()
    return [int(i) for i in np.argsort(-degree) if i > 0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command: list[str], probe: str) -> subprocess.Popen:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(probe, timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"{command[0]} did not start: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.2)


def load(urls: list[str], concurrency: int) -> tuple[list[float], float]:
    """Each URL once, ``concurrency`` at a time: milliseconds per request (in URL order), and
    the seconds it all took."""
    clients = [httpx.Client(timeout=30) for _ in range(concurrency)]

    def one(i: int) -> float:
        client = clients[i % concurrency]
        t = time.perf_counter()
        r = client.get(urls[i])
        elapsed = (time.perf_counter() - t) * 1000
        if r.status_code != 200:
            raise SystemExit(f"{urls[i]}: {r.status_code} {r.text[:200]}")
        return elapsed

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        out = list(pool.map(one, range(len(urls))))
    seconds = time.perf_counter() - started
    for c in clients:
        c.close()
    return out, seconds


def pct(values: list[float], p: float) -> float:
    return float(np.percentile(values, p)) if values else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--companies", type=int, default=100_000)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=2000, help="per endpoint and server")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="keiretsu-bench-") as folder:
        db = Path(folder) / "k.db"
        t = time.perf_counter()
        ranked = generate(db, args.companies, args.relationships, args.seed)
        print(f"generated {args.companies:,} companies and {args.relationships:,} relationships "
              f"in {time.perf_counter() - t:.0f} s ({db.stat().st_size / 2**20:,.0f} MB)")
        rng = random.Random(args.seed)
        hubs = ranked[: max(1, len(ranked) // 100)]
        picks = [(rng.choice(hubs), True) if i % 2 else (rng.randint(1, args.companies), False)
                 for i in range(args.requests)]

        results: dict[str, dict[str, list[float]]] = {}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start([sys.executable, "-m", "keiretsu", "--db", str(db), "serve", "--port", str(port)],
                       f"{base}/api/stats")
        try:
            sizes = {c: len(httpx.get(f"{base}/api/entities/{c}/graph", timeout=30).json()["edges"])
                     for c, _ in picks[:40]}
            for name, path in (("neighbourhood", "/api/entities/{}/graph"), ("profile", "/api/entities/{}")):
                load([base + path.format(c) for c, _ in picks[:100]], args.concurrency)  # warm up
                results[f"keiretsu {name}"] = split(load([base + path.format(c) for c, _ in picks], args.concurrency), picks)
        finally:
            server.terminate()
            server.wait(timeout=10)

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        peer = start([sys.executable, "-m", "datasette", "serve", str(db), "--port", str(port),
                      "--setting", "sql_time_limit_ms", "10000", "--setting", "max_returned_rows", "1000"],
                     f"{base}/-/versions.json")
        try:
            for name, n in (("neighbourhood", 200), ("profile", 100)):
                def url(c: int) -> str:
                    return str(httpx.URL(f"{base}/k.json", params={"sql": NEIGHBOURS_SQL, "id": c, "n": n,
                                                                  "_shape": "array"}))
                load([url(c) for c, _ in picks[:100]], args.concurrency)
                results[f"datasette {name}"] = split(load([url(c) for c, _ in picks], args.concurrency), picks)
        finally:
            peer.terminate()
            peer.wait(timeout=10)

    hub_edges = [sizes[c] for c, hub in picks[:40] if hub and c in sizes]
    print(f"\n{args.requests:,} requests per row, {args.concurrency} at a time, half for random companies, half for "
          f"the best-connected 1% (their neighbourhoods: {min(hub_edges, default=0)}-{max(hub_edges, default=0)} edges)\n")
    print("| server, query | p50 ms | p99 ms | p99 ms, hubs | requests/s |\n| --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(f"| {name} | {pct(r['all'], 50):.1f} | {pct(r['all'], 99):.1f} | {pct(r['hubs'], 99):.1f} | "
              f"{len(r['all']) / r['seconds'][0]:,.0f} |")
    for name in ("neighbourhood", "profile"):
        ours, theirs = results[f"keiretsu {name}"], results[f"datasette {name}"]
        print(f"\nkeiretsu {name}: p99 {pct(ours['all'], 99):.1f} ms, {pct(ours['all'], 99) / pct(theirs['all'], 99):.2f}x "
              f"datasette's p99 for the bare relationship list")
    target = pct(results["keiretsu neighbourhood"]["all"], 99)
    print(f"target: neighbourhood p99 under 100 ms: {'met' if target < 100 else 'MISSED'} ({target:.1f} ms)")


def split(latencies_and_time: tuple[list[float], float], picks: list[tuple[int, bool]]) -> dict[str, list[float]]:
    latencies, seconds = latencies_and_time
    return {"all": latencies, "hubs": [ms for ms, (_, hub) in zip(latencies, picks) if hub], "seconds": [seconds]}


if __name__ == "__main__":
    main()
