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


@njit(cache=True, nogil=True, inline="always")
def _common(items, p, p_end, q, q_end):
    """Size of the intersection of sorted unique ``items[p:p_end]`` and ``items[q:q_end]``."""
    common = 0
    while p < p_end and q < q_end:
        if items[p] == items[q]:
            common += 1
            p += 1
            q += 1
        elif items[p] < items[q]:
            p += 1
        else:
            q += 1
    return common


@njit(cache=True, nogil=True, inline="always")
def _common_of(items, p, p_end, q, q_end, need):
    """``_common``, or -1 as soon as fewer than ``need`` items can be common."""
    common = 0
    while p < p_end and q < q_end:
        if common + min(p_end - p, q_end - q) < need:
            return -1
        if items[p] == items[q]:
            common += 1
            p += 1
            q += 1
        elif items[p] < items[q]:
            p += 1
        else:
            q += 1
    return common if common >= need else -1


@njit(cache=True, nogil=True, inline="always")
def _need(i, j, word_ptr, min_shared, threshold):
    """The fewest shared words that can make sentences ``i`` and ``j`` match: ``min_shared``, and as
    many as the threshold wants of their sizes (the same division as ``_scored``); past the
    smaller size where none can."""
    size_i, size_j = word_ptr[i + 1] - word_ptr[i], word_ptr[j + 1] - word_ptr[j]
    total, need = size_i + size_j, min_shared
    while need <= min(size_i, size_j) and total > 0 and 2 * need / total < threshold:
        need += 1
    return need


@njit(cache=True, nogil=True, inline="always")
def _scored(i, j, shared, word_ptr, number_ptr, numbers, min_shared, threshold):
    """``_similarity`` of sentences ``i`` and ``j`` of other wordings that share ``shared`` words
    (-1: fewer than ``_need``)."""
    if shared < min_shared:
        return -1.0
    ni, nj = number_ptr[i + 1] - number_ptr[i], number_ptr[j + 1] - number_ptr[j]
    if ni and nj and 2 * _common(numbers, number_ptr[i], number_ptr[i + 1], number_ptr[j],
                                 number_ptr[j + 1]) < min(ni, nj):
        return -1.0
    sim = 2 * shared / (word_ptr[i + 1] - word_ptr[i] + word_ptr[j + 1] - word_ptr[j])
    return sim if sim >= threshold else -1.0


@njit(cache=True, nogil=True, inline="always")
def _similarity(i, j, keys, word_ptr, words, number_ptr, numbers, min_shared, threshold):
    """``paraphrase._match`` of sentences ``i`` and ``j`` (as ``alignments`` reads them); -1 for none."""
    if keys[i] == keys[j]:
        return 1.0
    # Most pairs fall short of the words they need, found once the words left to compare cannot
    # make up for it, not at the end of both sets.
    shared = _common_of(words, word_ptr[i], word_ptr[i + 1], word_ptr[j], word_ptr[j + 1],
                        _need(i, j, word_ptr, min_shared, threshold))
    return _scored(i, j, shared, word_ptr, number_ptr, numbers, min_shared, threshold)


@njit(cache=True, nogil=True)
def _sort_words(d, doc_ptr, word_ptr, words, sorted_words, owners):
    """The words of document ``d``'s sentences sorted, into ``sorted_words`` where they are in
    ``words``, and the sentence (index in the document) of each into ``owners``."""
    lo, hi = word_ptr[doc_ptr[d]], word_ptr[doc_ptr[d + 1]]
    order = np.argsort(words[lo:hi])
    sorted_words[lo:hi] = words[lo:hi][order]
    owner = np.empty(hi - lo, dtype=np.int64)
    for s in range(doc_ptr[d], doc_ptr[d + 1]):
        owner[word_ptr[s] - lo : word_ptr[s + 1] - lo] = s - doc_ptr[d]
    owners[lo:hi] = owner[order]


