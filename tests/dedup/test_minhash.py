"""Shingles, signatures and LSH as array operations."""

from __future__ import annotations

import re

import numpy as np

from keiretsu.dedup.minhash import EMPTY, MinHasher, band_keys, candidate_pairs, similarity, verified_pairs

TEXT = (
    "Nissan and Renault are nearing a comprehensive reform of their global automaking alliance, with top "
    "executives meeting to reset the two-decade-old cooperation and define a route for an uncertain electric "
    "future. Renault wants Nissan to invest in its new electric-vehicle business, while Nissan wants Renault, "
    "its largest shareholder, to divest a portion of its 43 percent ownership."
)


def exact_jaccard(a: str, b: str, k: int = 5) -> float:
    def grams(t):
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}

    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


def test_words_are_case_and_punctuation_insensitive():
    hasher = MinHasher()
    a, b = hasher.signatures([
        "Nissan and Honda, Renault's partner, talk about electric cars in Tokyo.",
        "NISSAN and honda -- renault s partner talk about ELECTRIC cars in tokyo",
    ])
    assert (a == b).all()
    accented = hasher.signatures(["Citroën and Peugeot agreed a deal on Monday", "citroën and peugeot agreed a deal on monday"])
    assert (accented[0] == accented[1]).all()
    assert not (hasher.signatures(["Citroen and Peugeot agreed a deal on Monday"])[0] == accented[0]).all()


def test_texts_shorter_than_a_shingle_have_no_signature():
    sig = MinHasher().signatures(["one two three four five", "one two three four", "", "... --- !!!"])
    assert (sig[0] != EMPTY).any()
    assert all((sig[i] == EMPTY).all() for i in (1, 2, 3))


def test_signatures_estimate_jaccard():
    hasher = MinHasher()
    half = TEXT[: len(TEXT) // 2]
    edited = TEXT.replace("comprehensive", "major").replace("43 percent", "43%")
    sig = hasher.signatures([TEXT, TEXT, half, edited, "Short text.", ""])
    assert (sig[0] == sig[1]).all()
    for i, other in ((2, half), (3, edited)):
        assert abs(similarity(sig[0], sig[i]) - exact_jaccard(TEXT, other)) < 0.12
    assert (sig[4] == EMPTY).all() and (sig[5] == EMPTY).all()
    assert similarity(sig[0], sig[4]) == 0.0


def test_signatures_do_not_depend_on_batching():
    texts = [TEXT + f" Paragraph {i}." for i in range(40)]
    a = MinHasher().signatures(texts)
    b = np.concatenate([MinHasher().signatures(texts[:13]), MinHasher().signatures(texts[13:])])
    assert (a == b).all()


def test_lsh_finds_copies_and_only_copies(samples):
    base = (samples / "nissan-honda-ev-talks.txt").read_text()
    other = (samples / "renault-nissan-alliance-reform.txt").read_text()
    texts = [base, other, "Advertisement. " + base + " Subscribe now.", base[: len(base) * 3 // 4], "tiny"]
    sig = MinHasher().signatures(texts)
    cands = candidate_pairs(band_keys(sig, 32), sig[:, 0] != EMPTY)
    pairs, sims = verified_pairs(sig, cands, 0.5)
    assert sorted(map(tuple, pairs.tolist())) == [(0, 2), (0, 3), (2, 3)]
    assert (sims >= 0.5).all()


def test_exact_jaccard_matches_python_sets():
    half = TEXT[: len(TEXT) // 2]
    edited = TEXT.replace("comprehensive", "major").replace("43 percent", "43%")
    repeated = TEXT + " " + TEXT  # repeated shingles count once in a set
    texts = [TEXT, half, edited, repeated, "too short"]
    pairs = np.array([[0, 1], [0, 2], [1, 2], [0, 3], [0, 4]])
    got = MinHasher().jaccard(texts, pairs)
    want = [exact_jaccard(texts[a], texts[b]) for a, b in pairs[:4]]
    assert np.allclose(got[:4], want, atol=1e-3)  # 64-bit shingle hashes: collisions are negligible
    assert got[4] == 0.0


def test_estimates_close_to_the_threshold_are_made_exact():
    edited = TEXT.replace("comprehensive", "major").replace("43 percent", "43%")
    texts = [TEXT, edited]
    hasher = MinHasher()
    sig = hasher.signatures(texts)
    truth = exact_jaccard(*texts)
    estimate = similarity(sig[0], sig[1])
    pairs = np.array([[0, 1]])
    # A threshold between the estimate and the truth: the estimate alone decides wrongly.
    threshold = (truth + estimate) / 2 if abs(truth - estimate) > 1e-3 else truth
    kept, sims = verified_pairs(sig, pairs, threshold, exact=lambda p: hasher.jaccard(texts, p))
    assert len(kept) == (1 if truth >= threshold else 0)
    if len(kept):
        assert abs(sims[0] - truth) < 1e-3
