"""The duplicate index kept in memory for a run's lookups: its bucket rows, and the signatures the
run wrote.

Each batch looks up the buckets of its documents' band keys: a hundred thousand keys a batch.
Read from the store, that was a few hundred ``IN`` queries a batch, and written there a row per
key and document, each batch's random keys rewrote nearly every page of the table's index. The
store holds the rows as runs instead, one of each kind a batch (its keys and their documents,
``pack``-ed in two blobs), which a run reads all as it starts and keeps here, to answer the
lookups with a few binary searches, adding the rows it writes.

Rows are kept in sorted runs, merged while a newer run is as large as the one before it (so
there are few), up to ``MERGED_ROWS`` rows, so that a merge never copies the whole index. The
stored runs are never merged (a batch of 2,000 documents adds one of each kind): loading merges
them here at the cost of reading them (0.05 s for the 20 of 20,000 documents, 0.5 s for 20,000
runs of 40 rows, as 10,000 runs of a document each would leave), while merging them in the store
would write the whole index again.

Candidate pairs bring back thousands of earlier documents a batch, whose signatures would be
read from the store one row at a time, and copied out of a blob each; the newest the run indexed
are kept (``KeptSignatures``), in two arrays of bounded size, whatever the index held before.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np

from .digests import ranges

#: A run grows by merging up to this many rows (16 bytes each): past it, runs stay apart. A merge
#: holds both runs and the merged one at once: 2M rows made a transient 50 MB at 50,000 documents,
#: the run's highest peak; 256K rows hold 4 MB a run (a 50,000-document index is 14 runs a kind,
#: a binary search in each per bucket looked up).
MERGED_ROWS = 1 << 18


def pack(values: np.ndarray) -> bytes:
    """Integers as the store keeps a run's keys or documents: 64-bit big-endian, as PostgreSQL's
    ``int8send`` writes each (its migration packed the rows it had so)."""
    return values.astype(">i8").tobytes()


def unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=">i8").astype(np.int64)


class BucketRows:
    """``(key, doc)`` rows of one kind of bucket: a document is in a bucket once."""

    def __init__(self, merged_rows: int = MERGED_ROWS) -> None:
        self.merged_rows = merged_rows
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, keys: np.ndarray, docs: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")
        self.runs.append((keys[order], docs[order]))
        while len(self.runs) > 1 and len(self.runs[-2][0]) <= len(self.runs[-1][0]) \
                and len(self.runs[-2][0]) + len(self.runs[-1][0]) <= self.merged_rows:
            self.runs[-2:] = [_merged(*self.runs[-2], *self.runs[-1])]

    def members(self, keys: np.ndarray) -> np.ndarray:
        """``(m, 2)`` int64 rows ``(key, doc)`` of the buckets ``keys`` (sorted, unique)."""
        parts = [np.empty((0, 2), dtype=np.int64)]
        for run_keys, run_docs in self.runs:
            lo = np.searchsorted(run_keys, keys, "left")
            held = np.searchsorted(run_keys, keys, "right") - lo
            at = ranges(lo[held > 0], held[held > 0])
            parts.append(np.stack([run_keys[at], run_docs[at]], axis=1))
        return np.concatenate(parts)


class KeptSignatures:
    """The near and paraphrase signatures of the documents a run indexed, by document id, for the
    similarities of later candidate pairs (read from the store otherwise), in at most ``budget``
    bytes (``perms`` * 8 bytes a document): past it, the older half are dropped, as
    ``digests.DigestStore`` drops digests, and for the same reason."""

    def __init__(self, perms: int, budget: int) -> None:
        self.limit = budget // (2 * perms * 4 + 2)
        self.rows: dict[int, int] = {}  # in the order the documents were added
        self.signatures = [np.empty((0, perms), dtype=np.uint32) for _ in range(2)]
        self.known = [np.empty(0, dtype=bool) for _ in range(2)]

    def add(self, docs: list[int], signatures: tuple[np.ndarray, np.ndarray], known: tuple[np.ndarray, np.ndarray]
            ) -> None:
        """Keep ``signatures[kind][i]`` of each ``docs[i]``; ``known[kind][i]`` is False where the
        store holds none (a text too short)."""
        if len(self.rows) + len(docs) > self.limit:
            self._halve(len(docs))
        skip = max(0, len(docs) - self.limit)  # a batch larger than the budget: its newest
        docs = docs[skip:]
        if not docs:
            return
        start, end = len(self.rows), len(self.rows) + len(docs)
        for kind in range(2):
            if end > len(self.signatures[kind]):  # grown by half again, up to the budget: amortised copies
                grown = np.empty((min(self.limit, max(end, len(self.signatures[kind]) * 3 // 2)),
                                  self.signatures[kind].shape[1]), dtype=np.uint32)
                grown[:start] = self.signatures[kind][:start]
                self.signatures[kind] = grown
                flags = np.empty(len(grown), dtype=bool)
                flags[:start] = self.known[kind][:start]
                self.known[kind] = flags
            self.signatures[kind][start:end] = signatures[kind][skip:]
            self.known[kind][start:end] = known[kind][skip:]
        self.rows.update(zip(docs, range(start, end)))

    def _halve(self, coming: int) -> None:
        """Drop the older documents, so that at most half the budget is left besides ``coming``."""
        keep = max(0, min(len(self.rows), self.limit // 2, self.limit - coming))
        docs = list(self.rows)[len(self.rows) - keep :] if keep else []
        rows = np.fromiter(map(self.rows.__getitem__, docs), dtype=np.int64, count=len(docs))
        for kind in range(2):  # in place: the kept rows are the last ones, moved to the front
            self.signatures[kind][:keep] = self.signatures[kind][rows]
            self.known[kind][:keep] = self.known[kind][rows]
        self.rows = dict(zip(docs, range(keep)))

    def find(self, docs: list[int]) -> np.ndarray:
        """The row of each of ``docs``, -1 for one not kept."""
        return np.fromiter(map(self.rows.get, docs, repeat(-1)), dtype=np.int64, count=len(docs))


def _merged(k1: np.ndarray, d1: np.ndarray, k2: np.ndarray, d2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two sorted runs as one, rows of the first before equal keys of the second (as a stable sort
    of the two end to end would have them), without sorting again: where each row lands is its
    rank in its own run plus the rows of the other run before it, so the merge allocates the
    output and two position arrays, not the several copies of the index a sort would."""
    keys = np.empty(len(k1) + len(k2), dtype=k1.dtype)
    docs = np.empty(len(keys), dtype=d1.dtype)
    at = np.searchsorted(k2, k1, "left")
    at += np.arange(len(k1))
    keys[at], docs[at] = k1, d1
    at = np.searchsorted(k1, k2, "right")
    at += np.arange(len(k2))
    keys[at], docs[at] = k2, d2
    return keys, docs


