"""Nodes shown by what their stories write (issue 15, NAMES7; keiretsu.graph.aliases.name_nodes): a firm named by
an English word that no story writes alone ("Harrow Group Inc") is shown with its ending, not as the bare word; one
the stories write alone keeps its name; a firm named after a person ("Roy F. Quillby and Co Inc") is shown with the
ending that says it is one, not as the person's name. Keys stay, so names merge as before. A word and the legal form
Swedish names open with ("Telefon AB| L.M. Ericsson") are a piece of the name after them (keiretsu.graph.nodes.cut).
The firms are made up; the stores are filled by the real stages."""

from __future__ import annotations

from keiretsu.graph.aliases import name_nodes
from keiretsu.graph.nodes import cut

from .conftest import add

NEWS = [
    ("n1", "2023-03-01", "Harrow to buy Dorrance",
     "Harrow Group Inc said it agreed to acquire Dorrance Ltd for 12 mln dlrs."),
    ("n2", "2023-03-02", "Lantern buys Kestrova",
     "Lantern Corp said it agreed to acquire Kestrova Inc for 30 mln dlrs. Lantern said the deal would close in May."),
    ("n3", "2023-03-03", "Quillby to buy Brenmar",
     "Roy F. Quillby and Co Inc said it agreed to acquire Brenmar Corp for 20 mln dlrs."),
]


def test_a_firm_named_by_a_word_or_a_person_shows_the_ending_its_stories_write(new_store, extractor):
    store = new_store("names7")
    add(store, extractor, NEWS)
    assert store.entity("company", "harrow")["name"] == "Harrow Group"
    # written alone too: the word is the firm's name as the wire uses it
    assert store.entity("company", "lantern")["name"] == "Lantern"
    assert store.entity("company", "royfquillby")["name"] == "Roy F. Quillby and Co"
    ties = {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=100)}
    assert ("acquisition", "Harrow Group", "Dorrance") in ties
    assert ("acquisition", "Roy F. Quillby and Co", "Brenmar") in ties
    # naming again changes nothing: the name is a function of the names the stories write
    assert name_nodes(store) == 0


def test_a_word_and_the_swedish_legal_form_before_a_name_are_the_opening_of_the_name():
    # "Sweden's Telefon AB L.M. Ericsson <ERIC ST> said": "Telefon AB" is no firm of its own
    assert cut("Telefon AB", "March 12 - Sweden's ", " L.M. Ericsson <ERIC ST> said", -1, -1)
    assert cut("Telefon AB", "allied with Sweden's ", " LM Ericsson <ERIC.ST>, said", -1, -1)
    assert cut("Forsakrings AB", "a stake in ", " Skandia, the insurer, said", -1, -1)
    # a firm's own legal form before its office or a verb
    assert not cut("Skanska AB", "", " Chairman Percy Barnevik said", -1, -1)
    assert not cut("Skanska AB", "March 3 - ", " said it agreed", -1, -1)
