"""Draw pairs of Reuters-21578 train stories to label as the same story or not (issue 16).

Run from the repository root after ingesting and deduplicating the train split into a store::

    python -c "..."  # train split to /tmp/reuters-train.jsonl (see eval/dedup/README.md)
    keiretsu --db /tmp/rt.db ingest /tmp/reuters-train.jsonl && keiretsu --db /tmp/rt.db dedup
    python eval/dedup/select_pairs.py /tmp/rt.db

Half the pairs are what keiretsu links today (near and paraphrase, half of them from the
largest clusters, where false merges do the most harm); half are hard negatives: stories
keiretsu does not link whose headlines share a template (the same words once figures and
tickers are masked). Writes ``eval/dedup/pairs.todo.jsonl`` with a fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

SEED = 16
OUT = Path(__file__).resolve().parent / "pairs.todo.jsonl"


def template(title: str) -> frozenset[str]:
    title = re.sub(r"<[^>]*>", " ", title or "")
    title = re.sub(r"\d[\d.,/]*", "#", title.upper())
    return frozenset(re.findall(r"[A-Z#]+", title))


def main(db: str) -> None:
    rng = random.Random(SEED)
    con = sqlite3.connect(db)
    docs = {i: (ext, title or "", pub, text) for i, ext, title, pub, text in
            con.execute("SELECT id, external_id, title, published, clean_text FROM documents")}
    cluster = dict(con.execute("SELECT doc_id, cluster_id FROM doc_clusters"))
    sizes = defaultdict(int)
    for c in cluster.values():
        sizes[c] += 1
    links = [(a, b, level) for a, b, level in con.execute("SELECT a, b, level FROM doc_links")
             if level in ("near", "paraphrase")]
    big = set(sorted(sizes, key=lambda c: -sizes[c])[:20])
    chosen: dict[tuple[int, int], str] = {}
    for level in ("near", "paraphrase"):
        mine = [link for link in links if link[2] == level]
        in_big = [link for link in mine if cluster.get(link[0]) in big]
        rng.shuffle(in_big)
        rest = [link for link in mine if cluster.get(link[0]) not in big]
        rng.shuffle(rest)
        for a, b, lv in in_big[:50] + rest:
            if sum(1 for v in chosen.values() if v == f"linked:{lv}") >= 100:
                break
            chosen.setdefault((a, b), f"linked:{lv}")
    by_template = defaultdict(list)
    for i, (_, title, _, _) in docs.items():
        t = template(title)
        if len(t) >= 3:
            by_template[t].append(i)
    # headlines close to each other, not only equal: Jaccard >= 0.6 of the masked words
    keys = list(by_template)
    index = defaultdict(set)
    for k in keys:
        for w in k:
            index[w].add(k)
    negatives = []
    seen_templates: dict[frozenset, int] = defaultdict(int)
    rng.shuffle(keys)
    for k in keys:
        near_keys = {k2 for w in k for k2 in index[w] if len(k & k2) / len(k | k2) >= 0.6}
        members = sorted({i for k2 in near_keys for i in by_template[k2]})
        pairs = [(a, b) for a, b in combinations(members, 2)
                 if (a, b) not in chosen and not (cluster.get(a) is not None and cluster.get(a) == cluster.get(b))
                 and docs[a][3] != docs[b][3]]
        rng.shuffle(pairs)
        for a, b in pairs[:4]:
            if seen_templates[k] < 4:
                negatives.append((a, b))
                seen_templates[k] += 1
    rng.shuffle(negatives)
    for a, b in negatives[:210]:
        chosen[(a, b)] = "unlinked:same-template"
    rows = []
    for (a, b), why in chosen.items():
        rows.append({"pair": f"{docs[a][0]}|{docs[b][0]}", "drawn_as": why,
                     "a": {"id": docs[a][0], "title": docs[a][1], "published": docs[a][2], "text": docs[a][3]},
                     "b": {"id": docs[b][0], "title": docs[b][1], "published": docs[b][2], "text": docs[b][3]}})
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = defaultdict(int)
    for r in rows:
        counts[r["drawn_as"]] += 1
    print(len(rows), dict(counts))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python eval/dedup/select_pairs.py STORE")
    main(sys.argv[1])
