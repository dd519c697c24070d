"""Extraction speed: keiretsu's whole extraction beside a bare spaCy pass, in one run.

    .venv/bin/python bench/extract.py [--docs 600] [--corpus ../shared/corpora/bbc-news/bbc-text.csv]

The text: the first ``--docs`` BBC articles (~2,200 characters, lower-cased), or Reuters-21578
stories with ``--corpus ...reuters-21578.jsonl``. Measured on the same text:

* spaCy, full ``en_core_web_sm`` pipeline, ``nlp.pipe`` on one process (the peer: what a
  plain "run the model over everything" extractor costs before any rule runs);
* spaCy with only tok2vec and ner (the cheapest NER pass);
* keiretsu ``RuleExtractor`` (cheap first pass, then the full pipeline on candidate
  sentences only, entities, relations, statuses) on one process with the shipped relation
  classifier (the default) and with the rules alone, and on two worker processes as
  ``keiretsu extract`` runs it.

Printed: documents and sentences per second of each, the ratios, and peak memory (this process,
and the largest worker).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "bbc-news" / "bbc-text.csv"


def load(path: Path, n: int) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as f:
            return [row["text"] for _, row in zip(range(n), csv.DictReader(f))]
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("split") == "train" and len(row["text"]) > 500:
                texts.append(row["text"])
            if len(texts) >= n:
                break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus}: no such file (give --corpus)")
    import spacy

    from keiretsu import make_extractor
    from keiretsu.dedup.text import split_sentences
    from keiretsu.executor import LocalExecutor, shards_of
    from keiretsu.extract.relations import RelationFinder
    from keiretsu.extract.rules import MODEL, RuleExtractor
    from keiretsu.extract.step import Read

    texts = load(args.corpus, args.docs)
    sentences = sum(len(split_sentences(t)) for t in texts)
    chars = sum(map(len, texts))
    print(f"{len(texts):,} documents, {sentences:,} sentences, {chars / len(texts):,.0f} characters each "
          f"on average, from {args.corpus}")
    results = {}

    nlp = spacy.load(MODEL)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    results["spaCy full pipeline, 1 process"] = time.perf_counter() - t0

    ner = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    t0 = time.perf_counter()
    for _ in ner.pipe(texts, batch_size=32):
        pass
    results["spaCy tok2vec + ner, 1 process"] = time.perf_counter() - t0

    rules = RuleExtractor(nlp)
    t0 = time.perf_counter()
    found = rules.extract(list(enumerate(texts)))
    results["keiretsu extraction, 1 process"] = time.perf_counter() - t0
    parsed = sum(ex.parsed for ex in found)
    mentions = sum(len(ex.mentions) for ex in found)

    alone = RuleExtractor(nlp, relations=RelationFinder(None))
    t0 = time.perf_counter()
    alone_mentions = sum(len(ex.mentions) for ex in alone.extract(list(enumerate(texts))))
    results["  rules alone, no classifier"] = time.perf_counter() - t0

    docs = list(enumerate(texts))
    spec = Read(make_extractor("rules"))
    with LocalExecutor(2) as executor:
        list(executor.map(spec, shards_of(docs[:4], 2)))  # start the workers, each loading the model, before timing
        t0 = time.perf_counter()
        list(executor.map(spec, shards_of(docs, 25)))
        results["keiretsu extraction, 2 processes"] = time.perf_counter() - t0

    print(f"keiretsu parsed {parsed:,} of {sentences:,} sentences ({parsed / sentences:.0%}) and found "
          f"{mentions:,} relationship mentions ({alone_mentions:,} with the rules alone)\n")
    base = results["spaCy full pipeline, 1 process"]
    print(f"{'':<36}{'docs/s':>9}{'sentences/s':>13}{'vs full spaCy':>15}")
    for name, seconds in results.items():
        print(f"{name:<36}{len(texts) / seconds:>9.1f}{sentences / seconds:>13,.0f}{base / seconds:>14.1f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\npeak memory: this process {own:,.0f} MB (both spaCy pipelines and two extractors loaded), "
          f"largest worker {worker:,.0f} MB")
    print("target: >= 20 documents/second per core for the whole extraction, the classifier on")


if __name__ == "__main__":
    main()
