"""Deals: the relationships one happening implies, grouped by the rule in keiretsu.graph.deals,
on a store `keiretsu build` made."""

from __future__ import annotations

from pathlib import Path

import pytest

from keiretsu.graph import query
from keiretsu.graph.deals import SAME_ASSET, SAME_PAIR, SAME_SENTENCE, group, link
from keiretsu.store import open_store

from ..web.hub import build

BUYER, TARGET, SELLER, OTHER = 1, 2, 3, 4


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("hub"))


@pytest.fixture
def store(hub: Path):
    s = open_store(hub, read_only=True)
    yield s
    s.close()


def by_clause(deal: dict) -> dict[str, dict]:
    return {p["summary"]: p for p in deal["parts"]}


def test_the_buyers_acquisition_the_sellers_divestment_and_the_stake_sold_are_one_deal(store):
    hub = query.resolve(store, "Halvorsen")
    found = query.entity_deals(store, hub["id"])["deals"]
    assert [d["title"] for d in found] == ["Halvorsen acquires Kestrel Foods"]
    deal = found[0]
    parts = by_clause(deal)
    assert parts["Halvorsen acquires Kestrel Foods"]["role"] == "buyer's acquisition"
    assert parts["Marlow Partners sells Kestrel Foods"]["role"] == "seller's divestment"
    # Not a relationship of Halvorsen's: found in the document that states the purchase.
    sold = parts["Marlow Partners holds a stake in Kestrel Foods"]
    assert sold["role"] == "seller's stake" and sold["attributes"]["percent"] == 46
    assert sold["why"] == SAME_SENTENCE  # "buy Kestrel Foods from its parent Marlow Partners"
    assert parts["Halvorsen acquires Kestrel Foods"]["why"] == SAME_SENTENCE
    assert deal["parts"][0]["relationship"] == deal["lead"] and deal["status"] == "agreed"
    assert {p["name"] for p in deal["parties"]} == {"Halvorsen", "Kestrel Foods", "Marlow Partners"}


def test_the_same_deal_is_found_from_any_of_its_parts(store):
    hub = query.resolve(store, "Halvorsen")
    whole = query.entity_deals(store, hub["id"])["deals"][0]
    for part in whole["parts"]:
        (deal,) = query.deals_of(store, [store.relationship(part["relationship"])])
        assert deal["id"] == whole["id"] and set(by_clause(deal)) == set(by_clause(whole))


def test_ties_told_in_different_stories_are_not_one_deal(store):
    alder = query.resolve(store, "Alder Industries")
    rels = query.relations_of(store, [alder["id"]])
    assert {r["type"] for r in rels} == {"supply", "stake"}  # two stories, two kinds of tie
    assert query.deals_of(store, rels) == []
    hub = query.resolve(store, "Halvorsen")
    in_deals = {p["relationship"] for d in query.entity_deals(store, hub["id"])["deals"] for p in d["parts"]}
    mine = {r["id"] for r in query.relations_of(store, [hub["id"]], limit=200)}
    assert len(mine) >= 57 and len(mine & in_deals) == 2  # its purchase of Kestrel, and the stake it already holds


def test_a_deal_as_of_a_date_has_only_what_was_reported_by_then(store):
    hub = query.resolve(store, "Halvorsen")
    assert query.entity_deals(store, hub["id"], as_of="2024-03-08")["deals"] == []
    assert len(query.entity_deals(store, hub["id"], as_of="2024-03-09")["deals"]) == 1


@pytest.mark.parametrize("a, b, same_sentence, why", [
    (("acquisition", BUYER, TARGET), ("divestment", SELLER, TARGET), True, SAME_SENTENCE),
    (("acquisition", BUYER, TARGET), ("stake", SELLER, TARGET), False, SAME_ASSET),
    (("stake", SELLER, TARGET), ("divestment", SELLER, TARGET), False, SAME_PAIR),
    (("merger", BUYER, TARGET), ("stake", OTHER, TARGET), False, SAME_ASSET),
    # Two holdings listed in one sentence: nothing changes hands.
    (("stake", SELLER, TARGET), ("stake", SELLER, OTHER), True, None),
    # Same document, no company in common.
    (("acquisition", BUYER, TARGET), ("alliance", SELLER, OTHER), True, None),
    # A person's office is never part of a deal.
    (("role", OTHER, BUYER), ("acquisition", BUYER, TARGET), True, None),
    # Different assets, only a buyer in common, in different sentences.
    (("acquisition", BUYER, TARGET), ("acquisition", BUYER, OTHER), False, None),
])
def test_the_rule_for_one_pair(a, b, same_sentence, why):
    assert link(a, b, same_sentence) == why
    assert link(b, a, same_sentence) == why


def test_groups_join_through_shared_parts_and_only_within_a_document():
    ends = {"buy": ("acquisition", BUYER, TARGET), "sell": ("divestment", SELLER, TARGET),
            "held": ("stake", SELLER, TARGET), "later": ("stake", BUYER, TARGET)}
    statements = [("buy", 10, 0), ("sell", 10, 0), ("held", 10, 90), ("later", 11, 0)]
    assert group(ends, statements) == [{"buy": SAME_SENTENCE, "sell": SAME_SENTENCE, "held": SAME_PAIR}]
