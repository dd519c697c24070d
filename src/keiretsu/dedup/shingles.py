"""Word shingles hashed in bulk: numpy over the encoded text, no string per shingle.

Building a Python string for every shingle is what bounds the usual MinHash
libraries to a few thousand documents a second. Here a batch of documents is
one byte array; words are found by vectorised comparisons, each word is hashed
with a polynomial hash computed from prefix sums (arithmetic wraps modulo 2**32,
which numpy does natively; the word's length and a 64-bit finaliser follow), and
a shingle is a multiply-add of its ``k`` word hashes. Everything is a handful of array passes over the batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

U64 = np.uint64
U32 = np.uint32
# bytes.translate table: 1 for bytes inside words (ASCII letters, digits, and every byte of a
# multi-byte UTF-8 character, so accented and non-Latin words are words too), else 0.
_WORD_BYTES = bytes(
    1 if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 0 for b in range(256)
)
_P = 0x01000193  # odd, so it has an inverse modulo 2**32
_P_INV = pow(_P, -1, 2**32)
_SHINGLE_MULT = U64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads every input bit over the output."""
    x = x ^ (x >> U64(33))
    x *= U64(0xFF51AFD7ED558CCD)
    x ^= x >> U64(33)
    x *= U64(0xC4CEB9FE1A85EC53)
    x ^= x >> U64(33)
    return x


class _Powers:
    """P**i and P**-i modulo 2**32, grown on demand."""

    def __init__(self) -> None:
        self.p = np.ones(1, dtype=U32)
        self.q = np.ones(1, dtype=U32)

    def get(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.p) < n:
            size = max(n, 2 * len(self.p), 1 << 16)
            p = np.full(size, U32(_P), dtype=U32)
            q = np.full(size, U32(_P_INV), dtype=U32)
            p[0] = q[0] = 1
            self.p, self.q = np.cumprod(p, dtype=U32), np.cumprod(q, dtype=U32)
        return self.p, self.q


_powers = _Powers()


def word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the lower-cased words of each text, in order, and each text's word count."""
    encoded = [t.lower().encode("utf-8") for t in texts]
    # Separators before, between and after: no word touches the edges or spans two documents.
    joined = b"\0" + b"\0".join(encoded) + b"\0"
    flags = np.frombuffer(joined.translate(_WORD_BYTES), dtype=np.int8)
    edges = np.flatnonzero(flags[1:] != flags[:-1]) + 1  # alternate: word start, word end
    starts, ends = edges[0::2], edges[1::2]
    data = np.frombuffer(joined, dtype=np.uint8)
    p, q = _powers.get(len(data))
    # prefix[i] = sum_{j<=i} byte_j * P**-j; a word's hash is its slice of that sum times P**start.
    prefix = np.multiply(data, q[: len(data)])
    np.cumsum(prefix, out=prefix)
    poly = ((prefix[ends - 1] - prefix[starts - 1]) * p[starts]).astype(U64)
    words = _mix(poly | ((ends - starts).astype(U64) << U64(32)))
    doc_ends = np.cumsum(np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=len(encoded))) + 1
    counts = np.diff(np.searchsorted(starts, doc_ends), prepend=0)
    return words, counts


def shingle_hashes(texts: Sequence[str], k: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of each text's word ``k``-grams, concatenated, and the count per text.

    A text of fewer than ``k`` words has no shingle: too short to call anything its copy.
    """
    words, counts = word_hashes(texts)
    m = len(words) - k + 1
    shingle_counts = np.maximum(counts - k + 1, 0)
    if m <= 0:
        return np.empty(0, dtype=U64), shingle_counts
    sh = words[:m].copy()
    for j in range(1, k):
        sh *= _SHINGLE_MULT
        sh += words[j : j + m]
    # Keep the shingles that start and end inside one document.
    first_word = np.cumsum(counts) - counts
    keep = np.zeros(m, dtype=bool)
    for start, n in zip(first_word.tolist(), shingle_counts.tolist()):
        if n:
            keep[start : start + n] = True
    return _mix(sh[keep]), shingle_counts
