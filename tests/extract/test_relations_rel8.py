"""Ties that are real: the wrong pair from a sentence naming several companies, a stock exchange
made a party to a buyback or a listing, a bid read the wrong way round, a wrong type (a lease's talks,
money put into ventures, a new name), an office given to the wrong body. The sentences are written for
these tests and the companies in them are invented; the rules alone are tested, except where the
relation classifier is what once paired a company with its own new name."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def judged() -> RuleExtractor:
    return RuleExtractor()


def _pairs(got) -> set[frozenset[str]]:
    return {frozenset((s, t)) for _, s, t in got}


# --- a stock exchange is where shares are bought back, listed or delisted, no party ---------------------------


def test_a_buyback_on_an_exchange_ties_nothing(rules):
    got = found(rules, "TORONTO, March 16 - Halvard Mining Ltd said it will purchase up to 500,000 of its common "
                       "shares on the Toronto Stock Exchange over the next year.")
    assert got == {}, got


def test_an_exchange_delisting_shares_is_no_party_to_the_merger(rules):
    got = found(rules, "Brisco Corp said the New York Stock Exchange said its shares will be delisted after the "
                       "merger with Tamsin Inc.")
    assert set(got) == {("merger", "Brisco", "Tamsin")}, got


def test_a_seat_on_an_exchange_is_no_acquisition_of_it(rules):
    got = found(rules, "Orlen Bank Corp said it agreed to acquire a seat on the Montreal Exchange for 40,000 dlrs.")
    assert got == {}, got


# --- a wrong type ------------------------------------------------------------------------------------------------


def test_talks_on_a_lease_of_engines_are_no_alliance_with_their_maker(rules):
    got = found(rules, "Dunmore Airways Ltd said it was in talks with manufacturers and banks for the lease of 12 "
                       "Kestrel Motors Corp engines.")
    assert got == {}, got


def test_money_put_into_joint_ventures_is_no_investment_in_the_partner(rules):
    got = found(rules, "Varnell Oil Corp will invest 200 mln dlrs in two joint ventures with Pemberly Petroleum Co, "
                       "Varnell said.")
    assert set(got) == {("joint_venture", "Pemberly Petroleum", "Varnell Oil")}, got


def test_what_a_combination_will_be_called_is_no_party(rules):
    got = found(rules, "Orlen Savings and Dorrit Savings said they signed an agreement to combine into a holding "
                       "company to be called Orlen Dorrit Financial Corp.")
    assert not any("Orlen Dorrit Financial" in (s, t) for _, s, t in got), got


def test_a_unit_renamed_keeps_one_name_and_one_tie(rules):
    got = found(rules, "Brisco Inc said its Tamsin Steel Corp unit has been renamed Tamsin Industries Inc.")
    assert set(got) == {("stake", "Brisco", "Tamsin Steel")}, got


@pytest.mark.parametrize("text, old, new", [
    ("Dorrit Valve Co Inc said shareholders at the annual meeting approved a name change to Dorrit Industries Inc "
     "and a reduction in board size to three members from five.", "Dorrit Valve", "Dorrit Industries"),
    ("Wexford Can Co said it plans to change its name to Halvard Corp, subject to approval by shareholders at the "
     "annual meeting.", "Wexford Can", "Halvard"),
])
def test_a_name_change_ties_no_company_to_its_new_name(judged, text, old, new):
    got = found(judged, text)
    assert frozenset((old, new)) not in _pairs(got), got


def test_shares_a_company_issues_to_pay_are_no_stake_of_its_own(rules):
    got = found(rules, "Brisco Holdings Ltd said it issued 20 mln shares to Halvard AG to complete the purchase of "
                       "20 pct of Wexford AG from Halvard.")
    assert set(got) == {("stake", "Brisco", "Wexford"), ("divestment", "Halvard", "Wexford")}, got


def test_a_percentage_sold_is_a_stake_bought(rules):
    got = found(rules, "Halvard Corp's board will discuss its plan to sell 13 pct of Dorrit Securities Inc to "
                       "Varnell Life Insurance Co, a spokesman said.")
    assert set(got) == {("divestment", "Halvard", "Dorrit Securities"),
                        ("stake", "Varnell Life Insurance", "Dorrit Securities")}, got


# --- the wrong pair from a sentence that names several companies ---------------------------------------------


def test_the_owners_a_sellers_description_names_are_no_parties(rules):
    got = found(rules, "Kestrel Mining Co said it agreed to buy a 28 pct stake in the Glen Creek joint venture from "
                       "Amsel Minerals Inc, a unit of Dorrit Petroleum PLC's Dorrit North America Inc unit.")
    assert not {k for k in got if k[0] in ("stake", "divestment") and k[1] in ("Kestrel Mining", "Amsel Minerals")}, got


def test_a_company_merging_its_own_railroads_is_no_party_to_the_merger(rules):
    got = found(rules, "Tamsin Rail Corp is struggling to merge its two railroads, the Orlen Northern Railway Co and "
                       "Dorrit Pacific Transportation Co.")
    assert set(got) == {("merger", "Dorrit Pacific Transportation", "Orlen Northern Railway")}, got


def test_a_seller_is_not_paired_with_its_buyers_parent(rules):
    got = found(rules, "Halvard Corp said it agreed to sell its Orlen Products unit to a subsidiary of Kestrel "
                       "Investments Group for 430 mln dlrs.")
    assert ("divestment", "Halvard", "Kestrel Investments") not in got, got
    assert ("divestment", "Halvard", "Orlen Products") in got, got
    assert ("acquisition", "Kestrel Investments", "Orlen Products") in got, got


def test_a_companys_former_shareholders_hold_what_it_does_not(rules):
    got = found(rules, "Varnell said former shareholders of Brisco AB own the remaining 40 pct in Varnell Brisco Ltd.")
    assert got == {}, got


def test_companies_listed_with_their_own_percentages_hold_beside_the_subject(rules):
    got = found(rules, "After the conversion, Orlen Data Corp will own 80 pct, Halvard Inc, 14 pct and Brisco SA six "
                       "pct.")
    assert got == {}, got


def test_a_working_interest_taken_over_is_no_stake_in_the_buyer(rules):
    got = found(rules, "Tamsin Energy said Orlen Oil exercised its option to take over Brisco Resources' 25 pct "
                       "working interest in the construction of the plant.")
    assert ("stake", "Brisco Resources", "Orlen Oil") not in got, got


def test_a_company_set_apart_by_other_than_is_no_party(rules):
    got = found(rules, "Kestrel said it plans to pay four dlrs a share to Dorrit Corp holders other than Wexford Inc.")
    assert not any("Wexford" in (s, t) for _, s, t in got), got


def test_debt_bought_is_no_acquisition_of_the_borrower(rules):
    got = found(rules, "Varnell said Kestrel Securities Corp has committed to buy 175 mln dlrs of subordinated debt "
                       "in the new Varnell unit.")
    assert got == {}, got


def test_a_part_sold_in_the_passive_is_its_owners_sale(rules):
    got = found(rules, "The agreement with Orlen Group calls for Dorrit Corp's steel businesses to be sold to a unit "
                       "of Halvard Corp for about 110 mln dlrs.")
    assert set(got) == {("divestment", "Dorrit", "Halvard")}, got


def test_a_news_agency_told_something_is_no_party(rules):
    got = found(rules, "Smith told Reuters that Kestrel Corp still believed a merger was possible between the two "
                       "companies.")
    assert not any("Reuters" in (s, t) for _, s, t in got), got


# --- bids and stakes read the right way round ------------------------------------------------------------------


def test_a_stake_named_by_its_company_is_held_in_it(rules):
    got = found(rules, "The Dorrit Securities stake is to be sold for 530 mln dlrs, Brisco Corp has said.")
    assert ("divestment", "Brisco", "Dorrit Securities") in got, got
    assert not {("stake", "Dorrit Securities", "Brisco"), ("divestment", "Dorrit Securities", "Brisco")} & set(got), got


def test_a_bid_is_for_the_company_its_for_names_not_the_sentences_subject(rules):
    got = found(rules, "Dorrit Inc said it made the statement in response to an offer by Halvard Capital Corp for "
                       "all of Pemberly Aviation Inc's shares.")
    assert set(got) == {("acquisition", "Halvard Capital", "Pemberly Aviation")}, got


@pytest.mark.parametrize("extractor", ["rules", "judged"])
def test_partners_on_a_bid_for_a_contract_are_no_buyer_and_target(extractor, request):
    got = found(request.getfixturevalue(extractor), "Orlen Systems Corp said it has joined Kestrel Telephone Co on "
                                                    "a bid for a ten-year contract to provide the government with a "
                                                    "network.")
    assert not any(k[0] == "acquisition" for k in got), got


def test_a_bid_made_against_a_rival_is_for_the_target(rules):
    got = found(rules, "Wexford Corp unsuccessfully bid against Orlen Group Plc for control of Dorrit Corp.")
    assert set(got) == {("acquisition", "Wexford", "Dorrit")}, got


def test_an_adviser_another_clause_names_is_no_target_of_the_bid(rules):
    got = found(rules, "Tamsin said its board will consider Halvard's offer in due course, noting it has retained "
                       "Kestrel Securities Corp as adviser.")
    assert ("acquisition", "Halvard", "Kestrel Securities") not in got, got
    assert ("acquisition", "Halvard", "Tamsin") in got, got


# --- an office at the right body --------------------------------------------------------------------------------


def test_the_chairman_of_a_companys_parent_is_the_parents(rules):
    got = found(rules, '"Prices are firm," said Tom Brenner, chairman of Dorrit Land\'s parent company, Halvard '
                       'Holdings Ltd.')
    assert {k for k in got if k[0] == "role"} == {("role", "Tom Brenner", "Halvard")}, got
    # and the parent company set beside the possessive owns it (session 43)
    assert {k for k in got if k[0] != "role"} == {("stake", "Halvard", "Dorrit Land")}, got


def test_a_unions_vice_president_is_no_officer_of_the_company_named(rules):
    got = found(rules, "The Teamsters said its vice president John Smith met with officials of Kestrel Motors Corp.")
    assert not any(k[0] == "role" for k in got), got


def test_the_president_of_a_companys_employees_union_is_the_unions(rules):
    got = found(rules, "Jane Brown, president of Orlen Bank's employees union, said the talks had stalled.")
    assert not any(k[0] == "role" for k in got), got
