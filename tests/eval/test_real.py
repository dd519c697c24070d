"""Scoring a built store against hand-labelled real sets: story pairs, histories, company names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from keiretsu.eval.real import score_aliases, score_histories, score_pairs
from keiretsu.store import open_store

STORY = ("TOKYO, March 13 - Nissan Motor Co Ltd said it was in talks with Honda Motor Co about a partnership on "
         "electric vehicles, including joint procurement and a shared platform. The two carmakers said a decision "
         "would come within months.")
OTHER = "LONDON, March 14 - The Bank of England said it gave the money market 120 mln stg of help this morning."


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    rows = [{"id": "a", "published": "2024-03-13", "text": STORY},
            {"id": "b", "published": "2024-03-13", "text": STORY + "\nThis article was republished from Example Wire."},
            {"id": "c", "published": "2024-03-14", "text": OTHER}]
    (folder / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "k.db"
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "-q", str(folder)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return db


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pairs_count_a_copy_joined_and_a_different_story_kept_apart(built, tmp_path):
    gold = _write(tmp_path / "pairs.jsonl", [{"pair": "a|b", "same": True, "level": "near"},
                                             {"pair": "a|c", "same": False, "level": None},
                                             {"pair": "a|zz", "same": True, "level": "near"}])
    store = open_store(built)
    try:
        report = score_pairs(store, gold)
    finally:
        store.close()
    assert report.missing == 1
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)


def test_histories_compare_current_status_and_steps(built, tmp_path):
    gold = _write(tmp_path / "histories.jsonl", [
        {"relationship": "Honda|alliance|Nissan", "real": True, "current": "in_talks",
         "history": [{"status": "in_talks", "valid_from": None, "reported": "2024-03-13", "story": "a"}]},
        {"relationship": "Honda|acquisition|Nissan", "real": True, "current": "proposed", "history": []},
        {"relationship": "Bank of England|alliance|Nissan", "real": False, "current": None, "history": []}])
    store = open_store(built)
    try:
        report = score_histories(store, gold)
    finally:
        store.close()
    assert (report.relationships, report.found) == (2, 1)
    assert report.current_accuracy == 1.0
    assert (report.steps_total, report.steps_matched) == (1, 1)


def test_histories_list_each_relationship_missed_or_told_otherwise(built, tmp_path):
    gold = _write(tmp_path / "histories.jsonl", [
        {"relationship": "Honda|alliance|Nissan", "real": True, "current": "in_talks",
         "history": [{"status": "in_talks", "valid_from": None, "reported": "2024-03-13", "story": "a"}]},
        {"relationship": "Honda|alliance|Nissan", "real": True, "current": "agreed",
         "history": [{"status": "in_talks", "valid_from": None, "reported": "2024-03-13", "story": "a"},
                     {"status": "agreed", "valid_from": None, "reported": "2024-03-14", "story": "c"}]},
        {"relationship": "Honda|acquisition|Nissan", "real": True, "current": "proposed",
         "history": [{"status": "proposed", "valid_from": None, "reported": "2024-03-13", "story": "a"}]},
        {"relationship": "Bank of England|alliance|Nissan", "real": False, "current": None, "history": []}])
    store = open_store(built)
    try:
        report = score_histories(store, gold)
    finally:
        store.close()
    # the first label is matched and the relationship that is not real is not scored: neither is listed
    assert report.errors == [
        {"relationship": "Honda|alliance|Nissan", "found": True, "current": ["agreed", "in_talks"],
         "steps": [["in_talks", "agreed"], ["in_talks"]]},
        {"relationship": "Honda|acquisition|Nissan", "found": False, "current": ["proposed", None],
         "steps": [["proposed"], []]}]
    assert "errors" not in report.as_dict()  # the scores alone unless asked
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(built), "eval", "histories", "--gold",
                           str(gold), "--errors", "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["errors"] == report.errors


def test_aliases_score_merges_and_names_that_are_no_company(built, tmp_path):
    gold = _write(tmp_path / "names.jsonl", [
        {"block": 1, "groups": [["Nissan Motor Co Ltd"], ["Honda Motor Co"]], "not_companies": ["Bank of England"]}])
    store = open_store(built)
    try:
        report = score_aliases(store, gold)
    finally:
        store.close()
    assert report.names == 2 and report.unseen == 0
    assert (report.merges.tp, report.merges.fp) == (0, 0)


def test_history_steps_are_changes_of_status_not_of_a_figure():
    from keiretsu.eval.real import _lcs, _steps

    # a stake cut from 17.8 to 12.6 pct is a second entry with the same status: one step
    mine = _steps(["active", "active", "ended"])
    assert mine == ["active", "ended"]
    assert _lcs(_steps(["active", "ended"]), mine) == 2
    assert _steps(["proposed", "agreed", "proposed"]) == ["proposed", "agreed", "proposed"]
