"""Shares sold to a buyer by a seller no company read here (RECALL13, session 56, from a miss on the tuning
document reuters-6856 of eval/docs/train2): "the group said it sold 302,833 Cenergy common shares to Snyder Oil
Partners" makes the buyer a holder of the company whose shares they are; only a sale told done ("sold"), not "the
possibility of selling X shares to Y", and not a company selling its own stock. Sentences from Reuters-21578 train."""

from __future__ import annotations

from tests.helpers import found


def test_shares_sold_by_an_unnamed_group_make_the_buyer_a_holder(rules):
    # Reuters-21578 train, reuters-6856
    got = found(rules, "In a filing with the Securities and Exchange Commission, the group said it sold 302,833 "
                       "Cenergy common shares to Snyder Oil Partners L.P. <SOI> on March 14 for 2,725,500 dlrs.")
    assert got.get(("stake", "Snyder Oil Partners", "Cenergy")) == "active"
    assert not any(k[0] == "acquisition" for k in got)


def test_shares_of_a_company_sold_to_a_buyer(rules):
    got = found(rules, "The group said it sold 1.2 mln shares of Bolt Inc to Cobra Inc.")
    assert got.get(("stake", "Cobra", "Bolt")) == "active"


def test_a_possible_sale_of_shares_is_no_holding(rules):
    # Reuters-21578 train, reuters-4690
    got = found(rules, "Spokesmen declined to comment directly on the possibility of selling Fichtel und Sachs AG "
                       "shares to Mannesmann AG.")
    assert ("stake", "Mannesmann", "Fichtel und Sachs") not in got


def test_a_company_selling_its_own_stock_is_no_holding_sold(rules):
    got = found(rules, "Ameritrust Corp said it sold two mln shares of its common stock to Clevebaco Ltd.")
    assert ("investment", "Clevebaco", "Ameritrust") in got
