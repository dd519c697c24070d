"""Digests: what matching a document with others reads of its sentences, flat.

The paraphrase checks of the dedup stage (``Stories.worth_aligning``, ``kernels.alignments``,
``paraphrase.may_cover``) read, of each document, its substantive sentences: their wording
(``sentence_hash``), and the sets of their words, figures and names; and ``paraphrase.facts``
of all its sentences for near copies. A batch's candidate pairs bring back thousands of earlier
documents, so digests are kept for the run in arrays that grow batch by batch
(``DigestStore``): gathering the digests of many documents is a few array operations, not a
few for each, and the sets are hashes of their strings (``paraphrase.key_hash``: the same in every
process, unlike ``hash``, so that digests computed by the executor's workers, forked or on Ray,
match those of the process that keeps them).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, repeat
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from .kernels import alignments, intersections, mostly_shared, sort_runs, unions
from .kernels import within as _within
from .kernels import ranges as _ranges
from .paraphrase import ParaphraseSettings, SentenceInfo, comparable, key_hash

SETS = ("words", "numbers", "names")
#: The levels of sentence links, by the index ``Sentences.links`` gives them.
LEVELS = ("exact", "near", "paraphrase")


class Digests(NamedTuple):
    """The digests of some documents, end to end. A set column is ``(sizes, items)``: the size of
    each set and the sets' sorted hashes one after the other."""

    sentences: np.ndarray  # of each document: how many substantive sentences (``paraphrase.substantive``)
    keys: np.ndarray  # of each substantive sentence: its ``sentence_hash``
    words: tuple[np.ndarray, np.ndarray]  # of each substantive sentence
    numbers: tuple[np.ndarray, np.ndarray]
    names: tuple[np.ndarray, np.ndarray]
    fact_numbers: tuple[np.ndarray, np.ndarray]  # of each document: ``paraphrase.facts`` of all its sentences
    fact_names: tuple[np.ndarray, np.ndarray]


#: ``key_hash`` of the items of sets, by the item: the words, figures and names of news recur, and
#: a dictionary look-up each (no Python call) is cheaper than a call to ``key_hash``'s cache, which
#: made sets' hashes the larger part of ``Sentences.of``. Bounded: cleared when full.
_HASHED: dict[str, int] = {}
_HASHED_MAX = 1 << 17


