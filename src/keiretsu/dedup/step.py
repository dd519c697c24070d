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

import gc
import json
import multiprocessing
from collections import defaultdict
from contextlib import contextmanager
from itertools import chain, repeat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from operator import itemgetter
from typing import ClassVar, NamedTuple

import numpy as np

from ..allocator import large_blocks_mapped, map_large_blocks, release_free_memory, reuse_large_blocks
from ..executor import Executor, LocalExecutor, shards_of
from ..store import Store, open_store
from ..workers import can_fork, run_forked
from .buckets import BucketRows, KeptSignatures, SentenceCounts, pack, unpack
from .clusters import Link, build_clusters
from .digests import (LEVELS, SETS, Column, DigestStore, Digests, Facts, Sentences, Stories, decode, digest, encode, offsets,
                      pair_sizes, ranges)
from .identity import IdentitySettings, Judge, opening_of, published_day
from .kernels import agreements, warm
from .minhash import EMPTY, EXACT_MARGIN, MinHasher, band_keys
from .paraphrase import (
    ParaphraseSettings,
    SentenceInfo,
    analyse,
    analyse_texts,
    align,
    document_similarity,
    facts_agree,
    may_cover,
    sentence_hash,
    within,
)

NEAR, PARA = 0, 1
#: Documents whose facts are made at once (``Deduplicator._facts``), and candidate pairs whose facts
#: are compared at once (``Deduplicator._paraphrases``): what either gathers is bounded so.
_FACT_DOCS = 8192
_WORTH_PAIRS = 1 << 20
#: Documents whose stored signatures are read at once: the rows the store returns are held this
#: many at a time (about 1.2 MB a thousand).
READ_SLICE = 4096


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
    #: Candidate pairs whose signatures are gathered at once (at most twice as many documents'
    #: signatures, 512 bytes each): a batch's working set, bounded whatever its number of pairs.
    verify_pairs: int = 16_384
    #: Buckets looked up at once, for candidate pairs: their members (up to ``max_bucket`` + 1
    #: each, 16 bytes) and the pairs they make are held for this many buckets, not for a batch's
    #: hundred thousand band keys.
    candidate_keys: int = 4096
    #: Memory (MB) for each of the two things a run keeps of the newest documents it saw: their
    #: digests (about 1.5 KB a document in memory) and their signatures (1 KB). Candidate pairs
    #: bring back earlier documents, whose digests and signatures are then read from the store;
    #: bounded so that the run's memory does not grow with the corpus. Reading them back grows with
    #: the corpus instead: with 32 MB, at 100,000 generated documents (``bench/dedup.py``), it was
    #: an eighth of the run's CPU; with 160 the run takes 8% less CPU and 160 MB more at its peak.
    kept_mb: float = 160.0
    #: Each batch's reduce in a process forked for it (see ``Deduplicator.add``), so that the run's
    #: own memory stays what it holds (the index, the kept digests and signatures) however long it
    #: runs; False: in the run's process (the same results).
    reduce_apart: bool = True
    paraphrase: ParaphraseSettings = field(default_factory=ParaphraseSettings)
    #: What near copies and paraphrases must agree on besides their words (see ``identity.py``).
    identity: IdentitySettings = field(default_factory=IdentitySettings)

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


class StoredSignatures(NamedTuple):
    """Signatures read from the store for a batch (``Deduplicator._stored_signatures``): of each of
    ``docs`` (sorted), by kind, its signature and whether the store holds one."""

    docs: np.ndarray
    signatures: list[np.ndarray]
    known: list[np.ndarray]


class Reduced(NamedTuple):
    """What the reduce of a batch found (``Deduplicator._reduce``): its links; the bucket rows to
    store of each kind (keys, documents); the sentences (hashes, sorted) its stories add to the
    counts of, and by how many."""

    links: list[Link]
    buckets: tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
    hashes: np.ndarray
    counts: np.ndarray


class OwnLinks(NamedTuple):
    """The links between the own sentences of a shard's documents (``_own_links``): how many
    documents the shard has, and of each link its document (in the shard), sentences and their
    spans, level (an index of ``digests.LEVELS``) and similarity (not rounded)."""

    documents: int
    doc: np.ndarray
    a: np.ndarray
    a_start: np.ndarray
    a_end: np.ndarray
    b: np.ndarray
    b_start: np.ndarray
    b_end: np.ndarray
    levels: np.ndarray
    sims: np.ndarray