@njit(cache=True, nogil=True)
def _shared_words(a, b, doc_ptr, word_ptr, sorted_words, owners):
    """How many words each sentence of document ``a`` shares with each of ``b``, as a table: the
    two documents' words merged once (``_sort_words``), rather than each pair's sets."""
    shared = np.zeros((doc_ptr[a + 1] - doc_ptr[a], doc_ptr[b + 1] - doc_ptr[b]), dtype=np.int64)
    p, p_end = word_ptr[doc_ptr[a]], word_ptr[doc_ptr[a + 1]]
    q, q_end = word_ptr[doc_ptr[b]], word_ptr[doc_ptr[b + 1]]
    while p < p_end and q < q_end:
        if sorted_words[p] < sorted_words[q]:
            p += 1
        elif sorted_words[p] > sorted_words[q]:
            q += 1
        else:  # a word of several sentences of each: a sentence's words are unique
            word, p_next, q_next = sorted_words[p], p + 1, q + 1
            while p_next < p_end and sorted_words[p_next] == word:
                p_next += 1
            while q_next < q_end and sorted_words[q_next] == word:
                q_next += 1
            for x in range(p, p_next):
                for y in range(q, q_next):
                    shared[owners[x], owners[y]] += 1
            p, q = p_next, q_next
    return shared


@njit(cache=True, nogil=True)
def alignments(pairs, doc_ptr, keys, word_ptr, words, number_ptr, numbers, name_ptr, names, min_shared, threshold):
    """``paraphrase.align`` of the sentences of each pair of documents ``(a, b)`` (the shorter one's
    first, ``a``'s if as long), counted: how many links, how many sentences the shorter one has,
    and whether the first sentence of each is linked, and linked to a sentence naming mostly the
    same names as it (as ``paraphrase.document_similarity`` wants of leads). Where a lead matches
    no sentence of the other at all, that is False and the links are not counted (0).

    Document ``d``'s sentences are ``doc_ptr[d]:doc_ptr[d + 1]``; sentence ``s`` has key hash
    ``keys[s]``, word hashes ``words[word_ptr[s]:word_ptr[s + 1]]``, figure and name hashes
    likewise, each sorted and unique. Sentences match as ``paraphrase._match`` says; links are
    made best first, ties in sentence order."""
    n = pairs.shape[0]
    links = np.zeros(n, dtype=np.int64)
    shorter = np.zeros(n, dtype=np.int64)
    leads = np.zeros(n, dtype=np.bool_)
    sorted_words = np.empty_like(words)  # of the documents whose table is made (``_sort_words``)
    owners = np.empty(len(words), dtype=np.int64)
    sorted_docs = np.zeros(len(doc_ptr) - 1, dtype=np.bool_)
    for p in range(n):
        a, b = pairs[p, 0], pairs[p, 1]
        if doc_ptr[b + 1] - doc_ptr[b] < doc_ptr[a + 1] - doc_ptr[a]:
            a, b = b, a
        s0, s1, l0, l1 = doc_ptr[a], doc_ptr[a + 1], doc_ptr[b], doc_ptr[b + 1]
        shorter[p] = s1 - s0
        if s1 == s0 or l1 == l0:
            continue
        # Most pairs that get here fail on a lead that matches nothing: found by a row and a
        # column, before the whole table.
        lead_a = lead_b = False
        for j in range(l0, l1):
            if _similarity(s0, j, keys, word_ptr, words, number_ptr, numbers, min_shared, threshold) >= 0:
                lead_a = True
                break
        if lead_a:
            for i in range(s0, s1):
                if _similarity(i, l0, keys, word_ptr, words, number_ptr, numbers, min_shared, threshold) >= 0:
                    lead_b = True
                    break
        if not lead_b:
            continue
        size = (s1 - s0) * (l1 - l0)
        sims = np.empty(size)
        at_i = np.empty(size, dtype=np.int64)
        at_j = np.empty(size, dtype=np.int64)
        # The whole table: the shared words of all its pairs counted at once.
        for d in (a, b):
            if not sorted_docs[d]:
                _sort_words(d, doc_ptr, word_ptr, words, sorted_words, owners)
                sorted_docs[d] = True
        shared = _shared_words(a, b, doc_ptr, word_ptr, sorted_words, owners)
        k = 0
        for i in range(s0, s1):
            for j in range(l0, l1):
                if keys[i] == keys[j]:
                    sim = 1.0
                else:
                    common = shared[i - s0, j - l0]
                    if common < min_shared or common < _need(i, j, word_ptr, min_shared, threshold):
                        continue
                    sim = _scored(i, j, common, word_ptr, number_ptr, numbers, min_shared, threshold)
                if sim < 0:
                    continue
                sims[k] = -sim
                at_i[k] = i - s0
                at_j[k] = j - l0
                k += 1
        # A stable sort of pairs made in sentence order: best first, ties in sentence order.
        order = np.argsort(sims[:k], kind="mergesort")
        used_a = np.zeros(s1 - s0, dtype=np.bool_)
        used_b = np.zeros(l1 - l0, dtype=np.bool_)
        named = True
        for o in order:
            i, j = at_i[o], at_j[o]
            if not used_a[i] and not used_b[j]:
                used_a[i] = True
                used_b[j] = True
                links[p] += 1
                if i == 0 or j == 0:
                    x, y = s0 + i, l0 + j
                    nx, ny = name_ptr[x + 1] - name_ptr[x], name_ptr[y + 1] - name_ptr[y]
                    if nx and ny and 2 * _common(names, name_ptr[x], name_ptr[x + 1], name_ptr[y],
                                                 name_ptr[y + 1]) < min(nx, ny):
                        named = False
        leads[p] = named and used_a[0] and used_b[0]
    return links, shorter, leads


