"""A key whose full names end in a legal form only firms abroad write ("Plc", "AG", "SA") and in a United States
corporation's ("Inc", "Corp") is two firms: the firm abroad and its namesake or unit in the United States
(keiretsu.graph.aliases, ``legal_seats.tsv``). Sentences from Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.graph import GraphStage
from keiretsu.graph.aliases import designated_name, seat
from keiretsu.store import Store

from .conftest import add

ABROAD = [
    ("r3310", "1987-03-11", "British Aerospace raises stake in Systems Designers",
     "LONDON, March 11 - British Aerospace Plc <BAEL.L> said it has increased its stake in <Systems Designers Plc> "
     "to 22.1 pct or 25.46 mln ordinary shares following the purchase of 10.45 mln ordinary shares."),
    ("r12390", "1987-04-07", "TAP confirms Airbus order",
     "LONDON, April 7 - Portugal's airline TAP has confirmed an order for three Airbus Industrie <AINP.PA> A310-300 "
     "passenger aircraft, British Aerospace Plc <BAEL.L>, one of four shareholders in the international Airbus "
     "consortium, said."),
]
US_UNIT = [
    ("r8230", "1987-03-24", "Canadian Airlines orders Jetstreams",
     "TORONTO, March 24 - <Pacific Western Airlines Corp>'s new Canadian Airlines International Ltd unit said it "
     "ordered six new Jetstream 31 airplanes and took options on six more from British Aerospace Inc, with "
     "delivery starting May 1."),
]
# One firm, registered abroad, whose names end in a group's word and in its legal form: no United States form
ONE_FIRM = [
    ("r-b1", "1987-03-02", "Beecham buys Norcliff Thayer",
     "Beecham Group Plc said it agreed to acquire Norcliff Thayer Inc for 375 mln dlrs."),
    ("r-b2", "1987-03-03", "Beecham in venture",
     "Beecham Plc said it formed a joint venture with Yamanouchi Pharmaceutical Co Ltd to sell drugs in Japan."),
]


def ties(store: Store) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=1000)}


def test_a_legal_form_says_where_a_firm_is_registered():
    assert seat("Salomon SA") == seat("Wickes Plc") == seat("Ciba-Geigy AG") == seat("Apple Computer GmbH") == \
        seat("Unilever N.V.") == "abroad"
    assert seat("Salomon Inc.") == seat("Sandoz Corp") == seat("Wickes Cos Inc") == "us"
    # forms written in several countries, or none, say nothing
    assert seat("Trafalgar House Ltd") is seat("Plessey Co.") is seat("Salomon") is seat("Inc") is None
    # a firm told apart by its form alone is named with it; an ending keeps its own rule
    assert designated_name("Salomon SA") == "Salomon SA"
    assert designated_name("Beecham Group PLC") == "Beecham Group"


def test_a_firm_abroad_and_its_namesake_in_the_united_states_are_two_nodes(new_store, extractor):
    store = new_store("once")
    assert add(store, extractor, ABROAD + US_UNIT).rebound > 0
    assert store.entity("company", "britishaerospace")["name"] == "British Aerospace"  # two stories against one
    assert store.entity("company", "britishaerospace:holding")["name"] == "British Aerospace Inc"
    found = ties(store)
    assert ("supply", "British Aerospace Inc", "Canadian Airlines International") in found
    assert ("stake", "British Aerospace", "Systems Designers") in found
    assert GraphStage(store).run().rebound == 0  # settled: a second build moves nothing


def test_a_firm_abroad_with_a_groups_name_stays_one(new_store, extractor):
    store = new_store("once")
    assert add(store, extractor, ONE_FIRM).rebound == 0
    assert {t[1] for t in ties(store)} | {t[2] for t in ties(store)} >= {"Beecham"}


def test_news_that_brings_the_namesake_later_gives_the_graph_of_one_build(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, ABROAD)
    add(steps, extractor, US_UNIT)
    add(once, extractor, ABROAD + US_UNIT)
    assert ties(steps) == ties(once)
