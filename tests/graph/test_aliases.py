"""Corpus-level canonical companies (keiretsu.graph.aliases): a key whose full names end in two
classes ("Quillby and Co", "Quillby Group") is two firms; a key with one class ("Pellam and Co",
"Pellam Inc") stays one. Every name here is made up. The stores are filled by the real stages on
each backend, and a build in steps is checked against one build of everything."""

from __future__ import annotations

import pytest

from keiretsu.errors import NotFound
from keiretsu.graph import GraphStage
from keiretsu.graph.aliases import designated_name, designator
from keiretsu.graph.query import resolve
from keiretsu.store import Store
from keiretsu.extract.names import is_alias

from .conftest import add


HOLDING = [
    ("h1", "2023-03-01", "Quillby Group to buy Tarnwell",
     "Quillby Group Inc said it agreed to acquire Tarnwell Corp for 50 mln dlrs."),
    ("h1-copy", "2023-03-01", "Quillby Group buys Tarnwell",
     "Quillby Group Inc said it agreed to acquire Tarnwell Corp for 50 mln dlrs."),
]
HOUSE = [
    ("b1", "2023-03-02", "Quillby and Co to buy Vexmoor",
     "Quillby and Co Inc said it agreed to acquire Vexmoor Ltd for 20 mln dlrs."),
    ("b2", "2023-03-03", "Quillby and Co in alliance",
     "Quillby and Co said it formed an alliance with Brantock Inc to sell bonds."),
    ("s1", "2023-03-04", "Quillby to buy Harlow", "Quillby said it agreed to acquire Harlow Inc for 10 mln dlrs."),
    ("p1", "2023-03-05", "Pellam and Co to buy Dunmere",
     "Pellam and Co Inc said it agreed to acquire Dunmere Corp for 30 mln dlrs."),
    ("p2", "2023-03-06", "Pellam to buy Ostrey", "Pellam Inc said it agreed to acquire Ostrey Inc for 12 mln dlrs."),
]
MORE_HOLDING = [
    ("h2", "2023-04-01", "Quillby Group to buy Fenwark",
     "Quillby Group Inc said it agreed to acquire Fenwark Inc for 40 mln dlrs."),
    ("h3", "2023-04-02", "Quillby Group to buy Carrow",
     "Quillby Group said it agreed to acquire Carrow Ltd for 15 mln dlrs."),
]


def graph(store: Store) -> set[tuple]:
    return {(r["type"], r["source"], r["target"], r["status"], r["mentions"], r["independent_sources"],
             r["first_reported"], r["last_reported"]) for r in store.relationships(limit=1000)}


def ties(store: Store) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=1000)}


def test_the_ending_of_a_full_name_gives_its_class():
    assert designator("Quillby and Co Inc.") == designator("Quillby & Co") == "house"
    assert designator("Quillby Group PLC") == designator("Quillby Holdings Ltd") == designator("Quillby Corp.") \
        == "holding"
    # A plain legal form, no ending, or an ending alone says nothing
    assert designator("Quillby Inc") is designator("Quillby Co") is designator("Quillby") is designator("and Co") \
        is None
    assert designated_name("The Quillby Group Inc.") == "Quillby Group"
    assert designated_name("J.K. Quillby and Co Ltd") == "J.K. Quillby and Co"


def test_a_house_and_its_holding_company_are_two_nodes_and_the_short_name_is_the_one_most_stories_name(
        new_store, extractor):
    store = new_store("once")
    assert add(store, extractor, HOLDING + HOUSE).rebound > 0
    assert store.entity("company", "quillby")["name"] == "Quillby"  # the house: two stories against one
    assert store.entity("company", "quillby:holding")["name"] == "Quillby Group"
    assert ties(store) == {
        ("acquisition", "Quillby Group", "Tarnwell"), ("acquisition", "Quillby", "Vexmoor"),
        ("alliance", "Brantock", "Quillby"), ("acquisition", "Quillby", "Harlow"),
        # One ending alone: one firm, whatever the legal form
        ("acquisition", "Pellam", "Dunmere"), ("acquisition", "Pellam", "Ostrey"),
    }
    tarnwell = next(r for r in store.relationships(limit=1000) if r["target"] == "Tarnwell")
    assert tarnwell["mentions"] == 2  # the copy's mention went with its original
    names = store.entity_ids_by_alias("company", ["Quillby Group Inc", "Quillby and Co Inc", "Quillby"], is_alias)
    assert names["Quillby Group Inc"] == store.entity("company", "quillby:holding")["id"]
    assert names["Quillby and Co Inc"] == names["Quillby"] == store.entity("company", "quillby")["id"]
    assert all(r["source_id"] != r["target_id"] for r in store.relationships(limit=1000))
    # Asked for by name, each is found: the full name's node of its own, the short name the house
    assert resolve(store, "Quillby Group")["name"] == "Quillby Group"
    assert resolve(store, "Quillby and Co Inc")["name"] == resolve(store, "Quillby")["name"] == "Quillby"
    assert GraphStage(store).run().rebound == 0  # settled: a second build moves nothing


def test_news_that_splits_a_key_or_turns_its_majority_gives_the_graph_of_one_build(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    assert add(steps, extractor, HOUSE).rebound == 0
    assert ("acquisition", "Quillby", "Vexmoor") in ties(steps)
    add(steps, extractor, HOLDING)  # a second class: its stories move off the key's node
    add(once, extractor, HOLDING + HOUSE)
    assert graph(steps) == graph(once)
    add(steps, extractor, MORE_HOLDING)  # now most stories name the holding company: the nodes swap
    add(once, extractor, MORE_HOLDING, rebuild=True)
    assert graph(steps) == graph(once)
    assert {("acquisition", "Quillby", "Harlow"), ("acquisition", "Quillby", "Carrow"),
            ("acquisition", "Quillby and Co", "Vexmoor")} <= ties(steps)
    assert steps.entity("company", "quillby:house")["name"] == "Quillby and Co"
    with pytest.raises(NotFound):
        steps.entity("company", "quillby:holding")  # no story names it any more: gone
