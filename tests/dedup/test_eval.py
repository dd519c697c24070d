"""Accuracy on the generated labelled corpus (a small one, to keep the suite quick)."""

from __future__ import annotations

from keiretsu.eval.dedup import evaluate
from keiretsu.eval.dedup_corpus import generate, gold_pairs, load_bbc


def test_generator_plants_every_level(shared):
    records = generate(load_bbc(shared / "corpora/bbc-news/bbc-text.csv"), 40, 60, seed=3)
    levels = {r["level"].split(":")[0] for r in records}
    assert levels == {"original", "exact", "near", "paraphrase"}
    gold = gold_pairs(records)
    assert gold["exact"] <= gold["near"] <= gold["paraphrase"]
    assert records == generate(load_bbc(shared / "corpora/bbc-news/bbc-text.csv"), 40, 60, seed=3)


def test_accuracy_targets_on_a_small_labelled_corpus(shared, tmp_path):
    records = generate(load_bbc(shared / "corpora/bbc-news/bbc-text.csv"), 60, 120, seed=5)
    result = evaluate(records, workdir=tmp_path)
    scores = {s.level: s for s in result.levels}
    assert scores["exact"].f1 >= 0.97
    assert scores["near"].f1 >= 0.95
    assert scores["paraphrase"].f1 >= 0.85
    assert result.false_merge_rate <= 0.01
