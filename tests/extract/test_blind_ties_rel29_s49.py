"""Ties the blind judges of the Reuters train build found wrong (REL29, issue 15): an office at a firm only
described after several are named; a company in a "who" clause or helping the agent owns nothing; a bare title
telling of the lead by its name speaks for another; "the joint venture partners" name no venture; plural deals
with a list of companies are no alliances; rights to sell are awarded by the supplier; a group led by a firm
leads no funding; goods shared by joined verbs are bought, no company; a bid for a company's business takes no
company over; the one whose consent a sale takes is no party; whom shares are held for is not held. The firms
are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_an_office_at_a_firm_only_described_is_not_the_first_named(rules):
    text = ("The commission ruled last May against a move of Brenmar Corp to acquire 33 mln Harlow Corp shares controlled "
            "by the brewery firm's former chairman Eduardo Santos, who is also chairman of Corvex Bank.")
    held = roles(rules, text)
    assert ("Eduardo Santos", "Brenmar") not in held
    assert held.get(("Eduardo Santos", "Corvex Bank"), (None, None))[1].value == "active"
    # the shares the chairman controls are no holding of the bank of his "who" clause
    assert ("stake", "Corvex Bank", "Harlow") not in found(rules, text)


def test_a_firm_helping_the_owner_owns_nothing(rules):
    ties = found(rules, "The government's banking adviser was Banque Privee Delmont, owned by French financier "
                        "Pierre Marot's Pallidor group, assisted by Britain's Harlow Bank Ltd.")
    assert not [k for k in ties if k[0] == "stake" and k[1] == "Harlow Bank"]


def test_a_bare_title_telling_of_the_lead_by_name_speaks_for_another(rules):
    text = ("WELLINGTON, March 27 - Brenmar Investments Ltd launched a full takeover bid for Harlow Enterprises Ltd.\n"
            "Harlow is involved in a proposed merger with Corvex Corp Ltd.\n"
            "Corvex has said the merger is soundly based. Chairman Allan Whitby said last week that Brenmar's "
            "actions were aimed only at disrupting the merger.")
    assert ("Allan Whitby", "Brenmar Investments") not in roles(rules, text)


def test_the_joint_venture_partners_name_no_venture(rules):
    ties = found(rules, "The joint venture partners also intend to create new products which will be offered "
                        "through its Pilgor Group Inc mutual funds subsidiary, Brenmar Capital said.")
    assert not [k for k in ties if k[0] == "joint_venture"]


def test_plural_deals_with_a_list_of_companies_are_no_alliances(rules):
    ties = found(rules, "Brenmar has already signed large deals with Harlow Air Corp <HAR>, Corvex Inc <CVX> and "
                        "Delmont Airlines Inc <DAL>, as well as a smaller contract with <Pallidor Airlines>.")
    assert not [k for k in ties if k[0] == "alliance"]


def test_rights_to_sell_are_awarded_by_the_supplier(rules):
    ties = found(rules, "Brenmar Corp said it awarded exclusive rights to Harlow Telephone Co to sell its new "
                        "digital systems in western Canada.")
    assert ("supply", "Harlow Telephone", "Brenmar") not in ties
    assert ("supply", "Brenmar", "Harlow Telephone") in ties


def test_a_contract_awarded_still_makes_the_object_the_supplier(rules):
    ties = found(rules, "Brenmar Corp said it awarded Harlow Systems Inc a contract to build its new plant.")
    assert ("supply", "Harlow Systems", "Brenmar") in ties


def test_a_group_led_by_a_firm_leads_no_funding(rules):
    ties = found(rules, "Brenmar Inc said it has completed the disposition of its computer systems division to an "
                        "investment group led by Harlow Partners Ltd.")
    assert not [k for k in ties if k[0] == "investment"]


def test_goods_shared_by_joined_verbs_are_bought_not_a_company(rules):
    ties = found(rules, "Brenmar Oil Corp said it has contracted to purchase, process and recycle various waste "
                        "materials generated at the Ogden, Utah, zirconium plant of Harlow Electric Corp's <HEC> Corvex "
                        "Zirconium subsidiary.")
    assert not [k for k in ties if k[0] in ("acquisition", "divestment")]
    assert ties.get(("stake", "Harlow Electric", "Corvex Zirconium")) == "active"


def test_a_bid_for_a_companys_business_takes_no_company_over(rules):
    ties = found(rules, "Brenmar announced last week it had agreed in principle to buy the Harlow operation for 630 "
                        "mln dlrs.")
    assert not [k for k in ties if k[0] == "acquisition"]


def test_the_unit_named_after_the_is_still_bought(rules):
    ties = found(rules, "Brenmar Corp said it agreed to acquire the Harlow Automation Systems division of Corvex "
                        "Corp for an undisclosed amount of cash.")
    assert ("acquisition", "Brenmar", "Harlow Automation Systems") in ties


def test_a_bid_for_a_companys_named_business_takes_no_company_over(rules):
    ties = found(rules, "Callot told Reuters that Brenmar NV had made an undisclosed initial takeover offer for "
                        "Harlow Corp's European corn wet milling business by the close of Harlow's tender on March 17.")
    assert ("acquisition", "Brenmar", "Harlow") not in ties


def test_a_bid_for_the_whole_company_stands_beside_its_business(rules):
    ties = found(rules, "While Brenmar's participation in a 1.4 billion dlr bid for Harlow Siegler Inc was "
                        "aggressive, Brenmar was mainly interested in Harlow's profitable auto glass operations.")
    assert ("acquisition", "Brenmar", "Harlow Siegler") in ties


def test_the_company_whose_consent_a_sale_takes_is_no_buyer(rules):
    ties = found(rules, "Smith said it would be possible for Brenmar Corp to sell off part of its 49 pct in a public "
                        "offering with Harlow Lyons' consent.")
    assert not [k for k in ties if "Harlow Lyons" in k[1:]]


def test_whom_shares_are_held_for_is_no_company_held(rules):
    ties = found(rules, "But a major hitch developed in the deal when the price of Harlow stock, which Brenmar and Co "
                        "was holding for Corvex, dipped sharply, it said.")
    assert ("stake", "Brenmar", "Corvex") not in ties
