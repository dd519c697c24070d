"""The labelled documents are read as the clean step reads a page: furniture lines left out (COMP22)."""

from __future__ import annotations

import json

from keiretsu.eval.docs import evaluate_documents
from keiretsu.models import Extraction


class _Recorder:
    """An extractor that finds nothing and keeps the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def extract(self, docs):
        self.texts = [text for _, text, _ in docs]
        return [Extraction(doc_id=i) for i, _, _ in docs]


def test_the_extractor_reads_no_furniture_line(tmp_path):
    body = "Unilever said ice cream delivered strong growth helped by better weather than last year."
    doc = {"id": "f1", "corpus": "finer-ord", "title": "Unilever",
           "text": "Tip: Use comma (,) to separate multiple quotes.\n" + body + "\nQuotes are delayed at least 15 minutes.",
           "companies": [], "people": [], "relations": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    recorder = _Recorder()
    evaluate_documents(path, recorder)
    assert recorder.texts == [body]
