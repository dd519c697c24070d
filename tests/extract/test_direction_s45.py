"""Which way a tie runs and who is a party to it (session 45): an office at a company's unit is the unit's,
a passive spin-off "to X holders" is X's, a person's "partner" title is no alliance, an order "for" a
maker's goods is supplied by the maker, a company the partners of a venture mean to buy is no partner,
a second supplier in a clause that leaves the verb out is no customer, a deal that "provides for"
something supplies nothing, "owned 24 pct by X" is X's stake, and parts pooled are no merger."""

from __future__ import annotations

from .mentions import roles, ties


def test_an_office_at_a_named_unit_of_a_company_is_not_the_parents(rules):
    found = roles(rules, "Kestrel Foods Inc said it named Harold P. Wendt president. Wendt was previously president "
                         "and chief operating officer of Marlowe Corp's Straw Hat Pizza unit.")
    assert ("Harold P. Wendt", "Marlowe") not in found
    assert ("Harold P. Wendt", "Kestrel Foods") in found


def test_an_office_at_a_unit_named_after_the_noun_is_the_units(rules):
    found = roles(rules, "Dalton said Ruth Ames was previously president of Varrow Group's airline unit, "
                         "Varrow Airlines Ltd.")
    assert ("Ruth Ames", "Varrow Airlines") in found
    assert ("Ruth Ames", "Varrow Group") not in found


def test_a_company_spun_off_to_another_companys_holders_is_that_companys_divestment(rules):
    found = ties(rules, "Norlan Retail Inc said it posted higher profits. The company took over Corvex Corp's "
                        "international retail operations last September and was spun off to Corvex holders of "
                        "record December 31.")
    assert ("divestment", "Corvex", "Norlan Retail") in found
    assert ("divestment", "Norlan Retail", "Corvex") not in found


def test_a_person_who_is_a_partner_of_a_firm_ties_no_company_to_it(rules):
    found = ties(rules, "Carl Brunner has been in public accounting for 12 years, most recently as partner at "
                        "Cooper Brothers and Lybrand.")
    assert not {t for t in found if t[0] == "alliance"}
    assert ("Carl Brunner", "Lybrand") not in roles(rules, "Carl Brunner has been in public accounting for 12 years, "
                                                           "most recently as partner at Cooper Brothers and Lybrand.")


def test_an_order_for_a_makers_jets_is_supplied_by_the_maker(rules):
    found = ties(rules, "ZURICH, March 19 - Alpair <ALPZ.Z> said that the order for Dunmore Aircraft Corp <DNM> "
                        "DA-11 long haul jets confirmed this morning was worth a total 1.2 billion Swiss francs.")
    assert ("supply", "Dunmore Aircraft", "Alpair") in found
    assert ("supply", "Alpair", "Dunmore Aircraft") not in found


def test_the_company_a_venture_is_formed_to_take_over_is_no_partner(rules):
    found = ties(rules, "Halvorsen AG and Bressac SA agreed to cooperate. Both companies will form a joint venture "
                        "to take over the whole of Telcomat SA.")
    assert not {t for t in found if t[0] == "joint_venture" and "Telcomat" in t[1:]}


def test_a_second_supplier_in_a_gapped_clause_is_no_customer(rules):
    found = ties(rules, "It said Amstead Inc, Sidney, Ohio, was selected to supply trunk floor carpets and "
                        "Bluepoint Plastics Inc, Marysville, Mich., duct assemblies and column covers.")
    assert not {t for t in found if t[0] == "supply" and {"Amstead", "Bluepoint Plastics"} <= set(t[1:])}


def test_an_agreement_that_provides_for_a_program_supplies_nothing(rules):
    found = ties(rules, "Shelby Circuits Inc said it signed the previously announced agreements with Sumida "
                        "Plastics Co Ltd, Tokyo, Japan, providing for a joint participation program for "
                        "manufacturing flexible circuits.")
    assert not {t for t in found if t[0] == "supply"}


def test_a_company_owned_a_percentage_by_another_is_held_by_that_other(rules):
    found = ties(rules, "Kanto Motor Corp is owned 24 pct by Ridgeway Motor Co.")
    assert ("stake", "Ridgeway", "Kanto") in found
    assert ("stake", "Kanto", "Ridgeway") not in found


def test_two_companies_merging_their_interests_are_not_merged(rules):
    found = ties(rules, "Tasco Ltd and Norpac Ltd said earlier today they were merging their pulp and paper "
                        "interests in a joint partnership.")
    assert not {t for t in found if t[0] == "merger"}
