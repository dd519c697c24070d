"""Ties that cooperate or trade, and the sentences that only seem to state them: a company merged with
its own unit, a group of a company and its affiliate, the products named in what a partnership is for,
an agreement beside a bid, a stake bought in a venture, a combination of securities, a labour contract and
a court's order; and franchisees and licensees, who hold a licence from the company named with them. The
rules alone are tested; the sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def _types(got, *types: str) -> set[tuple[str, str, str]]:
    return {k for k in got if k[0] in types}


def test_a_company_does_not_merge_with_its_own_unit(rules):
    got = found(rules, "Corvale Inc said it completed the merger of its Sea-Orca Products Co unit and "
                       "Tridell Seafoods Corp.")
    assert ("merger", "Corvale", "Sea-Orca Products") not in got
    assert ("merger", "Sea-Orca Products", "Corvale") not in got


def test_a_company_and_its_affiliate_are_one_side_of_a_venture(rules):
    got = found(rules, "Investor Marten Sosberg said Southway Corp and affiliate Prattle Hotels Corp have ended "
                       "talks with his MTX Acquisition Corp on a possible joint venture for the acquisition of "
                       "Caesaro World Inc.")
    assert not {k for k in _types(got, "joint_venture") if {"Southway", "Prattle Hotels"} == set(k[1:])}


def test_two_companies_forming_a_venture_are_partners(rules):
    got = found(rules, "Alvora Corp and Betamax Industries Inc formed a joint venture.")
    assert _types(got, "joint_venture")


def test_the_names_in_what_a_partnership_is_for_are_no_partners(rules):
    got = found(rules, "Flexor Benefit Service also partners with IXServe to offer the IXLine private exchange "
                       "for employers and the IXShop online marketplace for individuals.")
    assert ("alliance", "Flexor Benefit Service", "IXServe") in got
    assert not {k for k in _types(got, "alliance") if {"IXLine", "IXShop"} & set(k[1:])}


def test_an_agreement_beside_a_bid_is_no_alliance(rules):
    got = found(rules, "MCX Holdings Inc called its previous offer, made February 26, the final proposed "
                       "revision of its agreement with Viacorp International Inc.")
    assert not _types(got, "alliance")


def test_a_stake_bought_in_a_venture_makes_buyer_and_seller_no_partners(rules):
    got = found(rules, "Hecton Mining Co said it agreed to buy a 28 pct stake in the Greens Cove joint venture "
                       "from Amsello Minerals Inc.")
    assert not _types(got, "joint_venture")


def test_a_combination_of_securities_is_no_merger(rules):
    got = found(rules, "The company said the proposal involved an exchange of Grease Marmot Holding Corp common "
                       "stock for a combination of Jiffo Lube International Inc securities.")
    assert not _types(got, "merger")


def test_a_labour_contract_is_no_supply(rules):
    got = found(rules, "Deltara had maintained that the three unions having contracts with Westair Airlines Inc "
                       "would be extinguished.")
    assert not _types(got, "supply")


def test_a_court_order_is_no_supply(rules):
    got = found(rules, "The order, which was issued by the Ninth Circuit Court of Appeals, requires Westair Air "
                       "Lines Inc to discuss with its unions whether its labor contracts will be binding for "
                       "Deltara Air Lines Inc, Deltara said.")
    assert not _types(got, "supply")


def test_projections_provided_are_no_supply(rules):
    got = found(rules, "Cyacorp said financial projections it developed for Cyclon Corp were materially lower than "
                       "the financial projections provided by Cyclon Corp to Dixmoor Group PLC.")
    assert not _types(got, "supply")


def test_an_order_for_jets_is_still_supply(rules):
    got = found(rules, "Indigo Airways Ltd placed an order for 30 jets with Airbrook SE.")
    assert _types(got, "supply")


def test_a_franchisee_of_a_chain_is_its_licensee(rules):
    got = found(rules, "Calden Inc is the largest franchisee of PepsiCo Inc's Taco Belle restaurants, operating 143 "
                       "in California.")
    assert got.get(("licensing", "Taco Belle", "Calden")) == "active"


def test_a_franchisor_named_beside_the_noun_licenses_the_company(rules):
    got = found(rules, "SIS Corp said it has completed the acquisition of its franchisor Sistine International Inc "
                       "from Wendell's International Inc for 14.5 mln dlrs in stock.")
    assert ("licensing", "Sistine International", "SIS") in got
    assert ("licensing", "Wendell's International", "SIS") not in got


def test_a_licensee_named_by_its_licensor(rules):
    got = found(rules, "Orbit Foods Inc, a Burger Queen Corp franchisee, said sales rose.")
    assert ("licensing", "Burger Queen", "Orbit Foods") in got


def test_a_franchisee_with_no_franchisor_named_is_no_licence(rules):
    got = found(rules, "Orbit Foods Inc, the franchisee, bought Burger Queen Corp shares.")
    assert not _types(got, "licensing")


def test_rivals_competing_for_a_contract_supply_nobody_yet(rules):
    got = found(rules, "Boeland Co and Airbrook SE are competing for a contract to supply jets to Qantara Airways "
                       "Ltd.")
    assert not _types(got, "supply")


def test_a_contract_won_is_supply(rules):
    got = found(rules, "Boeland Co won a contract to supply jets to Qantara Airways Ltd.")
    assert ("supply", "Boeland", "Qantara Airways") in got


def test_companies_each_working_with_a_government_are_no_partners(rules):
    got = found(rules, "Toyoda Motor Corp and Hondo Motor Co said they would cooperate with the government on safety "
                       "standards.")
    assert not _types(got, "alliance")


def test_companies_working_with_each_other_are_partners(rules):
    got = found(rules, "Toyoda Motor Corp and Hondo Motor Co said they would cooperate with each other on safety "
                       "standards.")
    assert _types(got, "alliance")


def test_a_target_merged_into_its_buyers_unit_is_taken_over_not_merged(rules):
    got = found(rules, "Acmera Corp said it agreed to acquire Betamo Inc, which will be merged with Acmera's "
                       "Gammon Corp subsidiary.")
    assert ("acquisition", "Acmera", "Betamo") in got
    assert not _types(got, "merger")
