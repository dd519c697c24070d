"""Relationships the rules read from how a sentence lists or describes its parties (issue 15, REL5):
a plural office said once of several people, a ticker between a company and its officer's title,
a unit sold in a participle clause, a unit whose name says it is one, a subsidiary told by "will be
operated as", a bid for the rest of a company (the bidder holds the rest), and shares bought "from"
a seller, who holds no stake by it; "has N pct of X"; "sales" that are revenue; "works alongside".
The sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor


def mentions(rules: RuleExtractor, text: str):
    [ex] = rules.extract([(1, text)])
    return ex.mentions


def facts(rules: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(m.type.value, m.source, m.target) for m in mentions(rules, text)}


def test_a_plural_office_is_each_listed_persons(rules):
    found = facts(rules, "Dunmore Bank Plc analysts Ann Keller, Rob Tallis and Tom Brenner wrote that rates would rise.")
    assert {("role", p, "Dunmore Bank") for p in ("Ann Keller", "Rob Tallis", "Tom Brenner")} <= found
    titles = {m.attributes.get("title") for m in mentions(rules, "Dunmore Bank Plc analysts Ann Keller and Rob "
                                                                  "Tallis wrote that rates would rise.")}
    assert titles == {"analyst"}


def test_a_singular_office_is_only_the_first_listed_persons(rules):
    # "Chief Financial Officer Ann Keller, Rob Tallis and Tom Brenner": the office is Ann Keller's alone
    found = facts(rules, "Varlo Corp said Chief Financial Officer Ann Keller, Rob Tallis and Tom Brenner resigned.")
    assert ("role", "Ann Keller", "Varlo") in found
    assert not {("role", p, "Varlo") for p in ("Rob Tallis", "Tom Brenner")} & found


def test_a_ticker_between_a_company_and_its_officers_title(rules):
    found = facts(rules, "Analysts say Quenby Mining Plc [LSE: QMN] chief executive Tom Brenner is backing himself.")
    assert ("role", "Tom Brenner", "Quenby Mining") in found


def test_a_unit_sold_in_a_participle_clause(rules):
    found = facts(rules, "Results exclude Varlo Corp's Brightwater animal health business, sold in May to Harrow "
                         "Foods Inc, another Dunmore Group affiliate.")
    assert {("acquisition", "Harrow Foods", "Brightwater"), ("divestment", "Varlo", "Brightwater")} <= found
    assert not {("divestment", "Varlo", "Harrow Foods"), ("acquisition", "Harrow Foods", "Dunmore")} & found


def test_an_unnamed_part_sold_in_a_participle_clause(rules):
    found = facts(rules, "Results exclude Varlo Corp's chemicals business, sold last year to Harrow Foods Inc.")
    assert ("divestment", "Varlo", "Harrow Foods") in found


def test_a_unit_whose_name_says_it_is_one(rules):
    found = facts(rules, "Quenby Inc said it acquired the Precision Gauges Division of <Varlo Corp> for cash.")
    assert {("acquisition", "Quenby", "Precision Gauges Division"),
            ("divestment", "Varlo", "Precision Gauges Division")} <= found
    assert ("acquisition", "Quenby", "Varlo") not in found


@pytest.mark.parametrize("text, status", [
    ("Brightwater Labs Inc will be operated as a wholly-owned subsidiary of Varlo Corp.", "active"),
    ("Brightwater Labs Inc will become a subsidiary of Varlo Corp.", "agreed"),
    ("Brightwater Labs Inc said it will operate as a wholly owned unit of Varlo Corp under its own name.", "active"),
])
def test_a_subsidiary_told_by_its_verb(rules, text, status):
    found = {(m.type.value, m.source, m.target, m.status.value) for m in mentions(rules, text)}
    assert ("stake", "Varlo", "Brightwater Labs", status) in found


def test_who_runs_a_company_as_a_unit_is_no_unit(rules):
    found = facts(rules, "Quenby Corp will run Brightwater Labs Inc as a unit of Varlo Corp.")
    assert ("stake", "Varlo", "Quenby") not in found


@pytest.mark.parametrize("text", [
    "Varlo Corp said it agreed to buy the 35 pct of Brightwater Labs Inc it does not already own.",
    "Varlo Corp called off its offer for the remaining 35 pct of Brightwater Labs Inc.",
])
def test_a_bid_for_the_rest_says_the_bidder_holds_a_stake(rules, text):
    found = {(m.type.value, m.source, m.target, m.status.value) for m in mentions(rules, text)}
    assert ("stake", "Varlo", "Brightwater Labs", "active") in found


def test_a_bid_for_a_whole_company_says_no_stake(rules):
    found = facts(rules, "Varlo Corp said it agreed to buy Brightwater Labs Inc for 20 dlrs a share.")
    assert ("stake", "Varlo", "Brightwater Labs") not in found


def test_shares_bought_from_a_seller_are_no_stake_in_the_seller(rules):
    found = facts(rules, "Varlo Corp said it has bought 2.3 mln Brightwater Labs Inc common shares, or 9.9 pct of "
                         "the total outstanding, from Quenby Trust Corp for 16 mln dlrs.")
    assert ("stake", "Varlo", "Quenby Trust") not in found
    assert ("divestment", "Quenby Trust", "Brightwater Labs") in found


@pytest.mark.parametrize("text, holder, held", [
    ("A report said Varlo Corp has 4.9 pct of Brightwater Labs Inc and may seek control.", "Varlo", "Brightwater Labs"),
    ("Quenby Group said in a filing that it has 7.9 mln shares or close to five pct of Brightwater Labs Inc.",
     "Quenby", "Brightwater Labs"),
])
def test_has_a_share_of_a_company_is_a_stake(rules, text, holder, held):
    assert ("stake", holder, held) in facts(rules, text)


@pytest.mark.parametrize("text", [
    "Varlo Corp, which has 17 mln shares outstanding, is in registration for an offering with Quenby Bank Inc.",
    "Varlo Corp has 20 pct of the U.S. market, ahead of Brightwater Labs Inc.",
])
def test_has_what_is_no_share_of_a_company_states_no_stake(rules, text):
    assert not [f for f in facts(rules, text) if f[0] == "stake"]


@pytest.mark.parametrize("text", [
    "Still to be sold are the Brightwater Labs Division with sales of 137 mln dlrs and Quenby Foods Co.",
    "Varlo Corp said sales of Quenby Labs Inc rose 5 pct.",
    "Holders will receive royalties on sales of Brightwater Labs Inc, Varlo Corp said.",
])
def test_sales_that_are_revenue_sell_nothing(rules, text):
    assert not [f for f in facts(rules, text) if f[0] in ("divestment", "acquisition")]


def test_the_sales_of_named_units_sell_them(rules):
    found = facts(rules, "Varlo Corp completed the sales of its Quenby Labs Inc and Harrow Foods Inc units to Delta Corp.")
    assert {("divestment", "Varlo", "Quenby Labs"), ("divestment", "Varlo", "Harrow Foods")} <= found


def test_working_alongside_a_company_is_an_alliance(rules):
    found = facts(rules, "Varlo Corp works alongside Quenby Bank Plc on the project.")
    assert ("alliance", "Quenby Bank", "Varlo") in found or ("alliance", "Varlo", "Quenby Bank") in found
