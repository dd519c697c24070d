"""Are two SQLite stores the same, table for table? For changes meant to leave results identical.

    python bench/tables.py STORE                   # each table's rows and a hash of them, as JSON
    python bench/tables.py BEFORE AFTER [--tables dedup|graph|all|T1,T2]   # compare; exit 1 if any differs

Every column of every row, sorted, is hashed (bytes as hex), so that two runs that wrote the same
rows in another order compare equal. SQLite files only: it reads the file, not the Store interface,
to see exactly what was written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys

GROUPS = {
    "dedup": ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df"),
    "graph": ("relationships", "relationship_history", "stories", "story_docs", "doc_focus", "graph_docs", "mentions"),
}


def tables_of(db: sqlite3.Connection, which: str) -> list[str]:
    if which == "all":
        return [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%' ORDER BY name")]
    if which in GROUPS:
        return list(GROUPS[which])
    return which.split(",")


def hashes(path: str, which: str) -> dict[str, dict]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for table in tables_of(db, which):
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        if not cols:
            out[table] = {"rows": None, "sha256": None}
            continue
        order = ", ".join(str(i + 1) for i in range(len(cols)))
        h, n = hashlib.sha256(), 0
        for row in db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
            h.update(repr(tuple(x.hex() if isinstance(x, bytes) else x for x in row)).encode())
            n += 1
        out[table] = {"rows": n, "sha256": h.hexdigest()}
    db.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", help="one store to hash, or two to compare")
    parser.add_argument("--tables", default="dedup", help="dedup, graph, all, or a comma-separated list")
    args = parser.parse_args()
    if len(args.stores) == 1:
        print(json.dumps(hashes(args.stores[0], args.tables), indent=1))
        return 0
    a, b = (hashes(s, args.tables) for s in args.stores[:2])
    same = True
    for table in a:
        ok = a[table]["sha256"] == b.get(table, {}).get("sha256")
        same &= ok
        print(f"{table:24s} {a[table]['rows'] or 0:>10,} {b.get(table, {}).get('rows') or 0:>10,} "
              f"{'same' if ok else 'DIFFERENT'}")
    print("IDENTICAL" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
