"""Corpus-level judgement of company nodes (keiretsu.graph.nodes): a name that every story writes
only as a piece of a longer one ("Fine Candles Inc" of "Vernick's Fine Candles Inc", "Dorne" of
"Brackwell and Dorne") is no company, and leaves the graph with its relationships; one story that
writes it alone brings it back. Every name here is made up. The stores are filled by the real
stages on each backend, and a build in steps is checked against one build of everything."""

from __future__ import annotations

from keiretsu.graph.nodes import cut, thing
from keiretsu.store import Store

from .conftest import add


PIECES = [
    ("c1", "2023-03-01", "Tarnwell buys candle maker",
     "Tarnwell Corp said it agreed to acquire Vernick's Fine Candles Inc for 5 mln dlrs."),
    ("c2", "2023-03-02", "Ostrey in alliance",
     "Brackwell and Dorne, a Houston law firm, said it formed an alliance with Ostrey Corp to advise banks."),
    ("c3", "2023-03-03", "Harlow to buy Dunmere", "Harlow Inc said it agreed to acquire Dunmere Ltd for 12 mln dlrs."),
]
ALONE = [  # the piece written on its own: a firm after all
    ("c4", "2023-04-01", "Fine Candles to buy Carrow",
     "Fine Candles Inc said it agreed to acquire Carrow Corp for 2 mln dlrs."),
]


def ties(store: Store) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=1000)}


def graph(store: Store) -> set[tuple]:
    return {(r["type"], r["source"], r["target"], r["status"], r["mentions"], r["first_reported"])
            for r in store.relationships(limit=1000)}


def test_a_name_glued_to_a_capitalised_word_is_a_piece_unless_that_word_leads_names():
    # (text, before, after, how far before the nearest other name ends, how far after the next starts)
    assert cut("Pizza", "agreed to buy Straw Hat ", " for 5 mln dlrs", -1, -1)
    assert cut("Fine Candles Inc", "said it bought Vernick's ", " for 3 mln", -1, -1)
    assert cut("Binion", "law firm of Butler and ", ".", 5, -1)  # "Butler" read as a name too
    assert cut("Herald", "a bid for The ", " and Weekly Times Ltd said", -1, -1)
    # Words that lead names, a legal form ending the name before, adjectives with a hyphen
    for before in ("The ", "said Japanese ", "In March ", "Paris-based ", "Hanwell Corp ", "Chairman "):
        assert not cut("Tarnwell", before, " said", -1, -1), before
    # Another name ends right before: two names, not one cut short
    assert not cut("Tarnwell", "a unit of Ostrey Corp's ", " said", 3, -1)
    assert not cut("Dunmere Ltd", "merger of Harlow Inc and ", ".", 5, -1)  # a legal form of its own
    assert not cut("Auto Trak Inc", "owner of ", " and Crown Books", -1, -1)
    assert not cut("Tarnwell", "", " said it would buy", -1, -1)


def test_a_name_written_before_a_product_site_or_place_noun_names_a_thing():
    assert thing("Pony Excel", " sub-compact, they said")
    assert thing("Skeena", " and Celgar pulp mills and Terrace sawmills")
    assert thing("Silver Queen", " mines.")
    assert not thing("Tarnwell", " will provide software")  # a verb between: the firm's product
    assert not thing("Tarnwell Corp", " plant in Ohio")  # a legal form: a firm's
    assert not thing("Tarnwell", " refinery's owner said")
    assert not thing("Tarnwell", " said it would buy")


def test_a_name_only_ever_written_as_a_piece_leaves_the_graph_with_its_relationships(new_store, extractor):
    store = new_store("once")
    result = add(store, extractor, PIECES)
    assert result.not_companies >= 2
    assert ties(store) == {("acquisition", "Harlow", "Dunmere")}
    assert {n["name"] for n in store.graph_nodes()} == {"Harlow", "Dunmere"}
    assert add(store, extractor, []).relationships == 0  # settled: a second build weighs nothing


def test_a_story_that_writes_the_piece_alone_brings_it_back_as_one_build_would(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, PIECES)
    add(steps, extractor, ALONE)
    assert {("acquisition", "Tarnwell", "Fine Candles"), ("acquisition", "Fine Candles", "Carrow")} <= ties(steps)
    add(once, extractor, PIECES + ALONE)
    assert graph(steps) == graph(once)
    add(once, extractor, [], rebuild=True)
    assert graph(steps) == graph(once)
