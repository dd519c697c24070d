"""Graph speed and memory: consolidating 1M mentions, and adding news to a built graph.

    .venv/bin/python bench/graph.py [--docs 100000] [--mentions-per-doc 10] [--add 1000]

A store is generated with ``--docs`` extracted documents over three years and ten mentions
each (1M by default): companies and pairs drawn with a skew calibrated on Reuters-21578 (see
``generate``), so that a few pairs run through hundreds of reports; a tenth of the documents are copies in duplicate
clusters; sentences carry dates ("on Monday", "since 1999") for valid time to resolve.
Measured in one run, each step in a fresh process (peak memory is its own):

* full rebuild: ``GraphStage.run(rebuild=True)`` over every mention (consolidation, status
  history, stories, writing), with two processes weighing key shards as ``keiretsu build`` does
  on two cores; peak memory is the writer's plus its largest worker's;
* incremental: ``--add`` more documents, then ``GraphStage.run()``, the median of three runs on
  copies of the store; printed as a share of a full rebuild of the same store, measured after it;
* the peer: networkx, the graph library GraphRAG and LightRAG build on, loading the same
  mentions as a ``MultiDiGraph`` and counting edges per (pair, type): no status, no time, no
  stories, no writing.

Targets (issue 5): full rebuild of 1M mentions under 60 s and 4 GB; incremental at most 5%.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TYPES = ["alliance", "joint_venture", "supply", "licensing", "stake", "investment", "acquisition", "merger",
         "divestment"]
STATUSES = ["rumoured", "proposed", "in_talks", "agreed", "active", "ended", "called_off"]
SENTENCES = [
    "{a} said on Monday it was in talks with {b}.",
    "{a} and {b}, partners since 1999, agreed to widen their ties.",
    "{a} raised its stake in {b} to {pct}% last week.",
    "{a} could sign the deal with {b} as early as February 1.",
    "{a} and {b} announced the agreement on Thursday.",
    "The two-decade-old alliance between {a} and {b} is being renegotiated.",
]
START = date(2021, 1, 1)
DAYS = 3 * 365


def generate(db: Path, first_doc: int, docs: int, per_doc: int, companies: int, seed: int) -> int:
    """Write ``docs`` extracted documents with ``per_doc`` mentions each straight into the store."""
    from keiretsu.store import open_store

    rng = random.Random(seed)
    store = open_store(db)
    q = store.db.execute
    q("BEGIN")
    if first_doc == 1:
        q("INSERT INTO runs (command, inputs, started_at, status) VALUES ('bench', '[]', '2026-01-01', 'completed')")
        store.db.executemany("INSERT INTO entities (id, kind, name, key) VALUES (?, 'company', ?, ?)",
                             [(i, f"Company {i}", f"company {i}") for i in range(1, companies + 1)])
    # A few pairs in the news every week, most once: with Zipf 0.7 over ten pairs per company the
    # most mentioned relationship holds ~0.5% of the mentions, twice its share in Reuters-21578
    # as keiretsu extracts it (0.23%; the top 1% of relationships hold 5.5% of the mentions there).
    pairs = 10 * companies
    weights = [1.0 / (k ** 0.7) for k in range(1, pairs + 1)]
    topics = rng.choices(range(pairs), weights=weights, k=docs)
    mentions = 0
    doc_rows, mention_rows, extracted, clusters = [], [], [], []
    for n in range(docs):
        doc_id = first_doc + n
        day = START + timedelta(days=rng.randrange(DAYS))
        doc_rows.append((doc_id, f"h{doc_id}", f"bench-{doc_id}", day.isoformat(), f"bench/{doc_id}",
                         "Company news.", f"Company {1 + topics[n] % companies} news"))
        extracted.append((doc_id,))
        if n % 10 == 9:  # a copy of the document before it
            clusters.append((doc_id, doc_id - 1))
        topic = topics[n]
        ta, tb = 1 + topic % companies, 1 + (topic * 7919 + 13) % companies
        if ta == tb:
            tb = 1 + tb % companies
        ttype = TYPES[topic % len(TYPES)]
        for k in range(per_doc):
            if k < per_doc * 6 // 10:
                a, b, rtype = ta, tb, ttype
            else:
                a, b = rng.randrange(1, companies + 1), rng.randrange(1, companies + 1)
                if a == b:
                    continue
                rtype = rng.choice(TYPES)
            if rtype in ("alliance", "joint_venture", "merger") and b < a:
                a, b = b, a
            pct = rng.choice([5, 10, 15, 20, 43])
            attributes = json.dumps({"percent": pct} if rtype == "stake" else {})
            sentence = rng.choice(SENTENCES).format(a=f"Company {a}", b=f"Company {b}", pct=pct)
            mention_rows.append((doc_id, rtype, a, b, rng.choice(STATUSES), attributes, sentence,
                                 rng.choice(["[]", '["agreed"]'])))
            mentions += 1
    store.db.executemany(
        "INSERT INTO documents (id, content_hash, origin_key, published, location, clean_text, title, date_source, "
        "format, chars, cleaning, run_id, ingested_at) VALUES (?,?,?,?,?,?,?, 'metadata', 'jsonl', 13, '{}', 1, "
        "'2026-01-01')",
        doc_rows)
    store.db.executemany("INSERT INTO extracted_docs (doc_id, extractor, how, at) VALUES (?, 'bench', 'read', "
                         "'2026-01-01')", extracted)
    store.db.executemany("INSERT OR REPLACE INTO doc_clusters (doc_id, cluster_id, level, similarity) "
                         "VALUES (?, ?, 'exact', 1.0)", clusters)
    store.db.executemany("INSERT OR IGNORE INTO doc_clusters (doc_id, cluster_id, level, similarity) "
                         "VALUES (?, ?, 'canonical', 1.0)", [(c, c) for _, c in clusters])
    store.db.executemany(
        "INSERT INTO mentions (doc_id, type, source_id, target_id, status, attributes, sentence, start, end, "
        "cues, confidence, extractor) VALUES (?,?,?,?,?,?,?, 0, 40, ?, 0.7, 'bench')", mention_rows)
    q("COMMIT")
    store.close()
    return mentions


def measure(step: str, db: Path, args: argparse.Namespace) -> dict:
    """Run one step in this (fresh) process; report seconds and peak memory."""
    started = time.perf_counter()
    if step == "generate":
        out = {"mentions": generate(db, args.first, args.docs, args.mentions_per_doc, args.companies, args.seed)}
    elif step == "networkx":
        import sqlite3
        from collections import Counter

        import networkx as nx

        g = nx.MultiDiGraph()
        con = sqlite3.connect(db)
        for source, target, rtype, status, doc in con.execute(
                "SELECT source_id, target_id, type, status, doc_id FROM mentions"):
            g.add_edge(source, target, type=rtype, status=status, doc=doc)
        per_key = Counter((u, v, d["type"]) for u, v, d in g.edges(data=True))
        out = {"edges": g.number_of_edges(), "keys": len(per_key)}
    else:
        from keiretsu.graph import GraphStage
        from keiretsu.store import open_store

        store = open_store(db)
        # two processes, as `keiretsu build` runs it on this 2-core machine
        result = GraphStage(store, processes=2).run(rebuild=step == "full")
        store.close()
        out = result.as_dict()
    out["seconds"] = time.perf_counter() - started
    # This process and its largest worker, both at their peaks: an upper bound of the total.
    out["peak_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                      + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return out


def run(step: str, db: Path, *options: str) -> dict:
    """A step in a process of its own: the generator's memory does not count as the next one's peak,
    which a forked child's maximum resident size would inherit."""
    # The last step's writes (a 500 MB store) still being flushed would slow this one's commits.
    os.sync()
    proc = subprocess.run([sys.executable, __file__, "--measure", step, "--db", str(db), *options],
                          capture_output=True, text=True, env=_bytecode(db.parent))
    if proc.returncode:
        sys.exit(f"{step} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.splitlines()[-1])


def _bytecode(folder: Path) -> dict[str, str]:
    """The steps' environment: modules imported from bytecode that the first step to import them
    compiles (into ``folder``, not the tree), as an installed keiretsu imports them. Where
    ``PYTHONDONTWRITEBYTECODE`` is set (as on the machines these figures come from), every step
    compiled keiretsu from source again, at the head of each update, where no other core shares it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def copy_store(source: Path, target: Path) -> None:
    for suffix in ("", "-wal"):  # a WAL left beside the file holds committed pages too
        Path(f"{target}{suffix}").unlink(missing_ok=True)
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--mentions-per-doc", type=int, default=10)
    ap.add_argument("--add", type=int, default=1000, help="Documents added to the built graph.")
    ap.add_argument("--companies", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--first", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.db, args)))
        return
    shape = ["--mentions-per-doc", str(args.mentions_per_doc), "--companies", str(args.companies)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        mentions = run("generate", db, "--docs", str(args.docs), "--seed", str(args.seed), *shape)["mentions"]
        print(f"generated {args.docs:,} documents, {mentions:,} mentions in {time.perf_counter() - t:.0f} s")
        first = run("full", db)
        added = run("generate", db, "--first", str(args.docs + 1), "--docs", str(args.add), "--seed",
                    str(args.seed + 1), *shape)["mentions"]
        # The update is short enough for this machine's noise to show: the median of three, each
        # on a copy of the store as the first build left it.
        before = Path(tmp) / "before.db"
        copy_store(db, before)
        updates = []
        for _ in range(3):
            copy_store(before, db)
            updates.append(run("incremental", db))
        incremental = sorted(updates, key=lambda r: r["seconds"])[1]
        full = run("full", db)
        peer = run("networkx", db)
    share = incremental["seconds"] / full["seconds"]
    rows = [
        ("keiretsu full build (first)", first, f"{first['relationships']:,} relationships, {first['stories']:,} stories"),
        (f"keiretsu incremental (+{args.add:,} docs, {added:,} mentions)", incremental,
         f"{incremental['relationships']:,} relationships, {incremental['stories']:,} stories regrouped"),
        ("keiretsu full rebuild", full, f"{full['mentions']:,} mentions weighed"),
        ("networkx MultiDiGraph load + count", peer, f"{peer['edges']:,} edges, {peer['keys']:,} keys"),
    ]
    print("\n| step | seconds | peak MB | what |\n| --- | --- | --- | --- |")
    for name, r, what in rows:
        print(f"| {name} | {r['seconds']:.1f} | {r['peak_mb']:,.0f} | {what} |")
    print(f"\nincremental / full rebuild: {share:.1%} (target <= 5%); the three updates took "
          f"{', '.join(format(r['seconds'], '.2f') for r in updates)} s")
    print(f"full rebuild: {full['seconds']:.1f} s for {full['mentions']:,} mentions (target < 60 s), "
          f"peak {full['peak_mb']:,.0f} MB (target < 4,096)")
    print(f"keiretsu full rebuild / networkx load: {full['seconds'] / peer['seconds']:.2f}x the time, "
          f"{full['peak_mb'] / peer['peak_mb']:.2f}x the memory")


if __name__ == "__main__":
    main()
