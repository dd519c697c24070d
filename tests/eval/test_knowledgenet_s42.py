"""The KnowledgeNet role scorer's options of session 42 (``eval/roles/knowledgenet.py``): founders read as
roles, a fixed split of folds 1-3 by document, and a surname alone matching itself. The rows are written for
these tests, in the corpus's format; the people and companies are invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from keiretsu.extract.training import knowledgenet_half

SCORER = Path(__file__).resolve().parents[2] / "eval" / "roles" / "knowledgenet.py"


@pytest.fixture(scope="module")
def kn():
    spec = importlib.util.spec_from_file_location("kn_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def test_a_founder_is_a_role_only_with_founders(kn):
    text = "Corlan Metals was founded by Dana Whitlock."
    row = {"text": text, "facts": [{"property": "FOUNDED_BY", "subject": _span(text, "Corlan Metals"),
                                    "object": _span(text, "Dana Whitlock")}],
           "properties_annotated_no_fact": ["EMPLOYEE_OR_MEMBER_OF"]}
    assert kn.gold_roles(row)[0] == []
    gold, unnamed, exhaustive = kn.gold_roles(kn.with_founders(row))
    assert gold == [("Dana Whitlock", ["Corlan Metals"])]
    assert exhaustive == {"CEO", "EMPLOYEE_OR_MEMBER_OF"}


def test_halves_are_fixed_by_the_document():
    halves = {knowledgenet_half(1, str(n)) for n in range(40)}
    assert halves == {"T", "H"}
    assert all(knowledgenet_half(1, str(n)) == knowledgenet_half(3, str(n)) for n in range(40))
    assert knowledgenet_half(4, "7") == "4"  # fold 4 is held out whole


@pytest.mark.parametrize("found, gold, same", [
    ("Otley", "Otley", True),
    ("Otley", "Tom Otley", False),
    ("T. Otley", "Tom Otley", True),
    ("Tim Otley", "Tom Otley", False),
])
def test_same_person(kn, found, gold, same):
    assert kn.same_person(found, gold) is same
