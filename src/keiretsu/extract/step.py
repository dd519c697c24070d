"""The extraction stage: each story read once; its copies recorded as evidence, not re-read.

* map (``read``): documents that are not copies (the canonical document of a
  duplicate cluster, or a document in none) go through the extractor, on the
  worker processes;
* copies (exact, near, paraphrase members of a cluster) are not read again:
  each mention of the original whose sentence the dedup stage linked to a
  sentence of the copy is recorded in the copy too (``copy_of`` = the
  original mention), so evidence counts every copy while the graph can count
  the story once.

Resumable: a batch is one transaction, and only documents without a row in
``extracted_docs`` are taken, so an interrupted run goes on where it stopped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from ..executor import Executor, LocalExecutor, shards_of
from ..models import Extraction
from ..store import Store
from .names import is_alias, name_key


class Extractor(Protocol):
    name: str

    def extract(self, docs: Sequence[tuple[int, str] | tuple[int, str, str]]) -> list[Extraction]: ...


@dataclass
class ExtractResult:
    read: int = 0
    copies: int = 0
    mentions: int = 0
    sentences: int = 0
    parsed: int = 0


class Recipe:
    """An extractor as what makes it (``make``, picklable): shipped to a worker, only the recipe
    travels, and the extractor (a spaCy model, the gazetteer) is made once in each process that
    uses it."""

    def __init__(self, name: str, make: Callable[[], Extractor]):
        self.name, self.make, self._made = name, make, None

    def extract(self, docs: Sequence[tuple[int, str] | tuple[int, str, str]]) -> list[Extraction]:
        if self._made is None:
            self._made = self.make()
        return self._made.extract(docs)

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, "make": self.make, "_made": None}


@dataclass(frozen=True)
class Read:
    """The map step's spec (see ``keiretsu.executor``): documents (id, text, title) through ``extractor``."""

    extractor: Extractor
    name: ClassVar[str] = "keiretsu-extract"

    def load(self) -> Callable[[Sequence[tuple[int, str] | tuple[int, str, str]]], list[Extraction]]:
        return self.extractor.extract


def entity_key(kind: str, name: str) -> str:
    return name_key(name) if kind == "company" else " ".join(name.lower().split())


def _one_per_relationship(ex: Extraction) -> Extraction:
    """One mention per relationship and sentence, as the store keys names: two names that resolve to
    one company ("Wavehill International Ventures Inc", "Wavehill International Ventures") would
    otherwise store one statement twice and count it twice as evidence. The surer one is kept."""
    best: dict[tuple, Any] = {}
    for m in ex.mentions:
        k = (m.type, entity_key(m.source_kind.value, m.source), entity_key("company", m.target), m.start, m.end)
        if k not in best or m.confidence > best[k].confidence:
            best[k] = m
    if len(best) < len(ex.mentions):
        ex.mentions = list(best.values())
    return ex


def _retold(copied: dict, originals: list[dict]) -> bool:
    """Whether a copy's sentence linked to an original mention's still holds the word that told the mention
    (the last word of its trigger): a near copy whose linked sentence lost it tells something else there
    ("it has acquired 243,400 shares of Cyclops", "it sold its entire 6.0 pct stake of Cyclops")."""
    original = next((m for m in originals if m["id"] == copied["copy_of"]), None)
    words = re.findall(r"[a-z]+", (copied.get("trigger") or "").lower())
    if original is None or original["sentence"] == copied["sentence"] or not words:
        return True
    return re.search(rf"\b{words[-1]}\b", copied["sentence"].lower()) is not None


class ExtractStage:
    def __init__(self, store: Store, extractor: Extractor, executor: Executor | None = None, batch: int = 200):
        self.store, self.extractor, self.batch = store, extractor, batch
        self.executor = executor or LocalExecutor(1)

    def run(self, on_batch: Callable[[int], None] | None = None, redo: bool = False) -> ExtractResult:
        if redo:
            self.store.clear_extraction()
        result = ExtractResult()
        while rows := self.store.unextracted(self.batch):
            self._batch(rows, result)
            if on_batch:
                on_batch(len(rows))
        return result

    def _read(self, jobs: list[tuple[int, str, str]]) -> list[Extraction]:
        """Documents (id, text, title) read by the executor's workers, one mention per relationship each."""
        parts = self.executor.map(Read(self.extractor), shards_of(jobs, max(1, min(50, len(jobs) // 2 or 1))))
        return [_one_per_relationship(ex) for part in parts for ex in part]

    def _batch(self, rows: list[dict], result: ExtractResult) -> None:
        originals = [r for r in rows if r["cluster_id"] is None or r["cluster_id"] == r["id"]]
        copies = [r for r in rows if r not in originals]
        # A copy's original must be read first: in this batch, or already stored.
        wanted = {r["cluster_id"] for r in copies} - {r["id"] for r in originals}
        missing = sorted(wanted - self.store.extracted(sorted(wanted)))
        texts, titles = self.store.texts(missing), self.store.headlines(missing)
        jobs = [(r["id"], r["text"], r.get("title") or "") for r in originals] + \
            [(d, texts[d], titles[d][0] or "") for d in missing if d in texts]
        done = self._read(jobs)
        # The stored form of this batch's mentions is needed to re-anchor copies: write originals first.
        self.store.write_extractions(self.extractor.name, done, [], entity_key, is_alias)
        recorded = []
        if copies:
            originals_mentions = defaultdict(list)
            for m in self.store.doc_mentions(sorted({r["cluster_id"] for r in copies})):
                originals_mentions[m["doc_id"]].append(m)
            reread = []
            for r in copies:
                anchored = self._reanchor(r, originals_mentions[r["cluster_id"]])
                if all(_retold(m, originals_mentions[r["cluster_id"]]) for m in anchored):
                    recorded.append((r["id"], anchored))
                else:
                    reread.append((r["id"], r["text"], r.get("title") or ""))
            if reread:
                # a copy that tells another deed in a sentence linked to the original's ("it has acquired
                # 243,400 shares of X", then "it sold its entire 6.0 pct stake of X") is a story of its own
                again = self._read(reread)
                self.store.write_extractions(self.extractor.name, again, [], entity_key, is_alias)
                done += again
            self.store.write_extractions(self.extractor.name, [], recorded, entity_key, is_alias)
        result.read += len(done)
        result.copies += len(recorded)
        result.mentions += sum(len(ex.mentions) for ex in done) + sum(len(m) for _, m in recorded)
        result.sentences += sum(ex.sentences for ex in done)
        result.parsed += sum(ex.parsed for ex in done)

    def _reanchor(self, copy: dict, mentions: list[dict]) -> list[dict]:
        """The original's mentions whose sentences the copy also holds, with the copy's spans."""
        links = {}
        for link in self.store.sentence_links(copy["id"]):
            if link["doc_a"] == copy["cluster_id"] and link["doc_b"] == copy["id"]:
                links[(link["start_a"], link["end_a"])] = (link["start_b"], link["end_b"])
            elif link["doc_b"] == copy["cluster_id"] and link["doc_a"] == copy["id"]:
                links[(link["start_b"], link["end_b"])] = (link["start_a"], link["end_a"])
        out = []
        for m in mentions:
            span = links.get((m["start"], m["end"]))
            if span is None and copy["level"] == "exact":
                span = (m["start"], m["end"])  # the same text: the same spans
            if span is None:
                continue
            start, end = span
            out.append({**m, "source": m["source_name"], "target": m["target_name"],
                        "source_kind": m["source_kind"], "sentence": copy["text"][start:end], "start": start,
                        "end": end, "copy_of": m["id"]})
        return out
