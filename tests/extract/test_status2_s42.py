"""Statuses read on wire copy, session 42 (second pass): a deal "previously proposed" is the deal announced
before and still under way (agreed), not a fresh offer, unless what was proposed is a bid; and an infinitive
that says what a deal document holds is read with that document even where the parse hangs it on the verb
whose object the document is ("will discuss the company's understanding to sell ...").

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, key", [
    ("Harwell Corp said it will proceed with its previously proposed acquisition of Orbis Systems Inc.",
     ("acquisition", "Harwell", "Orbis Systems")),
    ("Orbis Systems Inc holders will vote Friday on the previously proposed merger with Harwell Corp.",
     ("merger", "Harwell", "Orbis Systems")),
])
def test_a_deal_previously_proposed_is_agreed(rules, text, key):
    assert found(rules, text)[key] == "agreed"


@pytest.mark.parametrize("text", [
    "Harwell Corp said it will proceed with its previously proposed tender offer for Orbis Systems Inc.",
    "Harwell Corp said its proposed acquisition of Orbis Systems Inc was opposed by the union.",
])
def test_a_bid_or_a_plain_proposal_stays_proposed(rules, text):
    assert found(rules, text)[("acquisition", "Harwell", "Orbis Systems")] == "proposed"


def test_talks_about_a_held_understanding_leave_the_deal_agreed(rules):
    got = found(rules, "Harwell Corp's directors Friday will discuss the company's understanding to sell 45 pct "
                       "of Orbis Systems Inc to Kanto Trading Co, the company said.")
    assert got[("divestment", "Harwell", "Orbis Systems")] == "agreed"
    assert got[("stake", "Kanto Trading", "Orbis Systems")] == "agreed"


def test_talks_on_a_plan_are_still_talks(rules):
    got = found(rules, "Harwell Corp said it will discuss a plan to sell its Orbis Systems Inc unit to Kanto Trading Co.")
    assert got[("divestment", "Harwell", "Orbis Systems")] == "in_talks"
