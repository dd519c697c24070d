"""Ties the blind judges of the Reuters train build R26 found wrong (REL31, issue 15), on the stories' own sentences:
rights to market another's product bought are a licence, no takeover; a sum of wares sold to a company is trade, no
divestment; whom a buyer pays is the seller, not what is bought; a company a holder works "with" is no holding of
its; a market maker's quote ("28 dlrs bid, 29 dlrs offered") is no bid; an agreement to transfer assets is no
alliance; a thing's owner holds no company."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_rights_to_market_a_product_bought_are_no_takeover(rules):
    ties = found(rules, "Under terms of the agreement, Life said Toray purchased exclusive rights to market Life's "
                        "hepatitus B detection technology in Japan, Korea and Taiwan.")
    assert not [k for k in ties if k[0] in ("acquisition", "stake")]


def test_a_sum_of_wares_sold_to_a_company_is_supply(rules):
    ties = found(rules, "CHATSWORTH, Calif., March 23 - Tandon Corp said it has agreed in principle to sell to personal "
                        "computer maker <Amstrad PLC> during 1987 about 50 mln dlrs of 20 megabyte Winchester disk drives.")
    assert not [k for k in ties if k[0] == "divestment"]
    assert ties.get(("supply", "Tandon", "Amstrad")) == "agreed"


def test_a_sum_of_shares_sold_is_still_a_sale(rules):
    ties = found(rules, "Brenmar Corp said it agreed to sell to Harlow Inc about 50 mln dlrs of its shares in "
                        "Corvex Ltd.")
    assert not [k for k in ties if k[0] == "supply"]


def test_whom_a_buyer_pays_is_not_what_it_buys(rules):
    ties = found(rules, "TORONTO, March 18 - <Canamax Resources Inc> said it agreed to acquire the 50 pct interest it "
                        "does not already own in the Krezmar gold property, near Wawa, Ontario, by paying nine mln dlrs "
                        "to <Algoma Steel Corp Ltd> and granting Algoma a four pct net smelter return royalty, which is "
                        "payable after payback.")
    assert not [k for k in ties if k[2] == "Algoma Steel" and k[0] in ("acquisition", "stake")]


def test_a_company_a_holder_works_with_is_not_held(rules):
    ties = found(rules, "GTE owns the largest independent telephone system in the country and manufacturers "
                        "telecommunications equipment through joint ventures with <Fujitsu> of Japan and <Siemens AG> "
                        "of West Germany.")
    assert not [k for k in ties if k[0] == "stake"]
    assert ("joint_venture", "Fujitsu", "GTE") in ties


def test_a_market_makers_quote_is_no_bid(rules):
    ties = found(rules, "The company said the present quote on Conrac is 28 dlrs bid, 29 dlrs offered, on American "
                        "Express 79 dlrs bid, 80 dlrs offered and on Cyclops 91 dlrs bid, 92 dlrs offered.")
    assert not ties
    # a bid's price stays a bid
    ties = found(rules, "Brenmar Corp said it made a 28 dlrs a share bid for Harlow Inc.")
    assert ties.get(("acquisition", "Brenmar", "Harlow")) == "proposed"


def test_an_agreement_to_transfer_a_service_is_no_alliance(rules):
    ties = found(rules, "CRANFORD, N.J., March 3 - McLean Industries Inc said its shipping subsidiary, United States "
                        "Lines Inc, reached an agreement in principle to transfer its South American service to "
                        "American Transport Lines Inc, a subsidiary of <Crowley Maritime Corp>.")
    assert not [k for k in ties if k[0] == "alliance"]
    assert ("stake", "Crowley Maritime", "American Transport Lines") in ties


def test_a_things_owner_holds_no_company(rules):
    ties = found(rules, "The ferry's owner is <European Ferries Plc>, majority owned by Peninsular and Oriental Steam "
                        "Navigation Co Plc <PORL.L>.")
    assert ("stake", "European Ferries", "Peninsular and Oriental Steam Navigation") not in ties


def test_an_unnamed_entity_a_group_controls_holds_no_company_named_after(rules):
    ties = found(rules, "The group, which also includes <Anglo American Security Fund L.P.> and T.B. Pickens III, "
                        "Tuesday proposed an entity it controls acquire for cash all the assets of Japan Fund for 95 pct "
                        "of the fund's aggregate net asset value.")
    assert not [k for k in ties if k[0] == "stake"]
    # the shares a relative clause says a company holds stay a holding
    ties = found(rules, "Brenmar Corp said it will sell the 1.2 mln Harlow Inc shares it owns.")
    assert not [k for k in ties if k[0] == "stake" and k[1] != "Brenmar"]


def test_who_contracts_to_purchase_is_no_supplier(rules):
    ties = found(rules, "Reserve Oil and Minerals Corp said it has contracted to purchase, process and recycle various "
                        "waste materials generated at the Ogden, Utah, zirconium plant of Westinghouse Electric Corp's "
                        "<WX> Western Zieconium subsidiary.")
    assert not [k for k in ties if k[0] == "supply" and k[1].startswith("Reserve")]
    assert ("stake", "Westinghouse Electric", "Western Zieconium") in ties


def test_companies_a_person_talks_with_are_no_allies_of_each_other(rules):
    ties = found(rules, "Sosnoff said the talks with Pratt and Southmark are not being actively pursued at the "
                        "presentand may or may not be continued in the future.")
    assert not [k for k in ties if k[0] == "alliance"]
    # talks "between" two companies tie them
    ties = found(rules, "Brenmar Corp said talks between Harlow Inc and Corvex Corp had ended.")
    assert [k for k in ties if k[0] == "alliance" and {k[1], k[2]} == {"Harlow", "Corvex"}]


def test_an_offer_to_finance_or_lease_goods_is_no_bid(rules):
    ties = found(rules, "Within this group, Buick owners will also receive a special discount of 300 dlrs that would be "
                        "provided by GM's Buick motor division if they accept GMAC's offer to finance or lease a new "
                        "Buick.")
    assert not [k for k in ties if k[0] in ("acquisition", "divestment")]
    # an agreement to co-finance films with a company still ties them
    ties = found(rules, "LOS ANGELES, March 11 - <Nelson Holdings International Ltd's> Nelson Entertainment Inc unit "
                        "said it has entered an agreement to co-finance ten motion pictures with Hemdale Releasing Corp.")
    assert ("alliance", "Hemdale Releasing", "Nelson Entertainment") in ties


def test_a_company_whose_holders_are_paid_is_still_bought(rules):
    ties = found(rules, "Brenmar Corp said it agreed to acquire Harlow Inc by paying 20 dlrs a share to Harlow's "
                        "shareholders.")
    assert ("acquisition", "Brenmar", "Harlow") in ties
