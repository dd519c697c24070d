"""The FIRE scorer (``eval/fire/score.py``, session 39): FIRE's 2023 annotation read by ``read_fire`` and turned
into ``eval docs`` gold; mentions of one company merged, a span's aliases kept, unnamed business units ("its
retail stores") left out with their ties, a person's honorific no part of the key, and a fixed split by the
sentence's hash. The instances are written for these tests, in FIRE's format; the companies are invented."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from keiretsu.eval.docs import Found, score_documents

SCORER = Path(__file__).resolve().parents[2] / "eval" / "fire" / "score.py"


@pytest.fixture(scope="module")
def fire():
    spec = importlib.util.spec_from_file_location("fire_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _instance(text: str, entities: list[tuple[str, str]], relations: list[tuple[int, int, str]]) -> dict:
    tokens = text.split()
    ents, k = [], 0
    for kind, span in entities:
        words = span.split()
        k = next(n for n in range(k, len(tokens)) if tokens[n : n + len(words)] == words)
        ents.append({"id": len(ents), "text": span, "type": kind, "start": k, "end": k + len(words)})
    return {"tokens": tokens, "entities": ents, "orig_id": 1,
            "relations": [{"head": h, "tail": t, "type": r} for h, t, r in relations]}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = [
        _instance("Brontela Holdings , Inc. ( Brontela ) acquired Zolter Corp from Marvex in 2010 and closed "
                  "its retail stores .",
                  [("Company", "Brontela Holdings , Inc. ( Brontela )"), ("Company", "Zolter Corp"),
                   ("Company", "Marvex"), ("BusinessUnit", "retail stores")],
                  [(0, 1, "ActionBuy"), (2, 1, "ActionSell"), (0, 3, "ActionSell")]),
        _instance("Mr. Dana Whitlock joined Kestrova in 2004 ; Kestrova is a wholly - owned subsidiary of Dorvane .",
                  [("Person", "Mr. Dana Whitlock"), ("Company", "Kestrova"), ("Company", "Kestrova"),
                   ("Company", "Dorvane")],
                  [(0, 1, "Employeeof"), (2, 3, "Subsidiaryof")]),
    ]
    path = tmp_path / "fire_train_recovered.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_gold_maps_fire_to_the_schema(fire, corpus):
    first, second = fire.load("all", corpus)
    assert first.text.startswith("Brontela Holdings, Inc. (Brontela) acquired Zolter Corp")
    names = {c.name for c in first.companies}
    assert names == {"Brontela Holdings, Inc. (Brontela)", "Zolter Corp", "Marvex"}  # no "retail stores"
    brontela = next(c for c in first.companies if c.name.startswith("Brontela"))
    assert "brontela" in brontela.keys and len(brontela.keys) >= 2  # the name before the brackets and the alias
    assert set(first.relations) == {("acquisition", "Brontela Holdings, Inc. (Brontela)", "Zolter Corp"),
                                    ("divestment", "Marvex", "Zolter Corp")}
    # two mentions of Kestrova are one company; "wholly - owned" is written as text writes it
    assert "wholly-owned" in second.text
    assert len(second.companies) == 2
    (person,) = second.people
    assert {"mr dana whitlock", "dana whitlock"} <= person.keys
    assert set(second.relations) == {("role", person.name, "Kestrova"), ("stake", "Dorvane", "Kestrova")}


def test_scoring_counts_pairs_type_and_direction(fire, corpus):
    gold = fire.load("all", corpus)
    found = [
        # right acquisition, the divestment reversed, an alliance FIRE never labels, a company too many
        fire.judged(Found(["Brontela Holdings", "Zolter", "Marvex", "Acme"], [],
                          [("acquisition", "Brontela Holdings", "Zolter", "active"),
                           ("divestment", "Zolter", "Marvex", "active"),
                           ("alliance", "Brontela Holdings", "Acme", "active")]), fire.FIRE_TYPES)[0],
        Found(["Kestrova", "Dorvane"], ["Dana Whitlock"],  # the name without its honorific is the person
              [("role", "Dana Whitlock", "Kestrova", "active"), ("stake", "Dorvane", "Kestrova", "active")]),
    ]
    report = score_documents(gold, found)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (3, 1, 1)
    assert (report.companies.tp, report.companies.fp, report.companies.fn) == (5, 1, 0)
    assert report.people.tp == 1 and report.people.fp == 0
    assert set(report.by_type) == {"acquisition", "divestment", "role", "stake"}


def test_halves_are_fixed_by_the_sentence(fire):
    texts = [f"Sentence number {n} about Kestrova." for n in range(200)]
    halves = [fire.half(t) for t in texts]
    assert halves == [fire.half(t) for t in texts]
    assert 60 < halves.count("A") < 140  # roughly even
    assert fire.half("Brontela bought Zolter.") == fire.half("Brontela bought Zolter.")


def test_errors_refused_on_half_b(fire):
    with pytest.raises(SystemExit):
        fire.main(["--half", "B", "--errors"])
