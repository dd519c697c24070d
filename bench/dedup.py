"""Duplicate detection: the command a user runs, beside datasketch and rensa, in one run.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/dedup.py [--docs 100000] [--repeat 3]

The corpus: generated ~2,000-character news-like articles (bench/corpus.py),
with near copies planted in one in ten of them (wrapped in another outlet's
header and footer, edited, truncated or reordered, as the labelled corpus of
``keiretsu eval dedup`` does).

**End to end** (the first table): each system's process, from its start to its exit.

* keiretsu: ``keiretsu dedup`` on a store the corpus was ingested into beforehand
  (``keiretsu ingest``, timed apart): exact copies, near copies, paraphrases (with story
  identity), clusters, and the links between sentences, all written to the store;
* datasketch, rensa: their near-duplicate pipeline the usual way from Python, in memory,
  reading the corpus file: ``MinHash.update_batch`` / ``RMinHash.update`` of shingle
  strings (word 5-grams of lower-cased ``\\w+`` tokens, 128 permutations), an LSH
  index queried and filled document by document, candidates verified at a Jaccard
  similarity of 0.5, clusters by union-find. They find near copies only, and store nothing.

Reported: documents per second (wall clock), CPU seconds and peak memory of the process
tree (the sum of its processes' proportional set sizes, sampled every 50 ms: forked
workers' shared pages count once), and pairwise precision and recall of the clusters
against the planted copies. The machine may be shared: ``--repeat`` runs each system
again, and the table gives the median wall and CPU time and the highest peak.

**Kernel only** (the second table): the MinHash near-duplicate stage alone, in memory,
timed inside the process: keiretsu's ``MinHasher.signatures`` and ``band_keys`` (a
compiled pass over the encoded text) on two threads, ``candidate_pairs`` and
``verified_pairs``, beside the same peers' loops.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import proctree  # noqa: E402 - a sibling module of the benchmarks

THRESHOLD, PERMS, BANDS = 0.5, 128, 32
_TOKEN = re.compile(r"\w+")


def make_corpus(path: Path, n: int, seed: int = 3) -> None:
    from corpus import article

    from keiretsu.eval.dedup_corpus import NEAR_EDITS

    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        i = 0
        while i < n:
            text = article(rng)
            story = i
            f.write(json.dumps({"story": story, "text": text}) + "\n")
            i += 1
            if rng.random() < 0.1 and i < n:
                copy = text
                for name in rng.sample(sorted(NEAR_EDITS), rng.randint(1, 2)):
                    copy = NEAR_EDITS[name](rng, copy)
                f.write(json.dumps({"story": story, "text": copy}) + "\n")
                i += 1


def shingles(text: str) -> list[str]:
    words = _TOKEN.findall(text.lower())
    return [" ".join(words[i : i + 5]) for i in range(len(words) - 4)]


class UnionFind:
    def __init__(self):
        self.p = {}

    def find(self, x):
        while self.p.get(x, x) != x:
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def pairs_of(uf: UnionFind, n: int) -> set[tuple[int, int]]:
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(uf.find(x), []).append(x)
    return {p for g in groups.values() if len(g) > 1 for p in combinations(g, 2)}


def _peer(texts: list[str], lsh, new_minhash) -> UnionFind:
    """The usual loop with a Python MinHash library: sign, query, verify, insert."""
    sigs, uf = [], UnionFind()
    for i, text in enumerate(texts):
        m = new_minhash(shingles(text))
        for j in lsh.query(m):
            if m.jaccard(sigs[j]) >= THRESHOLD:
                uf.union(i, j)
        lsh.insert(i, m)
        sigs.append(m)
    return uf


def run_datasketch(texts: list[str]) -> UnionFind:
    from datasketch import MinHash, MinHashLSH

    def new(grams: list[str]) -> MinHash:
        m = MinHash(num_perm=PERMS)
        m.update_batch([g.encode() for g in grams])
        return m

    return _peer(texts, MinHashLSH(threshold=THRESHOLD, num_perm=PERMS), new)


def run_rensa(texts: list[str]) -> UnionFind:
    from rensa import RMinHash, RMinHashLSH

    def new(grams: list[str]) -> RMinHash:
        m = RMinHash(num_perm=PERMS, seed=42)
        m.update(grams)
        return m

    return _peer(texts, RMinHashLSH(threshold=THRESHOLD, num_perm=PERMS, num_bands=BANDS), new)


def run_keiretsu(texts: list[str]) -> UnionFind:
    import numpy as np

    from multiprocessing.pool import ThreadPool

    from keiretsu.dedup.minhash import EMPTY, MinHasher, candidate_pairs, sign_and_band, verified_pairs

    hasher = MinHasher(PERMS, 5)
    with ThreadPool(2) as pool:  # threads: the MinHash kernel is compiled and releases the GIL
        parts = pool.starmap(sign_and_band, [((hasher, BANDS), texts[i : i + 5000])
                                             for i in range(0, len(texts), 5000)])
    sig, keys = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    candidates = candidate_pairs(keys, sig[:, 0] != EMPTY)
    pairs, _ = verified_pairs(sig, candidates, THRESHOLD, exact=lambda p: hasher.jaccard(texts, p))
    uf = UnionFind()
    for a, b in pairs.tolist():
        uf.union(a, b)
    return uf


SYSTEMS = {"datasketch": run_datasketch, "rensa": run_rensa, "keiretsu-kernel": run_keiretsu}
KEIRETSU = [str(Path(sys.executable).with_name("keiretsu"))]


def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd`` to its end: wall seconds, CPU seconds of its process tree (user and system),
    the peak of ``proctree.sample`` (sampled every 50 ms), and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while True:
        try:
            out, err = proc.communicate(timeout=0.05)
            break
        except subprocess.TimeoutExpired:
            peak = max(peak, proctree.sample(proc.pid)[0])
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak / 2**20, "stdout": out}


def gold_pairs(corpus: Path) -> set[tuple[int, int]]:
    by_story: dict[int, list[int]] = {}
    for i, line in enumerate(corpus.open(encoding="utf-8")):
        by_story.setdefault(json.loads(line)["story"], []).append(i)
    return {p for g in by_story.values() if len(g) > 1 for p in combinations(g, 2)}


def scores(found: set[tuple[int, int]], gold: set[tuple[int, int]]) -> dict:
    correct = len(found & gold)
    p = correct / len(found) if found else 1.0
    r = correct / len(gold) if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def ingested_store(corpus: Path, out: Path, docs: int | None = None) -> tuple[Path, dict | None]:
    """The corpus (its first ``docs`` articles) in a store, by ``keiretsu ingest``; made once and
    kept, a copy of it for each run. Returns the store and how the ingest went, when it ran."""
    db = out / f"{corpus.stem}{'' if docs is None else f'-first{docs}'}.ingested.db"
    if db.exists():
        return db, None
    records, partial = db.with_suffix(".jsonl"), db.with_suffix(".partial")
    with corpus.open(encoding="utf-8") as f, records.open("w", encoding="utf-8") as w:
        for i, line in enumerate(f):
            if docs is not None and i >= docs:
                break
            w.write(json.dumps({"id": f"bench-{i}", "text": json.loads(line)["text"]}) + "\n")
    partial.unlink(missing_ok=True)
    measured = run_measured([*KEIRETSU, "--db", str(partial), "ingest", "--quiet", "--json", str(records)])
    records.unlink()
    partial.rename(db)
    for side in ("-wal", "-shm", ".lock"):
        Path(f"{partial}{side}").unlink(missing_ok=True)
    return db, measured


def run_command(store: Path, work: Path, gold: set[tuple[int, int]]) -> dict:
    """``keiretsu dedup`` on a fresh copy of ``store``, measured, and its clusters scored."""
    for side in ("", "-wal", "-shm", ".lock"):
        Path(f"{work}{side}").unlink(missing_ok=True)
    shutil.copyfile(store, work)
    measured = run_measured([*KEIRETSU, "--db", str(work), "dedup", "--quiet", "--json"])
    result = json.loads(measured.pop("stdout"))
    with sqlite3.connect(work) as db:
        clusters: dict[int, list[int]] = {}
        for external_id, cluster in db.execute(
                "SELECT d.external_id, c.cluster_id FROM doc_clusters c JOIN documents d ON d.id = c.doc_id"):
            clusters.setdefault(cluster, []).append(int(external_id.split("-")[1]))
    found = {p for members in clusters.values() for p in combinations(sorted(members), 2)}
    return {"docs": result["documents"], "links": result["links"], "sentence_links": result["sentence_links"],
            **measured, **scores(found, gold)}


def run_peer(system: str, corpus: Path) -> dict:
    """A peer's pipeline (or keiretsu's kernel) in a fresh process, measured from outside and in."""
    measured = run_measured([sys.executable, __file__, "--measure", system, str(corpus)])
    inside = json.loads(measured.pop("stdout").splitlines()[-1])
    return {**inside, **measured, "kernel_seconds": inside["seconds"]}


def summary(runs: list[dict]) -> dict:
    """The median wall and CPU time of repeated runs, and their highest peak."""
    return {**runs[0], "seconds": statistics.median(r["seconds"] for r in runs),
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs), "kernel_seconds": statistics.median(
                r.get("kernel_seconds", r["seconds"]) for r in runs), "all": runs}


def measure(system: str, corpus: Path) -> dict:
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    if system == "keiretsu-kernel":
        # Compiling the kernels happens once per install (numba caches them beside the
        # module); a first run on a fresh install pays it, about 10 s, so it is left out here.
        SYSTEMS[system](texts[:100])
    t0 = time.perf_counter()
    uf = SYSTEMS[system](texts)
    seconds = time.perf_counter() - t0
    return {"docs": len(texts), "seconds": seconds, **scores(pairs_of(uf, len(texts)), gold_pairs(corpus))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--systems", default="keiretsu,keiretsu-kernel,rensa,datasketch",
                    help="keiretsu (the dedup command), keiretsu-kernel, rensa, datasketch")
    ap.add_argument("--repeat", type=int, default=1, help="Runs of each system (median time, highest peak).")
    ap.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / f"dedup-{args.docs}.jsonl"
    if not corpus.exists():
        print(f"generating {args.docs:,} articles with planted near copies in {corpus} ...", flush=True)
        make_corpus(corpus, args.docs)
    systems = args.systems.split(",")
    results: dict[str, dict] = {}
    if "keiretsu" in systems:
        store, ingest = ingested_store(corpus, args.out)
        if ingest:
            print(f"ingested {args.docs:,} articles into {store} (keiretsu ingest): {ingest['seconds']:.1f} s wall, "
                  f"{ingest['cpu_seconds']:.1f} s CPU, {ingest['peak_mb']:.0f} MB peak", flush=True)
        # A fresh install compiles the kernels on its first run (numba caches them beside the
        # module), about 10 s: a small store is deduplicated first, untimed, to leave that out.
        run_command(ingested_store(corpus, args.out, 300)[0], args.out / "warm-up.db", set())
    gold = gold_pairs(corpus)
    for system in systems:
        runs = []
        for i in range(args.repeat):
            print(f"running {system} ({i + 1} of {args.repeat}) ...", flush=True)
            runs.append(run_command(store, args.out / "dedup.db", gold) if system == "keiretsu"
                        else run_peer(system, corpus))
        results[system] = summary(runs)

    print(f"\nEnd to end: each system's process from start to exit ({args.docs:,} documents, "
          f"median of {args.repeat} run(s)); keiretsu: the `keiretsu dedup` command on an ingested store\n")
    print(f"{'system':<16}{'docs/s':>9}{'wall s':>9}{'CPU s':>8}{'peak MB':>9}{'precision':>11}{'recall':>8}"
          f"{'F1':>7}  what it does")
    does = {"keiretsu": "exact, near, paraphrase links, clusters, sentence links; in the store",
            "rensa": "near copies, in memory", "datasketch": "near copies, in memory"}
    for system, r in results.items():
        if system in does:
            print(f"{'keiretsu dedup' if system == 'keiretsu' else system:<16}{r['docs'] / r['seconds']:>9,.0f}"
                  f"{r['seconds']:>9.1f}{r['cpu_seconds']:>8.1f}{r['peak_mb']:>9.0f}{r['precision']:>11.3f}"
                  f"{r['recall']:>8.3f}{r['f1']:>7.3f}  {does[system]}")
    if "keiretsu" in results:
        r = results["keiretsu"]
        print(f"\nkeiretsu dedup found {r['links']} links and {r['sentence_links']:,} sentence links; "
              "target: >= 5,000 docs/s end to end on 100,000 documents (2 cores), peak under 2 GB")
    kernels = {k: v for k, v in results.items() if k != "keiretsu"}
    if kernels:
        print("\nKernel only: the MinHash near-duplicate stage in memory, timed inside the process\n")
        print(f"{'system':<16}{'docs/s':>9}{'seconds':>9}{'precision':>11}{'recall':>8}{'F1':>7}")
        for system, r in kernels.items():
            print(f"{system:<16}{r['docs'] / r['kernel_seconds']:>9,.0f}{r['kernel_seconds']:>9.1f}"
                  f"{r['precision']:>11.3f}{r['recall']:>8.3f}{r['f1']:>7.3f}")
    print(f"\nword 5-gram shingles, {PERMS} permutations, Jaccard threshold {THRESHOLD}")


if __name__ == "__main__":
    main()