class Mapped(NamedTuple):
    """The map step's results for a batch: near and paraphrase signatures and their band keys; the
    digests of its documents (in parts, one after the other); and of each document, its digest as
    stored (``digests.encode``), the ``sentence_hash`` of each sentence, and its opening
    (``identity.opening_of``); and the links between its documents' own sentences, in parts
    (``OwnLinks``, one a shard)."""

    near: np.ndarray
    para: np.ndarray
    near_keys: np.ndarray
    para_keys: np.ndarray
    digests: list[Digests]
    stored: list[bytes]
    hashes: list[list[int]]
    within: list[OwnLinks]
    openings: list[list[tuple[str, int]]]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: a map step makes hundreds of thousands of small objects
    (each sentence's sets and analysis) that all live until it returns and make no cycles, and
    the collector, started every 700 of them, went through them all again and again: a third of
    the step's time. What a step drops is freed by reference counts as ever.

    What it leaves (its results, the analyses it caches) is then moved to the oldest generation
    untraversed (frozen and unfrozen: lists spliced), rather than traversed by the collection its
    count of new objects would start at once: 3% of a map step. Not where objects are frozen
    already (a forked child's inherited ones): unfreezing would hand them to the collector."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if paused:
            gc.enable()


def sign(cfg: DedupSettings, texts: Sequence[str]) -> Mapped:
    """Map step (on a worker process): what ``Mapped`` holds, for each text."""
    with _collector_paused():
        return _sign(cfg, texts)


def _sign(cfg: DedupSettings, texts: Sequence[str]) -> Mapped:
    infos = analyse_texts(texts)
    near = MinHasher(cfg.perms, cfg.shingle_words, seed=1).signatures(texts)
    # A text's content words are its sentences' together: no token spans the space between two.
    # In any order: a signature keeps each permutation's least over the words.
    para = MinHasher(cfg.perms, 1, seed=2).signatures(
        [" ".join(frozenset().union(*(s.words for s in info))) for info in infos])
    # Split no further than decides it: a text has fewer words than the least if and only if
    # splitting it that many times leaves fewer pieces.
    short = np.array([len(t.split(None, cfg.min_words)) < cfg.min_words for t in texts], dtype=bool)
    near[short] = EMPTY
    para[short] = EMPTY
    hashes = [[sentence_hash(s) for s in info] for info in infos]
    sentences = Sentences.of(infos)
    digests = sentences.digest(cfg.paraphrase)
    return Mapped(
        near, para, band_keys(near, cfg.near_bands), band_keys(para, cfg.para_bands),
        [digests], encode(digests),
        hashes,
        [_own_links(infos, sentences, cfg.paraphrase)],
        [opening_of(t, [s.sentence for s in info], h) for t, info, h in zip(texts, infos, hashes)],
    )


def _own_links(infos: list[list[SentenceInfo]], sentences: Sentences, cfg: ParaphraseSettings) -> OwnLinks:
    """The links between the documents' own sentences (``Sentences.links``) as arrays, with their
    sentences' spans: a few array operations where a row a link was made here, pickled, read back
    by the driver and made again with its document's id (278,269 rows on the bench corpus's first
    20,000 documents)."""
    doc, a, b, levels, sims = sentences.links(cfg)
    first = offsets(sentences.counts)[doc]
    flat = list(chain.from_iterable(infos))
    linked = list(map(_SENTENCE, map(flat.__getitem__, np.concatenate([first + a, first + b]).tolist())))
    starts, ends = (np.fromiter(map(field, linked), dtype=np.int64, count=len(linked)) for field in (_START, _END))
    n = len(doc)
    return OwnLinks(len(infos), doc, a, starts[:n], ends[:n], b, starts[n:], ends[n:], levels, sims)


# A ``SentenceInfo``'s sentence, and a ``Sentence``'s span, read in C (``map``) rather than by a
# Python expression each.
_SENTENCE, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)


def _own_rows(ids: Sequence[int], parts: Sequence[OwnLinks]) -> list[tuple]:
    """Rows of ``sentence_links`` of the links ``_own_links`` found, the documents ``ids`` in
    order, one part after the other: what ``_row`` made of each."""
    rows: list[tuple] = []
    done = 0
    ids = np.asarray(ids, dtype=np.int64)
    for part in parts:
        doc = ids[done + part.doc].tolist()
        rows.extend(zip(doc, part.a.tolist(), part.a_start.tolist(), part.a_end.tolist(), doc, part.b.tolist(),
                        part.b_start.tolist(), part.b_end.tolist(), map(LEVELS.__getitem__, part.levels.tolist()),
                        map(round, part.sims.tolist(), repeat(3))))
        done += part.documents
    return rows


def relink(cfg: ParaphraseSettings, docs: Sequence[tuple[int, str, int | None, str | None, bool]]) -> list[tuple]:
    """Map step: rows of ``sentence_links`` of each document ``(doc, text, canon, canon_text, own)``:
    to its canonical document, if it has one, and between its own sentences if ``own``."""
    with _collector_paused():
        return _relink(cfg, docs)


def _relink(cfg: ParaphraseSettings, docs: Sequence[tuple[int, str, int | None, str | None, bool]]) -> list[tuple]:
    rows = []
    for doc, text, canon, canon_text, own in docs:
        info = analyse(text)
        if own:
            rows.extend(_row(doc, info, link.a, doc, info, link.b, link.level, link.similarity)
                        for link in within(info, cfg))
        if canon is not None:
            cinfo = analyse(canon_text)
            rows.extend(_row(doc, info, link.a, canon, cinfo, link.b, link.level, link.similarity)
                        for link in align(info, cinfo, cfg))
    return rows


def _worker_heap() -> None:
    """In a worker process the executor forked (not in the driver, where the executor runs a step
    inline): large blocks carved from the heap and kept there when freed (``reuse_large_blocks``),
    as in a batch's forked reduce. The driver maps them apart (``map_large_blocks``) to keep its own
    resident memory to what it holds, and its workers, forked after, inherited that: each shard's
    arrays and messages (a shard's texts, its signatures and digests: hundreds of KB each) were
    mapped, faulted in page by page and unmapped again, shard after shard. A worker's memory dies
    with it at the end of the command, and what a shard allocates is freed before the next.

    Only where the worker inherited the driver's setting: workers forked before it (a build's,
    started by its ingest) keep glibc's own, for the stages after dedup as well."""
    if multiprocessing.parent_process() is not None and large_blocks_mapped():
        reuse_large_blocks()


@dataclass(frozen=True)
class Sign:
    """``sign`` as the executor's spec (see ``keiretsu.executor``)."""

    cfg: DedupSettings
    name: ClassVar[str] = "keiretsu-dedup"

    def load(self) -> Callable[[Sequence[str]], Mapped]:
        _worker_heap()
        return partial(sign, self.cfg)


@dataclass(frozen=True)
class Relink:
    """``relink`` as the executor's spec (see ``keiretsu.executor``)."""

    cfg: ParaphraseSettings
    name: ClassVar[str] = "keiretsu-dedup"

    def load(self) -> Callable[[Sequence[tuple]], list[tuple]]:
        _worker_heap()
        return partial(relink, self.cfg)


class Deduplicator:
    def __init__(self, store: Store, settings: DedupSettings | None = None, executor: Executor | None = None):
        self.store = store
        self.cfg = settings or DedupSettings()
        self.executor = executor or LocalExecutor(1)
        # Bounded caches (emptied when full): digests of the documents candidate pairs bring back
        # from the store, and analyses of the few documents whose sentences are aligned.
        self._digests = DigestStore(int(self.cfg.kept_mb * 2**20))
        self._analysed: dict[int, list[SentenceInfo]] = {}
        self._df = SentenceCounts()  # see _stored_df
        self._df_complete = False
        # Indexed by this run, their sentences' own links with them: an array, not a set of ints,
        # which the run would hold one object each of, scattered among its short-lived ones.
        self._indexed = Column()
        self._sentence_names: dict[int, dict] = {}  # see identity.Judge
        # The bucket rows of the index, by kind: read as the run starts, and those it writes (see buckets.py).
        self._buckets = (BucketRows(), BucketRows())
        self._signatures = KeptSignatures(self.cfg.perms, int(self.cfg.kept_mb * 2**20))
        self._apart = self.cfg.reduce_apart and can_fork()  # see add

    # --- map: signatures, band keys and digests ------------------------------------------

    def _map(self, docs: list[dict]) -> Callable[[], Mapped]:
        """``sign`` for a batch, started on the executor's workers: call what it returns for the results."""
        job = self.executor.map(Sign(self.cfg), shards_of([d["text"] for d in docs], 500))

        def result() -> Mapped:
            parts = list(job)
            return Mapped(*(np.concatenate([p[i] for p in parts]) for i in range(4)),
                          *([x for p in parts for x in p[i]] for i in range(4, len(Mapped._fields))))

        return result

    # --- reduce: candidates by bucket, verified ------------------------------------------

    def _candidates(self, kind: int, ids: list[int], keys: np.ndarray, valid: np.ndarray
                    ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        """Pairs ``(a, b)``, ``a < b``, in order: a new document and one that came before it (stored,
        or earlier in the batch) in a bucket that held at most ``max_bucket`` documents before it;
        and the bucket rows to store (keys, documents). A bucket past ``max_bucket`` pairs nobody,
        so only its first ``max_bucket + 1`` members are stored: enough to tell it is full, and
        what a lookup reads stays bounded however common the bucket."""
        rows = np.flatnonzero(valid)
        flat_keys = np.ascontiguousarray(keys[rows]).ravel()
        flat_docs = np.repeat(np.asarray(ids, dtype=np.int64)[rows], keys.shape[1])
        order = np.argsort(flat_keys, kind="stable")  # by key, then in batch order
        key, doc = flat_keys[order], flat_docs[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.empty(0, dtype=np.int64)
        first = np.repeat(starts, np.diff(np.r_[starts, len(key)]))  # the bucket's first entry in the batch
        rank = np.arange(len(key)) - first  # members before it from the batch
        # Buckets are looked up ``candidate_keys`` at a time, and their pairs made and sorted for
        # those alone: what a lookup returns, and the pairs before duplicates are dropped, grow as
        # buckets fill up (to ``max_bucket`` members each), and are bounded so.
        held = np.zeros(len(key), dtype=np.int64)  # members the store holds
        parts = []
        for at in range(0, len(starts), self.cfg.candidate_keys):
            lo_entry = starts[at]
            hi_entry = starts[at + self.cfg.candidate_keys] if at + self.cfg.candidate_keys < len(starts) else len(key)
            bucket_keys = key[starts[at : at + self.cfg.candidate_keys]]
            stored = self._buckets[kind].members(bucket_keys)
            stored = stored[np.argsort(stored[:, 0], kind="stable")]
            entries = slice(lo_entry, hi_entry)
            lo = np.searchsorted(stored[:, 0], key[entries], "left")
            held[entries] = np.searchsorted(stored[:, 0], key[entries], "right") - lo
            h, r, d = held[entries], rank[entries], doc[entries]
            keep = h + r <= self.cfg.max_bucket
            ws, wb = np.flatnonzero(keep & (h > 0)), np.flatnonzero(keep & (r > 0))
            parts.append(_unique_pairs(
                np.concatenate([np.repeat(d[ws], h[ws]), np.repeat(d[wb], r[wb])]),
                np.concatenate([stored[ranges(lo[ws], h[ws]), 1], doc[ranges(first[entries][wb], r[wb])]])))
            del stored, lo
        # A pair of documents sharing buckets of several groups is in each: dropped here.
        pairs = parts[0] if len(parts) == 1 else \
            _unique_pairs(*np.concatenate([np.empty((0, 2), dtype=np.int64), *parts]).T)
        # A row is stored once however often its document has the key (two bands hashed alike).
        new = np.ones(len(key), dtype=bool)
        new[1:] = (key[1:] != key[:-1]) | (doc[1:] != doc[:-1])
        members = np.cumsum(new) - np.cumsum(new)[first] + new[first]  # distinct documents up to it
        store = new & (held + members - 1 <= self.cfg.max_bucket)
        return pairs, (key[store], doc[store])

    def _stored_signatures(self, docs: np.ndarray) -> StoredSignatures:
        """The stored signatures of ``docs`` (sorted ids) that the run does not keep. Read a slice of
        documents at a time, so that the store's rows (a blob per signature, too large for Python's
        small-object arenas) are held for ``READ_SLICE`` documents, not for all that a batch's
        candidate pairs bring back; what stays is two arrays, freed whole after the batch."""
        wanted = docs[self._signatures.find(docs.tolist()) < 0]
        out = StoredSignatures(wanted, [np.full((len(wanted), self.cfg.perms), EMPTY, dtype=np.uint32) for _ in range(2)],
                               [np.zeros(len(wanted), dtype=bool) for _ in range(2)])
        for start in range(0, len(wanted), READ_SLICE):
            part = wanted[start : start + READ_SLICE].tolist()
            rows = self.store.signatures(part)
            for i, doc in enumerate(part, start):
                for kind, blob in enumerate(rows.get(doc, (None, None))):
                    if blob is not None:
                        out.signatures[kind][i] = np.frombuffer(blob, dtype=np.uint32)
                        out.known[kind][i] = True
        return out

    def _similarities(self, pairs: np.ndarray, kind: int, batch: np.ndarray, local: dict[int, int],
                      stored: StoredSignatures) -> np.ndarray:
        """Estimated Jaccard similarity of each pair's signatures (of ``kind``: ``batch[local[doc]]``
        for a new document, else the kept or stored one); NaN where a document has none stored.
        Where each document's signature is, is found once; the signatures themselves are gathered
        for ``verify_pairs`` pairs at a time, so that what is gathered is bounded however many
        pairs a batch has (more as buckets fill up)."""
        docs, at = _index(pairs)
        listed = docs.tolist()
        new = np.fromiter(map(local.get, listed, repeat(-1)), dtype=np.int64, count=len(listed))
        kept = self._signatures.find(listed)
        del listed
        kept[new >= 0] = -1
        from_store = np.full(len(docs), -1, dtype=np.int64)
        rest = np.flatnonzero((new < 0) & (kept < 0))  # all among ``stored.docs``
        from_store[rest] = np.searchsorted(stored.docs, docs[rest])
        sources = ((new, batch, None), (kept, self._signatures.signatures[kind], self._signatures.known[kind]),
                   (from_store, stored.signatures[kind], stored.known[kind]))
        sims = np.empty(len(at), dtype=np.float64)
        for start in range(0, len(at), self.cfg.verify_pairs):
            used, where = _index(at[start : start + self.cfg.verify_pairs])
            sigs = np.full((len(used), self.cfg.perms), EMPTY, dtype=np.uint32)
            known = np.ones(len(used), dtype=bool)
            for rows, signatures, flags in sources:
                row = rows[used]
                sigs[row >= 0] = signatures[row[row >= 0]]
                if flags is not None:
                    known[row >= 0] = flags[row[row >= 0]]
            a, b = where[:, 0], where[:, 1]
            part = agreements(sigs, a, b) / self.cfg.perms
            part[(sigs[a, 0] == EMPTY) | (sigs[b, 0] == EMPTY)] = 0.0
            part[~(known[a] & known[b])] = np.nan
            sims[start : start + len(part)] = part
        return sims

    def _exact_jaccard(self, pairs: list[tuple[int, int]], texts: dict[int, str]) -> list[float]:
        if not pairs:
            return []
        order = sorted({d for p in pairs for d in p})
        index = {d: i for i, d in enumerate(order)}
        hasher = MinHasher(self.cfg.perms, self.cfg.shingle_words, seed=1)
        return hasher.jaccard([texts[d] for d in order], np.array([[index[a], index[b]] for a, b in pairs])).tolist()

    def _analysis(self, doc_id: int, texts: dict[int, str]) -> list[SentenceInfo]:
        if doc_id not in self._analysed:
            self._analysed[doc_id] = analyse(texts[doc_id])
        return self._analysed[doc_id]

    def _gather(self, docs: list[int], texts: dict[int, str], sets: tuple[str, ...] = SETS) -> Digests:
        """The digests of ``docs``: kept, or read or made (``_unkept``) and kept from then on; of their
        sentences' sets, those named."""
        for done, digests in self._unkept([d for d in docs if d not in self._digests], texts):
            self._digests.add(done, digests)
        return self._digests.gather(docs, sets)

    def _unkept(self, docs: list[int], texts: dict[int, str], sets: tuple[str, ...] = SETS
                ) -> list[tuple[list[int], Digests]]:
        """The digests of ``docs`` (none kept), in parts ``(documents, digests)``: read from the store
        (for documents of earlier runs, or dropped), of their sentences' sets those named; or made
        now, whole, for the documents of a store from before digests were kept."""
        if not docs:
            return []
        stored = self.store.digests(docs)
        read = [d for d in docs if d in stored]
        made = [d for d in docs if d not in stored]
        parts = [(read, decode([stored[d] for d in read], sets))] if read else []
        if made:
            texts.update(self.store.texts([d for d in made if d not in texts]))
            parts.append((made, digest(analyse_texts([texts[d] for d in made]), self.cfg.paraphrase)))
        return parts

    def _trim_caches(self) -> None:
        """Empty a full cache, between batches: within one, what is cached stays."""
        self._digests.trim()
        if len(self._analysed) > 5_000:
            self._analysed.clear()
        if len(self._sentence_names) > 20_000:
            self._sentence_names.clear()

    def add(self, docs: list[dict], mapped: Callable[[], Mapped] | None = None) -> tuple[list[Link], int]:
        """Index a batch of new documents, store the links found for them and the links between
        sentences within each; returns the links, and how many sentence links were stored.
        ``mapped``: ``self._map(docs)``, if started already.

        The reduce (candidate pairs looked up and verified) runs in a process forked for the batch,
        where forking is possible and ``DedupSettings.reduce_apart``: the many small objects it
        makes, and the caches it fills, once freed left free space scattered through Python's
        arenas and the C heap that a run never got back (the run's process grew by 4.2 KB a
        document from 25,000 to 50,000, its index by 1.1); a forked process's die with it. This
        process keeps what a batch adds to the index, and writes it: the store has one writer."""
        ids = [d["id"] for d in docs]
        self._indexed.extend(np.asarray(ids, dtype=np.int64))
        batch = (mapped or self._map(docs))()
        self._trim_caches()
        start = 0
        for part in batch.digests:
            self._digests.add(ids[start : start + len(part.sentences)], part)
            start += len(part.sentences)
        if self._apart:
            found = run_forked("keiretsu-reduce", partial(self._reduce_apart, docs, batch))
        else:
            found = self._reduce(docs, batch)
        return self._commit(docs, batch, found)

    def _reduce_apart(self, docs: list[dict], batch: Mapped) -> Reduced:
        """``_reduce`` in a forked process, on a connection of its own: the parent's is the parent's."""
        reuse_large_blocks()  # what it allocates dies with it: no need to hand pages back as it goes
        self.store = open_store(self.store.url, read_only=True)
        try:
            return self._reduce(docs, batch)
        finally:
            self.store.close()

    def _reduce(self, docs: list[dict], batch: Mapped) -> Reduced:
        """The links of a batch of new documents (``docs``, mapped to ``batch``), the bucket rows to
        store for them and what they add to the sentences' counts: read from the store and the
        index, written nowhere."""
        cfg = self.cfg
        ids = [d["id"] for d in docs]
        near, para, near_keys, para_keys, _, _, hashes, _, openings = batch
        near_ok, para_ok = near[:, 0] != EMPTY, para[:, 0] != EMPTY
        near_pairs, near_buckets = self._candidates(NEAR, ids, near_keys, near_ok)
        para_pairs, para_buckets = self._candidates(PARA, ids, para_keys, para_ok)

        local = {doc: i for i, doc in enumerate(ids)}
        stored = self._stored_signatures(self._earlier(near_pairs, ids))

        links: dict[tuple[int, int], Link] = {}
        for a, b in self.store.same_content(ids):
            links[(min(a, b), max(a, b))] = Link(min(a, b), max(a, b), "exact", 1.0)
        near_sims = self._similarities(near_pairs, NEAR, near, local, stored)
        del stored
        # Kept as arrays, not a Python object per candidate pair: the pairs of a batch grow with the
        # index (up to ``max_bucket`` a band key), and so many small objects fragmented the heap.
        # NaN: a stored document without a signature.
        estimated = ~np.isnan(near_sims) & ~_among(near_pairs, links)
        near_pairs, near_sims = near_pairs[estimated], near_sims[estimated]
        texts = {d["id"]: d["text"] for d in docs}
        close = np.flatnonzero(np.abs(near_sims - cfg.near_threshold) < EXACT_MARGIN)
        close_pairs = near_pairs[close].tolist()
        texts.update(self.store.texts(sorted({d for p in close_pairs for d in p if d not in texts})))
        near_sims[close] = self._exact_jaccard(close_pairs, texts)
        found = near_sims >= cfg.near_threshold
        similar = list(zip(*near_pairs[found].T.tolist(), near_sims[found].tolist()))
        texts.update(self.store.texts(sorted({d for a, b, _ in similar for d in (a, b) if d not in texts})))
        judge = Judge(cfg.identity, self.store, texts, docs, cfg.paraphrase.boilerplate_stories,
                      dict(zip(ids, openings)), self._sentence_names)
        judge.prepare(d for a, b, _ in similar for d in (a, b))
        for (a, b, sim), agree in zip(similar, self._same_facts([(a, b) for a, b, _ in similar], texts)):
            if agree and judge.one_story(a, b, "near"):
                links[(a, b)] = Link(a, b, "near", round(sim, 3))
        # Sentences of a document count once per story: a copy adds nothing to how common they are.
        copies = {max(a, b) for (a, b), link in links.items() if max(a, b) in local}
        counts: dict[int, int] = defaultdict(int)
        for doc in ids:
            if doc not in copies:
                for h in set(hashes[local[doc]]):
                    counts[h] += 1
        for h, n in judge.learned(doc for doc in ids if doc not in copies).items():
            counts[h] += n
        counted = SentenceCounts()
        counted.add(np.fromiter(counts.keys(), dtype=np.int64, count=len(counts)),
                    np.fromiter(counts.values(), dtype=np.int64, count=len(counts)), new=True)
        checks = para_pairs[~_among(para_pairs, links)]
        del para_pairs
        for link in self._paraphrases(checks, (ids, local, para), texts, counted, judge):
            links[(link.a, link.b)] = link
        return Reduced(list(links.values()), (near_buckets, para_buckets), counted.keys, counted.values)

    def _commit(self, docs: list[dict], batch: Mapped, found: Reduced) -> tuple[list[Link], int]:
        """Store what ``_reduce`` found for a batch and keep what the run's later batches look up."""
        ids = [d["id"] for d in docs]
        near, para = batch.near, batch.para
        near_ok, para_ok = near[:, 0] != EMPTY, para[:, 0] != EMPTY
        for index, (keys, members) in zip(self._buckets, found.buckets):
            index.add(keys, members)
        # A document's own sentences that say the same thing: they depend on it alone, so they are
        # linked once, with its index.
        sentence_links = _own_rows(ids, batch.within)

        def blob(row: np.ndarray, ok: bool) -> bytes | None:
            return row.tobytes() if ok else None

        self.store.write_dedup_batch(
            [(doc, blob(near[i], near_ok[i]), blob(para[i], para_ok[i]), batch.stored[i])
             for i, doc in enumerate(ids)],
            [(kind, pack(keys), pack(members)) for kind, (keys, members) in enumerate(found.buckets) if len(keys)],
            [(link.a, link.b, link.level, link.similarity) for link in found.links],
            _Rows(found.hashes, found.counts),
            sentence_links,
        )
        self._signatures.add(ids, (near, para), (near_ok, para_ok))
        self._df.add(found.hashes, found.counts, new=self._df_complete)
        return found.links, len(sentence_links)

    def _stored_df(self, hashes: np.ndarray) -> np.ndarray:
        """How many stories of the store each sentence (sorted unique hashes) is in: read once a
        run, then kept up to date with what the run adds (``_commit``). A run that wrote the
        whole index knows every count it wrote, and reads none."""
        seen = self._df.find(hashes)
        todo = hashes[seen < 0]
        if len(self._df) + len(todo) > 16_000_000:  # 16 bytes each; past it, read again as needed
            self._df.clear()
            self._df_complete = False
            seen[:], todo = -1, hashes
        if self._df_complete:  # what it has not written is in no story: nothing to read, or to keep
            seen[seen < 0] = 0
            return seen
        listed = todo.tolist()
        stored = self.store.sentence_df(listed)
        counts = np.fromiter(map(stored.get, listed, repeat(0)), dtype=np.int64, count=len(listed))
        self._df.add(todo, counts, new=True)
        seen[seen < 0] = counts
        return seen

    def _same_facts(self, pairs: list[tuple[int, int]], texts: dict[int, str]) -> list[bool]:
        """``same_facts`` of each pair of documents, from their digests."""
        if not pairs:
            return []
        docs = sorted({d for pair in pairs for d in pair})
        digests = self._gather(docs, texts)
        at = np.searchsorted(docs, np.array(pairs, dtype=np.int64))
        return facts_agree(*(pair_sizes(offsets(sizes), items, at)
                             for sizes, items in (digests.fact_numbers, digests.fact_names))).tolist()

    def _earlier(self, pairs: np.ndarray, ids: list[int]) -> np.ndarray:
        """The documents of ``pairs`` that are not in the batch (``ids``), sorted."""
        return np.setdiff1d(_index(pairs.ravel())[0], np.asarray(ids, dtype=np.int64), assume_unique=True)

    def _paraphrases(self, checks: np.ndarray, batch: tuple[list[int], dict[int, int], np.ndarray],
                     texts: dict[int, str], counts: SentenceCounts, judge: Judge) -> list[Link]:
        """The paraphrases among candidate pairs ``checks`` (``(m, 2)``, in order). ``batch``: the
        batch's documents, where each is in it, and their paraphrase signatures.

        A pair is a paraphrase only if it passes every check below, each a function of the pair
        alone, so they are made cheapest and most selective first, each on the pairs the ones
        before kept: ``document_similarity``'s checks of the documents' sizes, figures and names
        (``Facts.worth_aligning``: a few numbers a document, made once for each document of the
        batch's pairs); then the estimated similarity of their content words
        (``para_min_jaccard``); then the alignment of their sentences (``kernels.alignments``,
        ``may_cover``); then, on the few pairs left, story identity and ``document_similarity``.
        Generated news shares its words: on the bench corpus's first 20,000 documents, 99.99% of
        the 4.8 million candidate pairs reached the similarity, and 2% passed the figures and
        names. The similarity came first, then: a signature of 512 bytes gathered for each
        document of each pair, and the facts of a document made again in every slice of pairs it
        was in, a hundred times over."""
        if not len(checks):
            return []
        cfg = self.cfg.paraphrase
        ids, local, signatures = batch
        involved, at = _index(checks)
        measured = cfg.document_coverage > 0.0  # else a pair of similarity 0 is a paraphrase too
        if measured:
            # A document of fewer substantive sentences than a paraphrase needs is never comparable:
            # its boilerplate left out, it has fewer still. Its pairs go before its facts are made
            # (a wire's briefs and tables: on Reuters train, 15% of the documents whose facts were made).
            sentences = self._digests.substantive(involved.tolist())  # -1: not kept, not known
            few = (0 <= sentences) & (sentences < cfg.min_sentences)
            if few.any():
                checks = checks[~(few[at[:, 0]] | few[at[:, 1]])]
                involved, at = _index(checks)
        facts, common = self._facts(involved, texts, counts)
        if measured:
            worth = np.concatenate([np.empty(0, dtype=np.int64), *(
                start + facts.worth_aligning(at[start : start + _WORTH_PAIRS], cfg)
                for start in range(0, len(at), _WORTH_PAIRS))])
            checks = checks[worth]
        del involved, at, facts
        stored = self._stored_signatures(self._earlier(checks, ids))
        checks = checks[self._similarities(checks, PARA, signatures, local, stored) >= self.cfg.para_min_jaccard]
        del stored
        chosen = [] if measured else checks.tolist()
        # The pairs left are few: their documents' words are gathered, to align them, ``verify_pairs``
        # pairs at a time, so that the digests gathered are bounded however many pairs a batch has.
        for start in range(0, len(checks) if measured else 0, self.cfg.verify_pairs):
            part = checks[start : start + self.cfg.verify_pairs]
            aligned, where = _index(part)
            links, shorter, leads = Stories(self._gather(aligned.tolist(), texts), common).alignments(where, cfg)
            chosen.extend(part[may_cover(links, shorter, leads, cfg)].tolist())
        # Whether a sentence is boilerplate is its count's alone, whatever the pairs it is found in.
        common = set(common.tolist())
        judged = {d for pair in chosen for d in pair}
        texts.update(self.store.texts(sorted(judged - texts.keys())))
        judge.prepare(judged)
        def story(doc: int) -> list[SentenceInfo]:
            return [s for s in self._analysis(doc, texts) if sentence_hash(s) not in common]

        out = []
        for a, b in chosen:
            if not judge.one_story(a, b, "paraphrase"):
                continue
            sim = document_similarity(story(a), story(b), cfg)
            if sim >= cfg.document_coverage:
                out.append(Link(a, b, "paraphrase", round(sim, 3)))
        return out

    def _facts(self, docs: np.ndarray, texts: dict[int, str], counts: SentenceCounts) -> tuple[Facts, np.ndarray]:
        """The ``Facts`` of ``docs`` (sorted ids), and the boilerplate sentences (hashes, sorted)
        among theirs, made ``_FACT_DOCS`` documents at a time: what is gathered to make them is
        bounded however many documents a batch's pairs bring back. ``counts``: what the batch adds
        to the sentences' counts."""
        made = [self._some_facts(docs[start : start + _FACT_DOCS], texts, counts)
                for start in range(0, len(docs), _FACT_DOCS)] or [self._some_facts(docs, texts, counts)]
        return Facts.joined([facts for facts, _ in made]), _sorted_unique(np.concatenate([common for _, common in made]))

    def _some_facts(self, docs: np.ndarray, texts: dict[int, str], counts: SentenceCounts
                    ) -> tuple[Facts, np.ndarray]:
        """``_facts`` of a few documents, at once."""
        # The digests of documents not kept are read for their facts, and not kept: most of a
        # batch's pairs are with earlier documents, and adding them all to the kept ones grew those
        # (a copy of every column) in each batch's reduce.
        listed = docs.tolist()
        kept = [d for d in listed if d in self._digests]
        parts = [(kept, self._digests.gather(kept, ("numbers", "names"))),
                 *self._unkept([d for d in listed if d not in self._digests], texts, ("numbers", "names"))]
        # Boilerplate sentences are left out; only substantive ones count, so only theirs matter.
        hashes = _sorted_unique(np.concatenate([digests.keys for _, digests in parts]))
        seen = self._stored_df(hashes) + np.maximum(counts.find(hashes), 0)
        boilerplate = hashes[seen >= self.cfg.paraphrase.boilerplate_stories]
        facts = [Facts.of(Stories(digests, boilerplate)) for _, digests in parts]
        # The parts' documents, one after the other, back in the order of ``docs``.
        order = np.argsort(np.concatenate([np.asarray(done, dtype=np.int64) for done, _ in parts]), kind="stable")
        return Facts.joined(facts).take(order), boilerplate

    # --- clusters and sentence links ---------------------------------------------------------

    def recluster(self, new_ids: Sequence[int]) -> tuple[int, int]:
        """Rebuild clusters from all links; relink the sentences of ``new_ids`` (the documents
        indexed and not linked yet) and of what changed. One transaction: cut short, the clusters
        stay as they were, and what changed is found again next time."""
        with self.store.transaction():
            return self._recluster(new_ids)

    def _recluster(self, new_ids: Sequence[int]) -> tuple[int, int]:
        self._trim_caches()
        links = [Link(*row) for row in self.store.doc_links()]
        linked = sorted({d for link in links for d in (link.a, link.b)})
        keys = self.store.order_keys(linked)
        members = build_clusters(links, keys.__getitem__, lambda doc: published_day(keys[doc][1]),
                                 self.cfg.identity.max_days_apart)
        changed = self.store.replace_clusters([(m.doc_id, m.cluster_id, m.level, m.similarity) for m in members])
        clusters = {m.doc_id: m.cluster_id for m in members}
        touched = {clusters[d] for d in changed if d in clusters} | {c for c in changed.values() if c >= 0}
        affected = set(new_ids) | set(changed)
        for docs in self.store.cluster_members(sorted(touched)).values():
            affected.update(docs)
        canonical_of = {m.doc_id: m.cluster_id for m in members if m.level != "canonical"}
        # Links to its canonical document follow a document's cluster. Those within it were stored
        # with its index, but for the documents an earlier run indexed and was cut short before
        # linking (a version that linked them here may have): theirs are made again.
        again = set(np.setdiff1d(np.asarray(new_ids, dtype=np.int64), self._indexed.values).tolist())
        todo = sorted(again | {d for d in affected if d in canonical_of})
        texts = self.store.texts(sorted(set(todo) | {canonical_of[d] for d in todo if d in canonical_of}))
        docs = [(d, texts[d], canonical_of.get(d), texts.get(canonical_of.get(d)), d in again) for d in todo]
        rows = [row for part in self.executor.map(Relink(self.cfg.paraphrase), shards_of(docs, 500)) for row in part] \
            if docs else []
        self.store.replace_sentence_links(sorted(affected), rows, within=sorted(again))
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
        # An empty index (cleared, or never written: a run sets the signature before it writes;
        # documents indexed without a run are left unlinked): every sentence count the run looks
        # up, it wrote.
        if rebuild or (known is None and not self.store.unlinked()):
            self._df_complete = True
        for kind, keys, docs in self.store.bucket_runs():
            self._buckets[kind].add(unpack(keys), unpack(docs))
        self.store.set_meta("dedup_index", signature)
        map_large_blocks()
        result = DedupResult()
        batch = self.store.undeduplicated(self.cfg.batch)
        # Nothing new to index: neither the kernels loaded nor the workers started for it (0.4 s of
        # the 1.3 s of CPU such a run took on Reuters train).
        if self._apart and batch:
            warm()
        mapped = self._map(batch) if batch else None
        while batch:
            # The worker processes map the next batch while this one is matched here.
            following = self.store.undeduplicated(self.cfg.batch, after=batch[-1]["id"])
            following_mapped = self._map(following) if following else None
            found, sentence_links = self.add(batch, mapped)
            for link in found:
                result.links[link.level] += 1
            result.documents += len(batch)
            result.sentence_links += sentence_links
            release_free_memory()
            if on_batch:
                on_batch(len(batch))
            batch, mapped = following, following_mapped
        # Those a run cut short after indexing them too: their batches committed, their links did not.
        result.clusters, relinked = self.recluster(self.store.unlinked())
        result.sentence_links += relinked
        return result


class _Rows(Sequence):
    """Rows ``(x[i], y[i])`` for the store made from two arrays as they are read, a slice at a time:
    rows made whole as tuples (a batch's 150,000 bucket rows, when they were stored so, were 20 MB
    of small objects, its largest allocation in the run's process) left Python's arenas more
    scattered each batch."""

    SLICE = 4096

    def __init__(self, x: np.ndarray, y: np.ndarray):
        self.x, self.y = x, y

    def __len__(self) -> int:
        return len(self.x)

    def __getitem__(self, i: int) -> tuple:  # type: ignore[override] - rows are read in order, by iterating
        return int(self.x[i]), int(self.y[i])

    def __iter__(self) -> Iterator[tuple]:
        for start in range(0, len(self.x), self.SLICE):
            yield from zip(self.x[start : start + self.SLICE].tolist(), self.y[start : start + self.SLICE].tolist())


def _index(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_inverse=True)`` for document ids (ints from 0): the ids, in order, and
    where each of ``ids`` is among them, by a table rather than a sort when the ids are small."""
    top = int(ids.max()) if ids.size else 0
    if top > 8 * ids.size + 1_000_000:
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, inverse.reshape(ids.shape)
    seen = np.zeros(top + 1, dtype=bool)
    seen[ids] = True
    unique = np.flatnonzero(seen)
    where = np.zeros(top + 1, dtype=np.int64)
    where[unique] = np.arange(len(unique))
    return unique, where[ids]


def _sorted_unique(hashes: np.ndarray) -> np.ndarray:
    """``np.unique(hashes)``: sorted, and the first of each run kept. np.unique (and np.union1d),
    which hash first, are several times slower on these."""
    out = np.sort(hashes)
    return out[np.r_[True, out[1:] != out[:-1]]] if len(out) else out


def _records(pairs: np.ndarray) -> np.ndarray:
    """Rows of an ``(m, 2)`` int64 array as records, which compare and sort as pairs."""
    return np.ascontiguousarray(pairs, dtype=np.int64).view([("a", "<i8"), ("b", "<i8")]).ravel()


def _unique_pairs(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``(min, max)`` of each pair of ``x`` and ``y``, once each, in order: ``(m, 2)`` int64."""
    a, b = np.minimum(x, y).astype(np.int64), np.maximum(x, y).astype(np.int64)
    low = int(b.min()) if len(b) else 0
    n = int(b.max()) + 1 - low if len(b) else 1
    if n * (int(a.max()) + 1 if len(a) else 1) < 2**31:
        # Every pair has a new document, the later of the two: ``b`` spans about a batch, and
        # ``a * n + b - low`` is in 32 bits, sorted in about 60% of the time of 64 (the same order).
        a *= n
        a += b
        a -= low
        codes32 = a.astype(np.int32)
        del a, b
        codes32.sort()
        if len(codes32):
            codes32 = codes32[np.r_[True, codes32[1:] != codes32[:-1]]]
        out = np.empty((len(codes32), 2), dtype=np.int64)
        np.floor_divide(codes32, n, out=out[:, 0])
        np.remainder(codes32, n, out=out[:, 1])
        out[:, 1] += low
        return out
    n += low
    if n < 2**31:  # as one number each, sorted several times faster than by two keys
        codes = a  # in place: as many pairs as buckets hold members, a few copies fewer at the peak
        codes *= n
        codes += b
        del b
        codes.sort()
        codes = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
        out = np.empty((len(codes), 2), dtype=np.int64)
        np.floor_divide(codes, n, out=out[:, 0])
        np.remainder(codes, n, out=out[:, 1])
        return out
    order = np.lexsort((b, a))
    a, b = a[order], b[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return np.stack([a[first], b[first]], axis=1)


def _among(pairs: np.ndarray, known: Iterable[tuple[int, int]]) -> np.ndarray:
    """Whether each of ``pairs`` (``(m, 2)``, in order) is one of ``known``."""
    found = np.zeros(len(pairs), dtype=bool)
    wanted = _records(np.array(sorted(known), dtype=np.int64).reshape(-1, 2))
    if len(pairs) and len(wanted):
        rows = _records(pairs)
        at = np.searchsorted(rows, wanted)
        hit = at < len(rows)
        hit[hit] = rows[at[hit]] == wanted[hit]
        found[at[hit]] = True
    return found


def _row(da: int, ia: list[SentenceInfo], a: int, db: int, ib: list[SentenceInfo], b: int, level: str, sim: float):
    sa, sb = ia[a].sentence, ib[b].sentence
    return (da, a, sa.start, sa.end, db, b, sb.start, sb.end, level, sim)
