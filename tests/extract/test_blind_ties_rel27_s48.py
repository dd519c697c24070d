"""Ties the blind judges of the Reuters train build found wrong (REL27, issue 15): the name after "its parent's," is
the parent; a company only ranked against another is no party; a venture's "at" names its site; a bare ticker does
not open a new line; a name that qualifies a bid is no unit; a holding of debt is no stake; the owner of what a
seller sells is neither seller nor sold; goods told by a model code are supplied; a deal weighed against another is
nobody's; managers act, not their company; a named plant's place is no unit; a committee is no company; a
"but" clause names no object; proceeds that go to a company name no buyer. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_the_name_after_its_parents_comma_is_the_parent(rules):
    ties = found(rules, "Others have less formal agreements with the parent like Harlow Electric Credit Corp whose AAA "
                        "rating reflects its parent's, Harlow Electric Co. But Harlow injected equity into the unit at "
                        "timely intervals, S and P noted.")
    assert ("stake", "Harlow Electric Credit", "Harlow Electric") not in ties
    assert ties.get(("stake", "Harlow Electric", "Harlow Electric Credit")) == "active"


def test_a_company_ranked_against_is_no_party(rules):
    ties = found(rules, "Brenmar Corp announced it would acquire Corvex AB at a price of 5.8 billion crowns, thus "
                        "forming Europe's second largest forest group after London-based Harlow International Plc.")
    assert ("acquisition", "Brenmar", "Corvex") in ties
    assert not [k for k in ties if "Harlow International" in k]


def test_a_ventures_at_names_its_site(rules):
    ties = found(rules, "S and P said it is less clear whether Harlow Corp can extricate itself from the project debt "
                        "from its phosphate mining joint venture at Four Corners.")
    assert not [k for k in ties if k[0] == "joint_venture"]


def test_a_name_opening_the_next_line_is_no_ticker(rules):
    [ex] = rules.extract([(1, "International Business Machines Corp said Paul J. Brenner will retire as vice chairman.\n"
                              "It said Anton Kessler will be chairman of IBM World Trade Corp.\n"
                              "IBM said Kessler remains a member of the IBM Management Group.")])
    roles = {(m.source, m.target) for m in ex.mentions if m.type.value == "role"}
    assert ("Paul J. Brenner", "IBM World Trade") not in roles
    assert ("Paul J. Brenner", "IBM") in roles


def test_a_name_that_qualifies_a_bid_is_no_unit(rules):
    ties = found(rules, "Harlow Group Inc has fought for Brenmar Stores Inc. The union said that Harlow's Brenmar bid "
                        "forced a major restructuring at Brenmar to pay the Hafts and their lawyers.")
    assert ("stake", "Harlow", "Brenmar Stores") not in ties


def test_a_holding_of_debt_is_no_stake(rules):
    ties = found(rules, "Harlow Guaranty Trust Co's holdings of Brenmar Banking Corp paper create special problems for "
                        "it, traders said.")
    assert not [k for k in ties if k[0] == "stake"]


def test_the_owner_of_what_is_sold_neither_sells_nor_is_sold(rules):
    ties = found(rules, "Harlow Corp said it would sell or lease Brenmar Corp's air hub in Indianapolis, which is under "
                        "construction, and would divest Brenmar's Corvex Inc subsidiary.")
    assert ("divestment", "Harlow", "Brenmar") not in ties
    assert ("stake", "Brenmar", "Corvex") in ties


def test_goods_told_by_a_model_code_are_supplied(rules):
    ties = found(rules, "PALO ALTO, Calif., March 17 - Harlow Inc said it has sold 59 HX-10 and HX-50 identity "
                        "verification systems to Brenmar Corp for undisclosed terms.")
    assert ("divestment", "Harlow", "Brenmar") not in ties
    assert ("supply", "Harlow", "Brenmar") in ties


def test_a_deal_weighed_against_another_is_nobodys(rules):
    ties = found(rules, "Harlow Airlines said it believed its offer was a better deal for Brenmar Air shareholders than "
                        "an acquisition of Corvex Aviation, but it would discuss a three-way combination.")
    assert ("acquisition", "Harlow Airlines", "Corvex Aviation") not in ties


def test_managers_act_not_their_company(rules):
    ties = found(rules, "Brenmar Ltd said the decision opened up other possibilities, including a possible buyout by "
                        "Harlow Semiconductor management.")
    assert ("acquisition", "Harlow Semiconductor", "Brenmar") not in ties


def test_a_named_plants_place_is_no_unit(rules):
    # (a real firm: the place is read as a company only beside a firm the gazetteer knows)
    ties = found(rules, "CHULA VISTA, Calif., Feb 26 - Rohr Industries Inc said it has agreed on a three-year labor "
                        "contract with its union, ending a strike.\nUnder the pact, 4,600 union members at Rohr's Chula "
                        "Vista and Riverside plants will receive lump sum payments.")
    assert not [k for k in ties if k[0] == "stake"]


def test_a_committee_is_no_company(rules):
    [ex] = rules.extract([(1, "Baker has been asked to support the legislation by Banking Chairman William Proxmire.")])
    assert not [m for m in ex.mentions if m.type.value == "role" and m.target == "Banking"]


def test_a_but_clause_names_no_object(rules):
    ties = found(rules, "Analysts believe Harlow Life has paid a premium for its stake, but it will also receive "
                        "warrants for one mln Brenmar Express shares.")
    assert ("stake", "Harlow Life", "Brenmar Express") not in ties


def test_proceeds_that_go_to_a_company_name_no_buyer(rules):
    ties = found(rules, "Late in 1985, Harlow cut a deal with Brenmar Electric Corp to settle the license proceedings "
                        "and sell KXYZ-TV for 313 mln dlrs, 70 pct of which would go to Brenmar.")
    assert not [k for k in ties if k[1] == "Brenmar Electric" and k[0] in ("stake", "acquisition")]


def test_holding_talks_is_no_holding(rules):
    ties = found(rules, "NEW YORK, March 19 - Harlow Express Co said it and its Corvex Brothers Inc subsidiary have been "
                        "holding talks on the possible equity investment in Corvex Brothers by <Brenmar Life Insurance "
                        "Co> of Japan.")
    assert ("stake", "Harlow Express", "Brenmar Life Insurance") not in ties
    assert ("stake", "Harlow Express", "Corvex Brothers") in ties


def test_a_clause_on_an_unnamed_corporation_says_nothing_of_the_seller(rules):
    ties = found(rules, "NEW YORK, March 20 - Harlow Cruises Inc said it agreed to sell a 40 pct interest in the "
                        "corporation that owns the M/V Regent Sea cruise ship for 2.1 mln dlrs to Brenmar "
                        "International SA, which owns the other 60 pct.")
    assert ("stake", "Harlow Cruises", "Brenmar International") not in ties


def test_an_order_of_a_makers_goods_is_supplied_by_the_maker(rules):
    ties = found(rules, "Harlow Airlines Inc declined to go into detail on financing arrangements for its order of 25 "
                        "<Brenmar Industrie> twinjet long distance aircraft.")
    assert ("supply", "Harlow Airlines", "Brenmar Industrie") not in ties


def test_goods_a_participle_says_are_sold_name_no_company_sold(rules):
    # (real firms: the names are read as companies only as the gazetteer knows them)
    ties = found(rules, "Ford Motor Co will take most of the cars. The imported cars will all bear Ford name plates but "
                        "those sold in the U.S. Will carry Mazda insignia.")
    assert ("divestment", "Ford", "Mazda") not in ties


def test_reselling_anothers_database_divests_nothing(rules):
    ties = found(rules, "MOUNTAIN VIEW, Calif., April 7 - Harlow Technology Corp said it has reached an agreement to "
                        "sell Brenmar Corp's Brenmar database and <Corvex Technology Inc's> Ingres database through "
                        "the Harlow direct sales force.")
    assert not [k for k in ties if k[0] == "divestment"]


def test_the_name_before_a_passives_is_is_what_is_owned(rules):
    # (real firms: the second clause's name is read as the parent's arm only as the gazetteer knows the parent)
    ties = found(rules, "General Motors Espanola is 100 pct owned by General Motors Corp <GM.N> and Ford Espana is "
                        "wholly-owned by Ford Motor Co <F.N>.")
    assert ("stake", "Ford", "General Motors Espanola") not in ties
