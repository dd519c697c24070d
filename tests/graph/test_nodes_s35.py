"""Company nodes of a full wire build that are none, judged across the corpus (2026-12-03, sixth
session): a name cut at a numeral or going on into its unit's, a route's end, a plant's generating
unit, a restaurant or a building sold, a model beside another of its line, a class of a firm's
stock, a town set before its county and country, two airlines' names joined as their combination,
two names the wire's padding sets apart, and a union. The firms are made up."""

from __future__ import annotations


from keiretsu.graph.nodes import company


def test_a_name_cut_at_its_numeral_is_no_company():
    assert not company([("Imports Inc", "already holds a 43.4 pct stake in Kelvar 1 ",
                         ", told the Securities and Exchange Commission", 87, 108)])


def test_a_name_after_a_lead_word_and_a_number_stays():
    assert company([("Kelvar Imports Inc", "NEW YORK, March 1 - In 1986 ", " said", -1, -1)])


def test_a_name_that_goes_on_into_its_unit_s_is_no_company():
    assert not company([("Kelvex", " subsidiary, Consumer Discount Network.\nK mart, through its ",
                         " Buying Network, will begin supplying goods", 22, 62)])


def test_a_name_before_a_title_and_a_name_stays():
    assert company([("Kelvex", "a stake in ", " Chairman John Smith said", -1, -1)])


def test_a_route_s_end_is_no_company():
    assert not company([("Kelvar Springs", "owner and operator of the ", " to Darwin gas pipeline.", 29, 40),
                        ("Kelvar Springs", "is already a partner with AGL in the ", " to Darwin gas pipeline and", 8, 83)])


def test_a_firm_sold_to_another_stays():
    assert company([("Kelvar Gas", "said it sold ", " to Darwin Corp for 10 mln dlrs", -1, 6)])


def test_a_plant_s_generating_unit_is_no_company():
    assert not company([("Palo Kelvar", "its investment in ", " Unit Two to the extent of the book value", 156, 102),
                        ("Palo Kelvar", "none of its costs for ", " Unit Three will be included", 102, 182),
                        ("Palo Kelvar", "construction of ", " and settles any possible issue", 182, -1)])


def test_a_firm_s_unit_stays():
    assert company([("Kelvar", "said its ", " unit signed a contract", -1, -1)])


def test_a_restaurant_sold_is_no_company():
    assert not company([("Peter Kelvar Restaurant", "it has agreed to sell the ",
                         " in Urbana, Md., for 1,100,000 dlrs", 125, -1)])


def test_a_restaurant_chain_stays():
    assert company([("Kelvar Restaurants", "agreed to buy ", " for 10 mln dlrs", -1, -1)])


def test_a_building_placed_is_no_company():
    assert not company([("Canadian Kelvar Center", "said its development unit agreed to sell the ",
                         " in Edmonton, Alberta and the", 25, 30)])


def test_a_firm_s_center_awarded_a_contract_stays():
    assert company([("Defense Kelvar Center", "WASHINGTON, March 18 - Kelvar Electric Corp's ",
                     " is being awarded two Air Force contract increases", 3, -1)])


def test_a_model_beside_another_of_its_line_is_no_company():
    namings = [("Kelvex SE", "Both of the new machines, the ", " and the Kelvex II, will be faster", 287, 115),
               ("Kelvex SE", "Apple said the ", ", priced from 2,898 dlrs to 3,698 dlrs", 10, -1),
               ("Kelvex SE", "Apple's new Kelvex II and ", " computers.\nAt a seminar", 37, 85)]
    assert not company(namings)


def test_a_firm_with_a_legal_form_beside_another_firm_stays():
    assert company([("Kelvar SA", "a venture of ", " and Kelvar Holdings Ltd said", -1, 6)])


def test_a_class_of_stock_is_no_company():
    assert not company([("Series F", "It will buy back the ", " at 26.61 dlrs per share, Series H at 27.03", 346, -1)])


def test_a_town_its_county_and_country_are_no_company():
    assert not company([("Blackburn, Lancashire, England", "said it acquired <Alan Kelvar Engineering Ltd> of ",
                         ", for an undisclosed amount of cash.", 5, 88)])


def test_a_firm_with_a_comma_in_its_name_stays():
    assert company([("Kelvar, Weil, Labouisse", "co-managers ", " said", -1, -1)])


def test_two_airlines_joined_as_their_combination_are_no_company():
    assert not company([("KLV-USAir", "But the executive conceded a merged ", " would be a strong contender", 206, 34),
                        ("KLV-USAir", "it still believes a ", ' combination would "create certain synergies', 65, 98),
                        ("KLV", "the Department of Transportation, ", " said.", 71, 258)])


def test_a_hyphenated_firm_stays():
    assert company([("Kelvar-Warner", "made a merger proposal to ", " at 46 dlrs per share", -1, -1)])


def test_two_names_the_wire_s_padding_sets_apart_are_no_company():
    assert not company([("Kelvar           and Bouygues SA", "allied with French defence electronics group ",
                         " <BOUY.PA>.", 57, -1)])


def test_padding_before_a_legal_form_stays():
    assert company([("Kelvar          Plc", "LONDON, March 9 - ", " said it has no intention", -1, 66)])


def test_a_union_is_no_company():
    assert not company([("Internatinal Brotherhood", "said it is continuing to negotiate with the ",
                         " of Electrical Workers, whose 65 members", 50, -1)])


def test_a_firm_named_brotherhood_with_a_legal_form_stays():
    assert company([("Peter Kelvar Brotherhood Ltd", "said its British subsidiary, ", ", received orders", 30, 131)])
