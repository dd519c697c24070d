"""Ties, statuses and names the blind judges of a Reuters train build (fd057f0) found wrong and the build still
showed (WRONG5, issue 15), on the stories' own sentences."""

from __future__ import annotations

from ..helpers import found, people, roles


def test_a_middle_initial_and_suffix_are_one_persons_name(rules):
    text = "Penril further said director Clifford L. Alexander Jr. has resigned from the board."
    assert people(rules, text) == {"Clifford L. Alexander Jr"}
    assert ("Clifford L. Alexander Jr", "Penril") in roles(rules, text)


def test_lee_is_a_given_name(rules):
    text = ("One of the  main architects of the PINs proposal, U.S. lawyer Lee Buchheit, is adamant that the banks "
            "have nothing to worry about.\n\"To the extent that it's a precedent, it's a precedent to be encouraged,\" "
            "Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told a debt-equity swaps conference "
            "sponsored by Euromoney magazine.\n")
    ties = found(rules, text)
    assert not [k for k in ties if "Buchheit" in k[1:] and k[0] != "role"]
    assert "Lee Buchheit" in people(rules, text)


def test_what_a_participle_says_an_agent_provides_is_the_agents_supply(rules):
    ties = found(rules, "LONDON, March 2 - Reuters Holdings Plc <RTRS.L> said it would display an English language "
                        "financial news service provided by the Japanese Jiji Press from the second quarter of 1987.")
    assert [k for k in ties if k[0] == "supply" and k[2] == "Reuters"]
    assert not [k for k in ties if k[0] == "supply" and k[1] == "Reuters"]


def test_what_an_acquisition_is_of_is_no_buyer_inside_the_subject(rules):
    ties = found(rules, "The company said the significant financial improvements from applying the net proceeds of the "
                        "offering, principally to the reduction of debt, along with its 1986 restructuring of oil and gas "
                        "operations and the acquisition of Midcon Corp have positioned Occidental to benefit from an "
                        "improving oil and gas industry environment.")
    assert not [k for k in ties if k[0] == "acquisition" and k[1] == "Midcon"]


def test_a_clause_after_a_units_parent_is_the_parents(rules):
    ties = found(rules, "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 pct "
                        "interest in Standard Oil.")
    assert ("stake", "BP", "Standard Oil") in ties
    assert ("stake", "BP North America", "Standard Oil") not in ties
    assert ("stake", "BP", "BP North America") in ties


def test_a_holding_on_a_condition_is_proposed(rules):
    ties = found(rules, "PARIS, March 17 - American Telephone and Telegraph Co and Philips Telecommunications BV (APT) "
                        "would hold 36 pct through direct and indirect holdings in France's <Cie Generale de "
                        "Constructions Telephoniques> if a joint bid with French partners for the soon-to-be-privatised "
                        "firm succeeds, a director at one of the partner firms said.")
    assert ties[("stake", "American Telephone and Telegraph", "Cie Generale de Constructions Telephoniques")] == "proposed"
    # a plain "would" with no condition is as before
    assert found(rules, "Acme Corp said it would buy 20 pct of Beta Inc.")[("stake", "Acme", "Beta")] == "agreed"


def test_a_stake_bought_in_a_jointly_owned_firm_is_held_already(rules):
    ties = found(rules, "TORONTO, March 25 - <C-I-L Inc> said it would exercise its right to acquire <Trimac Ltd>'s "
                        "stake in their jointly owned Tricil Ltd for 91 mln dlrs, with closing expected May 22.")
    assert ties[("stake", "C-I-L", "Tricil")] == "active"


def test_a_deal_that_is_the_companys_is_the_firm_the_story_had_speak(rules):
    text = ("LONDON, April 3 - A five billion dlr credit facility being arranged for two units of British Petroleum Co "
            "Plc <BP.L> attracted over 15 billion dlrs in syndication.\nBP will make the final decision on the "
            "allotments.\nThe facility is being arranged for BP International and BP North America in conjunction "
            "with the company's planned tender offer for the 45 pct of Standard Oil Co it does not already own.\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[1] == "BP North America" and k[2] == "Standard Oil"]
    assert ("stake", "BP", "Standard Oil") in ties


def test_a_partys_own_things_supplied_with_goods_are_served_by_the_partner(rules):
    text = ("ENGLEWOOD, N.J., March 9 - National Franchisors Inc, a franchise development and consulting business, "
            "said it will launch its first project, the Shoesmith shoe-care and repair shop.\nIt also said it signed an "
            "agreement with <Sutton-Landis Shoe Machinery Co>, St. Louis, to supply the franchises with machinery and "
            "support services.\n")
    ties = found(rules, text)
    assert ("supply", "Sutton-Landis Shoe Machinery", "National Franchisors") in ties
    assert ("supply", "National Franchisors", "Sutton-Landis Shoe Machinery") not in ties


def test_a_bid_its_maker_plans_is_proposed(rules):
    text = ("LONDON, April 3 - A five billion dlr credit facility being arranged for two units of British Petroleum Co "
            "Plc <BP.L> attracted over 15 billion dlrs in syndication.\nBP will make the final decision on the "
            "allotments.\nThe facility is being arranged for BP International and BP North America in conjunction "
            "with the company's planned tender offer for the 45 pct of Standard Oil Co it does not already own.\n")
    assert found(rules, text)[("acquisition", "BP", "Standard Oil")] == "proposed"
    # a planned merger is agreed, as before
    assert found(rules, "Acme Corp said the planned merger with Beta Inc is expected to be completed "
                        "in June.")[("merger", "Acme", "Beta")] == "agreed"
