"""Near-duplicate detection: keiretsu beside datasketch and rensa, in one run.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/dedup.py [--docs 100000]

The corpus: generated ~2,000-character news-like articles (bench/corpus.py),
with near copies planted in one in ten of them (wrapped in another outlet's
header and footer, edited, truncated or reordered, as the labelled corpus of
``keiretsu eval dedup`` does). Each system does the whole near-duplicate stage
the usual way from Python, on the same text, with the same shingling (word
5-grams of lower-cased ``\\w+`` tokens) and 128 permutations:

* datasketch: ``MinHash.update_batch`` of shingle strings, ``MinHashLSH``;
* rensa: ``RMinHash.update`` of shingle strings, ``RMinHashLSH``;
* keiretsu: ``MinHasher.signatures`` and ``band_keys`` (a compiled pass over the
  encoded text, no string per shingle) on two threads, ``candidate_pairs``,
  ``verified_pairs`` (estimates within 0.12 of the threshold recomputed exactly
  from the two texts' shingle sets, as the product path does);

then candidates verified at a Jaccard similarity of 0.5 and joined into clusters
with union-find. Reported: documents per second end to end, peak memory of the
process (each system runs in a fresh one), and pairwise F1 of the clusters
against the planted copies.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

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

    from keiretsu.dedup.minhash import EMPTY, MinHasher, candidate_pairs, sign_and_band, verified_pairs
    from keiretsu.dedup.parallel import Workers

    hasher = MinHasher(PERMS, 5)
    with Workers(2, threads=True) as workers:
        parts = workers.map(sign_and_band, (hasher, BANDS), texts, chunk=5000)
    sig, keys = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    candidates = candidate_pairs(keys, sig[:, 0] != EMPTY)
    pairs, _ = verified_pairs(sig, candidates, THRESHOLD, exact=lambda p: hasher.jaccard(texts, p))
    uf = UnionFind()
    for a, b in pairs.tolist():
        uf.union(a, b)
    return uf


SYSTEMS = {"datasketch": run_datasketch, "rensa": run_rensa, "keiretsu": run_keiretsu}


def measure(system: str, corpus: Path) -> dict:
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    if system == "keiretsu":
        # Compiling the kernels happens once per install (numba caches them beside the
        # module); a first run on a fresh install pays it, about 10 s, so it is left out here.
        SYSTEMS[system](texts[:100])
    t0 = time.perf_counter()
    uf = SYSTEMS[system](texts)
    seconds = time.perf_counter() - t0
    found = pairs_of(uf, len(texts))
    by_story: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_story.setdefault(r["story"], []).append(i)
    gold = {p for g in by_story.values() if len(g) > 1 for p in combinations(g, 2)}
    correct = len(found & gold)
    p = correct / len(found) if found else 1.0
    r = correct / len(gold) if gold else 1.0
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"docs": len(texts), "seconds": seconds, "peak_mb": peak / 1024, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--systems", default="keiretsu,rensa,datasketch")
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
    results = {}
    for system in args.systems.split(","):
        print(f"running {system} ...", flush=True)
        out = subprocess.run([sys.executable, __file__, "--measure", system, str(corpus)], check=True,
                             capture_output=True, text=True).stdout
        results[system] = json.loads(out.splitlines()[-1])
    base = results.get("keiretsu")
    print(f"\n{'system':<12}{'docs/s':>10}{'seconds':>9}{'peak MB':>9}{'precision':>11}{'recall':>8}{'F1':>7}"
          f"{'keiretsu is':>14}")
    for system, r in results.items():
        rate = r["docs"] / r["seconds"]
        speedup = f"{(base['docs'] / base['seconds']) / rate:.1f}x faster" if base and system != "keiretsu" else ""
        print(f"{system:<12}{rate:>10,.0f}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}{r['precision']:>11.3f}"
              f"{r['recall']:>8.3f}{r['f1']:>7.3f}{speedup:>14}")
    print(f"\n{args.docs:,} documents, word 5-gram shingles, {PERMS} permutations, Jaccard threshold {THRESHOLD}; "
          "target: keiretsu >= 20,000 docs/s end to end")


if __name__ == "__main__":
    main()
