"""Relations on 1987 wire copy (REL20, session 44): a rating agency comments on the deals of the companies it
rates, in the sentence it rates in and in the story's later sentences, and is no party to them; a seller's own
goods or services sold are trade, no divestment (the buyer "to" them named is its customer)."""

from __future__ import annotations

import pytest


def ties(extractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = extractor.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


@pytest.mark.parametrize("name", ["rules", "judged"])
def test_a_rater_named_again_later_is_no_party_to_the_deal_it_weighs(name, request):
    found = ties(request.getfixturevalue(name),
                 "NEW YORK, March 2 - Moody's Investors Service Inc said it may downgrade the ratings of Garvane "
                 "Corp's 500 mln dlrs of debt following its offer for Hollis Inc.\nMoody's said it would study the "
                 "degree of financial risk the acquisition offer represents for Garvane.")
    assert not any("Moody" in s or "Moody" in t for _, s, t in found)


def test_a_rater_under_a_dateline_is_no_party_to_the_merger_it_rates(rules):
    found = ties(rules, "NEW YORK, March 11 - Standard and Poor's Corp said it downgraded Halbrook International "
                        "Corp and upgraded Tessel Tool Co to reflect the companies' merger into Halbrook Tessel Inc.")
    assert not any("Poor" in s or "Poor" in t for _, s, t in found)


def test_a_rater_and_a_deal_it_does_not_weigh_leave_the_deal_whole(rules):
    found = ties(rules, "NEW YORK, March 5 - Cardell Corp said it agreed to buy Fenwick Inc for 20 mln dlrs.\n"
                        "Moody's said it may downgrade Cardell's debt.")
    assert ("acquisition", "Cardell", "Fenwick") in found


def test_advertising_sold_on_a_network_is_no_divestment(rules):
    found = ties(rules, "The company said the agreement also gives Vantor News the right to sell advertising spots "
                        "on Meridel TV.")
    assert not any(t == "divestment" for t, _, _ in found)


def test_products_sold_to_a_customer_are_supply_not_divestment(rules):
    found = ties(rules, "SAN JOSE, Calif., March 31 - Korvel Systems Inc said it agreed to sell its networking "
                        "products to Brannock Enterprises Inc.")
    assert not any(t == "divestment" for t, _, _ in found)


def test_a_product_line_or_products_division_sold_is_still_a_divestment(rules):
    assert ("divestment", "Acme", "Beta") in ties(rules, "Acme Corp said it agreed to sell its Widget product line "
                                                         "to Beta Inc.")
    found = ties(rules, "PITTSBURGH, March 6 - Delmont Safety Co said it agreed to sell its filter products "
                        "division to Harwell Co Inc for undisclosed terms.")
    assert ("divestment", "Delmont Safety", "Harwell") in found


def test_a_fleet_sold_is_read_as_before(rules):
    found = ties(rules, "MONTREAL, March 18 - Corland Shipping Ltd said it will sell three tankers, effective "
                        "April one, 1987, to Navimar Inc.")
    assert ("divestment", "Corland Shipping", "Navimar") in found


def test_a_licence_a_company_obtains_to_anothers_technology_is_granted_by_the_owner(rules):
    found = ties(rules, "Harlan Corp said it obtained a licence to Wexford Inc's drug delivery technology.")
    assert ("licensing", "Wexford", "Harlan") in found
    assert ("licensing", "Harlan", "Wexford") not in found


def test_rights_and_licences_acquired_are_the_buyers_as_licensee(rules):
    found = ties(rules, "Harlan Corp said it acquired the worldwide rights and licences to Wexford Inc's drug "
                        "delivery technology.")
    assert ("licensing", "Wexford", "Harlan") in found


def test_a_licence_a_company_grants_keeps_its_direction(rules):
    found = ties(rules, "Wexford Inc said it granted Harlan Corp a licence to its drug delivery technology.")
    assert ("licensing", "Harlan", "Wexford") not in found