class SentenceCounts:
    """How many stories each sentence (hash) is in, for the hashes known so far: sorted arrays, so
    that a batch looks up the hundreds of thousands of sentences its candidate pairs bring back
    with a binary search each."""

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.int64)
        self.values = np.empty(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, hashes: np.ndarray) -> np.ndarray:
        """The count of each of ``hashes``, -1 for one not known."""
        out = np.full(len(hashes), -1, dtype=np.int64)
        if len(self.keys):
            at = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
            found = self.keys[at] == hashes
            out[found] = self.values[at[found]]
        return out

    def add(self, hashes: np.ndarray, counts: np.ndarray, new: bool) -> None:
        """Add ``counts`` to those of ``hashes`` (unique) that are known; with ``new``, the others
        become known with these counts."""
        if not len(hashes):
            return
        order = np.argsort(hashes)
        hashes, counts = hashes[order], counts[order]
        at = np.searchsorted(self.keys, hashes)
        found = self.keys[np.minimum(at, max(len(self.keys) - 1, 0))] == hashes if len(self.keys) else \
            np.zeros(len(hashes), dtype=bool)
        self.values[at[found]] += counts[found]
        if new and not found.all():
            self.keys = np.insert(self.keys, at[~found], hashes[~found])
            self.values = np.insert(self.values, at[~found], counts[~found])

    def clear(self) -> None:
        self.__init__()
