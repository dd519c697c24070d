"""Statuses of session 46 (HIST17): a bid that was only the means of a deal told done ("acquired control
of X in a recent tender offer"); an offer that ran out with shares bought under it ("its tender offer
expired and it had accepted 2.3 mln shares"); a company's deal arranged ("X is to sell its Y unit"); a
rumour that belongs to a clause beside the deal's; a holding told between commas ("X, holding 44 pct of Y,
agreed to ...") or spun off ("a spin-off of its 80 pct stake"); a unit "prior to" its liquidation; an
office in the past perfect ("had been president"); and a headline that says the lead's deal is complete.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import dataclasses

import pytest

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


@pytest.fixture(scope="module")
def adding():
    """A model that adds ties the rules miss (``train relations --threshold 0.35``): the shipped one adds none
    (cross-validated, most of what it added was wrong), and "won control of X" and "making X a unit of Y" are
    ties only a model reads; the status of what it adds is the rules' all the same."""
    return RuleExtractor(relations=RelationFinder(dataclasses.replace(RelationModel.default(), threshold=0.35,
                                                                     role_threshold=None)))


def test_a_bid_that_was_the_means_of_a_deal_done(rules):
    assert found(rules, "Halvorsen Corp acquired control of Quillon Inc in a recent tender offer.") == {
        ("acquisition", "Halvorsen", "Quillon"): "active"}
    # a purchase still to come under the offer stays an offer's
    assert found(rules, "Halvorsen Corp said it would acquire Quillon Inc in a tender offer.") != {
        ("acquisition", "Halvorsen", "Quillon"): "active"}


def test_an_offer_that_ran_out_with_shares_bought(rules):
    assert found(rules, "Halvorsen Corp said its tender offer for Quillon Inc expired at midnight and that it had "
                        "accepted approximately 2.3 mln shares.") == {("acquisition", "Halvorsen", "Quillon"): "active"}
    # with nothing bought, it ran out: called off
    assert found(rules, "Halvorsen Corp said its offer for Quillon Inc lapsed on Friday.") == {
        ("acquisition", "Halvorsen", "Quillon"): "called_off"}


def test_control_won_with_an_offer_that_ran_out(adding):
    assert found(adding, "Halvorsen Corp said it won control of Quillon Inc after getting 54 pct of its shares with a "
                         "tender offer that expired March 18.")[("acquisition", "Halvorsen", "Quillon")] == "active"


def test_a_deal_a_company_is_to_make(rules):
    assert found(rules, "Halvorsen Corp is to sell its Quillon Inc unit for 47 mln dlrs.")[
        ("divestment", "Halvorsen", "Quillon")] == "agreed"
    # a noun's aim is no deal arranged
    assert not found(rules, "The company's policy is to sell its minority holdings in Quillon Inc.")


def test_a_rumour_of_another_clause(rules):
    out = found(rules, "Halvorsen Corp rose 1/2 dlr in the wake of news it is to sell its Quillon Inc unit for "
                       "479 mln dlrs and Kesteven Corp rose the same amount on rumours of a broker's recommendation.")
    assert out[("divestment", "Halvorsen", "Quillon")] == "agreed"
    # the rumour of the deal's own clause still makes it one
    assert found(rules, "Halvorsen Corp agreed to buy Quillon Inc, according to press reports.") == {
        ("acquisition", "Halvorsen", "Quillon"): "rumoured"}


def test_a_holding_told_beside_the_holder(rules):
    assert found(rules, "Halvorsen Corp <HAL>, holding 44 pct of Quillon Ltd, has agreed to purchase 33 mln dlrs of "
                        "its debentures.") == {("stake", "Halvorsen", "Quillon"): "active"}
    out = found(rules, "Halvorsen Co Ltd gave details of a previously announced spin-off of its 80 pct stake in "
                       "Quillon International Ltd.")
    assert out[("stake", "Halvorsen", "Quillon International")] == "active"


def test_a_unit_until_its_liquidation(rules):
    assert found(rules, "Quillon Indemnity Corp was a unit of Halvorsen Financial Group Inc prior to being placed "
                        "into liquidation in July 1985.") == {("stake", "Halvorsen Financial", "Quillon Indemnity"): "ended"}


def test_an_office_in_the_past_perfect(rules):
    from keiretsu.models import Status

    assert roles(rules, "Michael Brandt had been president of Quillon Inc.") == {
        ("Michael Brandt", "Quillon"): ("President", Status.ENDED)}
    # an appointment told so is an office held
    assert roles(rules, "Michael Brandt had been named president of Quillon Inc.")[
        ("Michael Brandt", "Quillon")][1] is Status.ACTIVE


def test_a_headline_that_says_the_deal_is_complete(adding):
    text = ("NEW YORK, March 3 - Halvorsen Trust PLC said Quillon Cement Corp shareholders today approved the "
            "previously announced merger agreement making Quillon Cement an indirect wholly owned unit of Halvorsen "
            "Trust.")
    [done] = adding.extract([(1, text, "HALVORSEN TRUST <HAN> COMPLETES QUILLON PURCHASE")])
    [told] = adding.extract([(1, text, "QUILLON CEMENT HOLDERS APPROVE MERGER")])
    key = ("acquisition", "Halvorsen Trust", "Quillon Cement")
    assert {m.key: m.status.value for m in done.mentions}[key] == "active"
    assert {m.key: m.status.value for m in told.mentions}[key] == "agreed"


def test_a_stake_raised_through_purchases_in_a_bid(rules):
    out = found(rules, "Halvorsen Resources Inc said it raised its voting stake in Quillon Lake Resources Inc to about "
                       "64 pct from 52 pct through acquisition of another 870,000 shares in its previously reported "
                       "takeover bid.")
    assert out[("stake", "Halvorsen Resources", "Quillon Lake Resources")] == "active"


def test_the_holder_named_before_a_stake(rules):
    # the company set before the stake, not only the one that talks of it, holds it
    assert found(rules, "Kesteven Shipping said last week it held preliminary talks about a Halvorsen minority stake "
                        "in Quillon Ltd.")[("stake", "Halvorsen", "Quillon")] == "in_talks"
    # with no "in", the company before the stake is the one held
    assert ("stake", "Kesteven", "Quillon") not in found(rules, "Halvorsen Corp sold its Kesteven stake to Quillon Inc.")


def test_an_option_to_buy_is_a_right_not_a_deal_done(rules):
    # (a right its holder may never use: proposed, as both blind judges of the 277a02b draw read an option to buy a
    # stake; WRONG4)
    assert found(rules, "Halvorsen Corp said it holds an option to acquire Quillon Inc.") == {
        ("acquisition", "Halvorsen", "Quillon"): "proposed"}
    # exercised, it is done
    assert found(rules, "Halvorsen Corp said it exercised its option to acquire Quillon Inc.") == {
        ("acquisition", "Halvorsen", "Quillon"): "active"}
