"""The map step's own-sentence links as arrays, and set items hashed only where not known (issue 16):
the same rows and hashes as the plain code made."""

from __future__ import annotations

from itertools import chain

import numpy as np

from keiretsu.dedup import digests
from keiretsu.dedup.digests import Sentences, _hashed
from keiretsu.dedup.paraphrase import ParaphraseSettings, analyse, key_hash
from keiretsu.dedup.step import DedupSettings, _own_rows, _row, sign

# Short excerpts in the manner of Reuters-21578 train stories: briefs that repeat their lead,
# a dateline, figures in "mln" and "pct", and sentences that say the same thing twice.
STORIES = [
    "NEW YORK, March 2 - Acme Corp said it agreed to acquire Beta Inc for 45 mln dlrs in cash. "
    "Acme said it agreed to acquire Beta Inc for 45 mln dlrs cash. The deal is subject to approval by Beta "
    "shareholders.\nAcme Corp agreed to acquire Beta Inc for 45 mln dlrs in cash, the company said.",
    "Shr 25 cts vs 20 cts. Net 1.3 mln vs 900,000. Revs 12.5 mln vs 10.1 mln.",
    "LONDON, April 7 - Gamma Plc said its pre-tax profit rose 12 pct to 310 mln stg. "
    "Gamma Plc said pre-tax profit rose 12 pct to 310 mln stg in the year. It gave no forecast.",
    "",
    "TOKYO, June 1 - The Bank of Japan left its discount rate at 2.5 pct, a spokesman said.",
]


def plain_rows(infos, cfg):
    """What the map step sent before: a row a link, the document 0, made again with its id."""
    own = [[] for _ in infos]
    for doc, a, b, level, sim in Sentences.of(infos).within(cfg):
        own[doc].append(_row(0, infos[doc], a, 0, infos[doc], b, level, sim))
    return own


def test_own_links_as_arrays_give_the_rows_a_row_per_link_gave():
    cfg, settings = ParaphraseSettings(), DedupSettings()
    ids = [11, 12, 13, 14, 15, 21, 22, 23, 24, 25]
    shards = [STORIES, list(reversed(STORIES))]
    mapped = [sign(settings, shard) for shard in shards]
    rows = _own_rows(ids, [part for m in mapped for part in m.within])
    expected = []
    for doc_ids, shard in zip((ids[:5], ids[5:]), shards):
        for doc, own in zip(doc_ids, plain_rows([analyse(t) for t in shard], cfg)):
            expected.extend((doc, a, sa, ea, doc, b, sb, eb, level, sim) for _, a, sa, ea, _, b, sb, eb, level, sim in own)
    assert rows == expected
    assert len(rows) >= 4 and {r[8] for r in rows} >= {"near", "paraphrase"}
    assert all(type(x) is int for r in rows for x in r[:8]) and all(type(r[9]) is float for r in rows)


def test_set_items_are_hashed_alike_whatever_the_cache_holds(monkeypatch):
    sets = [s.words for s in chain.from_iterable(analyse(t) for t in STORIES)]
    sets += [s.numbers for s in chain.from_iterable(analyse(t) for t in STORIES)] + [frozenset()]
    expected = [sorted(key_hash(w) for w in s) for s in sets]

    def check():
        sizes, items = _hashed(sets)
        assert sizes.tolist() == [len(s) for s in sets]
        assert [part.tolist() for part in np.split(items, np.cumsum(sizes)[:-1])] == expected

    monkeypatch.setattr(digests, "_HASHED", {})
    check()  # nothing known
    known = digests._HASHED
    for word in list(known)[::2]:  # half known
        del known[word]
    check()
    check()  # all known
    monkeypatch.setattr(digests, "_HASHED_MAX", 3)  # full: cleared, and all hashed again
    check()
