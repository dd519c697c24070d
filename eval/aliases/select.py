"""Draw company names from a Reuters-21578 train build, in blocks of names that might be one
company, to label which of them are the same company (issue 15's canonical companies).

    python eval/aliases/select.py STORE

A block holds the surface forms keiretsu saw (entity aliases) whose first word, or whose
initials, agree: "AmSouth Bancorp", "Amsouth", "AmSouth"; "Banca Commerciale Italiana",
"BCI". Blocks of 2 to 12 names are drawn at random until at least 320 names are in; each
name comes with up to two sentences it was seen in, so a labeller can tell "First Union" the
bank from "First Union Real Estate". keiretsu's grouping is not written. Output:
``eval/aliases/names.todo.jsonl`` with a fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

SEED = 15
OUT = Path(__file__).resolve().parent / "names.todo.jsonl"
TARGET = 320
# First words too common to say anything about identity on their own.
COMMON = {"the", "first", "american", "national", "general", "united", "international", "new", "north",
          "south", "west", "east", "central", "western", "southern", "northern", "eastern", "great", "bank",
          "banco", "banque", "royal", "union", "standard", "pacific", "continental", "federal", "home"}


def words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9&]+", name.lower().replace("'s", ""))


def initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w not in {"of", "and", "the", "&"})


def main(db: str) -> None:
    rng = random.Random(SEED)
    con = sqlite3.connect(db)
    aliases = [(alias, seen) for alias, seen in con.execute(
        "SELECT a.alias, SUM(a.seen) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE e.kind = 'company' GROUP BY a.alias")]
    blocks: dict[str, set[str]] = defaultdict(set)
    for alias, _ in aliases:
        ws = words(alias)
        if not ws:
            continue
        lead = next((w for w in ws if w not in COMMON), ws[0])
        blocks[lead].add(alias)
        if len(ws) == 1 and alias.isupper() and 2 <= len(alias) <= 5:
            blocks[f"initials:{alias.lower()}"].add(alias)
        if len(ws) >= 2:
            blocks[f"initials:{initials(alias)}"].add(alias)
    candidates = [sorted(b) for b in blocks.values() if 2 <= len(b) <= 12]
    rng.shuffle(candidates)
    chosen: list[list[str]] = []
    taken: set[str] = set()
    for block in candidates:
        block = [n for n in block if n not in taken]
        if len(block) < 2:
            continue
        chosen.append(block)
        taken.update(block)
        if len(taken) >= TARGET:
            break
    rows = []
    for n, block in enumerate(chosen, 1):
        names = []
        for alias in block:
            examples = [s for (s,) in con.execute(
                "SELECT substr(d.clean_text, max(1, m.start - 120), (m.end - m.start) + 240) FROM entity_mentions m "
                "JOIN documents d ON d.id = m.doc_id WHERE m.text = ? LIMIT 2", (alias,))]
            names.append({"name": alias, "examples": examples})
        rows.append({"block": n, "names": names})
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "blocks,", len(taken), "names")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python eval/aliases/select.py STORE")
    main(sys.argv[1])
