"""Draw a uniform random sample of company nodes of a build, to judge which are companies.

    python eval/nodes/select.py STORE OUT.todo.jsonl [N] [SEED]

A node is a company that is an end of at least one relationship (what the graph shows). Each
comes with its aliases and up to two passages it was named in. Fixed seed (15) unless one is
given: entity ids survive a re-extraction, so a new judgement of a store rebuilt from an earlier
one takes a new seed, lest it judge nodes that earlier judgements showed the developers.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys

SEED = 15


def main(db: str, out: str, n: int = 100, seed: int = SEED) -> None:
    con = sqlite3.connect(db)
    ids = sorted(i for (i,) in con.execute(
        "SELECT e.id FROM entities e WHERE e.kind = 'company' AND EXISTS (SELECT 1 FROM relationships r "
        "WHERE r.source_id = e.id OR r.target_id = e.id)"))
    sample = random.Random(seed).sample(ids, min(n, len(ids)))
    with open(out, "w", encoding="utf-8") as f:
        for eid in sample:
            name = con.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()[0]
            aliases = [a for (a,) in con.execute("SELECT alias FROM entity_aliases WHERE entity_id = ? "
                                                 "ORDER BY seen DESC LIMIT 5", (eid,))]
            passages = [p for (p,) in con.execute(
                "SELECT substr(d.clean_text, max(1, m.start - 150), (m.end - m.start) + 300) FROM entity_mentions m "
                "JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? LIMIT 2", (eid,))]
            f.write(json.dumps({"node": name, "aliases": aliases, "passages": passages}, ensure_ascii=False) + "\n")
    print(len(sample), "of", len(ids), "nodes")


if __name__ == "__main__":
    if not 3 <= len(sys.argv) <= 5 or not all(a.isdigit() for a in sys.argv[3:]):
        sys.exit("usage: python eval/nodes/select.py STORE OUT.todo.jsonl [N] [SEED]")
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:]))