@njit(cache=True, nogil=True)
def within(doc_ptr, keys, keyed, word_ptr, words, number_ptr, numbers, min_shared, threshold, max_sentences):
    """``paraphrase.within`` of each document, its sentences read as ``alignments`` reads them
    (``keyed``: whether a sentence's wording is not empty). Returns the links in order: of each,
    its document, its two sentences (indexes in the document), their similarity, and whether
    their wordings are the same."""
    cap = 1024
    doc = np.empty(cap, dtype=np.int64)
    first = np.empty(cap, dtype=np.int64)
    second = np.empty(cap, dtype=np.int64)
    sims = np.empty(cap)
    same = np.empty(cap, dtype=np.bool_)
    k = 0
    sorted_words = np.empty_like(words)  # ``_sort_words`` of each document, in turn
    owners = np.empty(len(words), dtype=np.int64)
    for d in range(doc_ptr.shape[0] - 1):
        lo, hi = doc_ptr[d], doc_ptr[d + 1]
        if hi - lo > max_sentences:
            continue
        # The shared words of all its pairs of sentences counted at once, as ``alignments`` does.
        _sort_words(d, doc_ptr, word_ptr, words, sorted_words, owners)
        table = _shared_words(d, d, doc_ptr, word_ptr, sorted_words, owners)
        for i in range(lo, hi):
            size_i = word_ptr[i + 1] - word_ptr[i]
            ni = number_ptr[i + 1] - number_ptr[i]
            for j in range(i + 1, hi):
                if keyed[i] and keys[i] == keys[j]:
                    sim = 1.0
                else:
                    shared = table[i - lo, j - lo]
                    if shared < min_shared or shared < _need(i, j, word_ptr, min_shared, threshold):
                        continue
                    total = size_i + word_ptr[j + 1] - word_ptr[j]
                    nj = number_ptr[j + 1] - number_ptr[j]
                    if ni and nj and 2 * _common(numbers, number_ptr[i], number_ptr[i + 1], number_ptr[j],
                                                 number_ptr[j + 1]) < min(ni, nj):
                        continue
                    sim = 2 * shared / total
                    if sim < threshold or sim == 0:
                        continue
                if k == cap:
                    cap *= 2
                    doc, first, second = _grown(doc, cap), _grown(first, cap), _grown(second, cap)
                    sims, same = _grown(sims, cap), _grown(same, cap)
                doc[k], first[k], second[k], sims[k], same[k] = d, i - lo, j - lo, sim, keys[i] == keys[j]
                k += 1
    return doc[:k], first[:k], second[:k], sims[:k], same[:k]


@njit(cache=True, nogil=True, inline="always")
def _grown(a, size):
    """``a`` at the start of a new array of ``size`` items."""
    out = np.empty(size, dtype=a.dtype)
    out[: a.shape[0]] = a
    return out


@njit(cache=True, nogil=True)
def intersections(indptr, items, pairs):
    """Size of the intersection of sets ``a`` and ``b`` for each pair ``(a, b)`` of ``pairs``; set
    ``a`` is ``items[indptr[a]:indptr[a + 1]]``, sorted and unique."""
    out = np.zeros(pairs.shape[0], dtype=np.int64)
    for i in range(pairs.shape[0]):
        a, b = pairs[i, 0], pairs[i, 1]
        out[i] = _common(items, indptr[a], indptr[a + 1], indptr[b], indptr[b + 1])
    return out


@njit(cache=True, nogil=True)
def agreements(signatures, a, b):
    """How many positions the signatures ``signatures[a[i]]`` and ``signatures[b[i]]`` agree on, for each ``i``."""
    out = np.zeros(a.shape[0], dtype=np.int64)
    for i in range(a.shape[0]):
        x, y = signatures[a[i]], signatures[b[i]]
        same = 0
        for k in range(x.shape[0]):
            same += x[k] == y[k]
        out[i] = same
    return out


