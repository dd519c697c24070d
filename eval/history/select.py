"""Draw relationships keiretsu found in several Reuters-21578 train stories, to label with the
sequence of statuses the stories tell (issue 16).

Run from the repository root on a store built from the train split (see README.md)::

    python eval/history/select.py STORE [OUT SEED PER_STRATUM]

A later draw (another OUT and SEED) leaves out every relationship already in an earlier draw's
file (``relationships*.todo.jsonl``), by its two companies and type, so that no relationship is
labelled twice.
Relationships between companies (roles aside) that at least two distinct stories mention
(copies are not counted), stratified by how many stories: 2, 3-4, 5 or more; half of each
stratum with a history of more than one entry. Once earlier draws had taken nearly all of those
(the draw of seed 57001 found two left), a stratum ``1/multi`` was added: relationships told by
a single story whose history has more than one entry (a deal agreed and completed, a bid made
and dropped), so the steps within one story are labelled too. Writes ``eval/history/relationships.todo.jsonl``
with a fixed seed: per relationship its two companies and type as keiretsu has them, and every
story that mentions it (at most 10, the earliest), whole and dated. keiretsu's statuses are
not written: labellers must not see them.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

SEED = 16
OUT = Path(__file__).resolve().parent / "relationships.todo.jsonl"
PER_STRATUM = 27
MAX_DOCS = 10


def drawn_before(out: Path) -> set[tuple[str, str, str]]:
    rows = [json.loads(line) for path in sorted(OUT.parent.glob("relationships*.todo.jsonl"))
            if path.resolve() != out.resolve() for line in path.open(encoding="utf-8")]
    return {(r["source"], r["type"], r["target"]) for r in rows}


def main(db: str, out: Path = OUT, seed: int = SEED, per_stratum: int = PER_STRATUM) -> None:
    rng = random.Random(seed)
    before = drawn_before(out)
    con = sqlite3.connect(db)
    names = dict(con.execute("SELECT id, name FROM entities"))
    rels = con.execute(
        "SELECT r.id, r.type, r.source_id, r.target_id, COUNT(h.seq) FROM relationships r "
        "JOIN relationship_history h ON h.relationship_id = r.id WHERE r.type != 'role' GROUP BY r.id").fetchall()
    docs_of: dict[int, list[int]] = {}
    strata: dict[str, list[tuple]] = defaultdict(list)
    for rid, rtype, s, t, entries in rels:
        ids = [d for (d,) in con.execute(
            "SELECT DISTINCT m.doc_id FROM mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.type = ? AND m.source_id = ? AND m.target_id = ? AND m.copy_of IS NULL "
            "ORDER BY d.published, d.id", (rtype, s, t))]
        n = len(ids)
        if (n < 2 and entries < 2) or (names[s], rtype, names[t]) in before:
            continue
        docs_of[rid] = ids
        stratum = "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5+"
        strata[f"{stratum}/{'multi' if entries > 1 else 'single'}"].append((rid, rtype, s, t))
    rows = []
    for key in sorted(strata):
        pool = strata[key]
        rng.shuffle(pool)
        for rid, rtype, s, t in pool[: per_stratum // 2 + 1]:
            ids = docs_of[rid][:MAX_DOCS]
            stories = [{"id": ext, "published": pub, "title": title, "text": text} for ext, pub, title, text in
                       (con.execute("SELECT external_id, published, title, clean_text FROM documents WHERE id = ?",
                                    (d,)).fetchone() for d in ids)]
            rows.append({"relationship": f"{names[s]}|{rtype}|{names[t]}", "source": names[s], "target": names[t],
                         "type": rtype, "stratum": key, "stories_total": len(docs_of[rid]), "stories": stories})
    rng.shuffle(rows)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), {k: len(v) for k, v in strata.items()})


if __name__ == "__main__":
    args = sys.argv[1:]
    if not 1 <= len(args) <= 4 or not all(a.isdigit() for a in args[2:]):
        sys.exit("usage: python eval/history/select.py STORE [OUT SEED PER_STRATUM]")
    main(args[0], *([Path(args[1])] if len(args) > 1 else []), *(int(a) for a in args[2:4]))
