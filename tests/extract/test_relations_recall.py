"""Shapes of real news the rules missed or read the wrong way round: a bid's maker named only as the
agent of a participle, a bid for a counted part of the shares that the parser reads with a dative "for",
a bidder named beside a common noun, a list of parts bought, and "X's N pct-owner Y". The rules alone
are tested; the sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


@pytest.mark.parametrize("text", [
    "Heavy buying lifted Corvane Corp shares to 29 dlrs, above a 25-dlr-per-share cash tender offer "
    "announced by Threlkeld Industries Inc.",
    "Corvane Corp said it would focus on responding to the takeover offer made last week by Threlkeld "
    "Industries Inc.",
])
def test_the_agent_of_a_bid_makes_it(rules, text):
    got = found(rules, text)
    assert ("acquisition", "Threlkeld Industries", "Corvane") in got
    assert ("acquisition", "Corvane", "Threlkeld Industries") not in got


def test_a_partnership_that_makes_a_bid_bids_through_each_member(rules):
    got = found(rules, "Corvane Corp said it would focus on responding to the takeover offer made last week "
                       "by a partnership of Threlkeld Industries Inc and Osterby Mills Inc.")
    assert ("acquisition", "Threlkeld Industries", "Corvane") in got
    assert ("acquisition", "Osterby Mills", "Corvane") in got
    assert ("acquisition", "Corvane", "Threlkeld Industries") not in got


def test_a_bid_whose_maker_is_named_beside_a_common_noun(rules):
    got = found(rules, "An investor last week offered 34 dlrs a share for Pellham Books Inc, prompting a "
                       "rival bid of 50 dlrs a share from another publishing firm, Marrowby Press Inc.")
    assert got.get(("acquisition", "Marrowby Press", "Pellham Books")) == "proposed"
    assert ("acquisition", "Pellham Books", "Marrowby Press") not in got


def test_an_offer_for_a_counted_number_of_shares_is_a_stake_sought(rules):
    got = found(rules, "Quillon Farms Ltd confirmed it offered 3.8 billion pesos in cash for the 38 mln "
                       "shares of brewing company Darnley Corp.")
    assert got.get(("stake", "Quillon Farms", "Darnley")) == "proposed"
    assert ("acquisition", "Quillon Farms", "Darnley") not in got


def test_an_offer_for_the_company_stays_a_takeover(rules):
    got = found(rules, "Quillon Farms Ltd offered 25 dlrs a share for Darnley Corp.")
    assert ("acquisition", "Quillon Farms", "Darnley") in got


@pytest.mark.parametrize("text", [
    "Tessaly Corp said it completed the acquisition of Brindle Fiber Corp's mineral ceiling and fiberboard "
    "plant in Ohio.",
    "Tessaly Corp bought Brindle Fiber Corp's shoe and apparel businesses.",
])
def test_a_list_of_parts_bought_is_the_owner_selling_them(rules, text):
    got = found(rules, text)
    assert ("divestment", "Brindle Fiber", "Tessaly") in got
    assert ("acquisition", "Tessaly", "Brindle Fiber") not in got


def test_a_possessive_before_an_owner_noun_names_what_is_owned(rules):
    got = found(rules, "The move came after Harlow Brewing Ltd's 50 pct-owner Pemberton Tobacco Inc agreed "
                       "last week to sell its stake to Ockley Ltd.")
    assert ("stake", "Pemberton Tobacco", "Harlow Brewing") in got
    assert ("stake", "Harlow Brewing", "Pemberton Tobacco") not in got


def test_merging_a_parents_unnamed_subsidiary_with_a_company_is_the_parents_takeover(rules):
    got = found(rules, "Corvane Corp said it had raised its holdings in Pellham Inc to about 83 pct and would raise "
                       "the price paid in the merger of a Corvane subsidiary with Pellham.")
    assert ("acquisition", "Corvane", "Pellham") in got
    assert ("acquisition", "Pellham", "Corvane") not in got
    # the holding its own percentage states is a stake beside the takeover, not the takeover's word
    assert ("stake", "Corvane", "Pellham") in got


def test_a_partnership_formed_to_bid_is_its_members_venture_and_each_bids(rules):
    got = found(rules, "Corvane Corp urged shareholders to reject a 100 dlr per share tender offer from the "
                       "partnership, which includes Threlkeld Industries Inc and Osterby Mills Inc.")
    assert ("acquisition", "Threlkeld Industries", "Corvane") in got
    assert ("acquisition", "Osterby Mills", "Corvane") in got
    assert ("joint_venture", "Osterby Mills", "Threlkeld Industries") in got
    assert not any(k[0] in ("alliance", "joint_venture") and "Corvane" in k for k in got)
    assert not any(k[0] == "divestment" for k in got)  # "an offer from X" names the bidder, no seller
