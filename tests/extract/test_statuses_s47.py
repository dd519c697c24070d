"""Statuses, session 47 (HIST19): an office told in the past right after its holder's name ("X was executive vice
president of Y") was held before and has ended; a company's own board approving its own proposal to buy makes an
offer, not an agreement; a purchase that a payment told as done was made to complete is done; a holding named
"past" has ended.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_an_office_told_in_the_past_after_the_name_has_ended(rules):
    text = ("SALT LAKE CITY, March 24 - Halvern Medical Corp said it named Tom Brisco as president and chief executive "
            "officer.\nBrisco was executive vice president of research and engineering at Orbis Therm Corp, the "
            "company said.")
    got = roles(rules, text)
    assert got[("Tom Brisco", "Orbis Therm")][1] is Status.ENDED
    assert got[("Tom Brisco", "Halvern Medical")][1] is Status.ACTIVE


@pytest.mark.parametrize("text", [
    "Kanto Trading Co said Tom Brisco was named executive vice president of Kanto Trading.",
    "Kanto Trading Co said Tom Brisco was elected president of Kanto Trading.",
])
def test_an_office_given_in_the_past_tense_is_held(rules, text):
    assert roles(rules, text)[("Tom Brisco", "Kanto Trading")][1] is Status.ACTIVE


def test_a_board_approving_its_own_proposal_to_buy_makes_an_offer(rules):
    got = found(rules, "PLYMOUTH, Minn., March 20 - Halvern Co said its board has approved a proposal to acquire the "
                       "50 pct of Orbis Network held by its cable television partners in exchange for warrants.")
    assert got[("stake", "Halvern", "Orbis Network")] == "proposed"


def test_the_other_sides_board_approving_an_offer_agrees_it(rules):
    got = found(rules, "The Orbis Systems board has approved the offer by Halvern Corp to acquire Orbis Systems.")
    assert got[("acquisition", "Halvern", "Orbis Systems")] == "agreed"


def test_a_purchase_completed_by_a_payment_told_done_is_done(rules):
    got = found(rules, "BRISBANE, April 3 - Halvern Holdings Ltd said it has issued 23.33 mln shares to Kanto Trading "
                       "AG to complete the previously announced purchase of 20 pct of Orbis Affinerie AG from Kanto "
                       "Trading.")
    assert got[("stake", "Halvern", "Orbis Affinerie")] == "active"


def test_a_payment_still_to_come_leaves_the_purchase_agreed(rules):
    got = found(rules, "Kanto Trading will provide 279 mln dlrs of its funds to complete the acquisition of Orbis Corp "
                       "by Halvern Inc.")
    assert got[("acquisition", "Halvern", "Orbis")] == "agreed"


def test_past_stakes_have_ended(rules):
    got = found(rules, "Halvern Corp, one of four oil firms with past stakes in Orbis Oil Co, enjoys considerable "
                       "flexibility in its liftings.")
    assert got[("stake", "Halvern", "Orbis Oil")] == "ended"


def test_an_understanding_reached_to_sell_is_agreed(rules):
    got = found(rules, "The stock rose on an announcement of an understanding Halvern Corp reached to sell Kanto Life "
                       "Insurance Co 13 pct of Orbis Brothers.")
    assert got[("divestment", "Halvern", "Orbis Brothers")] == "agreed"


def test_an_agreement_in_principle_is_agreed_not_in_force(rules):
    text = ("NEW YORK, March 3 - Orbis Technology Inc said it entered an agreement in principle with Halvern Ventures "
            "L.P. to undertake a research and development project.")
    [ex] = rules.extract([(1, text)])
    [tie] = [m for m in ex.mentions if m.type.value == "alliance"]
    assert tie.status is Status.AGREED
    assert "principle" not in tie.attributes.get("topics", [])
