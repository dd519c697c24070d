"""``keiretsu eval dedup``: pairwise precision, recall and F1 per level.

The labelled corpus (``dedup_corpus.py``) goes through the real pipeline,
ingest then dedup, into a fresh store; the clusters found at each level
(links of that level or stronger, joined transitively) are compared with the
gold clusters pair by pair.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..dedup import DedupSettings, Deduplicator
from ..dedup.clusters import LEVELS, UnionFind
from ..jobs import ingest
from ..settings import Settings
from ..store import open_store
from .dedup_corpus import generate, gold_pairs, load_bbc


@dataclass
class LevelScore:
    level: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DedupEvaluation:
    documents: int
    levels: list[LevelScore]
    distinct_merged: int  # predicted pairs (any level) whose documents tell different stories
    predicted_pairs: int
    seconds: float

    @property
    def false_merge_rate(self) -> float:
        return self.distinct_merged / self.predicted_pairs if self.predicted_pairs else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "levels": {s.level: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                 "f1": round(s.f1, 4), "gold_pairs": s.gold, "predicted_pairs": s.predicted}
                       for s in self.levels},
            "distinct_story_pairs_merged": self.distinct_merged,
            "false_merge_rate": round(self.false_merge_rate, 4),
            "seconds": round(self.seconds, 2),
        }


def _predicted(links: list[tuple[int, int, str, float]], names: dict[int, str]) -> dict[str, set[tuple[str, str]]]:
    out = {}
    for rank, level in enumerate(LEVELS):
        uf = UnionFind()
        nodes = set()
        for a, b, link_level, _ in links:
            if LEVELS.index(link_level) <= rank:
                uf.union(a, b)
                nodes.update((a, b))
        comps: dict[int, list[str]] = defaultdict(list)
        for doc in nodes:
            comps[uf.find(doc)].append(names[doc])
        out[level] = {tuple(sorted(p)) for ids in comps.values() for p in combinations(ids, 2)}
    return out


def evaluate(records: list[dict], settings: DedupSettings | None = None, workdir: Path | None = None) -> DedupEvaluation:
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "text": r["text"], "source": r["source"]}) + "\n")
        db = Path(tmp) / "eval.db"
        store = open_store(db)
        try:
            ingest([str(corpus)], store, Settings(db=db))
            t0 = time.perf_counter()
            Deduplicator(store, settings).run()
            seconds = time.perf_counter() - t0
            names = {d["id"]: d["external_id"] for d in store.documents(limit=10**9)}
            links = store.doc_links()
        finally:
            store.close()
    gold = gold_pairs(records)
    predicted = _predicted(links, names)
    story = {r["id"]: r["story"] for r in records}
    levels = [LevelScore(level, len(gold[level]), len(predicted[level]), len(gold[level] & predicted[level]))
              for level in LEVELS]
    merged = predicted["paraphrase"]
    wrong = sum(1 for a, b in merged if story[a] != story[b])
    return DedupEvaluation(len(records), levels, wrong, len(merged), seconds)


def default_base() -> Path:
    return Path("../shared/corpora/bbc-news/bbc-text.csv")


def run(base: Path, stories: int, distinct: int, seed: int, write: Path | None = None) -> DedupEvaluation:
    records = generate(load_bbc(base), stories, distinct, seed)
    if write:
        with write.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
    return evaluate(records)
