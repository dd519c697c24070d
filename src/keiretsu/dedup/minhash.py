"""MinHash signatures and LSH banding.

Each of the ``perms`` hash functions is ``x -> a*x mod 2**32`` on the top 32
bits of a shingle's (well mixed) 64-bit hash, with ``a`` odd: a permutation of
the 32-bit space. (An added ``+ b`` costs more and measured no better: estimate
bias and spread on planted copies were within the seed-to-seed noise.) The
tokens, shingles and permutations of a document are computed in one compiled
pass over its bytes (``kernels.minhash``); banding and candidate pairs are
numpy array operations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .kernels import WORD_BYTES
from .kernels import band_keys as _band_keys
from .kernels import bucket_pairs as _bucket_pairs
from .kernels import jaccard as _jaccard
from .kernels import minhash as _minhash

U64 = np.uint64
EMPTY = np.uint32(0xFFFFFFFF)  # the signature value of a document with no shingle
#: Estimates this close to a threshold are replaced by the exact Jaccard similarity: 128
#: permutations estimate with a spread of about 0.04, so a copy just above the threshold
#: would otherwise be lost (or a pair just below kept) several times in a hundred.
EXACT_MARGIN = 0.12


@dataclass(frozen=True)
class MinHasher:
    perms: int = 128
    shingle_words: int = 5
    seed: int = 1

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        object.__setattr__(self, "_a", rng.integers(0, 2**31, self.perms, dtype=np.uint32) << 1 | 1)

    def signatures(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), perms)`` uint32; a row of ``EMPTY`` for a text of fewer words than a shingle.

        Words are lower-cased runs of letters and digits; memory is that of the text and
        the signatures, however long a document is.
        """
        data, bounds = _encode(texts)
        out = np.full((len(texts), self.perms), EMPTY, dtype=np.uint32)
        _minhash(data, bounds, WORD_BYTES, self._a, self.shingle_words, out)
        return out

    def jaccard(self, texts: Sequence[str], pairs: np.ndarray) -> np.ndarray:
        """Exact Jaccard similarity of the shingle sets of ``texts[a]`` and ``texts[b]`` for each pair."""
        involved = np.unique(pairs)
        data, bounds = _encode([texts[i] for i in involved])
        return _jaccard(data, bounds, WORD_BYTES, self.shingle_words, np.searchsorted(involved, pairs))


def _encode(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Lower-cased UTF-8 of all texts as one byte array, and each text's bounds in it."""
    encoded = [t.lower().encode("utf-8") for t in texts]
    bounds = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=bounds[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), bounds


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
    return _band_keys(np.ascontiguousarray(signatures), bands, signatures.shape[1] // bands)


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
    if len(idx) < 2:
        return np.empty((0, 2), dtype=np.int64)
    sub = keys[idx]
    n = np.int64(idx[-1] + 1)
    orders = np.argsort(np.ascontiguousarray(sub.T), axis=1)
    codes = np.sort(_bucket_pairs(sub, orders, idx.astype(np.int64), n))
    codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]  # np.unique is far slower here
    return np.stack([codes // n, codes % n], axis=1)


def verified_pairs(
    signatures: np.ndarray, pairs: np.ndarray, threshold: float, exact: Callable[[np.ndarray], np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs whose Jaccard similarity reaches ``threshold``, and those similarities.

    Similarities are estimated from the signatures; with ``exact`` (pairs -> exact
    similarities, e.g. ``MinHasher.jaccard`` over the texts) those within
    ``EXACT_MARGIN`` of the threshold are computed exactly instead.
    """
    sims = np.empty(len(pairs))
    for i in range(0, len(pairs), 65536):
        p = pairs[i : i + 65536]
        sims[i : i + len(p)] = np.count_nonzero(signatures[p[:, 0]] == signatures[p[:, 1]], axis=1)
    sims /= signatures.shape[1]
    if exact is not None:
        close = np.abs(sims - threshold) < EXACT_MARGIN
        if close.any():
            sims[close] = exact(pairs[close])
    keep = sims >= threshold
    return pairs[keep], sims[keep]
