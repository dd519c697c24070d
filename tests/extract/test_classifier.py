"""The relation classifier: candidates and features, training, the shipped model; wire-copy clean-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiretsu.extract.classifier import RelationModel, fit
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..cli.test_cli import keiretsu

GOLD = [
    {"id": "g1", "text": "Acme Corp said it agreed to buy Widget Co for 10 mln dlrs.",
     "companies": ["Acme", "Widget"], "relations": [["Acme", "Widget", "acquisition", "agreed", {}]]},
    {"id": "g2", "text": "Widget Co and Acme Corp compete in the gadget market, analysts said.",
     "companies": ["Acme", "Widget"], "relations": []},
    {"id": "g3", "text": "Borealis Inc has taken a 20 pct stake in Tundra Ltd.",
     "companies": ["Borealis", "Tundra"], "relations": [["Borealis", "Tundra", "stake", "active", {"percent": 20}]]},
    {"id": "g4", "text": "Tundra Ltd said Borealis Inc holds no stake in it.",
     "companies": ["Borealis", "Tundra"], "relations": []},
]


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_the_shipped_model_is_trained_on_labelled_training_data_only():
    model = RelationModel.default()
    assert model is not None and model.weights
    assert "test.jsonl" not in model.about["trained_on"]
    assert 0 < model.threshold < 1 and model.about["cross_validated"]["f1"] > 0


def test_candidates_cover_every_pair_and_carry_what_the_rules_said():
    seen = []
    extractor = RuleExtractor(relations=RelationFinder(None, on_candidates=seen.extend))
    extractor.extract([(1, "Sony invested $1 billion in Epic Games, while Tencent owns 40 percent of it.")])
    by_key = {c.key: c for c in seen}
    sony = by_key[("investment", "Sony", "Epic Games")]
    assert sony.rule is not None and "rule:investment" in sony.features
    # the reversed pair is a candidate too, told that the rules read it the other way
    assert "rule_reverse:investment" in by_key[("investment", "Epic Games", "Sony")].features


def test_fit_learns_a_feature_that_separates_the_classes():
    examples = [(["type:x", "good"], True)] * 20 + [(["type:x", "bad"], False)] * 20
    weights, bias = fit(examples, l2=0.1)
    model = RelationModel(weights, bias, 0.5)
    assert model.probability(["type:x", "good"]) > 0.9 > 0.1 > model.probability(["type:x", "bad"])


def test_a_model_trained_from_the_cli_is_used_by_eval(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD * 3), encoding="utf-8")
    model = tmp_path / "model.json"
    trained = keiretsu("train", "relations", "--gold", str(gold), "--out", str(model), "--folds", "3",
                       db=tmp_path / "k.db")
    assert "cross-validation on 12 sentences" in trained.stdout and model.is_file()
    loaded = RelationModel.load(model)
    assert loaded.about["trained_on"] == ["gold.jsonl"] and loaded.weights
    scored = keiretsu("eval", "extract", "--gold", str(gold), "--relation-model", str(model), "--json",
                      db=tmp_path / "k.db")
    assert json.loads(scored.stdout)["relations"]["tp"] > 0
    rules_only = keiretsu("eval", "extract", "--gold", str(gold), "--relation-model", "none", "--json",
                          db=tmp_path / "k.db")
    assert json.loads(rules_only.stdout)["sentences"] == 12


def test_a_broken_model_file_is_one_clear_error(tmp_path: Path):
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0]) + "\n", encoding="utf-8")
    proc = keiretsu("eval", "extract", "--gold", str(gold), "--relation-model", str(bad), db=tmp_path / "k.db",
                    check=None)
    assert proc.returncode != 0 and "model.json" in proc.stderr and "not a relation model file" in proc.stderr


def test_wire_datelines_and_tickers_are_no_companies(rules):
    text = ("CLEVELAND, March 18 - Cross and Trecker Corp <CTCO> said it agreed to buy <Vogt and Conant Co> "
            "for 12 mln dlrs.")
    [ex] = rules.extract([(1, text)])
    names = {e.name for e in ex.entities}
    assert names == {"Cross and Trecker", "Vogt and Conant"}
    [m] = [m for m in ex.mentions if m.type.value == "acquisition"]
    assert (m.source, m.target, m.status.value) == ("Cross and Trecker", "Vogt and Conant", "agreed")
    assert ex.entities[0].start == text.index("Cross")  # spans still point into the text as written


def test_places_are_no_companies_but_companies_the_model_calls_places_are(rules):
    [ex] = rules.extract([(1, "Sumitomo Mitsui raised its stake in Jefferies to 15 percent, "
                              "its bankers in Tokyo said.")])
    names = {e.name for e in ex.entities}
    assert "Jefferies" in names and "Tokyo" not in names
    assert any(m.key == ("stake", "Sumitomo Mitsui", "Jefferies") for m in ex.mentions)


def test_a_news_outlet_citing_itself_is_no_party(rules):
    [ex] = rules.extract([(1, "Peugeot maker PSA and Fiat Chrysler are in talks about a merger, "
                              "the Wall Street Journal reported.")])
    assert {m.key for m in ex.mentions} == {("merger", "Fiat Chrysler", "PSA")}
