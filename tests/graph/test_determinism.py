"""The same news gives the same graph: whatever the number of processes, the order the workers
finish in, or the seed each Python process hashes strings with.

Relationship ids are the one thing allowed to differ: with several graph workers a relationship
gets its id in the order the workers' batches reach the writer. Everything else is compared:
the exported graph (entities, relationships, histories, evidence, conflicts), the mentions and the
stories.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Observation, Status

STORIES = 120  # Reuters takeover stories: about 250 relationships, with their conflicts


def build(news: Path, db: Path, workers: str, seed: str) -> None:
    env = {**os.environ, "KEIRETSU_WORKERS": workers, "PYTHONHASHSEED": seed}
    export = ["export", "--format", "jsonl", "--output", str(db.with_suffix(".jsonl"))]
    for args in (["build", "-q", str(news)], export):
        proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), *args], capture_output=True,
                              text=True, timeout=300, env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def graph(db: Path) -> dict[str, list]:
    """What a build made, relationship ids left out, each table in an order of its own content."""
    exported = []
    for line in db.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if obj["object"] == "relationship":
            del obj["id"]
        exported.append(json.dumps(obj, sort_keys=True))
    con = sqlite3.connect(db)
    try:
        tables = {
            "mentions": "SELECT id, doc_id, type, source_id, target_id, status, attributes, confidence, start, end, "
                        "cues, copy_of, times FROM mentions ORDER BY id",
            "entities": "SELECT id, kind, name FROM entities ORDER BY id",
            "stories": "SELECT id, title, first, last, documents, sources, companies FROM stories ORDER BY id",
            "story_docs": "SELECT story_id, doc_id FROM story_docs ORDER BY story_id, doc_id",
        }
        return {"export": sorted(exported), **{k: con.execute(sql).fetchall() for k, sql in tables.items()}}
    finally:
        con.close()


def test_two_builds_give_the_same_graph(tmp_path: Path, shared: Path):
    rows = (json.loads(line) for line in (shared / "corpora" / "reuters-21578" / "reuters-21578.jsonl")
            .read_text(encoding="utf-8").splitlines())
    stories = [r for r in rows if "acq" in r.get("topics", []) and r["text"].strip()][:STORIES]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    build(news, tmp_path / "one.db", "1", "101")
    build(news, tmp_path / "two.db", "2", "202")  # two ingest, dedup, extraction and graph workers
    one, two = graph(tmp_path / "one.db"), graph(tmp_path / "two.db")
    assert sum('"relationship"' in line for line in one["export"]) > 200 and one["stories"]
    for part in one:
        assert one[part] == two[part], part


def _said(mention: int, unit: int, status: Status, **attributes) -> Observation:
    return Observation(mention, unit, unit, status, attributes, 0.8, "1987-03-02")


def test_a_tie_falls_the_same_way_whatever_order_the_mentions_come_in():
    """Two stories on the same day, one saying 23.2% and one 23.3%: which figure stands, and which
    the conflict lists as the rival, must not depend on which was read first."""
    said = [_said(1, 10, Status.ACTIVE, percent=23.2), _said(2, 20, Status.ACTIVE, percent=23.3),
            _said(3, 30, Status.ENDED)]
    key = ("stake", 1, 2, "")
    forward, backward = consolidate(key, said), consolidate(key, said[::-1])
    assert forward == backward
    assert forward.attributes["percent"] == 23.3
    assert [(c["attribute"], list(c["values"])) for c in forward.conflicts] == [
        ("status", ["active", "ended"]), ("percent", ["23.3", "23.2"])]
