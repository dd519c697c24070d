"""Digests stored and sets hashed in one pass over a batch (issue 16) are what the plain per-document
and per-item code makes."""

from __future__ import annotations

import numpy as np

from keiretsu.dedup import digests
from keiretsu.dedup.digests import SETS, Sentences, decode, encode, offsets
from keiretsu.dedup.paraphrase import ParaphraseSettings, analyse, key_hash

TEXTS = [
    "NEW YORK, March 2 - Acme Corp said it agreed to buy Widget Inc for 1.3 mln dlrs. The deal, worth "
    "about 12 dlrs a share, is subject to approval by Widget shareholders. Acme said it expects to "
    "close the deal in the second quarter.",
    "",  # no sentence at all
    "Short line.",  # sentences, none substantive
    "LONDON, April 4 - Beta Plc rose 5 pct. Beta Plc rose 5 pct. Gamma Ltd, its rival, fell two pct "
    "on news that Delta Holdings will sell its stake of 900,000 shares to Epsilon Group next month.",
]


def plain_encode(made: digests.Digests) -> list[bytes]:
    """Each document's digest laid out part by part, as ``decode`` reads it."""
    first = offsets(made.sentences)
    sets = [getattr(made, name) for name in SETS]
    set_first = [offsets(sizes)[first] for sizes, _ in sets]
    facts = (made.fact_numbers, made.fact_names)
    fact_first = [offsets(sizes) for sizes, _ in facts]
    out = []
    for i in range(len(made.sentences)):
        a, b = first[i], first[i + 1]
        parts = [made.keys[a:b], *(sizes[a:b] for sizes, _ in sets),
                 *(items[f[i]:f[i + 1]] for (_, items), f in zip(sets, set_first)),
                 *(items[f[i]:f[i + 1]] for (_, items), f in zip(facts, fact_first))]
        header = np.array([b - a, *(len(x) for x in parts[4:])], dtype=np.int64)
        out.append(b"".join(x.astype("<i8").tobytes() for x in (header, *parts)))
    return out


def test_a_batchs_digests_are_stored_as_each_documents_alone():
    made = Sentences.of([analyse(t) for t in TEXTS]).digest(ParaphraseSettings())
    assert made.sentences.tolist()[1:3] == [0, 0]  # the empty and the short text have none to keep
    blobs = encode(made)
    assert blobs == plain_encode(made)
    assert len(blobs) == len(TEXTS)
    back = decode(blobs)
    for field, value in zip(made._fields, made):
        got = getattr(back, field)
        if isinstance(value, tuple):
            assert all(np.array_equal(x, y) for x, y in zip(got, value)), field
        else:
            assert np.array_equal(got, value), field
    # one document alone is stored as within the batch
    alone = Sentences.of([analyse(TEXTS[3])]).digest(ParaphraseSettings())
    assert encode(alone) == [blobs[3]]


def test_no_documents_store_nothing():
    made = Sentences.of([]).digest(ParaphraseSettings())
    assert encode(made) == []


def test_items_not_hashed_yet_are_hashed_once_and_kept(monkeypatch):
    monkeypatch.setattr(digests, "_HASHED", {})
    sets = [frozenset({"acme", "rose", "5"}), frozenset(), frozenset({"acme", "widget"})]
    sizes, items = digests._hashed(sets)
    assert sizes.tolist() == [3, 0, 2]
    assert items.tolist() == [h for s in sets for h in sorted(key_hash(w) for w in s)]
    assert digests._HASHED == {w: key_hash(w) for w in ("acme", "rose", "5", "widget")}
    # a set of items all known is hashed from the dictionary alone
    monkeypatch.setattr(digests, "key_hash", None)
    assert digests._hashed([frozenset({"widget", "5"})])[1].tolist() == sorted([key_hash("widget"), key_hash("5")])


def test_a_full_dictionary_is_emptied_for_the_new_items(monkeypatch):
    monkeypatch.setattr(digests, "_HASHED", {})
    monkeypatch.setattr(digests, "_HASHED_MAX", 4)
    digests._hashed([frozenset({"acme", "rose", "5"})])
    sizes, items = digests._hashed([frozenset({"beta", "fell"}), frozenset({"acme"})])
    assert items.tolist() == sorted([key_hash("beta"), key_hash("fell")]) + [key_hash("acme")]
    assert set(digests._HASHED) == {"beta", "fell", "acme"}  # "rose" and "5" went with the clearing
