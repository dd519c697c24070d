"""Status classes of session 34 (issues 15 and 16): a deal only guessed at by market watchers ("is likely
seeking to buy, analysts said") is a rumour; talk of changing an agreement a party has already ("wants to
amend its agreement to purchase") leaves the deal agreed; a deal stopped ("stop X buying", "prevent X from
acquiring") is called off, and so is one whose company was later sold to another buyer; shares accepted
under a tender are bought; a tie's agreement that is broken was in force, so the tie ended.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


def test_a_deal_analysts_think_likely_is_a_rumour(rules):
    assert found(rules, "Quillon Corp is likely seeking to buy Halvorsen Inc, analysts said.") == {
        ("acquisition", "Quillon", "Halvorsen"): "rumoured"}
    # ...not a bid they only report, nor a hedge the company itself makes
    assert found(rules, "Quillon Corp offered to buy Halvorsen Inc, analysts said.") == {
        ("acquisition", "Quillon", "Halvorsen"): "proposed"}
    assert found(rules, "Quillon Corp said it will likely seek to buy Halvorsen Inc.")[
        ("acquisition", "Quillon", "Halvorsen")] != "rumoured"


def test_changing_an_agreement_in_hand_leaves_the_deal_agreed(rules):
    out = found(rules, "Halvorsen Inc said Quillon Corp wants to amend its agreement to purchase Halvorsen's 65 pct "
                       "interest in Tarbell Communications to delay payment for 11 months.")
    assert out[("stake", "Quillon", "Tarbell Communications")] == "agreed"
    # ...while an agreement still sought or talked of is not one yet
    assert found(rules, "Quillon Corp said it wants an agreement to buy Halvorsen Inc.") == {
        ("acquisition", "Quillon", "Halvorsen"): "proposed"}
    assert found(rules, "Quillon Corp said it is in talks on an agreement to buy Halvorsen Inc.") == {
        ("acquisition", "Quillon", "Halvorsen"): "in_talks"}


def test_a_deal_stopped_is_called_off(rules):
    assert found(rules, "The government moved to prevent Quillon Corp from acquiring Halvorsen Inc.") == {
        ("acquisition", "Quillon", "Halvorsen"): "called_off"}
    # ...not one a party only seeks to stop
    assert found(rules, "The government is seeking to prevent Quillon Corp from acquiring Halvorsen Inc.") == {
        ("acquisition", "Quillon", "Halvorsen"): "proposed"}


def test_shares_accepted_under_a_tender_are_bought(rules):
    assert found(rules, "Quillon Corp said it had accepted about 2.3 mln shares or 98 pct of Halvorsen Inc under "
                        "a tender offer.") == {("stake", "Quillon", "Halvorsen"): "active"}


def test_a_broken_agreement_of_a_tie_was_in_force(rules):
    assert found(rules, "Halvorsen Air said Quillon Air broke the five year partnership agreement with "
                        "Halvorsen Air.") == {("alliance", "Halvorsen Air", "Quillon Air"): "ended"}
    # ...while talks broken off never made one
    assert found(rules, "Halvorsen Air said Quillon Air broke off talks on a marketing alliance with Halvorsen.") == {
        ("alliance", "Halvorsen Air", "Quillon Air"): "called_off"}


def test_a_stop_to_buying_more_leaves_a_holding_as_it_is(rules):
    assert found(rules, "Quillon Corp said it reached an agreement with Halvorsen Inc that prevents Quillon from "
                        "buying additional shares of Halvorsen.") == {("stake", "Quillon", "Halvorsen"): "active"}


def test_a_deal_whose_company_went_to_another_buyer_was_called_off(rules):
    assert found(rules, "Halvorsen won damages from Tarbell Corp over Halvorsen's proposed merger with Quillon Oil "
                        "Co, which was later taken over by Tarbell.") == {
        ("merger", "Halvorsen", "Quillon Oil"): "called_off",
        ("acquisition", "Tarbell", "Quillon Oil"): "active"}  # "taken over by" is read as a takeover since s41
    assert found(rules, "Quillon Group Corp raised its bid for Halvorsen Stores Inc, which was later sold to "
                        "Tarbell Holdings Inc.")[("acquisition", "Quillon", "Halvorsen Stores")] == "called_off"
    # ...while a deal done stays done
    assert found(rules, "Quillon Corp completed its acquisition of Halvorsen Inc, which was later sold to Tarbell "
                        "Corp.")[("acquisition", "Quillon", "Halvorsen")] == "active"
