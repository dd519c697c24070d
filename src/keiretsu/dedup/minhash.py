"""MinHash signatures and LSH banding, as array operations.

Each of the ``perms`` hash functions is ``x -> a*x + b mod 2**32`` on the top
32 bits of a shingle's 64-bit hash, with ``a`` odd: a permutation of the 32-bit
space. All permutations of all shingles of a batch are one ``(perms, shingles)``
array; a document's signature is that array's column-wise minimum over its
shingles (``np.minimum.reduceat``). Laid out permutation-major, every pass is
contiguous and the batch stays in cache.
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
    #: Documents hashed together: large enough to amortise numpy's per-call cost,
    #: small enough that the (perms x shingles) array stays in cache.
    chunk: int = 16

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        object.__setattr__(self, "_a", (rng.integers(0, 2**31, self.perms, dtype=np.uint32) << 1 | 1)[:, None])
        object.__setattr__(self, "_b", rng.integers(0, 2**32, self.perms, dtype=np.uint32)[:, None])

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
            h = np.multiply(self._a, x[None, :])
            h += self._b
            np.minimum(sig, h.min(axis=1), out=sig)
        return sig

    def _chunk(self, texts: Sequence[str]) -> np.ndarray:
        shingles, counts = shingle_hashes(texts, self.shingle_words)
        sig = np.full((self.perms, len(texts)), EMPTY, dtype=np.uint32)
        has = np.flatnonzero(counts)
        if len(has):
            x = (shingles >> U64(32)).astype(np.uint32)
            h = np.multiply(self._a, x[None, :])
            h += self._b
            bounds = (np.cumsum(counts) - counts)[has]
            sig[:, has] = np.minimum.reduceat(h, bounds, axis=1)
        return sig.T


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
    found = []
    for band in range(keys.shape[1]):
        col = keys[idx, band]
        order = np.argsort(col, kind="stable")
        sorted_keys, members = col[order], idx[order]
        same = sorted_keys[1:] == sorted_keys[:-1]
        if not same.any():
            continue
        found.append(np.stack([members[:-1][same], members[1:][same]], axis=1))
        starts = np.concatenate([[True], ~same])
        first = members[np.maximum.accumulate(np.where(starts, np.arange(len(members)), 0))]
        star = first != members
        found.append(np.stack([first[star], members[star]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1)
    return np.unique(pairs, axis=0)


def verified_pairs(signatures: np.ndarray, pairs: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs whose estimated Jaccard similarity reaches ``threshold``, and those similarities."""
    sims = np.empty(len(pairs))
    for i in range(0, len(pairs), 65536):
        p = pairs[i : i + 65536]
        sims[i : i + len(p)] = np.count_nonzero(signatures[p[:, 0]] == signatures[p[:, 1]], axis=1)
    sims /= signatures.shape[1]
    keep = sims >= threshold
    return pairs[keep], sims[keep]