def _hashed(sets: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    known, count = _HASHED, int(sizes.sum())
    # Looked up first, -1 for an item not hashed yet (a hash is not negative); then only those
    # are hashed, found by their places. Nearly every shard has some (a new figure), but few: a
    # union of all the sets to find them, as before, cost a third of this.
    flat = list(chain.from_iterable(sets))
    items = np.fromiter(map(known.get, flat, repeat(-1)), dtype=np.int64, count=count)
    missing = np.flatnonzero(items < 0)
    if len(missing):
        new = set(map(flat.__getitem__, missing.tolist()))
        if len(known) + len(new) > _HASHED_MAX:
            known.clear()
            new = set(flat)
        known.update(zip(new, map(key_hash, new)))
        items[missing] = np.fromiter(map(known.__getitem__, map(flat.__getitem__, missing.tolist())),
                                     dtype=np.int64, count=len(missing))
    sort_runs(offsets(sizes), items)
    return sizes, items


class Sentences(NamedTuple):
    """All the sentences of documents, end to end, their sets hashed as ``Digests`` holds them: what
    a digest keeps of the substantive ones, and what ``within`` reads of all. A document's
    sentences are hashed once for both."""

    counts: np.ndarray  # of each document: how many sentences
    keys: np.ndarray  # of each sentence: its ``sentence_hash``
    keyed: np.ndarray  # of each sentence: whether its wording (``SentenceInfo.key``) is not empty
    words: tuple[np.ndarray, np.ndarray]
    numbers: tuple[np.ndarray, np.ndarray]
    names: tuple[np.ndarray, np.ndarray]

    @classmethod
    def of(cls, infos: list[list[SentenceInfo]]) -> Sentences:
        # Each field read by ``attrgetter`` in one ``map``, not by a Python loop of calls to
        # ``getattr`` (or to ``sentence_hash``): this over Reuters train took 0.43 s, not 0.47.
        sentences = list(chain.from_iterable(infos))
        n = len(sentences)
        return cls(np.fromiter(map(len, infos), dtype=np.int64, count=len(infos)),
                   np.fromiter(map(attrgetter("hash"), sentences), dtype=np.int64, count=n),
                   np.fromiter(map(bool, map(attrgetter("key"), sentences)), dtype=bool, count=n),
                   *(_hashed(list(map(attrgetter(name), sentences))) for name in SETS))

    def digest(self, cfg: ParaphraseSettings) -> Digests:
        """The digests of the documents: of their substantive sentences (``paraphrase.substantive``),
        and the union of all their sentences' figures and names (``paraphrase.facts``)."""
        keep = self.words[0] >= cfg.min_sentence_words
        doc_ptr = offsets(self.counts)
        doc_of = np.repeat(np.arange(len(self.counts)), self.counts)
        fact_sets = [unions(doc_ptr, offsets(sizes), items) for sizes, items in (self.numbers, self.names)]
        return Digests(
            np.bincount(doc_of[keep], minlength=len(self.counts)).astype(np.int64),
            self.keys[keep],
            *((sizes[keep], items[np.repeat(keep, sizes)]) for sizes, items in (self.words, self.numbers, self.names)),
            *((np.diff(ptr), items) for ptr, items in fact_sets),
        )

    def within(self, cfg: ParaphraseSettings) -> Iterator[tuple[int, int, int, str, float]]:
        """``paraphrase.within`` of each document, compiled (``kernels.within``): the links between
        its own sentences, ``(document, a, b, level, similarity)``, documents and links in order."""
        doc, a, b, levels, sims = self.links(cfg)
        return zip(doc.tolist(), a.tolist(), b.tolist(), map(LEVELS.__getitem__, levels.tolist()),
                   map(round, sims.tolist(), repeat(3)))

    def links(self, cfg: ParaphraseSettings) -> tuple[np.ndarray, ...]:
        """``within`` as arrays: documents, sentences ``a`` and ``b``, levels (indexes of ``LEVELS``)
        and similarities (not rounded)."""
        doc, a, b, sims, same = _within(offsets(self.counts), self.keys, self.keyed, offsets(self.words[0]),
                                        self.words[1], offsets(self.numbers[0]), self.numbers[1],
                                        cfg.min_shared_words, cfg.sentence_threshold, cfg.max_sentences)
        levels = np.where(same, 0, np.where(sims >= cfg.near_sentence_threshold, 1, 2))
        return doc, a, b, levels, sims


def digest(infos: list[list[SentenceInfo]], cfg: ParaphraseSettings) -> Digests:
    """The digests of documents, from their analyses."""
    return Sentences.of(infos).digest(cfg)


#: A stored digest: a header of six counts (substantive sentences, then the items of the
#: words, numbers, names, fact numbers and fact names), then the sentences' keys and the sizes of
#: their three sets, then the items of each set one after the other; int64 little-endian.
_HEADER = 6


def encode(digests: Digests) -> list[bytes]:
    """Each document's digest as the bytes ``decode`` reads: what the store keeps of it, so that a
    later run, or this one past its budget, reads it rather than analysing the text again."""
    docs = len(digests.sentences)
    first = offsets(digests.sentences)  # each document's first sentence
    sets = [getattr(digests, name) for name in SETS]
    facts = (digests.fact_numbers, digests.fact_names)
    # Where each document's items of each set start: at its first sentence's (the sets'), or at
    # its own (the facts'); the end, the next document's start.
    item_first = [*(offsets(sizes)[first] for sizes, _ in sets), *(offsets(sizes) for sizes, _ in facts)]
    counts = [np.diff(at) for at in item_first]
    # All documents' digests in one array, gathered from their columns by one index: a document's
    # parts (header, keys, the sets' sizes, then their items and the facts') one after the other.
    # Slicing a dozen arrays a document, then joining their bytes, took three times as long.
    columns = [np.column_stack([digests.sentences, *counts]).ravel(), digests.keys,
               *(sizes for sizes, _ in sets), *(items for _, items in (*sets, *facts))]
    base = offsets(np.array([len(c) for c in columns], dtype=np.int64))
    starts = np.column_stack([base[0] + _HEADER * np.arange(docs, dtype=np.int64),
                              *(base[i] + first[:-1] for i in range(1, 5)),
                              *(base[i] + at[:-1] for i, at in enumerate(item_first, 5))])
    lengths = np.column_stack([np.full(docs, _HEADER, dtype=np.int64), *[digests.sentences] * 4, *counts])
    data = np.concatenate(columns).astype("<i8", copy=False)[ranges(starts.ravel(), lengths.ravel())].tobytes()
    ends = (offsets(lengths.sum(axis=1)) * 8).tolist()
    return [data[a:b] for a, b in zip(ends[:-1], ends[1:])]


def decode(blobs: list[bytes], sets: tuple[str, ...] = SETS) -> Digests:
    """The digests of documents, end to end, from what ``encode`` made of each; of their sentences'
    sets, those named (the others None, as ``DigestStore.gather`` leaves them)."""
    data = np.frombuffer(b"".join(blobs), dtype="<i8")  # only read: what is gathered from it is new
    starts = offsets(np.array([len(b) // 8 for b in blobs], dtype=np.int64))[:-1]
    header = data[starts[:, None] + np.arange(_HEADER)].reshape(-1, _HEADER)
    n = header[:, 0]
    at = starts + _HEADER
    columns = []
    for wanted, count in ((True, n), *((name in sets, n) for name in SETS),  # keys, the sets' sizes
                          *((name in sets, count) for name, count in zip(SETS, header[:, 1:4].T)),
                          (True, header[:, 4]), (True, header[:, 5])):  # the items, then the facts'
        columns.append(data[ranges(at, count)] if wanted else None)
        at = at + count
    keys, sizes, items = columns[0], columns[1:4], columns[4:]
    return Digests(n, keys, *((s, x) if x is not None else None for s, x in zip(sizes, items[:3])),
                   (header[:, 4], items[3]), (header[:, 5], items[4]))


class Column:
    """An int64 array that grows at its end, in amortised constant time per item (by half again:
    what is allocated stays within 1.5 times what is used)."""

    def __init__(self) -> None:
        self.data = np.empty(1024, dtype=np.int64)
        self.size = 0

    def extend(self, values: np.ndarray) -> int:
        """Append ``values``; returns where they start."""
        end = self.size + len(values)
        if end > len(self.data):
            grown = np.empty(max(end, len(self.data) * 3 // 2), dtype=np.int64)
            grown[: self.size] = self.data[: self.size]
            self.data = grown
        self.data[self.size : end] = values
        start, self.size = self.size, end
        return start

    @property
    def values(self) -> np.ndarray:
        return self.data[: self.size]

    def drop(self, count: int, less: int = 0) -> None:
        """Drop the first ``count`` values; ``less`` is subtracted from the others, moved to the front
        in place, in slices none of which is moved over what is still to move: no copy of the
        column is made, and its room stays for what comes next."""
        rest = self.size - count
        step = max(count, 1 << 16)  # a slice overlapping its destination numpy copies apart first
        for start in range(0, rest, step) if count else ():
            end = min(start + step, rest)
            self.data[start:end] = self.data[count + start : count + end]
        self.data[:rest] -= less
        self.size = rest


class _SetColumn:
    """Sets, each where it starts among the items and how many."""

    def __init__(self) -> None:
        self.first, self.sizes, self.items = Column(), Column(), Column()

    def extend(self, column: tuple[np.ndarray, np.ndarray]) -> None:
        sizes, items = column
        start = self.items.extend(items)
        self.first.extend(start + np.cumsum(sizes) - sizes)
        self.sizes.extend(sizes)

    def gather(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sizes = self.sizes.values[rows]
        return sizes, self.items.values[ranges(self.first.values[rows], sizes)]


class DigestStore:
    """Digests of documents for a run, by document id, in at most about ``budget`` bytes: past it,
    the older half of the documents are dropped (``trim``), and a document without one is
    digested anew. The newest are kept because the candidates of a new document are mostly recent
    tellings of its story; a budget in bytes, not documents, keeps the run's memory flat however
    long the corpus.

    Documents are dropped in place: the columns keep their room, and a trim allocates nothing.
    Made anew, half the digests gathered beside the whole, then grown again by copies, a trim
    was the run's highest peak, 25-35 MB above its level at 50,000 documents. The columns grow by
    half again when full, so a trim comes once the digests fill two thirds of the budget: their
    room stays within it."""

    def __init__(self, budget: int):
        self.budget = budget
        self._empty()

    def _empty(self) -> None:
        self.rows: dict[int, int] = {}  # in the order the documents were added
        self.first, self.sentences, self.keys = Column(), Column(), Column()
        self.sets = {name: _SetColumn() for name in SETS}
        self.facts = {name: _SetColumn() for name in ("fact_numbers", "fact_names")}

    def _columns(self) -> list[Column]:
        return [self.first, self.sentences, self.keys,
                *(c for column in (*self.sets.values(), *self.facts.values())
                  for c in (column.first, column.sizes, column.items))]

    @property
    def nbytes(self) -> int:
        """The room the digests take: what their columns allocated."""
        return sum(c.data.nbytes for c in self._columns())

    @property
    def used(self) -> int:
        """What the digests fill of their room, in bytes."""
        return sum(c.values.nbytes for c in self._columns())

    def trim(self) -> None:
        """Drop the older half of the documents if the digests fill two thirds of the budget
        (between batches: within one, what is in it stays)."""
        if self.used * 3 <= self.budget * 2:
            return
        if self.budget <= 0:
            self._empty()
            return
        # A document's row is where it was added: the older half are the rows before ``cut``.
        cut = self.sentences.size // 2
        sentence = int(self.first.values[cut]) if cut < self.first.size else self.keys.size
        for column in self.sets.values():  # sentence by sentence
            item = int(column.first.values[sentence]) if sentence < column.first.size else column.items.size
            column.first.drop(sentence, less=item)
            column.sizes.drop(sentence)
            column.items.drop(item)
        for column in self.facts.values():  # document by document
            item = int(column.first.values[cut]) if cut < column.first.size else column.items.size
            column.first.drop(cut, less=item)
            column.sizes.drop(cut)
            column.items.drop(item)
        self.keys.drop(sentence)
        self.first.drop(cut, less=sentence)
        self.sentences.drop(cut)
        self.rows = {doc: row - cut for doc, row in self.rows.items() if row >= cut}

    def __contains__(self, doc: int) -> bool:
        return doc in self.rows

    def substantive(self, docs: list[int]) -> np.ndarray:
        """How many substantive sentences each of ``docs`` has, -1 for one not kept."""
        rows = np.fromiter(map(self.rows.get, docs, repeat(-1)), dtype=np.int64, count=len(docs))
        return np.where(rows >= 0, self.sentences.values[np.maximum(rows, 0)], -1) if self.sentences.size \
            else np.full(len(docs), -1, dtype=np.int64)

    def add(self, docs: list[int], digests: Digests) -> None:
        start = self.keys.extend(digests.keys)
        self.first.extend(start + np.cumsum(digests.sentences) - digests.sentences)
        row = self.sentences.extend(digests.sentences)
        for name, column in (*self.sets.items(), *self.facts.items()):
            column.extend(getattr(digests, name))
        self.rows.update(zip(docs, range(row, row + len(docs))))

    def gather(self, docs: list[int], sets: tuple[str, ...] = SETS) -> Digests:
        """The digests of ``docs`` (each one in the store), in that order; of the sentences' sets,
        those named (the others None: the words are most of a digest, and read for few pairs)."""
        rows = np.fromiter(map(self.rows.__getitem__, docs), dtype=np.int64, count=len(docs))
        sentences = self.sentences.values[rows]
        at = ranges(self.first.values[rows], sentences)
        return Digests(sentences, self.keys.values[at],
                       *(self.sets[name].gather(at) if name in sets else None for name in SETS),
                       *(column.gather(rows) for column in self.facts.values()))


class Stories:
    """The substantive sentences of documents (``Digests``), boilerplate (``common``: sentence
    hashes, sorted) left out, end to end: what ``worth_aligning`` and ``kernels.alignments`` read."""

    def __init__(self, digests: Digests, common: np.ndarray):
        # A binary search of the few boilerplate hashes each: np.isin sorts all the keys with them.
        at = np.minimum(np.searchsorted(common, digests.keys), max(len(common) - 1, 0))
        keep = common[at] != digests.keys if len(common) else np.ones(len(digests.keys), dtype=bool)
        self.documents = len(digests.sentences)
        self.doc_of = np.repeat(np.arange(self.documents), digests.sentences)[keep]
        self.counts = np.bincount(self.doc_of, minlength=self.documents)
        self.doc_ptr = offsets(self.counts)
        self.keys = digests.keys[keep]
        self.sets = {}
        for name in SETS:
            if getattr(digests, name) is not None:
                sizes, items = getattr(digests, name)
                self.sets[name] = offsets(sizes[keep]), items[np.repeat(keep, sizes)]

    def worth_aligning(self, pairs: np.ndarray, cfg: ParaphraseSettings) -> np.ndarray:
        """``Facts.worth_aligning``."""
        return Facts.of(self).worth_aligning(pairs, cfg)

    def alignments(self, pairs: np.ndarray, cfg: ParaphraseSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``kernels.alignments`` of each pair of documents (indexes)."""
        return alignments(np.ascontiguousarray(pairs), self.doc_ptr, self.keys, *self.sets["words"],
                          *self.sets["numbers"], *self.sets["names"], cfg.min_shared_words, cfg.sentence_threshold)


class Facts(NamedTuple):
    """Of documents (``Stories``): how many substantive sentences each has, and the union of their
    figures and of their names (``(ptr, items)``, as ``kernels.unions`` makes them): what
    ``worth_aligning`` reads, a few numbers a document where ``Stories`` holds its sentences."""

    counts: np.ndarray
    numbers: tuple[np.ndarray, np.ndarray]
    names: tuple[np.ndarray, np.ndarray]

    @classmethod
    def of(cls, stories: Stories) -> Facts:
        return cls(stories.counts, *(unions(stories.doc_ptr, *stories.sets[name]) for name in ("numbers", "names")))

    @staticmethod
    def joined(parts: list[Facts]) -> Facts:
        """The documents of ``parts`` (at least one), one part after the other."""
        if len(parts) == 1:
            return parts[0]

        def sets(column: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
            return offsets(np.concatenate([np.diff(ptr) for ptr, _ in column])), np.concatenate([x for _, x in column])

        return Facts(np.concatenate([p.counts for p in parts]), sets([p.numbers for p in parts]),
                     sets([p.names for p in parts]))

    def take(self, rows: np.ndarray) -> Facts:
        """The documents ``rows``, in that order."""
        def taken(ptr: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            sizes = np.diff(ptr)[rows]
            return offsets(sizes), items[ranges(ptr[rows], sizes)]

        return Facts(self.counts[rows], taken(*self.numbers), taken(*self.names))

    def worth_aligning(self, pairs: np.ndarray, cfg: ParaphraseSettings) -> np.ndarray:
        """The indexes of the pairs of documents (indexes) worth aligning: both documents
        ``paraphrase.comparable``, and ``paraphrase.facts_agree`` of their sentences' figures and
        names. The checks are made cheapest first, each on the pairs the ones before kept, and a
        pair's sets intersected only until it is decided (``kernels.mostly_shared``): for hundreds
        of thousands of pairs a batch, that is most of their cost."""
        a, b = pairs[:, 0], pairs[:, 1]
        kept = np.flatnonzero(comparable(self.counts[a], cfg) & comparable(self.counts[b], cfg))
        for sets in (self.numbers, self.names):  # facts_agree
            kept = kept[mostly_shared(*sets, np.ascontiguousarray(pairs[kept]))]
        return kept


def offsets(sizes: np.ndarray) -> np.ndarray:
    """Where each of consecutive runs of ``sizes`` starts, and the end."""
    out = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=out[1:])
    return out


def pair_sizes(ptr: np.ndarray, items: np.ndarray, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair ``(i, j)`` of sets ``items[ptr[i]:ptr[i + 1]]`` (sorted, unique): the size of
    each and of their intersection."""
    sizes = np.diff(ptr)
    return sizes[pairs[:, 0]], sizes[pairs[:, 1]], intersections(ptr, items, np.ascontiguousarray(pairs))


def ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``starts[i], starts[i] + 1, ..., starts[i] + counts[i] - 1`` for each ``i``, end to end."""
    # Contiguous, as every caller's are but decode's rows of a transposed header: one compiled
    # version of the kernel to load in each process, not one more for strided arrays.
    return _ranges(np.ascontiguousarray(starts, dtype=np.int64), np.ascontiguousarray(counts, dtype=np.int64))
