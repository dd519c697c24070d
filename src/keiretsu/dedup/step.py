"""The dedup stage: new documents matched against the persistent index.

* map: each document gets two MinHash signatures, of its word 5-gram shingles
  (near copies) and of its set of content words (paraphrases), and their LSH
  band keys;
* reduce, keyed by band bucket: documents sharing a bucket are candidates,
  verified by Jaccard similarity (estimated, and exact near the threshold) for
  near copies, or by sentence alignment
  (paraphrase); documents with the same clean text are exact copies;
* clusters are the connected components of the verified links, and the
  sentences of each member are linked to the canonical document's.

Only new documents are hashed and looked up: the index (signatures, buckets,
links) lives in the store, so a run costs what it adds, not the corpus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from ..store import Store
from .clusters import Link, build_clusters
from .minhash import EMPTY, EXACT_MARGIN, MinHasher, band_keys, similarity
from .parallel import Workers
from .paraphrase import (
    ParaphraseSettings,
    SentenceInfo,
    analyse,
    align,
    document_similarity,
    same_facts,
    sentence_hash,
    within,
)
from .text import content_words

NEAR, PARA = 0, 1


@dataclass(frozen=True)
class DedupSettings:
    """Thresholds, chosen by ``keiretsu eval dedup`` on the labelled corpus (see the README)."""

    shingle_words: int = 5
    perms: int = 128
    #: 32 bands of 4 rows: pairs from a Jaccard similarity of about 0.42 become candidates.
    near_bands: int = 32
    #: Jaccard similarity of shingle sets from which two documents are near copies (estimated,
    #: and computed exactly from the texts when the estimate is within 0.12 of it).
    near_threshold: float = 0.5
    #: 42 bands of 3 rows over content-word sets: candidates from about 0.29.
    para_bands: int = 42
    #: Estimated Jaccard of content-word sets below which no sentence alignment is tried.
    para_min_jaccard: float = 0.25
    #: Documents with fewer words than this only take part in exact clusters.
    min_words: int = 25
    #: A bucket holding more documents than this is boilerplate shared by unrelated pages.
    max_bucket: int = 100
    batch: int = 2000
    paraphrase: ParaphraseSettings = field(default_factory=ParaphraseSettings)

    def index_signature(self) -> str:
        """What the stored index depends on: changing it needs ``keiretsu dedup --rebuild``."""
        return json.dumps(
            {"shingle_words": self.shingle_words, "perms": self.perms, "near_bands": self.near_bands,
             "para_bands": self.para_bands, "min_words": self.min_words}, sort_keys=True)


@dataclass
class DedupResult:
    documents: int = 0
    links: dict[str, int] = field(default_factory=lambda: {"exact": 0, "near": 0, "paraphrase": 0})
    clusters: int = 0
    sentence_links: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


def sign(cfg: DedupSettings, texts: Sequence[str]) -> tuple[np.ndarray, ...]:
    """Map step: the near (shingle) and paraphrase (content word) signatures of each text,
    and their LSH band keys."""
    near = MinHasher(cfg.perms, cfg.shingle_words, seed=1).signatures(texts)
    para = MinHasher(cfg.perms, 1, seed=2).signatures([" ".join(sorted(content_words(t))) for t in texts])
    short = np.array([len(t.split()) < cfg.min_words for t in texts], dtype=bool)
    near[short] = EMPTY
    para[short] = EMPTY
    return near, para, band_keys(near, cfg.near_bands), band_keys(para, cfg.para_bands)


class Deduplicator:
    def __init__(self, store: Store, settings: DedupSettings | None = None, workers: Workers | None = None):
        self.store = store
        self.cfg = settings or DedupSettings()
        self.workers = workers or Workers(1)
        self._analysed: dict[int, list[SentenceInfo]] = {}

    # --- map: signatures and band keys ---------------------------------------------------

    def signatures(self, texts: Sequence[str]) -> tuple[np.ndarray, ...]:
        """Near and paraphrase signatures, then their band keys, on the worker processes."""
        parts = self.workers.map(sign, self.cfg, texts, chunk=500)
        return tuple(np.concatenate([p[i] for p in parts]) for i in range(4))

    # --- reduce: candidates by bucket, verified ------------------------------------------

    def _candidates(self, kind: int, ids: list[int], keys: np.ndarray, valid: np.ndarray) -> set[tuple[int, int]]:
        stored: dict[int, list[int]] = defaultdict(list)
        wanted = sorted({int(k) for row, ok in zip(keys, valid) if ok for k in row})
        for key, doc in self.store.bucket_members(kind, wanted):
            stored[key].append(doc)
        in_batch: dict[int, list[int]] = defaultdict(list)
        pairs: set[tuple[int, int]] = set()
        for doc, row, ok in zip(ids, keys.tolist(), valid):
            if not ok:
                continue
            for key in row:
                bucket = stored.get(key, []) + in_batch[key]
                if len(bucket) <= self.cfg.max_bucket:
                    pairs.update((min(doc, o), max(doc, o)) for o in bucket)
                in_batch[key].append(doc)
        return pairs

    def _exact_jaccard(self, pairs: list[tuple[int, int]], texts: dict[int, str]) -> list[float]:
        if not pairs:
            return []
        order = sorted({d for p in pairs for d in p})
        index = {d: i for i, d in enumerate(order)}
        hasher = MinHasher(self.cfg.perms, self.cfg.shingle_words, seed=1)
        return hasher.jaccard([texts[d] for d in order], np.array([[index[a], index[b]] for a, b in pairs])).tolist()

    def _analysis(self, doc_id: int, texts: dict[int, str]) -> list[SentenceInfo]:
        if doc_id not in self._analysed:
            if len(self._analysed) > 20_000:
                self._analysed.clear()
            self._analysed[doc_id] = analyse(texts[doc_id])
        return self._analysed[doc_id]

    def add(self, docs: list[dict]) -> list[Link]:
        """Index a batch of new documents and store the links found for them."""
        cfg = self.cfg
        ids = [d["id"] for d in docs]
        near, para, near_keys, para_keys = self.signatures([d["text"] for d in docs])
        near_ok, para_ok = near[:, 0] != EMPTY, para[:, 0] != EMPTY
        near_pairs = self._candidates(NEAR, ids, near_keys, near_ok)
        para_pairs = self._candidates(PARA, ids, para_keys, para_ok)

        local = {doc: i for i, doc in enumerate(ids)}
        others = sorted({d for pair in near_pairs | para_pairs for d in pair if d not in local})
        stored = self.store.signatures(others)

        def sig(doc: int, kind: int) -> np.ndarray | None:
            if doc in local:
                return (near if kind == NEAR else para)[local[doc]]
            blob = stored.get(doc, (None, None))[kind]
            return None if blob is None else np.frombuffer(blob, dtype=np.uint32)

        links: dict[tuple[int, int], Link] = {}
        for a, b in self.store.same_content(ids):
            links[(min(a, b), max(a, b))] = Link(min(a, b), max(a, b), "exact", 1.0)
        estimated = []
        for a, b in sorted(near_pairs):
            sa, sb = sig(a, NEAR), sig(b, NEAR)
            if (a, b) not in links and sa is not None and sb is not None:
                estimated.append((a, b, similarity(sa, sb)))
        texts = {d["id"]: d["text"] for d in docs}
        close = [(a, b) for a, b, sim in estimated if abs(sim - cfg.near_threshold) < EXACT_MARGIN]
        texts.update(self.store.texts(sorted({d for p in close for d in p if d not in texts})))
        exact = dict(zip(close, self._exact_jaccard(close, texts)))
        similar = [(a, b, exact.get((a, b), sim)) for a, b, sim in estimated]
        similar = [(a, b, sim) for a, b, sim in similar if sim >= cfg.near_threshold]
        texts.update(self.store.texts(sorted({d for a, b, _ in similar for d in (a, b) if d not in texts})))
        for a, b, sim in similar:
            if same_facts(self._analysis(a, texts), self._analysis(b, texts)):
                links[(a, b)] = Link(a, b, "near", round(sim, 3))
        # Sentences of a document count once per story: a copy adds nothing to how common they are.
        copies = {max(a, b) for (a, b), link in links.items() if max(a, b) in local}
        counts: dict[int, int] = defaultdict(int)
        for doc in ids:
            if doc not in copies:
                for h in {sentence_hash(s) for s in self._analysis(doc, texts)}:
                    counts[h] += 1
        checks = []
        for a, b in sorted(para_pairs):
            if (a, b) in links:
                continue
            sa, sb = sig(a, PARA), sig(b, PARA)
            if sa is not None and sb is not None and similarity(sa, sb) >= cfg.para_min_jaccard:
                checks.append((a, b))
        if checks:
            texts.update(self.store.texts(sorted({d for p in checks for d in p if d not in texts})))
            involved = {d for p in checks for d in p}
            hashes = sorted({sentence_hash(s) for d in involved for s in self._analysis(d, texts)})
            df = self.store.sentence_df(hashes)
            common = {h for h in hashes if df.get(h, 0) + counts.get(h, 0) >= cfg.paraphrase.boilerplate_stories}

            def story_sentences(doc: int) -> list[SentenceInfo]:
                return [s for s in self._analysis(doc, texts) if sentence_hash(s) not in common]

            for a, b in checks:
                sim = document_similarity(story_sentences(a), story_sentences(b), cfg.paraphrase)
                if sim >= cfg.paraphrase.document_coverage:
                    links[(a, b)] = Link(a, b, "paraphrase", round(sim, 3))

        def blob(row: np.ndarray, ok: bool) -> bytes | None:
            return row.tobytes() if ok else None

        self.store.write_dedup_batch(
            [(doc, blob(near[i], near_ok[i]), blob(para[i], para_ok[i])) for i, doc in enumerate(ids)],
            [(NEAR, int(k), doc) for doc, row, ok in zip(ids, near_keys, near_ok) if ok for k in row]
            + [(PARA, int(k), doc) for doc, row, ok in zip(ids, para_keys, para_ok) if ok for k in row],
            [(link.a, link.b, link.level, link.similarity) for link in links.values()],
            sorted(counts.items()),
        )
        return list(links.values())

    # --- clusters and sentence links ---------------------------------------------------------

    def recluster(self, new_ids: Sequence[int]) -> tuple[int, int]:
        """Rebuild clusters from all links; relink the sentences of ``new_ids`` (the documents
        indexed and not linked yet) and of what changed. One transaction: cut short, the clusters
        stay as they were, and what changed is found again next time."""
        with self.store.transaction():
            return self._recluster(new_ids)

    def _recluster(self, new_ids: Sequence[int]) -> tuple[int, int]:
        links = [Link(*row) for row in self.store.doc_links()]
        linked = sorted({d for link in links for d in (link.a, link.b)})
        keys = self.store.order_keys(linked)
        members = build_clusters(links, keys.__getitem__)
        changed = self.store.replace_clusters([(m.doc_id, m.cluster_id, m.level, m.similarity) for m in members])
        clusters = {m.doc_id: m.cluster_id for m in members}
        touched = {clusters[d] for d in changed if d in clusters} | {c for c in changed.values() if c >= 0}
        affected = set(new_ids) | set(changed)
        for docs in self.store.cluster_members(sorted(touched)).values():
            affected.update(docs)
        canonical_of = {m.doc_id: m.cluster_id for m in members if m.level != "canonical"}
        needed = set(affected) | {canonical_of[d] for d in affected if d in canonical_of}
        texts = self.store.texts(sorted(needed))
        rows = []
        for doc in sorted(affected):
            info = self._analysis(doc, texts)
            for link in within(info, self.cfg.paraphrase):
                rows.append(_row(doc, info, link.a, doc, info, link.b, link.level, link.similarity))
            if doc in canonical_of:
                canon = canonical_of[doc]
                cinfo = self._analysis(canon, texts)
                for link in align(info, cinfo, self.cfg.paraphrase):
                    rows.append(_row(doc, info, link.a, canon, cinfo, link.b, link.level, link.similarity))
        self.store.replace_sentence_links(sorted(affected), rows)
        return len({m.cluster_id for m in members}), len(rows)

    def run(self, on_batch: Callable[[int], None] | None = None, rebuild: bool = False) -> DedupResult:
        signature = self.cfg.index_signature()
        known = self.store.meta("dedup_index")
        if known is not None and known != signature and not rebuild:
            from ..errors import KeiretsuError

            raise KeiretsuError(
                "the duplicate index was built with other settings; run `keiretsu dedup --rebuild`"
            )
        if rebuild:
            self.store.clear_dedup()
        self.store.set_meta("dedup_index", signature)
        result = DedupResult()
        while batch := self.store.undeduplicated(self.cfg.batch):
            for link in self.add(batch):
                result.links[link.level] += 1
            result.documents += len(batch)
            if on_batch:
                on_batch(len(batch))
        # Those a run cut short after indexing them too: their batches committed, their links did not.
        result.clusters, result.sentence_links = self.recluster(self.store.unlinked())
        return result


def _row(da: int, ia: list[SentenceInfo], a: int, db: int, ib: list[SentenceInfo], b: int, level: str, sim: float):
    sa, sb = ia[a].sentence, ib[b].sentence
    return (da, a, sa.start, sa.end, db, b, sb.start, sb.end, level, sim)
