"""Status classes of session 31 (issue 16): a deal carried on ("would continue its policy of trying
to sell WOR to MCA") is still under way, not in effect, where a tie or a holding carried on is; a
target's board that recommends an offer has agreed to it; an attempt to buy is an offer, and a
contract to buy an agreement.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


def test_a_deal_carried_on_is_still_under_way(rules):
    out = found(rules, "It said it would also continue Halvorsen Corp's policy of trying to sell its television "
                       "station WQRN to Quillon Inc for 387 mln dlrs.")
    assert out.get(("acquisition", "Quillon", "WQRN")) == "agreed"


def test_a_tie_or_a_holding_carried_on_is_in_effect(rules):
    assert found(rules, "Halvorsen Corp will continue to furnish disk drives to Quillon Inc.") == {
        ("supply", "Halvorsen", "Quillon"): "active"}
    assert found(rules, "Halvorsen Corp said it will continue to hold its 20 pct stake in Quillon Inc.") == {
        ("stake", "Halvorsen", "Quillon"): "active"}


def test_a_board_that_recommends_an_offer_has_agreed(rules):
    assert found(rules, "Quillon Inc said its board will recommend to shareholders the takeover offer made by "
                        "Halvorsen Resources Ltd.") == {("acquisition", "Halvorsen Resources", "Quillon"): "agreed"}
    assert found(rules, "Quillon Inc's board recommends the 15 dlr a share offer from Halvorsen Corp.") == {
        ("acquisition", "Halvorsen", "Quillon"): "agreed"}
    # ...not one that recommends rejecting it
    assert found(rules, "Quillon Inc said its board recommended that shareholders reject the takeover offer made "
                        "by Halvorsen Resources Ltd.") != {("acquisition", "Halvorsen Resources", "Quillon"): "agreed"}


def test_an_attempt_to_buy_is_an_offer(rules):
    assert found(rules, "A jury found that Kesteven Inc interfered with Halvorsen Corp's attempt to acquire "
                        "Quillon Inc.") == {("acquisition", "Halvorsen", "Quillon"): "proposed"}
    assert found(rules, "Halvorsen Corp renewed its efforts to buy Quillon Inc.") == {
        ("acquisition", "Halvorsen", "Quillon"): "proposed"}
    # an end said of it still ends it
    assert found(rules, "Halvorsen Corp made an unsuccessful attempt to acquire Quillon Inc last year.") == {
        ("acquisition", "Halvorsen", "Quillon"): "called_off"}


def test_a_contract_to_buy_is_an_agreement(rules):
    assert found(rules, "Kesteven Inc interfered with Halvorsen Corp's contract to acquire Quillon Inc.") == {
        ("acquisition", "Halvorsen", "Quillon"): "agreed"}
