"""Which texts become a company's aliases (issue 15): one rule, ``keiretsu.extract.names.is_alias``, asked
by every store path that writes aliases, on each backend (``BACKENDS``; the PostgreSQL runs need a
server, see ``tests/conftest.py``). A reference to a company the story named ("the latter", "The
automaker") binds its mention to the company, but it is no alias. Every name here is made up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from keiretsu.extract.names import is_alias
from keiretsu.extract.step import entity_key
from keiretsu.graph.aliases import bind
from keiretsu.models import EntityKind, EntityMention, Extraction, Mention, RelationType, Status
from keiretsu.store import Store, open_store

from ..conftest import BACKENDS, new_store_url
from .test_contract import cleaned, doc_id, ingested

C = EntityKind.COMPANY


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[Store]:
    s = open_store(new_store_url(request.param, tmp_path, request))
    yield s
    s.close()


def test_a_reference_to_a_firm_is_no_alias_and_a_name_is_one():
    for reference in ("the latter", "The automaker", "the bank's", "the airline’s", "The U.S. unit",
                      "the British oil giant", "The U.S. Aircraft maker", "the parent bank", "both carriers"):
        assert not is_alias(reference), reference
    for name in ("Quillby and Co Inc", "Quillby", "GM", "The Limited", "THE Tarnwell Corp", "the Fed",
                 "Bank of Tarnwell's", "du Pont Co", "Tarnwell Motors Co"):
        assert is_alias(name), name
    assert not is_alias("") and not is_alias("   ")


NEWS = [
    ("r1", "2023-03-01", "Tarnwell and Vexmoor form alliance",
     "Tarnwell Motors Co and Vexmoor Inc formed an alliance. The automaker said the latter would supply it."),
]


def test_a_reference_binds_its_mention_and_relationship_but_is_stored_as_no_alias(store):
    ingested(store, cleaned(NEWS))
    doc = doc_id(store, "r1")
    text = NEWS[0][3]
    at = text.index("The automaker")
    ex = Extraction(doc, [EntityMention(C, "Tarnwell", "Tarnwell Motors Co", 0, 18),
                          EntityMention(C, "Vexmoor", "Vexmoor Inc", 23, 34),
                          EntityMention(C, "Tarnwell", "The automaker", at, at + 13),
                          EntityMention(C, "Vexmoor", "the latter", text.index("the latter"),
                                        text.index("the latter") + 10)],
                    [Mention(RelationType.SUPPLY, "Vexmoor", "Tarnwell", Status.ACTIVE, text[at:], at, len(text))],
                    2, 2)
    store.write_extractions("rules", [ex], [], entity_key, is_alias)
    tarnwell = store.entity("company", entity_key("company", "Tarnwell"))
    vexmoor = store.entity("company", entity_key("company", "Vexmoor"))
    assert tarnwell["aliases"] == ["Tarnwell Motors Co"] and vexmoor["aliases"] == ["Vexmoor Inc"]
    # the reference is still where the story names the company, and the relationship stands on it
    marks = store.document_marks(doc)["entities"]
    assert {(m["text"], m["name"]) for m in marks} >= {("The automaker", "Tarnwell"), ("the latter", "Vexmoor")}
    [supply] = store.mentions(type="supply")
    assert (supply["source"], supply["target"]) == ("Vexmoor", "Tarnwell")
    assert store.entity_ids_by_alias("company", ["The automaker", "Tarnwell Motors Co"], is_alias) == \
        {"Tarnwell Motors Co": tarnwell["id"]}


FAMILY = [
    ("h1", "2023-03-01", "Quillby Group buys Harlow",
     "Quillby Group Inc bought Harlow Inc. The holding company paid cash."),
    ("b1", "2023-03-02", "Quillby and Co buys Ostrey",
     "Quillby and Co Inc bought Ostrey Inc. The brokerage paid cash."),
    ("b2", "2023-03-03", "Quillby and Co buys Dunmere", "Quillby and Co bought Dunmere Corp."),
]


def test_aliases_counted_again_when_a_family_splits_keep_no_reference(store):
    """``bind`` moves the story of the smaller class to a node of its own and counts the family's
    aliases again from where its names stand (``rebind_entities``): the references stay out."""
    ingested(store, cleaned(FAMILY))
    extractions = []
    for eid, _, _, text in FAMILY:
        full = text.split(" bought ")[0]
        names = [EntityMention(C, "Quillby", full, 0, len(full))]
        if ". The " in text:
            at = text.index(". The ") + 2
            reference = text[at:].removesuffix(" paid cash.")
            names.append(EntityMention(C, "Quillby", reference, at, at + len(reference)))
        extractions.append(Extraction(doc_id(store, eid), names, [], 2, 2))
    store.write_extractions("rules", extractions, [], entity_key, is_alias)
    assert set(store.entity("company", "quillby")["aliases"]) == {"Quillby Group Inc", "Quillby and Co",
                                                                  "Quillby and Co Inc"}
    assert bind(store) == 1
    assert set(store.entity("company", "quillby")["aliases"]) == {"Quillby and Co", "Quillby and Co Inc"}
    assert store.entity("company", "quillby:holding")["aliases"] == ["Quillby Group Inc"]
    moved = store.document_marks(doc_id(store, "h1"))["entities"]
    assert [(m["text"], m["name"]) for m in moved] == [("Quillby Group Inc", "Quillby Group"),
                                                        ("The holding company", "Quillby Group")]