@njit(cache=True, nogil=True)
def unions(doc_ptr, set_ptr, items):
    """The union of the sets of each document's sentences: document ``d``'s sentences are
    ``doc_ptr[d]:doc_ptr[d + 1]``, sentence ``s``'s set ``items[set_ptr[s]:set_ptr[s + 1]]``.
    Returns where each union starts (and the end), and the unions' items, each sorted and unique."""
    n = doc_ptr.shape[0] - 1
    ptr = np.zeros(n + 1, dtype=np.int64)
    out = np.empty(items.shape[0], dtype=items.dtype)
    k = 0
    for d in range(n):
        lo, hi = set_ptr[doc_ptr[d]], set_ptr[doc_ptr[d + 1]]
        part = np.sort(items[lo:hi])
        for i in range(part.shape[0]):
            if i == 0 or part[i] != part[i - 1]:
                out[k] = part[i]
                k += 1
        ptr[d + 1] = k
    return ptr, out[:k]


@njit(cache=True, nogil=True)
def ranges(starts, counts):
    """``starts[i], starts[i] + 1, ..., starts[i] + counts[i] - 1`` for each ``i``, end to end: one
    pass, where numpy's repeat and arange make three arrays of the whole length."""
    total = 0
    for i in range(counts.shape[0]):
        total += counts[i]
    out = np.empty(total, dtype=np.int64)
    k = 0
    for i in range(starts.shape[0]):
        for j in range(counts[i]):
            out[k] = starts[i] + j
            k += 1
    return out


@njit(cache=True, nogil=True)
def sort_runs(ptr, items):
    """Sort each run ``items[ptr[i]:ptr[i + 1]]`` in place: a lexsort by run and item, without
    sorting across runs (small sets, by the hundred thousand). A run of a few items by insertion,
    in place: ``np.sort``'s copy of each took twice as long."""
    for i in range(ptr.shape[0] - 1):
        lo, hi = ptr[i], ptr[i + 1]
        if hi - lo > 16:
            items[lo:hi].sort()
            continue
        for j in range(lo + 1, hi):
            x = items[j]
            k = j - 1
            while k >= lo and items[k] > x:
                items[k + 1] = items[k]
                k -= 1
            items[k + 1] = x


@njit(cache=True, nogil=True)
def mostly_shared(indptr, items, pairs):
    """``paraphrase.mostly_shared`` of sets ``a`` and ``b`` for each pair ``(a, b)`` of ``pairs`` (sets
    as ``intersections`` reads them), their intersection counted only until it decides."""
    out = np.ones(pairs.shape[0], dtype=np.bool_)
    for i in range(pairs.shape[0]):
        a, b = pairs[i, 0], pairs[i, 1]
        p, p_end, q, q_end = indptr[a], indptr[a + 1], indptr[b], indptr[b + 1]
        if p_end - p < 3 or q_end - q < 3:
            continue
        need = (min(p_end - p, q_end - q) + 1) // 2  # 2 * common >= the smaller size
        common = 0
        while common < need and common + min(p_end - p, q_end - q) >= need:
            if items[p] == items[q]:
                common += 1
                p += 1
                q += 1
            elif items[p] < items[q]:
                p += 1
            else:
                q += 1
        out[i] = common >= need
    return out


@njit(cache=True, nogil=True, inline="always")
def _is_abbreviation(data, lo, cut, word, abbrevs):
    """Whether the word before the stop at ``cut - 1`` (looked for in ``data[lo:cut]``) is one of
    ``abbrevs`` (lowercased, one a row, padded with zeros), as ``text.split_sentences`` finds it:
    the letters after the last space; else the last run of word characters and dots that ends
    with a word character."""
    space = lo - 1
    for j in range(cut - 1, lo - 1, -1):
        if data[j] == 32:
            space = j
            break
    start, end = space + 1, cut - 1
    letters = space >= lo and end > start
    for j in range(start, end if letters else start):
        c = data[j] | 32  # an ASCII letter lowercased, which no other byte becomes
        if c < 97 or c > 122:
            letters = False
            break
    if not letters:
        k = cut - 1
        while k >= lo and not word[data[k]]:
            k -= 1
        if k < lo:
            return False
        end = k + 1
        while k > lo and (word[data[k - 1]] or data[k - 1] == 46):
            k -= 1
        start = k
    size, width = end - start, abbrevs.shape[1]
    if size > width:
        return False
    for a in range(abbrevs.shape[0]):
        if size < width and abbrevs[a, size] != 0:  # a longer one
            continue
        same = True
        for j in range(size):
            c = data[start + j]
            if 65 <= c <= 90:
                c += 32
            if c != abbrevs[a, j]:
                same = False
                break
        if same:
            return True
    return False


