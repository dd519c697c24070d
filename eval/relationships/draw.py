"""Draw a uniform random sample of the relationships a build shows, to judge which are real.

    python eval/relationships/draw.py STORE OUT.todo.jsonl [N] [SEED] [--among IDS]

``--among IDS`` draws only from the relationships whose ids the file lists (whitespace-separated), to
judge a part of the graph a change made, e.g. the ties a new setting of the model keeps.

Each relationship comes with its type, its two ends as the graph names them, its current status
and figures, and up to two of its evidence sentences, each with the passage around it (a
judge needs "the company" and "it" resolved) and its story's title and date: the earliest, and
one behind the current status where the earliest is not (until 2026-12-07 the two earliest, so
a judge of a status that a later story told, "completed the sale", never saw that story). Relationship ids
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
_LOOKED_AT = 200  # evidence rows read for a sentence of the current status (a history entry names its first 20)


def _every(store) -> list[dict]:
    rels: list[dict] = []
    while True:
        page = query.relations_of(store, [], limit=query.MAX_PAGE, offset=len(rels), evidence=False)
        rels += page
        if len(page) < query.MAX_PAGE:
            return rels


def _shown(store, rel_id: int) -> list[dict]:
    """The earliest evidence and, after it, the earliest behind the current history entry (else the next)."""
    rows = store.evidence(rel_id, _LOOKED_AT)
    current = set(store.history([rel_id], True)[rel_id][-1]["evidence"])
    later = [e for e in rows[1:] if e["id"] in current] or rows[1:]
    return rows[:1] + later[:1]


def main(db: str, out: str, n: int = 100, seed: int = SEED, among: set[int] | None = None) -> None:
    store = open_store(db, read_only=True)
    rels = [r for r in _every(store) if among is None or r["id"] in among]
    sample = random.Random(seed).sample(rels, min(n, len(rels)))
    with open(out, "w", encoding="utf-8") as f:
        for rel in sample:
            evidence = []
            for e in _shown(store, rel["id"]):
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
    args, among = sys.argv[1:], None
    if "--among" in args:
        k = args.index("--among")
        try:
            with open(args[k + 1], encoding="utf-8") as fh:
                among = {int(x) for x in fh.read().split()}
        except (IndexError, OSError, ValueError) as e:
            sys.exit(f"draw.py: --among needs a readable file of relationship ids ({e})")
        del args[k:k + 2]
    if not 2 <= len(args) <= 4 or not all(a.isdigit() for a in args[2:]):
        sys.exit("usage: python eval/relationships/draw.py STORE OUT.todo.jsonl [N] [SEED] [--among IDS]")
    main(args[0], args[1], *(int(a) for a in args[2:]), among=among)
