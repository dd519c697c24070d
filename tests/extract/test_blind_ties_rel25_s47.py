"""Ties the blind judges of the Reuters train build found wrong (REL25, issue 15): firms that each work with
a third are no partners; a sale's "from the sale of" names no seller; own shares sold are the buyer's stake; an
agreement "to distribute" another's goods is no alliance; a planned new name is no buyer; a parent is no ally; a
clause of its own names no object; "its" in "X said Y agreed to work with its unit" is X's; a unit's assets
bought are the unit. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_firms_each_in_partnership_with_a_third_are_no_partners(rules):
    ties = found(rules, "The foreign firms - Harlow Oil Corp, Brenmar Petroleum Corp and Corvex Energy Corp - are "
                        "working in partnership with the National Military Office for Strategic Industries.")
    assert not [k for k in ties if k[0] == "alliance"]


def test_proceeds_from_the_sale_of_a_unit_name_no_seller_of_the_bidder(rules):
    ties = found(rules, "MILWAUKEE, March 16 - Harlow Western Inc said Brenmar Partners are offering to acquire Harlow "
                        "for 15.50 dlrs per share, subject to Harlow's receipt of at least 110 mln dlrs from the proposed "
                        "sale of its Corvex Gear Corp subsidiary.")
    assert ("divestment", "Corvex Gear", "Harlow Western") not in ties
    assert ("divestment", "Harlow Western", "Corvex Gear") in ties


def test_own_shares_sold_are_the_buyers_stake(rules):
    ties = found(rules, "Harlow Parts Inc said it asked the court for a declaratory judgment upholding its recent 5.4 "
                        "mln dlr sale of common shares and warrants to Brenmar Inc.")
    assert ties.get(("stake", "Brenmar", "Harlow Parts")) == "active"
    assert ("divestment", "Harlow Parts", "Brenmar") not in ties


def test_an_agreement_to_distribute_anothers_goods_is_no_alliance(rules):
    ties = found(rules, "Harlow Telecommunications said that it had signed a two-year, eight mln Canadian dlr, "
                        "distribution agreement with Brenmar Technologies Inc of Canada to distribute its VoiceStation "
                        "system in Canada.")
    assert not [k for k in ties if k[0] == "alliance"]


def test_a_planned_new_name_is_no_buyer(rules):
    ties = found(rules, "DENVER, March 3 - Harlow Resources Corp said its board set a shareholders' meeting to vote on "
                        "the sale of its oil and gas properties and the change of the company's name to Harlow Gold Inc.")
    assert not [k for k in ties if "Harlow Gold" in k]


def test_a_parent_is_no_ally(rules):
    ties = found(rules, "Nilsson said the takeover will provide opportunities to cooperate with the mining operations "
                        "of Harlow's parent company, Brenmar AB.")
    assert ties.get(("stake", "Brenmar", "Harlow")) == "active"
    assert not [k for k in ties if k[0] == "alliance"]


def test_a_company_in_a_clause_of_its_own_is_not_what_is_sold(rules):
    ties = found(rules, "Bus-manufacturing operations at one of the three plants--the Pontiac Central facility--are "
                        "being sold to Harlow Corp, although Brenmar Motors will retain the facility.")
    assert ("acquisition", "Harlow", "Brenmar Motors") not in ties


def test_its_unit_in_work_with_its_unit_is_the_speakers(rules):
    ties = found(rules, "Harlow National Corp said the Brenmar Development Corp agreed to work exclusively with its "
                        "Corvex National Bank unit in banking business between China and New England.")
    assert ("stake", "Brenmar Development", "Corvex National Bank") not in ties
    assert ties.get(("stake", "Harlow National", "Corvex National Bank")) == "active"


def test_the_assets_of_a_named_division_are_the_division_bought(rules):
    ties = found(rules, "Harlow Devices Inc said it completed its acquisition of the assets and liabilities of Brenmar, "
                        "a division of Corvex Industries Inc.")
    assert ("divestment", "Brenmar", "Harlow Devices") not in ties
    assert ties.get(("acquisition", "Harlow Devices", "Brenmar")) == "active"
    assert ties.get(("divestment", "Corvex Industries", "Brenmar")) == "active"


def test_a_part_of_a_named_division_is_still_the_divisions_sale(rules):
    ties = found(rules, "Harlow Bank Corp said it bought the factoring division of Brenmar Commercial Corp, a unit of "
                        "Corvex Corp.")
    assert ("divestment", "Brenmar Commercial", "Harlow Bank") in ties


def test_operations_of_a_company_bought_through_a_broken_phrase_are_its_divestment(rules):
    ties = found(rules, "Harlow Can Inc said it acquired the metal can making operations of Brenmar Enterprises Ltd.")
    assert ("acquisition", "Harlow Can", "Brenmar Enterprises") not in ties
    assert ("divestment", "Brenmar Enterprises", "Harlow Can") in ties


def test_an_agreement_to_install_an_engine_is_no_alliance(rules):
    ties = found(rules, "LONDON, March 25 - Harlow Engines Ltd said it signed an agreement with Brenmar Aircraft Co to "
                        "install its RB 211 engine on the B767 family of aircraft.")
    assert not [k for k in ties if k[0] == "alliance"]
