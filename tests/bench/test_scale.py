"""bench/scale.py: its corpus past the end of the source, and one measured build, step by step."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench" / "scale.py"
STORIES = [
    {"id": "r-1", "title": "NISSAN TO BUY 20 PCT OF FUJI", "published": "1987-03-02T10:00:00", "source": "Reuters",
     "text": "TOKYO, March 2 - Nissan Motor Co said it agreed to buy a 20 pct stake in Fuji Heavy Industries "
             "for 12.5 billion yen.\nThe deal, agreed in 1987, is expected to close in June."},
    {"id": "r-2", "title": "RENAULT IN TALKS WITH VOLVO", "published": "1987-04-10T09:00:00", "source": "Reuters",
     "text": "PARIS, April 10 - Renault said it was in talks with Volvo about a joint venture to build trucks.\n"
             "Renault shares rose 3.5 pct to 420 francs."},
    {"id": "r-3", "title": "TEXACO SELLS UNIT", "published": "1987-05-20T12:00:00", "source": "Reuters",
     "text": "NEW YORK, May 20 - Texaco Inc said it sold its Canadian unit to Imperial Oil Ltd for 4.1 billion "
             "dlrs.\nThe sale was approved by regulators on May 19."},
]


@pytest.fixture(scope="module")
def scale():
    spec = importlib.util.spec_from_file_location("bench_scale", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STORIES))
    return path


def test_corpus_past_the_source_is_new_documents(scale, source, tmp_path):
    rows = [json.loads(line) for line in scale.write_corpus(source, 8, tmp_path / "c.jsonl").read_text().splitlines()]
    assert len(rows) == 8
    assert len({r["id"] for r in rows}) == 8
    assert rows[:3] == STORIES
    again = rows[3]  # r-1, second round
    assert again["id"] == "r-1-r1"
    assert again["published"].startswith("1988-03-02")
    assert "1988" in again["text"] and again["text"] != STORIES[0]["text"]
    assert again["text"].split("\n")[0].startswith("The deal")  # paragraphs rotated


def test_one_build_is_measured_step_by_step(scale, source, tmp_path):
    corpus = scale.write_corpus(source, 6, tmp_path / "c.jsonl")
    run = scale.measured_build(corpus, str(tmp_path / "k.db"), "local", 1, tmp_path)
    assert run["counts"]["ingest"]["documents"] == 6
    steps = scale.per_step(run, 6)
    assert list(steps) == [*scale.STEPS, "total"]
    for name, step in steps.items():
        assert step["wall_s"] > 0 and step["docs_per_s"] > 0, name
        assert step["driver_cpu_s"] >= 0, name
    assert 0 < steps["dedup"]["writer_wait_s"] <= steps["dedup"]["wall_s"]  # dedup signs on the executor too
    # One local worker maps in the writer's own process: the extraction is all "waiting".
    assert 0 < steps["extract"]["writer_wait_s"] <= steps["extract"]["wall_s"]
    assert steps["total"]["peak_mb"] > 0
    assert run["driver_peak_mb"] > 0
