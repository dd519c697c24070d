"""Who the parties are (issue 15, third round): a preposition names its object's own company, not the
owner that qualifies it; "its" belongs to the company it is listed beside; a group acts through the
companies it names; a bid's bidder is named by "from" (or "target of"); a company merging what it owns
ties the things merged. The rules alone are tested; the sentences are written for these tests and
the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


def test_a_passive_agent_named_with_its_owner_is_the_unit_not_the_owner(rules):
    got = found(rules, "Dunmore Savings and Loan Association said it has agreed in principle to be purchased "
                       "by Halvard Financial Corp's Halvard Savings and Loan Association.")
    assert ("acquisition", "Halvard Savings and Loan Association", "Dunmore Savings and Loan Association") in got, got
    assert ("acquisition", "Halvard Financial", "Dunmore Savings and Loan Association") not in got, got
    # the buyer's owner still owns it: the unit is the buyer, it does not change hands
    assert got.get(("stake", "Halvard Financial", "Halvard Savings and Loan Association")) == "active", got


def test_a_seller_named_with_its_owner_is_the_unit(rules):
    got = found(rules, "Brisco Industries Inc said it completed the purchase of 16 retail branches from "
                       "Tamsin Financial Corp's Tamsin Savings.")
    assert ("divestment", "Tamsin Savings", "Brisco Industries") in got, got
    assert ("divestment", "Tamsin Financial", "Brisco Industries") not in got, got


def test_its_unit_belongs_to_the_company_listed_before_it(rules):
    got = found(rules, "Orlen Bank Corp said it has agreed to acquire Pemberly Bancshares Inc of Mobile, Ala., "
                       "and its Pemberly State Bank subsidiary for about 457,000 common shares.")
    # the parent is the company "its" is listed beside (how the parse hangs the unit decides whether
    # it is read as held or as sold with the parent), never the buyer
    assert {("stake", "Pemberly Bancshares", "Pemberly State Bank"),
            ("divestment", "Pemberly Bancshares", "Pemberly State Bank")} & set(got), got
    assert ("stake", "Orlen Bank", "Pemberly State Bank") not in got, got


def test_its_unit_after_a_company_and_with_belongs_to_that_company(rules):
    got = found(rules, "Kestrel Oil gained 3/4 to 15-7/8, Varnell Corp, with its Dorrit Oil Co unit, rose 1/2.")
    assert ("stake", "Varnell", "Dorrit Oil") in got, got
    assert ("stake", "Kestrel Oil", "Dorrit Oil") not in got, got


def test_a_unit_named_after_its_owner_and_a_comma(rules):
    got = found(rules, "The company said Brantley Foods and another Castellan Corp unit, Wexford Properties Inc, will be "
                       "the partnership's general partner.")
    assert got.get(("stake", "Castellan", "Wexford Properties")) == "active", got


def test_a_group_acts_through_the_companies_it_names(rules):
    got = found(rules, "An investor group including Ardent Shares Corp and Ardent Income Fund Inc told the "
                       "Securities and Exchange Commission it raised its stake in Perrin Corp to 8.2 pct.")
    assert ("stake", "Ardent Shares", "Perrin") in got, got
    assert ("stake", "Ardent Income Fund", "Perrin") in got, got
    got = found(rules, "A group led by Tolliver Investments said it has acquired 486,400 shares of Quenby "
                       "Research Corp, or 6.4 pct of the total outstanding common stock.")
    assert ("stake", "Tolliver Investments", "Quenby Research") in got, got


@pytest.mark.parametrize("text, bidder, target", [
    ("Norvale Inc said it received a proposed takeover offer from Stenhouse Resources Ltd involving a swap "
     "of shares.", "Stenhouse Resources", "Norvale"),
    ("Traders said Larkspur Marine Corp is a likely takeover target of Delacourt Chemical Corp.",
     "Delacourt Chemical", "Larkspur Marine"),
])
def test_the_bidder_named_by_from_or_target_of(rules, text, bidder, target):
    got = found(rules, text)
    assert ("acquisition", bidder, target) in got, got
    assert ("acquisition", target, bidder) not in got, got


def test_a_company_merging_what_it_owns_ties_the_things_merged(rules):
    got = found(rules, "Ormond Holdings Ltd said it will merge its Ormond Minerals division and Tallis "
                       "International Inc into a single business unit.")
    assert ("merger", "Ormond Minerals", "Tallis International") in got, got
    assert not any(k[0] == "merger" and "Ormond Holdings" in k for k in got), got


def test_things_merged_into_a_company_are_no_company_taken_over(rules):
    got = found(rules, "Calvera Bancshares Inc said three of its banks will be merged into Calvera Bank/Westgate.")
    assert not any(k[0] == "acquisition" for k in got), got


def test_an_office_at_one_company_and_a_seat_on_anothers_board(rules):
    got = found(rules, "Corliss Management Chairman Edwin Marlowe was recently elected to the Dunstan Industries board.")
    assert got.get(("role", "Edwin Marlowe", "Corliss Management")) == "active", got
    assert got.get(("role", "Edwin Marlowe", "Dunstan Industries")) == "active", got


def test_a_holders_stake_named_by_a_participle(rules):
    got = found(rules, "Corvo Motors said it agreed to buy the 46.1 pct interest owned by Dellwyn Industries in "
                       "Ambrose Motors Corp.")
    assert ("divestment", "Dellwyn Industries", "Ambrose Motors") in got, got
    assert not any(k[0] == "stake" and k[1] == "Dellwyn Industries" and k[2] == "Corvo Motors" for k in got), got
    got = found(rules, "The 20 pct stake in Pellor SA sold by Kinsey Inc of the U.S. was spread among at least "
                       "50 institutional investors worldwide, a spokesman said.")
    assert ("divestment", "Kinsey", "Pellor") in got, got
    assert ("divestment", "Pellor", "Kinsey") not in got, got


@pytest.mark.parametrize("text, key", [
    ("Halden Co said it has reached an agreement to acquire new stock representing a 16 pct interest in "
     "biotechnology company Vexor Inc for undisclosed terms.", ("investment", "Halden", "Vexor")),
    ("Marrick Steamship Co Ltd said it will subscribe to 30 mln shares in property developer Quarle Securities "
     "Plc at 60p each.", ("investment", "Marrick Steamship", "Quarle Securities")),
])
def test_new_shares_bought_are_an_investment(rules, text, key):
    got = found(rules, text)
    assert key in got, got
    assert ("acquisition", key[1], key[2]) not in got, got


def test_a_companys_shareholders_listed(rules):
    got = found(rules, "Other Vexor Corp shareholders include Stanley Continental Inc, Corbin Glass Works Inc "
                       "and Genley Inc.")
    for holder in ("Stanley Continental", "Corbin Glass Works", "Genley"):
        assert got.get(("stake", holder, "Vexor")) == "active", got


def test_a_bid_that_is_a_passives_subject_is_made_by_the_agent(rules):
    got = found(rules, "A formal offer for Brackley Breweries is expected to be tabled by Castmoor Holdings next week.")
    assert got.get(("acquisition", "Castmoor", "Brackley Breweries")) == "proposed", got


def test_a_takeover_by_a_buyer_not_named_gives_the_sentences_subject_nothing(rules):
    got = found(rules, "The chief executive of Dunholm Bank is pitching for Europe's largest bank to play a major "
                       "role in financing a possible takeover of Brackley Breweries by the US-based brewing giant "
                       "which owns three breweries.")
    assert not any(k[0] == "acquisition" for k in got), got
    got = found(rules, "Harlan Corp approved the acquisition of Dunmore Inc by Teller Corp.")
    assert ("acquisition", "Teller", "Dunmore") in got, got
    assert ("acquisition", "Teller", "Harlan") not in got, got


@pytest.mark.parametrize("text, key", [
    ("Dovecote Inc completed the spin-off of its Rill Energy unit.", ("divestment", "Dovecote", "Rill Energy")),
    ("Halcyon Corp said the take-over of Brill Corp was completed.", ("acquisition", "Halcyon", "Brill")),
])
def test_hyphenated_trigger_nouns(rules, text, key):
    assert key in found(rules, text)


def test_a_deal_with_a_company_to_supply_makes_it_the_customer(rules):
    got = found(rules, "Zentra Inc has inked a deal with Moravia Corp to supply batteries.")
    assert ("supply", "Zentra", "Moravia") in got, got


def test_a_named_division_of_a_company_bought(rules):
    got = found(rules, "Tenmore Inc said its Newport Yards subsidiary has completed the purchase of the Sperrin "
                       "Marine Systems division of Unitas Corp for about 70 mln dlrs.")
    assert got.get(("acquisition", "Newport Yards", "Sperrin Marine Systems")) == "active", got
    assert got.get(("divestment", "Unitas", "Sperrin Marine Systems")) == "active", got
    assert ("divestment", "Unitas", "Newport Yards") not in got, got


def test_a_stake_held_by_a_seller_in_a_company_not_named_gives_no_stake_in_the_buyer(rules):
    got = found(rules, "Newbury doubled its ownership in Pelham Holding Co in January by purchasing 30.74 pct "
                       "interest held by the Wilmot Cos for 320 mln dlrs.")
    assert not any(k[1] == "Wilmot" and k[2] == "Newbury" for k in got), got
