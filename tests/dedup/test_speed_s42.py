"""Candidate pairs are made unique as single numbers, in 32 bits where they fit: whichever way, the
pairs are those a plain sort of the ``(min, max)`` rows gives, once each and in the same order."""

from __future__ import annotations

import numpy as np
import pytest

from keiretsu.dedup.step import _unique_pairs


def _plain(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    rows = np.stack([np.minimum(x, y), np.maximum(x, y)], axis=1).astype(np.int64)
    return np.unique(rows, axis=0).reshape(-1, 2)


@pytest.mark.parametrize("top, span", [
    (60, 60),  # a first batch: every pair within it
    (20_000, 2_000),  # a batch past the first, with earlier documents: 32-bit codes
    (2_000_000, 2_000),  # ids too large for 32 bits with a batch's span: 64-bit codes
    (3_000_000_000, 2_000),  # too large for 64-bit codes either: by two keys
])
def test_unique_pairs_are_those_of_a_plain_sort(top, span):
    rng = np.random.default_rng(top)
    new = rng.integers(top - span + 1, top + 1, 50_000)  # each pair has one of the batch's documents
    other = np.where(rng.random(50_000) < 0.8, rng.integers(1, top + 1, 50_000), new[::-1])
    other = np.concatenate([other, other[:10_000]])  # pairs found in several buckets
    new = np.concatenate([new, new[:10_000]])
    for x, y in ((new, other), (other, new)):
        got = _unique_pairs(x.copy(), y.copy())
        want = _plain(x, y)
        assert got.dtype == np.int64 and got.shape == want.shape
        assert (got == want).all()


def test_unique_pairs_of_none_and_of_one():
    empty = np.empty(0, dtype=np.int64)
    assert _unique_pairs(empty, empty).shape == (0, 2)
    one = _unique_pairs(np.array([9, 4, 9], dtype=np.int64), np.array([4, 9, 4], dtype=np.int64))
    assert one.tolist() == [[4, 9]]
