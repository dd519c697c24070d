"""Statuses read on wire copy, session 39: a deal told in a clause of its own that only times or
explains another ("before it divested", "when it bought") is told as done, whatever the wish or the
schedule of the clause above; and so is a deal named by its participle ("the recently acquired
operations") under a verb of something else still to be completed."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status
from tests.extract.test_status import status


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # The wish is the clause above's; the sale in the clause of time is told as done.
    ("Halvern Tools chairman John Smith told a news conference that the company wanted to regain the level of "
     "sales it had before it divested its chemicals firm Brisco Corp in May 1985.",
     RelationType.DIVESTMENT, "Halvern Tools", "Brisco", Status.ACTIVE),
    # A deal named by its participle is done, whatever is still to be completed of something else.
    ("Halvern Tools Inc said the closure of the recently acquired Brisco Corp plants is expected to be "
     "completed by late summer.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.ACTIVE),
    # The clause that is the deal's own keeps its cues.
    ("Halvern Tools Inc said it wanted to acquire Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.PROPOSED),
])
def test_a_deal_told_in_a_clause_of_its_own(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # A hope is a wish, told or retold: the stake is not held.
    ("Halvern Tools AG had said in January it hoped to take a 37.5 pct stake in Brisco AG in the first quarter.",
     RelationType.STAKE, "Halvern Tools", "Brisco", Status.PROPOSED),
    # Interest in talks is no talks.
    ("Brisco said Halvern Tools Inc also expressed interest in discussing an acquisition offer, but Brisco's board "
     "rejected it.", RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.PROPOSED),
])
def test_a_wish_is_no_deal(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # A party that will not go on, or could not agree, called it off, whether or not the words name the deal.
    ("Halvern Tools Inc said it would not proceed with its proposed acquisition of Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.CALLED_OFF),
    ("Halvern Tools Inc said it has decided not to pursue an acquisition of Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.CALLED_OFF),
    ("Halvern Tools Inc said it was unable to reach agreement to buy Brisco Corp and ended talks.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.CALLED_OFF),
    ("Halvern Tools Inc said the sale of its Brisco Corp unit to Marlow Inc fell through.",
     RelationType.DIVESTMENT, "Halvern Tools", "Brisco", Status.CALLED_OFF),
    # ...but not one that only says when it would: the offer stands
    ("Halvern Tools Inc said it would not pursue its offer for Brisco Corp if Brisco's board rejected it.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.PROPOSED),
    # ...while one that only denies talks says nothing was under way
    ("Halvern Tools Inc denied that it was in talks to acquire Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.RUMOURED),
])
def test_a_deal_given_up(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # A stake being bought is a purchase under way: agreed, not yet held.
    ("Halvern Tools AG is also purchasing a 25.01 pct stake in Brisco AG from Commerzbank AG.",
     RelationType.STAKE, "Halvern Tools", "Brisco", Status.AGREED),
    ("Halvern Tools AB said it was taking a larger stake in Brisco AB than it had originally intended.",
     RelationType.STAKE, "Halvern Tools", "Brisco", Status.AGREED),
    # ...one taken, or held, is held
    ("Halvern Tools AB has taken a majority stake in Brisco AB.",
     RelationType.STAKE, "Halvern Tools", "Brisco", Status.ACTIVE),
    ("Halvern Tools AB holds a 25 pct stake in Brisco AB.",
     RelationType.STAKE, "Halvern Tools", "Brisco", Status.ACTIVE),
])
def test_a_stake_being_bought(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected
