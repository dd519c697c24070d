"""A company one story names with a slip in one word of its name joins the node the corpus spells right
(keiretsu.graph.aliases.join_names; issue 15, COMP16): "Saloman Brothers Inc" of one Reuters story is the Salomon
Brothers 79 others name. The names of ``slipped`` are the Reuters train build's (R33, tuning material); the stores'
stories are made up and filled by the real stages."""

from __future__ import annotations

from keiretsu.graph.aliases import slipped
from keiretsu.store import Store

from .conftest import add


def test_a_slip_goes_to_the_spelling_many_more_stories_write():
    names = {"saloman brothers": 1, "salomon brothers": 79, "walywn stodgell cochran murray": 1,
             "walwyn stodgell cochran murray": 1, "bristol meyers": 2, "bristol myers": 9,
             "emery air frieght": 2, "emery air freight": 8}
    assert slipped(names) == {"saloman brothers": "salomon brothers", "bristol meyers": "bristol myers",
                              "emery air frieght": "emery air freight"}  # one story each: no telling which


def test_what_stays_apart():
    # a plural is a word of its own; an English word is no slip; short words are none; nor a name of one word
    assert slipped({"pacific enterprise": 1, "pacific enterprises": 9}) == {}
    assert slipped({"american capitol": 1, "american capital": 9}) == {}
    assert slipped({"fund ii": 1, "fund i": 9}) == {}
    assert slipped({"texton": 1, "textron": 30}) == {}
    # a slip named by three stories or more is a name of its own
    assert slipped({"harlwoe brothers": 3, "harlowe brothers": 30}) == {}


STORIES = [(f"h{i}", f"2023-03-0{i}", "Harlowe Brothers deal",
            f"Harlowe Brothers Inc said it agreed to acquire Dunmore{i} Aviation Corp for 30 mln dlrs.")
           for i in range(1, 4)] + \
    [("h9", "2023-03-09", "Harlwoe Brothers deal",
      "Harlwoe Brothers Inc said it agreed to acquire Brackley Air Inc for 12 mln dlrs.")]


def test_the_slips_story_joins_the_node(new_store, extractor):
    store: Store = new_store("once")
    add(store, extractor, STORIES)
    ends = {(r["source"], r["target"]) for r in store.relationships(limit=1000)}
    assert ("Harlowe Brothers", "Brackley Air") in ends
    assert not any("Harlwoe" in s or "Harlwoe" in t for s, t in ends)


def test_a_later_batch_as_one_build_of_everything(new_store, extractor):
    once: Store = new_store("once")
    add(once, extractor, STORIES)
    steps: Store = new_store("steps")
    add(steps, extractor, STORIES[3:])  # the slip first, alone: its own node
    add(steps, extractor, STORIES[:3])  # then the stories that spell it right
    ties = lambda s: {(r["type"], r["source"], r["target"]) for r in s.relationships(limit=1000)}  # noqa: E731
    assert ties(steps) == ties(once)
