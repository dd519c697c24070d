"""Roles the learned model may add, with a threshold of their own: a person and a company in a sentence
that names an office are far likelier tied than two companies the rules passed over."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from keiretsu.errors import InputError
from keiretsu.eval.extract import train_relations
from keiretsu.extract.classifier import Candidate, RelationModel
from keiretsu.extract.entities import Ent
from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.training import fire_half, knowledgenet_half, read_fire, read_knowledgenet
from keiretsu.models import EntityKind, Mention, RelationType, Status

ROLE, ACQ = RelationType.ROLE, RelationType.ACQUISITION


def _ents() -> dict[str, Ent]:
    return {"Ed Raimonde": Ent(EntityKind.PERSON, "Ed Raimonde", "Ed Raimonde", 0, 2),
            "Tom Brill": Ent(EntityKind.PERSON, "Tom Brill", "Tom Brill", 2, 4),
            "Douglas Metals": Ent(EntityKind.COMPANY, "Douglas Metals", "Douglas Metals", 4, 6),
            "Acme": Ent(EntityKind.COMPANY, "Acme", "Acme", 6, 7)}


def _role(person: str, firm: str, ents: dict[str, Ent], features: list[str], confidence: float | None = None):
    rule = None if confidence is None else Mention(ROLE, person, firm, Status.ACTIVE, "", 0, 0,
                                                   source_kind=EntityKind.PERSON, confidence=confidence)
    return Candidate(ROLE, person, firm, ents[person], ents[firm], 3, rule, features)


def test_a_role_the_rules_missed_is_added_at_the_role_threshold_and_a_deal_only_at_the_other():
    ents = _ents()
    cands = [_role("Ed Raimonde", "Douglas Metals", ents, ["office"]),  # scored 0.62: no rule gave it
             _role("Tom Brill", "Acme", ents, ["far"]),  # scored 0.38
             Candidate(ACQ, "Douglas Metals", "Acme", ents["Douglas Metals"], ents["Acme"], 5, None, ["office"])]
    weights = {"office": 0.5, "far": -0.5}
    kept = {c.key for c, _ in RelationModel(weights, 0.0, 1.0, veto=0.5, role_threshold=0.5).decide(cands)}
    assert kept == {("role", "Ed Raimonde", "Douglas Metals")}
    # a file with no role threshold adds roles as it adds everything else: at its one threshold to add
    assert not RelationModel(weights, 0.0, 1.0, veto=0.5).decide(cands)
    assert {c.key for c, _ in RelationModel(weights, 0.0, 0.35, veto=0.5).decide(cands)} == \
        {("role", "Ed Raimonde", "Douglas Metals"), ("role", "Tom Brill", "Acme"), ("acquisition", "Douglas Metals", "Acme")}


def test_the_role_threshold_is_written_and_read_back_and_an_older_file_has_none(tmp_path: Path):
    path = tmp_path / "m.json"
    path.write_text(RelationModel({"a": 1.0}, -0.5, 1.0, {}, 0.6, 0.5, 0.55).to_json(), encoding="utf-8")
    loaded = RelationModel.load(path)
    assert (loaded.threshold, loaded.veto, loaded.role_threshold) == (1.0, 0.5, 0.55)
    path.write_text(json.dumps({"weights": {"a": 1.0}, "bias": 0, "threshold": 1.0, "veto": 0.5}), encoding="utf-8")
    assert RelationModel.load(path).role_threshold is None


def _passages(n: int, right_every: int) -> tuple[list, list]:
    """KnowledgeNet-like passages, two of a document: the rules give the office told by "comma" ("X, chairman of
    Y"); one told by "parens" ("X (Chairman)") they miss, a true tie once in ``right_every`` passages."""
    ents = _ents()
    items, data = [], []
    for k in range(n):
        cands = [(_role("Tom Brill", "Acme", ents, ["type:role", "comma"], 0.5), ("role", 1, 3)),
                 (_role("Ed Raimonde", "Douglas Metals", ents, ["type:role", "parens"]), ("role", 0, 2))]
        gold = {("role", 1, 3)} | ({("role", 0, 2)} if k % right_every == 0 else set())
        items.append(SimpleNamespace(source="knowledgenet", id=f"kn-{k}", document=str(k // 2),
                                     types=frozenset({"role"})))
        data.append((cands, gold))
    # the real documents the other thresholds are chosen on: a deal the rules give, right
    deal = Candidate(ACQ, "Douglas Metals", "Acme", ents["Douglas Metals"], ents["Acme"], 5,
                     Mention(ACQ, "Douglas Metals", "Acme", Status.ACTIVE, "", 0, 0, confidence=0.5),
                     ["type:acquisition", "bought"])
    for _ in range(8):
        items.append(SimpleNamespace(source="docs"))
        data.append(([(deal, ("acquisition", 2, 3))], {("acquisition", 2, 3)}))
    return items, data


def test_cross_validation_adds_roles_where_most_it_adds_are_right_and_never_where_most_are_wrong():
    items, data = _passages(40, right_every=1)  # the missed office is always a true tie
    report = train_relations(items, None, folds=4, data=data, min_count=1)
    model = report.model
    assert model.role_threshold < 1.0 and model.threshold == 1.0  # roles added, nothing else
    assert model.probability(["type:role", "parens"]) >= model.role_threshold
    assert model.about["role_threshold_from"] == "cross-validation"
    added = report.roles[model.role_threshold][1]
    assert added.right == 40 and added.wrong == 0
    # right one time in three: whatever threshold adds them adds mostly wrong ones, so none is added
    items, data = _passages(40, right_every=3)
    model = train_relations(items, None, folds=4, data=data, min_count=1).model
    assert model.role_threshold == 1.0
    given = train_relations(items, None, folds=4, data=data, min_count=1, role_threshold=0.5)
    assert given.model.role_threshold == 0.5 and given.model.about["role_threshold_from"] == "given"


def test_training_refuses_a_role_threshold_off_its_grid():
    items, data = _passages(8, right_every=1)
    with pytest.raises(InputError):
        train_relations(items, None, folds=2, data=data, min_count=1, role_threshold=0.33)


@pytest.fixture(scope="module")
def eager():
    """A model sure of every role and every deal, adding roles at 0.5 and nothing else."""
    from keiretsu.extract.relations import RelationFinder
    from keiretsu.extract.rules import RuleExtractor

    weights = {f"type:{t.value}": 5.0 for t in RelationType}
    return RuleExtractor(relations=RelationFinder(RelationModel(weights, 0.0, 1.0, veto=0.5, role_threshold=0.5)))


def test_an_added_role_takes_the_office_in_brackets_after_its_name_and_no_deal_is_added(eager):
    text = ("Today, Douglas Metals is a family-owned organization led by Ed Raimonde (Chairman of the Board & CEO), "
            "Stephen Powers (President), and their sons. Douglas Metals said Zentrix Corp and Karvona Inc talked.")
    found = eager.extract([(0, text)])[0].mentions
    titles = {(m.source, m.target): m.attributes.get("title") for m in found if m.type is RelationType.ROLE}
    assert titles[("Stephen Powers", "Douglas Metals")] == "President"
    assert titles[("Ed Raimonde", "Douglas Metals")] == "Chairman"
    assert all(m.type is RelationType.ROLE for m in found)


def test_training_reads_no_held_out_part_of_fire_or_knowledgenet(tmp_path: Path):
    """FIRE's half B, KnowledgeNet's half H and its fold 4 measure the shipped model out of sample: never in it."""
    texts = [f"Kestrova Corp bought Zolter Inc number {n}." for n in range(40)]
    fire = tmp_path / "fire.json"
    fire.write_text(json.dumps([{"tokens": t.split(), "entities": [], "relations": []} for t in texts]))
    read = {item.text for item in read_fire(fire, Gazetteer.default())}
    assert read and read == {t for t in texts if fire_half(t) == "A"} != set(texts)
    assert len(read_fire(fire, Gazetteer.default(), halves=("A", "B"))) == len(texts)
    rows = [{"id": f"kn-{n}-{fold}", "document_id": str(n), "fold": fold, "text": "Jane Roe is the CEO of Corlan Metals.",
             "facts": [], "properties_annotated_no_fact": ["CEO"]} for n in range(20) for fold in (1, 4)]
    kn = tmp_path / "kn.jsonl"
    kn.write_text("".join(json.dumps(r) + "\n" for r in rows))
    kept = {item.id for item in read_knowledgenet(kn, Gazetteer.default())}
    assert kept == {r["id"] for r in rows if r["fold"] == 1 and knowledgenet_half(1, r["document_id"]) == "T"}
    assert kept and not any(i.endswith("-4") for i in kept)
