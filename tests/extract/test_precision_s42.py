"""Ties a blind draw of 1987 wire copy showed wrong: a plane named by its maker and model read as the maker
changing hands; a company that "joined" others in raising prices read as a person employed by them; brokers
who buy an issuer's notes to sell on, and lenders of an agreed credit line, read as parties; the partner of
"an agreement with Y to supply it with" goods read as the customer; counted shares bought "from" their issuer
read as a takeover; a company to "become a subsidiary" under a plan still in talks read as agreed. The
sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_planes_named_by_maker_and_model_are_no_sale_of_the_maker(rules):
    got = found(rules, "WASHINGTON, April 7 - Halden Airways Inc said it has sold 10 of its 11 Tamsin 737's to "
                       "Marlow System Inc <MRL>, which then leased seven of the planes back.")
    assert not any("Tamsin" in k for k in got), got


def test_a_model_designation_with_letters_is_a_product_too(rules):
    got = found(rules, "Halden Air said it bought three Tamsin A320s from Vandry Leasing Corp.")
    assert not any("Tamsin" in k for k in got), got


def test_a_percent_after_a_name_is_no_model(rules):
    got = found(rules, "Halden Air said it bought a 10 pct stake in Vandry Leasing Corp.")
    assert ("stake", "Halden Air", "Vandry Leasing") in got, got


def test_joining_companies_in_raising_prices_is_no_employment(rules):
    got = found(rules, "Tom Brill joined Halcott Bank and Orlen Securities in buying the bonds of the city.")
    assert not any(k[0] == "role" for k in got), got


def test_joining_a_company_is_still_employment(rules):
    got = found(rules, "Mr. Bianchi joined Euronet in March.")
    assert ("role", "Bianchi", "Euronet") in got, got


def test_brokers_buying_an_issuers_notes_are_no_party(rules):
    got = found(rules, "TORONTO, April 3 - Orlen Paper Corp said it agreed to sell 93 mln dlrs of convertible "
                       "notes, with half to be purchased by brokers Halcott Securities Inc and Marlow Dealer Ltd "
                       "and the other half by its controlling shareholder Brook Industrial Corp.")
    assert not any("Halcott Securities" in k or "Marlow Dealer" in k for k in got), got


def test_a_broker_buying_shares_holds_a_stake(rules):
    got = found(rules, "Hong Kong broker Halcott Securities Ltd said it bought 5.2 pct of Vandry Mining Corp.")
    assert ("stake", "Halcott Securities", "Vandry Mining") in got, got


def test_lenders_of_an_agreed_credit_line_are_no_allies(rules):
    got = found(rules, "GAITHERSBURG, Md., March 9 - Halden Corp said it has completed an agreement for Marlow "
                       "Brook Venture Capital's Plant Resources Venture Fund II and Tamsin Venture Partners II and "
                       "accounts managed by Orlen Bank <ORB> to provide it with a four mln dlr interim credit line.")
    assert not any(k[0] == "alliance" for k in got), got


def test_an_agreement_to_develop_chips_is_still_an_alliance(rules):
    got = found(rules, "Halden Corp said it signed an agreement with Marlow Inc to develop and market computer chips.")
    assert ("alliance", "Halden", "Marlow") in got, got


def test_an_agreement_with_one_to_provide_it_with_goods_makes_the_partner_the_supplier(rules):
    got = found(rules, "Halden Corp said it signed an agreement with Marlow Inc to supply it with gas turbines.")
    assert ("supply", "Halden", "Marlow") not in got, got
    assert ("supply", "Marlow", "Halden") in got, got


def test_counted_shares_bought_from_the_issuer_are_a_stake_not_a_takeover(rules):
    got = found(rules, "Halden Gold said it will use another 2,825,370 dlrs of the proceeds to buy from <Marlow Gold "
                       "Corp> 1,053,000 Marlow common shares at 2.29 dlrs each.")
    assert ("acquisition", "Halden Gold", "Marlow Gold") not in got, got


def test_becoming_a_subsidiary_under_a_plan_still_in_talks_is_no_agreement(rules):
    got = found(rules, "HOUSTON, April 3 - Halden Petroleum Services Inc said it agreed to begin talks with Marlow "
                       "International Inc to form a plan of reorganization under which Halden would become a "
                       "subsidiary of Marlow.")
    assert got.get(("stake", "Marlow International", "Halden Petroleum Services")) == "in_talks", got


def test_becoming_a_subsidiary_under_an_agreed_plan_is_agreed(rules):
    got = found(rules, "Halden Corp and Strata Corp said they signed a merger agreement for Strata to become a wholly "
                       "owned subsidiary of Halden.")
    # a wholly owned unit yet to come is the owner's acquisition (BOTH19: ``ownership._taken_whole``)
    assert got.get(("acquisition", "Halden", "Strata")) == "agreed", got


def test_counted_shares_from_the_issuer_with_a_price_each_are_no_takeover(rules):
    got = found(rules, "Halden Gold said it will use another 2,825,370 dlrs of the proceeds to buy from <Marlow Gold "
                       "Corp> 1,053,000 Marlow common shares at 2,29 dlrs each and exercise a warrant to buy another "
                       "two mln common shares at 20.7 cts per share.")
    assert ("acquisition", "Halden Gold", "Marlow Gold") not in got, got
