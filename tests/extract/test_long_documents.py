"""One giant document cannot hold up a build.

A document's cost must grow with its length, never faster: text with no sentence end is read in
passages of ``max_sentence_chars`` (extraction pairs every company of a sentence with every other),
and a clean text past ``max_document_chars`` is cut at cleaning, the cut recorded in the
document's cleaning log. A 30 KB line with no full stop once took extraction 217 s; a 19 MB one
never finished.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from keiretsu.dedup.text import passages, split_sentences
from keiretsu.extract.rules import RuleExtractor
from keiretsu.settings import Settings

WORDS = ("Nissan Renault Honda Motor Co Toyota Ford Inc Geely said it agreed to buy a stake in the "
         "partnership with talks on acquire merger joint venture supply contract pct of shares "
         "for dlrs mln billion which would create company group unit deal offer bid").split()


def soup(chars: int, seed: int = 7) -> str:
    """News words in random order on one line, without one full stop: every passage holds
    triggers and names, so every one is parsed (the worst case for extraction)."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < chars:
        words.append(rng.choice(WORDS))
        size += len(words[-1]) + 1
    return " ".join(words)[:chars]


def test_a_sentence_with_no_end_is_cut_into_passages_at_spaces():
    text = "Nissan agreed. " + soup(5000) + " Renault agreed."
    pieces = passages(split_sentences(text), 1000)
    assert len(pieces) >= 7 and all(p.end - p.start <= 1000 for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert " ".join(p.text for p in pieces).split() == text.split()  # no word lost or split
    assert pieces[0].text == "Nissan agreed." and pieces[-1].text.endswith("Renault agreed.")


def test_sentence_splitting_is_linear_in_abbreviations():
    """Each "Inc." that ends no sentence once sent the splitter back to the sentence's start."""
    text = "Acme Inc. buys Beta Co. and " * 2000  # 56,000 characters, not one sentence end
    started = time.perf_counter()
    assert len(split_sentences(text)) == 1
    assert time.perf_counter() - started < 1.0


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_extraction_reads_a_line_with_no_full_stop_in_linear_time(rules: RuleExtractor):
    text = soup(20_000)
    started = time.perf_counter()
    [ex] = rules.extract([(1, text)])
    assert time.perf_counter() - started < 30  # ~2 s; in one 20,000-character sentence, minutes
    assert ex.parsed >= 20 and ex.mentions
    limit = Settings().max_sentence_chars
    assert all(m.end - m.start <= limit for m in ex.mentions)


def test_a_giant_document_is_cut_recorded_and_built(tmp_path: Path):
    """3 MB on one line, no full stop. The limit is lowered so that CI reads little of it; at the
    default (300,000 characters) a 20 MB one builds in under 30 s (README)."""
    news = tmp_path / "giant.txt"
    news.write_text(soup(3_000_000), encoding="utf-8")
    db = tmp_path / "k.db"
    env = {**os.environ, "KEIRETSU_MAX_DOCUMENT_CHARS": "30000"}
    started = time.perf_counter()
    build = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "-q", "--json", str(news)],
                           capture_output=True, text=True, timeout=120, env=env)
    assert build.returncode == 0, build.stdout + build.stderr
    assert time.perf_counter() - started < 60
    assert json.loads(build.stdout)["extract"]["mentions"] > 0
    doc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "doc", "1", "--json"],
                         capture_output=True, text=True, timeout=60, env=env)
    record = json.loads(doc.stdout)
    cut = record["cleaning"]["cut"]
    assert "max_document_chars (30,000 characters)" in cut["reason"] and "KEIRETSU_MAX_DOCUMENT_CHARS" in cut["reason"]
    assert record["chars"] == cut["kept_chars"] <= 30_000 and cut["dropped_chars"] > 2_900_000
    assert len(record["raw_text"]) == 3_000_000  # the raw text is kept whole
