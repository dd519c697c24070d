"""Score keiretsu.graph.nodes' judgement on judged node samples.

    python eval/nodes/score.py [--aggregate] STORE SAMPLE.jsonl [SAMPLE.jsonl ...]

STORE: a build whose graph was written before the judgement being scored (the sample's nodes must
still have relationships there: the build the sample was drawn from, or one like it). Each judged
node is found by name (or name key) among company entities with a relationship; its namings are
judged afresh with the code in the tree. Prints P/R of "not a company" and the companies it would
drop; each error too, unless ``--aggregate`` (for a held-out sample)."""

import json
import sqlite3
import sys
from pathlib import Path

# This folder's select.py would shadow the standard library's select, which keiretsu imports.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from keiretsu.extract.names import name_key  # noqa: E402
from keiretsu.graph.nodes import company, evidence  # noqa: E402
from keiretsu.store import open_store  # noqa: E402

args = sys.argv[1:]
aggregate = "--aggregate" in args
args = [a for a in args if a != "--aggregate"]
if len(args) < 2:
    sys.exit("usage: python eval/nodes/score.py [--aggregate] STORE SAMPLE.jsonl [SAMPLE.jsonl ...]")
store, samples = args[0], args[1:]
con = sqlite3.connect(store)
s = open_store(store, read_only=True)
found = {}
for path in samples:
    for line in open(path):
        r = json.loads(line)
        e = con.execute("SELECT id FROM entities WHERE kind='company' AND name=?", (r["node"],)).fetchall() or \
            con.execute("SELECT id FROM entities WHERE kind='company' AND key=?", (name_key(r["node"]),)).fetchall()
        if e and con.execute("SELECT 1 FROM relationships WHERE source_id=? OR target_id=?", (e[0][0],) * 2).fetchone():
            found[e[0][0]] = (r["company"], r["node"])
rows = s.entity_contexts("company", sorted(found), 60)
namings = {}
for r in rows:
    namings.setdefault(r[0], []).append(tuple(r[2:]))
# a node the store keeps no naming of (no sentence names it) gives the judgement nothing to read
unread = [node for e, (_, node) in found.items() if e not in namings]
found = {e: v for e, v in found.items() if e in namings}
if unread:
    print(f"{len(unread)} judged nodes with no naming in the store, left out: {', '.join(sorted(unread)[:10])}")
tp = fp = fn = 0
for e, (is_company, node) in sorted(found.items(), key=lambda x: x[1][1]):
    dropped = not company(namings[e])
    if dropped != (not is_company) and not aggregate:
        print("dropped company" if dropped else "kept non-company", node, evidence(namings[e]))
    tp += dropped and not is_company
    fp += dropped and is_company
    fn += not dropped and not is_company
print(f"{len(found)} judged nodes found: {tp + fn} not companies, {tp} judged so; {fp} companies dropped; "
      f"P {tp / max(1, tp + fp):.2f} R {tp / max(1, tp + fn):.2f}; left: {fn} of {len(found) - tp - fp} nodes "
      f"({100 * fn / max(1, len(found) - tp - fp):.1f} per 100)")
