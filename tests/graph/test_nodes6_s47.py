"""A node whose canonical name is one generic word ("Components" of "the Components Group") is shown by the
full name its stories write (keiretsu.graph.aliases.name_nodes); its key stays the word's, so that names
merge as before. The firms are made up; the stores are filled by the real stages."""

from __future__ import annotations

from keiretsu.graph.aliases import name_nodes

from .conftest import add

NEWS = [
    ("c1", "2023-03-01", "Harwell to sell Components Group",
     "Harwell Industries Inc said it agreed to sell the Components Group to Brenmar Corp for 40 mln dlrs. "
     "The Components Group makes pumps and valves."),
    ("c2", "2023-03-02", "Quillby buys Dorrance",
     "Quillby Inc said it agreed to acquire Dorrance Ltd for 12 mln dlrs."),
]


def test_a_node_named_by_a_generic_word_shows_its_full_name_and_keeps_its_key(new_store, extractor):
    store = new_store("generic")
    add(store, extractor, NEWS)
    node = store.entity("company", "components")
    assert node["name"] == "Components Group"
    # a name of its own stays bare: "Quillby", not "Quillby Inc"
    assert store.entity("company", "quillby")["name"] == "Quillby"
    ties = {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=100)}
    assert ("acquisition", "Brenmar", "Components Group") in ties
    # naming again changes nothing: the name is a function of the names the stories write
    assert name_nodes(store) == 0
