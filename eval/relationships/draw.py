"""Draw a uniform random sample of the relationships a build shows, to judge which are real.

    python eval/relationships/draw.py STORE OUT.todo.jsonl [N] [SEED]

Each relationship comes with its type, its two ends as the graph names them, its current status
and figures, and up to two of its evidence sentences, each with the passage around it (a
judge needs "the company" and "it" resolved) and its story's title and date. Relationship ids
are renumbered by a rebuild, so a draw is tied to the store it came from; a new judgement of a
new build takes a new seed.
"""

from __future__ import annotations

import json
import random
import sys

from keiretsu.graph import query
from keiretsu.store import open_store

SEED = 15
_AROUND = 400  # characters of the story before and after an evidence sentence


def _every(store) -> list[dict]:
    rels: list[dict] = []
    while True:
        page = query.relations_of(store, [], limit=query.MAX_PAGE, offset=len(rels), evidence=False)
        rels += page
        if len(page) < query.MAX_PAGE:
            return rels


def main(db: str, out: str, n: int = 100, seed: int = SEED) -> None:
    store = open_store(db, read_only=True)
    rels = _every(store)
    sample = random.Random(seed).sample(rels, min(n, len(rels)))
    with open(out, "w", encoding="utf-8") as f:
        for rel in sample:
            evidence = []
            for e in store.evidence(rel["id"], 2):
                text = query.document(store, e["doc_id"])["text"]
                evidence.append({"title": e["title"], "published": e["published"], "sentence": e["sentence"],
                                 "passage": text[max(0, e["start"] - _AROUND):e["end"] + _AROUND]})
            f.write(json.dumps({"relationship": rel["id"], "type": rel["type"], "source": rel["source"],
                                "target": rel["target"], "venture": rel["venture"], "status": rel["status"],
                                "attributes": rel["attributes"], "mentions": rel["mentions"],
                                "evidence": evidence}, ensure_ascii=False) + "\n")
    store.close()
    print(len(sample), "of", len(rels), "relationships")


if __name__ == "__main__":
    if not 3 <= len(sys.argv) <= 5 or not all(a.isdigit() for a in sys.argv[3:]):
        sys.exit("usage: python eval/relationships/draw.py STORE OUT.todo.jsonl [N] [SEED]")
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:]))
