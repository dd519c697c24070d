"""Nodes and aliases as the text means them (issue 15, NAMES11): a firm named after a person with no initial
("Mario Gabelli and Co", which the person heads) is shown with its ending, not as the person's name; a surname that
is an English word ("Douglas Aircraft") names no person; a noun for what the firm is to another glued to an alias
("U.K. Subsidiary Chile Copper Ltd") is no part of it (keiretsu.graph.aliases). Made-up firms in the stores; the
aliases are Reuters-21578 train excerpts."""

from __future__ import annotations

from keiretsu.graph.aliases import shown_alias

from .conftest import add

NEWS = [
    ("g1", "2023-03-01", "Kestler to buy Dorrance",
     "Marco Kestler and Co Inc said it agreed to acquire Dorrance Ltd for 12 mln dlrs."),
    ("g2", "2023-03-02", "Wayne Bancorp to buy Kestrova",
     "Wayne Bancorp Inc said it agreed to acquire Kestrova Savings Bank for 30 mln dlrs."),
]


def test_a_firm_named_after_a_person_without_an_initial_shows_its_ending(new_store, extractor):
    store = new_store("names11")
    add(store, extractor, NEWS)
    assert store.entity("company", "marcokestler")["name"] == "Marco Kestler and Co"
    # a given name before a trade's word names no person: the firm keeps its bare name
    assert store.entity("company", "waynebancorp")["name"] == "Wayne Bancorp"


def test_a_glued_noun_for_what_a_firm_is_leaves_its_alias():
    assert shown_alias("U.K. Subsidiary Chile Copper Ltd", "Chile Copper") == "Chile Copper Ltd"
    assert shown_alias("Citibank N.A. Subsidiary", "Citibank") == "Citibank N.A."
    # the legal name a firm is written by stays whole among its aliases
    assert shown_alias("Nova, an Alberta Corp", "Nova") == "Nova, an Alberta Corp"

