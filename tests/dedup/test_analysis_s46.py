"""The map step's sentence analysis, read faster (issue 16), gives what the plain functions give."""

from __future__ import annotations

import numpy as np
import pytest

from keiretsu.dedup import digests, text
from keiretsu.dedup.paraphrase import DATELINE, _numbers, analyse, key_hash, scale
from keiretsu.dedup.text import _content_words, content_words


def plain_numbers(sentence: str) -> frozenset[str]:
    said = DATELINE.sub("", sentence)
    return frozenset(scale({w for w in content_words(said) if w[0].isdigit()}, said))


@pytest.mark.parametrize("sentence, figures", [
    # the place's number word and the dateline's day are no figures of the story
    ("TWO RIVERS, Wis., March 3 - Acme said profit rose four pct.", {"4"}),
    # a day run into a figure: only what follows the dateline counts
    ("NEW YORK, March 2-5 pct of its shares went for two mln dlrs", {"5", "2"}),
    ("LONDON, March 4 - Profit was 1.3 mln stg against 900,000", {"1300000", "900000"}),
    # "%" before letters makes one token: no number word
    ("PARIS, May 1 - The %ten issue", set()),
    ("Profit rose 12.5%, to 3 billion francs from 2,100 mln", {"12.5", "3000000000", "2100000000"}),
    ("İstanbul, May 5 - Koç sold 7 mln shares", {"7000000"}),
])
def test_a_sentences_figures_are_those_of_its_content_words_past_the_dateline(sentence, figures):
    assert _numbers(sentence, content_words(sentence)) == plain_numbers(sentence) == figures
    (info,) = analyse(sentence)
    assert info.numbers == figures


def test_content_words_of_runs_of_several_words_are_those_of_the_tokens(monkeypatch):
    monkeypatch.setattr(text, "_RUNS_MAX", 4)  # the caches cleared as they fill
    sentences = ["Its mid-1987 U.S.-based unit, the 10-for-1 split", "The unit rose 5.5 pct, mid-1987",
                 "U.S.-based Acme Corp said its mid-1987 split was 10-for-1"]
    for _ in range(3):  # first seen, then looked up
        for sentence in sentences:
            assert content_words(sentence) == _content_words(sentence.lower())
    assert content_words(sentences[0]) == {"1", "10", "1987", "base", "mid", "split", "unit"}


def test_a_digests_sets_hold_the_sorted_hashes_of_their_items(monkeypatch):
    monkeypatch.setattr(digests, "_HASHED_MAX", 3)
    sets = [frozenset({"acme", "rose", "5"}), frozenset(), frozenset({"acme"}), frozenset({"unit", "mid", "1987", "b"})]
    for _ in range(2):
        sizes, items = digests._hashed(sets)
        assert sizes.tolist() == [3, 0, 1, 4]
        expected = [h for s in sets for h in sorted(key_hash(w) for w in s)]
        assert np.array_equal(items, np.array(expected, dtype=np.int64))
