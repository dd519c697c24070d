"""MinHash signatures and LSH banding, as array operations.

Each of the ``perms`` hash functions is ``x -> a*x mod 2**32`` on the top 32
bits of a shingle's (well mixed) 64-bit hash, with ``a`` odd: a permutation of
the 32-bit space. (An added ``+ b`` costs a third more and measured no better:
estimate bias and spread on planted copies were within the seed-to-seed noise.) A permutation is applied to all shingles of a batch of documents at
once, into one reused buffer that stays in cache, and each document's minimum
is taken with ``np.minimum.reduceat`` over its run of shingles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .shingles import U64, shingle_hashes

EMPTY = np.uint32(0xFFFFFFFF)  # the signature value of a document with no shingle
#: Texts longer than this (characters) are hashed alone, block by block.
LONG_TEXT = 200_000


@dataclass(frozen=True)
class MinHasher:
    perms: int = 128
    shingle_words: int = 5
    seed: int = 1
    #: Documents hashed together: large enough to amortise numpy's per-call cost over the
    #: perms passes, small enough that one pass over the batch's shingles stays in cache.
    chunk: int = 128

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        object.__setattr__(self, "_a", rng.integers(0, 2**31, self.perms, dtype=np.uint32) << 1 | 1)

    def signatures(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), perms)`` uint32; a row of ``EMPTY`` for a text with no shingle."""
        out = np.empty((len(texts), self.perms), dtype=np.uint32)
        long = [i for i, t in enumerate(texts) if len(t) > LONG_TEXT]
        if not long:
            for i in range(0, len(texts), self.chunk):
                out[i : i + self.chunk] = self._chunk(texts[i : i + self.chunk])
            return out
        short = [i for i in range(len(texts)) if len(texts[i]) <= LONG_TEXT]
        if short:
            out[short] = self.signatures([texts[i] for i in short])
        for i in long:
            out[i] = self._long(texts[i])
        return out

    def _long(self, text: str) -> np.ndarray:
        """One very long text, its shingles in blocks: memory stays bounded by the block."""
        shingles, _ = shingle_hashes([text], self.shingle_words)
        sig = np.full(self.perms, EMPTY, dtype=np.uint32)
        for i in range(0, len(shingles), 1 << 14):
            x = (shingles[i : i + (1 << 14)] >> U64(32)).astype(np.uint32)
            h = np.multiply(self._a[:, None], x[None, :])
            np.minimum(sig, h.min(axis=1), out=sig)
        return sig

    def _chunk(self, texts: Sequence[str]) -> np.ndarray:
        shingles, counts = shingle_hashes(texts, self.shingle_words)
        sig = np.full((self.perms, len(texts)), EMPTY, dtype=np.uint32)
        has = np.flatnonzero(counts)
        if len(has):
            x = (shingles >> U64(32)).astype(np.uint32)
            h = np.empty_like(x)
            bounds = (np.cumsum(counts) - counts)[has]
            for i in range(self.perms):
                np.multiply(x, self._a[i], out=h)
                sig[i, has] = np.minimum.reduceat(h, bounds)
        return sig.T


def sign(hasher: MinHasher, texts: Sequence[str]) -> np.ndarray:
    """Map step (module level, so worker processes can run it): ``hasher.signatures(texts)``."""
    return hasher.signatures(texts)


def sign_and_band(job: tuple[MinHasher, int], texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Map step: signatures and their LSH band keys (``job`` is the hasher and the band count)."""
    hasher, bands = job
    sig = hasher.signatures(texts)
    return sig, band_keys(sig, bands)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if a[0] == EMPTY or b[0] == EMPTY:
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(signatures: np.ndarray, bands: int) -> np.ndarray:
    """``(n, bands)`` int64 bucket keys: documents sharing a key in any band are candidates."""
    n, perms = signatures.shape
    rows = perms // bands
    block = signatures[:, : bands * rows].reshape(n, bands, rows).astype(U64)
    key = np.zeros((n, bands), dtype=U64)
    for r in range(rows):
        key = (key ^ block[:, :, r]) * U64(0x100000001B3)
    key ^= np.arange(bands, dtype=U64)[None, :] * U64(0x9E3779B97F4A7C15)  # distinct per band
    return key.view(np.int64)  # SQLite stores signed 64-bit integers


def lsh_threshold(bands: int, rows: int) -> float:
    """The similarity at which a pair becomes a candidate with probability about 1/2."""
    return (1 / bands) ** (1 / rows)


def candidate_pairs(keys: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """``(m, 2)`` index pairs of documents that share a bucket in some band.

    Within a bucket each member is paired with the first and with its neighbour in
    key order: linear in the bucket size (a boilerplate bucket of thousands costs
    thousands, not millions, of pairs) and, with union-find over verified pairs,
    enough to connect a cluster of copies.
    """
    idx = np.flatnonzero(valid)
    n = np.int64(keys.shape[0])
    found = []
    for band in range(keys.shape[1]):
        col = keys[idx, band]
        order = np.argsort(col)
        sorted_keys, members = col[order], idx[order]
        same = sorted_keys[1:] == sorted_keys[:-1]
        if not same.any():
            continue
        starts = np.concatenate([[True], ~same])
        first = members[np.maximum.accumulate(np.where(starts, np.arange(len(members)), 0))]
        for a, b in ((members[:-1][same], members[1:][same]), (first, members)):
            lo, hi = np.minimum(a, b), np.maximum(a, b)
            keep = lo != hi
            found.append(lo[keep] * n + hi[keep])  # one int64 per pair: a 1-D unique is cheap
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)


def verified_pairs(signatures: np.ndarray, pairs: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs whose estimated Jaccard similarity reaches ``threshold``, and those similarities."""
    sims = np.empty(len(pairs))
    for i in range(0, len(pairs), 65536):
        p = pairs[i : i + 65536]
        sims[i : i + len(p)] = np.count_nonzero(signatures[p[:, 0]] == signatures[p[:, 1]], axis=1)
    sims /= signatures.shape[1]
    keep = sims >= threshold
    return pairs[keep], sims[keep]