@njit(cache=True, nogil=True, inline="always")
def _trimmed(data, start, end, space, lo, starts, ends, k):
    """Piece ``data[start:end]`` without the whitespace at its ends, at ``k`` of ``starts`` and
    ``ends`` (offsets from ``lo``) unless nothing is left; returns where the next goes."""
    while start < end and space[data[start]]:
        start += 1
    while end > start and space[data[end - 1]]:
        end -= 1
    if end > start:
        starts[k], ends[k] = start - lo, end - lo
        k += 1
    return k


@njit(cache=True, nogil=True)
def sentence_spans(data, bounds, space, word, abbrevs, window):
    """The sentences of ASCII texts ``data[bounds[d]:bounds[d + 1]]``, cut where
    ``text.split_sentences`` cuts them (``text._BOUNDARY``, with the word before a stop no
    abbreviation), trimmed of whitespace (``space``) and the empty ones left out. Returns how many
    each text has, and their spans, offsets from their text's start, text after text. ``word``:
    the bytes ``\\w`` matches; ``window``: how far back from a stop its word is looked for."""
    n = bounds.shape[0] - 1
    counts = np.zeros(n, dtype=np.int64)
    # A piece holds at least one byte besides the boundary after it, which takes at least one.
    cap = data.shape[0] // 2 + n
    starts, ends = np.empty(cap, dtype=np.int64), np.empty(cap, dtype=np.int64)
    k = 0
    for d in range(n):
        lo, hi = bounds[d], bounds[d + 1]
        first, pos, i = k, lo, lo
        while i < hi:
            c = data[i]
            if c == 10:  # a line break, then the rest of its run
                cut = i
                i += 1
                while i < hi and data[i] == 10:
                    i += 1
            elif c == 46 or c == 33 or c == 63:  # . ! ?, closing quotes, whitespace, then a word
                j = i + 1
                while j < hi and (data[j] == 34 or data[j] == 39 or data[j] == 41 or data[j] == 93):
                    j += 1
                e = j
                broken = False
                while e < hi and space[data[e]]:
                    broken |= data[e] == 10
                    e += 1
                if e == j or e == hi:
                    i += 1
                    continue
                x = data[e]
                if not (word[x] or ((x == 34 or x == 39 or x == 40 or x == 91) and e + 1 < hi and word[data[e + 1]])):
                    i += 1
                    continue
                cut = i + 1
                i = e
                if j == cut and not broken and _is_abbreviation(data, max(pos, cut - window), cut, word, abbrevs):
                    continue
            else:
                i += 1
                continue
            k = _trimmed(data, pos, cut, space, lo, starts, ends, k)
            pos = i
        k = _trimmed(data, pos, hi, space, lo, starts, ends, k)
        counts[d] = k - first
    return counts, starts[:k], ends[:k]


def warm() -> None:
    """Load the compiled code of the kernels a batch's reduce calls, with the argument types it
    calls them with, in this process: a process forked from it afterwards (each batch's reduce,
    ``Deduplicator.add``) inherits them loaded. Loaded in each, they took 0.4 s a batch (numba's
    compiler set up, then each kernel read from its cache). Every call is on empty inputs."""
    ints, pairs = np.zeros(1, dtype=np.int64), np.zeros((0, 2), dtype=np.int64)
    empty = np.zeros(0, dtype=np.int64)
    ranges(empty, empty)
    two = np.zeros((2, 2), dtype=np.int64)
    agreements(np.zeros((1, 1), dtype=np.uint32), two[:, 0], two[:, 1])  # columns of pairs: strided
    jaccard(np.frombuffer(b"", dtype=np.uint8), ints, WORD_BYTES, 5, pairs)  # the texts' bytes: read-only
    unions(ints, ints, empty)
    intersections(ints, empty, pairs)
    mostly_shared(ints, empty, pairs)
    alignments(pairs, ints, empty, ints, empty, ints, empty, ints, empty, 1, 0.5)
