"""Compiled inner loops (numba, compiled on first use and cached beside this file).

Tokens, shingles and all permutations in one pass over a document's bytes:
no string is built per word or shingle, and the 128 multiply-min operations
per shingle compile to SIMD instructions.
"""

from __future__ import annotations

import numpy as np
from numba import njit

#: 1 for bytes inside words: ASCII letters and digits, and every byte of a multi-byte
#: UTF-8 character, so accented and non-Latin words are words too.
WORD_BYTES = np.array(
    [48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128 for b in range(256)], dtype=np.bool_
)


@njit(cache=True, nogil=True, inline="always")
def _fmix(x):
    """MurmurHash3's 64-bit finaliser: spreads every input bit over the output."""
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


@njit(cache=True, nogil=True)
def _shingles(data, start, end, word, k, ring, out):
    """64-bit hashes of the shingles of ``data[start:end]`` into ``out``; returns how many.

    Words are runs of ``word`` bytes, hashed with FNV-1a and finalised with their length;
    a shingle is ``k`` consecutive word hashes combined and finalised.
    """
    n = 0
    m = 0
    h = np.uint64(0xCBF29CE484222325)
    length = 0
    for i in range(start, end + 1):
        if i < end and word[data[i]]:
            h = (h ^ np.uint64(data[i])) * np.uint64(0x100000001B3)
            length += 1
        elif length:
            ring[n % k] = _fmix(h ^ (np.uint64(length) << np.uint64(56)))
            n += 1
            h = np.uint64(0xCBF29CE484222325)
            length = 0
            if n >= k:
                sh = np.uint64(0)
                for j in range(k):
                    sh = sh * np.uint64(0x9E3779B97F4A7C15) + ring[(n - k + j) % k]
                out[m] = _fmix(sh)
                m += 1
    return m


@njit(cache=True, nogil=True)
def minhash(data, bounds, word, a, k, out):
    """Signatures of documents ``data[bounds[d]:bounds[d+1]]`` (lower-cased UTF-8) into ``out[d]``.

    Permutation ``p`` maps a shingle's top 32 bits ``x`` to ``a[p] * x mod 2**32``; ``out[d, p]``
    keeps the minimum. ``out`` must start at 0xFFFFFFFF: a document of fewer than ``k`` words
    keeps it.
    """
    perms = a.shape[0]
    ring = np.zeros(k, dtype=np.uint64)
    longest = 1
    for d in range(bounds.shape[0] - 1):
        longest = max(longest, bounds[d + 1] - bounds[d])
    hashes = np.empty(longest, dtype=np.uint64)
    for d in range(bounds.shape[0] - 1):
        sig = out[d]
        m = _shingles(data, bounds[d], bounds[d + 1], word, k, ring, hashes)
        for s in range(m):
            x = np.uint32(hashes[s] >> np.uint64(32))
            for p in range(perms):
                sig[p] = min(sig[p], np.uint32(a[p] * x))


@njit(cache=True, nogil=True)
def band_keys(signatures, bands, rows):
    """``(n, bands)`` int64 keys: each band's rows hashed, and the band number mixed in."""
    n = signatures.shape[0]
    out = np.empty((n, bands), dtype=np.int64)
    for d in range(n):
        for b in range(bands):
            h = np.uint64(b) * np.uint64(0x9E3779B97F4A7C15)
            for r in range(rows):
                h = (h ^ np.uint64(signatures[d, b * rows + r])) * np.uint64(0x100000001B3)
            out[d, b] = np.int64(_fmix(h))
    return out


@njit(cache=True, nogil=True)
def bucket_pairs(keys, orders, ids, n):
    """Pair codes ``lo * n + hi`` of documents sharing a bucket (``orders[b]``: band ``b``'s
    argsort): within a bucket, every member with the first and with its neighbour in key
    order, which is linear in the bucket's size. Codes may repeat."""
    m, bands = keys.shape
    out = np.empty(2 * m * bands, dtype=np.int64)
    k = 0
    for b in range(bands):
        first = 0
        for i in range(1, m):
            cur, prev = orders[b, i], orders[b, i - 1]
            if keys[cur, b] != keys[prev, b]:
                first = i
                continue
            x = ids[cur]
            for y in (ids[prev], ids[orders[b, first]]):
                if x != y:
                    out[k] = min(x, y) * n + max(x, y)
                    k += 1
    return out[:k]


@njit(cache=True, nogil=True)
def _shingle_set(data, start, end, word, k):
    """Sorted unique shingle hashes of a document, as ``minhash`` computes them."""
    out = np.empty(max(end - start, 1), dtype=np.uint64)
    m = _shingles(data, start, end, word, k, np.zeros(k, dtype=np.uint64), out)
    s = np.sort(out[:m])
    if m == 0:
        return s
    keep = np.ones(m, dtype=np.bool_)
    for i in range(1, m):
        keep[i] = s[i] != s[i - 1]
    return s[keep]


@njit(cache=True, nogil=True)
def jaccard(data, bounds, word, k, pairs):
    """Exact Jaccard similarity of the shingle sets of each pair of documents ``pairs[i]``
    (indices into ``bounds``); 0 where either has no shingle."""
    out = np.zeros(pairs.shape[0])
    for i in range(pairs.shape[0]):
        a, b = pairs[i, 0], pairs[i, 1]
        x = _shingle_set(data, bounds[a], bounds[a + 1], word, k)
        y = _shingle_set(data, bounds[b], bounds[b + 1], word, k)
        if x.shape[0] == 0 or y.shape[0] == 0:
            continue
        p = q = common = 0
        while p < x.shape[0] and q < y.shape[0]:
            if x[p] == y[q]:
                common += 1
                p += 1
                q += 1
            elif x[p] < y[q]:
                p += 1
            else:
                q += 1
        out[i] = common / (x.shape[0] + y.shape[0] - common)
    return out
