"""API latency: company profiles and neighbourhoods under concurrent load on loopback.

    .venv/bin/python bench/api.py [--companies 100000] [--relationships 1000000] [--seconds 15] [--concurrency 8]
                                  [--db postgresql://USER:PASSWORD@HOST:PORT/postgres]

Needs wrk (Debian: apt-get install wrk), the HTTP load generator: written in C, it leaves the
CPU to the servers, where a Python client would take half of it.

A store is generated with ``--companies`` companies and ``--relationships`` relationships (each
with a status history entry), degrees skewed as in the news: most companies have a handful of
ties, the best-known thousands (the largest here over 20,000). ``keiretsu serve`` (read-only) is
loaded by wrk with ``--concurrency`` connections for ``--seconds`` per row:

* ``GET /api/entities/{id}/graph``: the neighbourhood the web UI draws, at most 200 edges, each
  with its status history, and the nodes at their ends;
* ``GET /api/entities/{id}``: the company profile (100 best-attested relationships with history,
  counts by type and status, people, timeline, stories).

Each is asked for companies drawn at random (a few edges each), and for the best-connected 1,000
(whose neighbourhoods fill the 200-edge cap), with 2 server processes (the default on 2 cores)
and with 1.

``--db``: the store, SQLite (a new file, the default) or a PostgreSQL server, on which a new
database is made for the run and dropped after it (the URL names the database to connect to for
that, e.g. ``postgres``). The data are the same for the same seed whichever the backend.

The peer, on SQLite only: datasette, the SQLite-over-HTTP server (one process), on the same file, answering the
SQL of the same relationship list (the edges with both names, best-attested first, 200 or 100
rows) through its JSON API: no history, no nodes, no counts. Target (issue 6): p99 under 100 ms
for neighbourhoods of up to 200 edges.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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


def generate(db: str, companies: int, relationships: int, seed: int) -> list[int]:
    """Write the graph straight into a store; return company ids, best-connected first."""
    from keiretsu.store import open_store

    rows, history = synthesize(companies, relationships, seed)
    store = open_store(db)
    if store.backend == "postgresql":
        write_postgres(store, companies, rows, history)
    else:
        write_sqlite(store, companies, rows, history)
    store.close()
    degree = np.bincount([r[2] for r in rows] + [r[3] for r in rows], minlength=companies + 1)
    return [int(i) for i in np.argsort(-degree) if i > 0]


def synthesize(companies: int, relationships: int, seed: int) -> tuple[list[tuple], list[tuple]]:
    """Relationship rows and their history entries."""
    rng = np.random.default_rng(seed)
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
    return rows, history


def write_sqlite(store, companies: int, rows: list[tuple], history: list[tuple]) -> None:
    q = store.db.execute
    q("BEGIN")
    store.db.executemany("INSERT INTO entities (id, kind, name, key) VALUES (?, 'company', ?, ?)",
                         ((i, f"Company {i}", f"company {i}") for i in range(1, companies + 1)))
    store.db.executemany(
        "INSERT INTO relationships (id, type, source_id, target_id, status, attributes, first_reported, last_reported, "
        "mentions, independent_sources, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    store.db.executemany(
        "INSERT INTO relationship_history (relationship_id, seq, status, first_reported, attributes, evidence, sources) "
        "VALUES (?, 0, ?, ?, ?, ?, ?)", history)
    q("COMMIT")
    q("ANALYZE")


def write_postgres(store, companies: int, rows: list[tuple], history: list[tuple]) -> None:
    with store.db.transaction(), store.db.cursor() as cur:
        with cur.copy("COPY entities (id, kind, name, key) FROM STDIN") as copy:
            for i in range(1, companies + 1):
                copy.write_row((i, "company", f"Company {i}", f"company {i}"))
        with cur.copy("COPY relationships (id, type, source_id, target_id, status, attributes, first_reported, "
                      "last_reported, mentions, independent_sources, confidence) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        with cur.copy("COPY relationship_history (relationship_id, seq, status, first_reported, attributes, evidence, "
                      "sources) FROM STDIN") as copy:
            for rel_id, *rest in history:
                copy.write_row((rel_id, 0, *rest))
    # The foreign-key checks of the load leave row locks on entities and relationships: the first
    # VACUUM clears them, the second marks the pages all-visible, which the API's counts read
    # index-only (autovacuum does the same on a store that a build wrote).
    store.db.execute("VACUUM")
    store.db.execute("VACUUM ANALYZE")


@contextlib.contextmanager
def postgres_database(server: str):
    """A new database on the server for the run, dropped after it; yields its URL."""
    import psycopg

    name = f"keiretsu_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


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


def wrk(base: str, paths: list[str], seconds: int, concurrency: int, folder: Path) -> dict:
    """wrk over ``paths`` in turn (bench/urls.lua): latency percentiles in ms, requests/s."""
    listing = folder / "paths.txt"
    listing.write_text("\n".join(paths) + "\n")
    proc = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "10s",
                           "-s", str(Path(__file__).with_name("urls.lua")), base],
                          capture_output=True, text=True, env={"URLS": str(listing), "PATH": "/usr/bin:/bin"})
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {proc.stdout} {proc.stderr}")
    result = json.loads(line[len("RESULT "):])
    if result["errors"] or result["non2xx"]:
        raise SystemExit(f"{base}: {result['errors']} failed and {result['non2xx']} non-2xx responses")
    result["rate"] = result["requests"] / result["seconds"]
    return result


def datasette_rows(db: str, sets: dict[str, list[int]], args: argparse.Namespace, folder: Path) -> list[tuple]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    peer = start([sys.executable, "-m", "datasette", "serve", db, "--port", str(port),
                  "--setting", "sql_time_limit_ms", "10000", "--setting", "max_returned_rows", "1000"],
                 f"{base}/-/versions.json")
    rows = []
    try:
        for query, n in (("neighbourhood", 200), ("profile", 100)):
            for label, ids in sets.items():
                paths = [str(httpx.URL("/k.json", params={"sql": NEIGHBOURS_SQL, "id": c, "n": n, "_shape": "array"}))
                         for c in ids]
                rows.append((query, label, "datasette (SQL of the edge list only)",
                             wrk(base, paths, args.seconds, args.concurrency, folder)))
    finally:
        peer.terminate()
        peer.wait(timeout=30)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--companies", type=int, default=100_000)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=int, default=15, help="per row")
    ap.add_argument("--concurrency", type=int, default=8, help="connections open at once")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", default="sqlite", help="sqlite (a new file), or a PostgreSQL server's URL")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("bench/api.py needs wrk, the HTTP load generator: apt-get install wrk")

    with tempfile.TemporaryDirectory(prefix="keiretsu-bench-") as name, contextlib.ExitStack() as stack:
        folder = Path(name)
        sqlite = args.db == "sqlite"
        db = str(folder / "k.db") if sqlite else stack.enter_context(postgres_database(args.db))
        t = time.perf_counter()
        ranked = generate(db, args.companies, args.relationships, args.seed)
        from keiretsu.store import open_store

        store = open_store(db, read_only=True)
        size = store.stats()["db_bytes"]
        store.close()
        print(f"generated {args.companies:,} companies and {args.relationships:,} relationships "
              f"in {time.perf_counter() - t:.0f} s ({size / 2**20:,.0f} MB, {store.backend})")
        rng = random.Random(args.seed)
        sets = {"random companies": [rng.randint(1, args.companies) for _ in range(5000)],
                "best-connected 1,000": [rng.choice(ranked[:1000]) for _ in range(5000)]}

        rows: list[tuple[str, str, str, dict]] = []
        edges: dict[str, list[int]] = {}
        for processes in (2, 1):
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            server = start([sys.executable, "-m", "keiretsu", "--db", str(db), "serve", "--port", str(port),
                            "--workers", str(processes)], f"{base}/api/stats")
            try:
                if not edges:
                    edges = {k: [len(httpx.get(f"{base}/api/entities/{c}/graph", timeout=30).json()["edges"])
                                 for c in ids[:200]] for k, ids in sets.items()}
                for query, path in (("neighbourhood", "/api/entities/{}/graph"), ("profile", "/api/entities/{}")):
                    for label, ids in sets.items():
                        result = wrk(base, [path.format(c) for c in ids], args.seconds, args.concurrency, folder)
                        rows.append((query, label, f"keiretsu, {processes} process(es)", result))
            finally:
                server.terminate()
                server.wait(timeout=30)

        if sqlite:  # datasette reads SQLite files only
            rows += datasette_rows(db, sets, args, folder)

    print(f"\nwrk, {args.concurrency} connections, {args.seconds} s per row. Neighbourhood sizes: random companies "
          f"median {sorted(edges['random companies'])[100]} edges; best-connected "
          f"{min(edges['best-connected 1,000'])}-{max(edges['best-connected 1,000'])} edges\n")
    print("| query | companies | server | p50 ms | p90 ms | p99 ms | requests/s |\n| --- | --- | --- | --- | --- | --- | --- |")
    for query, label, server, r in rows:
        print(f"| {query} | {label} | {server} | {r['p50']:.1f} | {r['p90']:.1f} | {r['p99']:.1f} | {r['rate']:,.0f} |")
    ours = {(q, lab, srv): r for q, lab, srv, r in rows}
    for query in ("neighbourhood", "profile") if args.db == "sqlite" else ():
        for label in sets:
            a = ours[(query, label, "keiretsu, 2 process(es)")]
            b = ours[(query, label, "datasette (SQL of the edge list only)")]
            print(f"{query}, {label}: keiretsu p99 {a['p99']:.1f} ms = {a['p99'] / b['p99']:.2f}x datasette's; "
                  f"throughput {a['rate'] / b['rate']:.2f}x")
    worst = max(r["p99"] for q, _, srv, r in rows if q == "neighbourhood" and srv.startswith("keiretsu, 2"))
    print(f"target: neighbourhood p99 under 100 ms: {'met' if worst < 100 else 'MISSED'} ({worst:.1f} ms at worst)")


if __name__ == "__main__":
    main()
