"""Ties the rules missed on real wire copy (RECALL4, issue 15): a subsidiary told in a relative clause ("X,
which is a wholly-owned subsidiary of Y"); a share owned set beside a company ("X, 80 pct owned by Y, said ...")
when the parse makes the share a second subject; "Y, its 65 pct owned subsidiary" set beside a firm is the
owner's whose "its" it is; a firm that sells all its assets to a buyer is taken over by it; the firm a spokesman speaks for still has
the owner its apposition names. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_subsidiary_told_in_a_relative_clause(rules):
    ties = found(rules, "The refinery contract went to the Dutch company Harlow NV, which is a wholly-owned "
                        "subsidiary of Brenmar Petroleum.")
    assert ties.get(("stake", "Brenmar Petroleum", "Harlow")) == "active"


def test_a_relative_clause_after_a_description_is_said_of_the_firm(rules):
    ties = found(rules, "Shareholders in the new firm are Corvex Investors Service Inc, a U.S.-based rating agency, "
                        "and Harlow Assurance SA, a credit insurance firm, which is a subsidiary of Brenmar Holdings.")
    assert ("stake", "Brenmar", "Harlow Assurance") in ties
    assert ("stake", "Brenmar", "Corvex Investors Service") not in ties


def test_a_share_owned_set_beside_the_speaker(rules):
    ties = found(rules, "<Harlow Pak Inc>, 80 pct owned by Brenmar-Bathurst, said it proposes to acquire up to "
                        "200,000 of its common shares.")
    assert ties.get(("stake", "Brenmar-Bathurst", "Harlow Pak")) == "active"


def test_a_hyphenated_share_owned_after_a_ticker(rules):
    ties = found(rules, "TORONTO, March 31 - Harlow Oil Ltd <HRL>, 70 pct-owned by Brenmar Corp <BRN>, is "
                        "negotiating with its major crude oil suppliers.")
    assert ties.get(("stake", "Brenmar", "Harlow Oil")) == "active"


def test_a_share_owned_of_no_company_makes_no_stake(rules):
    ties = found(rules, "Ross said that the Jacksonville, Fla., paper mill, 49 pct owned by Brenmar Container Corp, "
                        "is planning to come on stream again soon.")
    assert not [k for k in ties if k[0] == "stake"]


def test_its_subsidiary_set_beside_a_firm_is_the_speakers(rules):
    ties = found(rules, "LONDON, March 18 - Harlow Plc said <Brenmar Inc>, its 65.4 pct owned U.S. oil and oil services "
                        "subsidiary, signed a letter of intent.")
    assert ties.get(("stake", "Harlow", "Brenmar")) == "active"
    assert ("stake", "Brenmar", "Harlow") not in ties


def test_a_firm_selling_all_its_assets_is_taken_over_by_the_buyer(rules):
    ties = found(rules, "Harlow Systems Inc subsequently sold substantially all of its assets to Brenmar Arms Corp.")
    assert ties.get(("acquisition", "Brenmar Arms", "Harlow Systems")) == "active"
    assert ("divestment", "Harlow Systems", "Brenmar Arms") not in ties


def test_some_of_its_assets_sold_make_the_buyer_no_thing_sold(rules):
    ties = found(rules, "Harlow Inc said it agreed to sell its oil and gas assets to Brenmar Corp for 10 mln dlrs.")
    assert ("divestment", "Harlow", "Brenmar") not in ties
    assert ("acquisition", "Brenmar", "Harlow") not in ties


def test_whose_unit_the_firm_a_spokesman_speaks_for_is(rules):
    ties = found(rules, "A spokesman for Harlow Japan, the local subsidiary of Brenmar International <BRN>, said the "
                        "firm had complained of the influx to the Ministry last July.")
    assert ties.get(("stake", "Brenmar International", "Harlow Japan")) == "active"
