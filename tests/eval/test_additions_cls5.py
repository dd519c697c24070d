"""The additions report (``eval/extract/additions.py``, CLS5): the model's choice with a threshold to add per type
(the shipped veto for the rules' unsure ties, nothing added to a pair the rules are sure of), and held-out splits
refused. The names are invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from keiretsu.extract.classifier import Candidate
from keiretsu.models import RelationType as R

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "extract" / "additions.py"


@pytest.fixture(scope="module")
def additions():
    spec = importlib.util.spec_from_file_location("additions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cand(rtype: R, source: str, target: str, rule: float | None = None) -> Candidate:
    return Candidate(rtype, source, target, None, None, None,
                     None if rule is None else SimpleNamespace(confidence=rule), [])


def test_a_threshold_per_type_adds_only_that_type(additions):
    stake, deal = _cand(R.STAKE, "Brontela", "Zolter"), _cand(R.ACQUISITION, "Marvex", "Kestrova")
    kept = additions.choose([(stake, 0.45), (deal, 0.9)], {"stake": 0.4})
    assert kept == [stake]


def test_nothing_is_added_to_a_pair_the_rules_are_sure_of(additions):
    ruled = _cand(R.DIVESTMENT, "Brontela", "Zolter", rule=0.8)
    second = _cand(R.STAKE, "Brontela", "Zolter")
    assert additions.choose([(ruled, 0.1), (second, 0.99)], {"stake": 0.3}) == [ruled]


def test_the_rules_unsure_ties_meet_the_shipped_veto(additions):
    weak = _cand(R.ACQUISITION, "Marvex", "Kestrova", rule=0.5)
    assert additions.choose([(weak, 0.49)], {}) == []
    assert additions.choose([(weak, 0.51)], {}) == [weak]


@pytest.mark.parametrize("path", ["eval/docs/dev.jsonl", "eval/docs/test.jsonl", "eval/docs/dev3.jsonl",
                                  "eval/docs/dev4.jsonl"])
def test_held_out_splits_are_refused_unread(additions, path):
    with pytest.raises(SystemExit):
        additions._documents(Path(path), None)
