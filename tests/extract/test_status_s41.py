"""Statuses read on wire copy, session 41: an end told by a verb set beside the deal's own ("offered to
acquire X last fall but withdrew the offer") calls the deal off, unless what it ends names another
company ("dropped its bid for Z"); a unit described as a former one ("Y, a former subsidiary of X",
"formerly a unit of X") is a stake that has ended.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text", [
    "Last fall, Halvern Tools Inc and Marlow Partners offered to acquire Brisco Corp for about 1.2 billion dlrs "
    "but withdrew the offer when higher bids emerged.",
    "Halvern Tools Inc offered to buy Brisco Corp in January but dropped its bid in March.",
    "Last year Halvern Tools Inc agreed to acquire Brisco Corp but later terminated the agreement.",
])
def test_an_end_beside_the_deal_calls_it_off(rules, text):
    assert found(rules, text)[("acquisition", "Halvern Tools", "Brisco")] == "called_off"


def test_an_end_of_another_bid_beside_the_deal_leaves_it(rules):
    got = found(rules, "Halvern Tools Inc agreed to buy Brisco Corp and dropped its bid for Marlow Inc.")
    assert got[("acquisition", "Halvern Tools", "Brisco")] == "agreed"


def test_an_offer_alone_stays_proposed(rules):
    got = found(rules, "Last fall, Halvern Tools Inc offered to acquire Brisco Corp for about 1.2 billion dlrs.")
    assert got[("acquisition", "Halvern Tools", "Brisco")] == "proposed"


@pytest.mark.parametrize("text", [
    "Brisco Inc, a former subsidiary of Halvern Tools Inc, was recently acquired by Marlow PLC.",
    "Brisco Corp, formerly a unit of Halvern Tools Inc, said it had record sales.",
])
def test_a_former_unit_is_a_stake_ended(rules, text):
    assert found(rules, text)[("stake", "Halvern Tools", "Brisco")] == "ended"


def test_a_unit_is_a_stake_held(rules):
    got = found(rules, "Brisco Corp, a unit of Halvern Tools Inc, said it had record sales.")
    assert got[("stake", "Halvern Tools", "Brisco")] == "active"


@pytest.mark.parametrize("text, expected", [
    # A deadline is no end: the offer stands until it runs out.
    ("Halvern Tools Inc's tender offer for Brisco Corp expires April 3.", "proposed"),
    ("Halvern Tools Inc said its tender offer for Brisco Corp will expire on Friday unless extended.", "proposed"),
    ("Halvern Tools Inc said the offer for Brisco Corp, expiring April 3, is conditioned on financing.", "proposed"),
    # ...one run out is.
    ("Halvern Tools Inc said its offer for Brisco Corp expired on Friday.", "called_off"),
    ("Halvern Tools Inc's offer for Brisco Corp lapsed last week.", "called_off"),
    # An end done to the deal is one, in any tense.
    ("Halvern Tools Inc terminates its agreement to buy Brisco Corp.", "called_off"),
])
def test_a_deadline_is_no_end(rules, text, expected):
    assert found(rules, text)[("acquisition", "Halvern Tools", "Brisco")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Halvern Tools Inc lost its bid for Brisco Corp to Marlow Inc.", "called_off"),
    ("Halvern Tools Inc said it had given up its attempt to acquire Brisco Corp.", "called_off"),
    # losing money on a deal, or points on the market, ends nothing
    ("Halvern Tools Inc lost 10 mln dlrs on its acquisition of Brisco Corp.", "active"),
    ("Halvern Tools Inc gave up 1/2 to 30 after it agreed to buy Brisco Corp.", "agreed"),
])
def test_a_bid_lost_or_given_up(rules, text, expected):
    assert found(rules, text)[("acquisition", "Halvern Tools", "Brisco")] == expected


@pytest.mark.parametrize("text, key, expected", [
    # An end of a term of the deal, or of what is around it, ends nothing.
    ("Yesterday, Halvern Tools Inc dropped certain conditions of its 92.50 dlrs a share offer for Brisco Corp and "
     "firmed up the financing.", ("acquisition", "Halvern Tools", "Brisco"), "proposed"),
    # An end in a clause the deal's is only set beside is the other plan's.
    ("Halvern Tools Inc withdrew its bid for Brisco Corp and sold its stake in Marlow Inc.",
     ("divestment", "Halvern Tools", "Marlow"), "active"),
    ("Halvern Tools Inc withdrew its bid for Brisco Corp and sold its stake in Marlow Inc.",
     ("acquisition", "Halvern Tools", "Brisco"), "called_off"),
    # What the verbs share still holds for both.
    ("Halvern Tools Inc will buy Brisco Corp and sell Marlow Inc.", ("divestment", "Halvern Tools", "Marlow"), "agreed"),
    ("Halvern Tools Inc said it dropped its offer for Brisco Corp.", ("acquisition", "Halvern Tools", "Brisco"),
     "called_off"),
])
def test_an_end_of_something_else(rules, text, key, expected):
    assert found(rules, text)[key] == expected


def test_plans_dropped_beside_a_sale(rules):
    got = found(rules, "Marlow Inc said it had dropped plans to float its Brisco Corp unit and would instead sell it "
                       "to Halvern Tools Inc for 985 mln dlrs.")
    assert "called_off" not in got.values()


@pytest.mark.parametrize("text, expected", [
    ("Halvern Tools Inc, which once owned Brisco Corp, said profits rose.", "ended"),
    ("Halvern Tools Inc once held a 40 pct stake in Brisco Corp.", "ended"),
    ("Halvern Tools Inc, which owned Brisco Corp, said profits rose.", "active"),
])
def test_a_holding_once_held(rules, text, expected):
    assert found(rules, text)[("stake", "Halvern Tools", "Brisco")] == expected


def test_a_verb_set_beside_still_shares_its_stage(rules):
    got = found(rules, "Separately, Halvern Tools Inc is finalising an agreement with Kent Corp and enlisting Brisco "
                       "Corp as an investor in the development of engines.")
    assert got[("investment", "Brisco", "Halvern Tools")] == "in_talks"


@pytest.mark.parametrize("text, expected", [
    # A unit spun off or disposed of is no longer held, once that is done.
    ("Halvern Tools Inc said it completed the spinoff of its Brisco Corp unit.", "ended"),
    ("Halvern Tools Inc said it completed the disposal of its Brisco Corp subsidiary.", "ended"),
    ("Halvern Tools Inc said it plans the spinoff of its Brisco Corp unit to shareholders.", "active"),
    ("Halvern Tools Inc said the divestiture of its Brisco Corp unit is expected to be completed in May.", "active"),
])
def test_a_unit_spun_off(rules, text, expected):
    assert found(rules, text)[("stake", "Halvern Tools", "Brisco")] == expected
