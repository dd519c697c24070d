"""Ties the judges of a Reuters build found not real (session 46, REL24): power sold by the terawatt hour
and engines bought are supply, a settlement offer is no bid, money kept in a company's pension fund is no
investment, "the bank, a subsidiary of X" is the bank named after X, a rival bidder is no merger partner
of the winner, some of a target's assets sold divest nothing, loans sold are no divestment (a plant sold
still is), a placing agent invests nothing, a subject the parse hung from a list is no company bought, a
clause describing an acquisition names no target, and offices at a national arm or at a unit the
offices run on to are not the parent's."""

from __future__ import annotations

from .mentions import roles, ties


def test_power_sold_by_a_measure_is_supply_not_a_divestment(rules):
    found = ties(rules, "Varrow Hydro Corp is seeking an export license to sell 70 terawatt hours of electricity "
                        "to Kestrel Power Co, a group of about 90 utilities, from the year 1990 to 2000.")
    assert ("divestment", "Varrow Hydro", "Kestrel Power") not in found


def test_engines_bought_from_a_venture_take_over_neither_partner(rules):
    found = ties(rules, "Corvex Aircraft, the European airplane maker, said it would buy engines for its "
                        "proposed jet from a joint-venture linking Marlowe Electric Co. and Talbot Motors.")
    assert not {t for t in found if t[0] in ("acquisition", "divestment")}


def test_a_settlement_offer_is_no_bid(rules):
    found = ties(rules, "Norlan Oil Co said it had not yet received any meaningful settlement offer from "
                        "Dexter Petroleum Inc in the lawsuit.")
    assert not {t for t in found if t[0] == "acquisition"}


def test_money_kept_in_a_units_pension_fund_is_no_investment(rules):
    found = ties(rules, "Halvern Pacific Corp said the remaining 110 mln dlrs surplus funds will be kept in the "
                        "Dunmore pension fund and will be invested so that the proceeds will reduce future "
                        "pension contributions for Dunmore.")
    assert not {t for t in found if t[0] == "investment"}


def test_the_bank_that_is_a_subsidiary_is_the_one_named_after_its_parent(rules):
    found = ties(rules, "Wexford Hanover Trust Co became the third major bank to increase its prime rate, "
                        "matching a move initiated yesterday by Citibank. The bank, the main subsidiary of "
                        "Wexford Hanover Corp, said the new rate is effective today.")
    assert ("stake", "Wexford Hanover", "Citibank") not in found
    assert ("stake", "Wexford Hanover", "Wexford Hanover Trust") in found


def test_a_rival_bidder_is_no_party_to_the_merger(rules):
    found = ties(rules, "Talbot Industries said it agreed to merge into Kestrel Group. The company said its "
                        "agreement to merge into Kestrel does not permit it to provide nonpublic information "
                        "to Vexacq Corp, which is making a competing offer for Talbot, that had been provided "
                        "to Kestrel.")
    assert not {t for t in found if t[0] == "merger" and "Vexacq" in t[1:]}
    assert not {t for t in found if t[0] == "supply" and "Vexacq" in t[1:]}


def test_some_of_a_targets_assets_sold_divest_nothing(rules):
    found = ties(rules, "Analysts said the acquisition could cost Corvex Corp earnings in the short term, but long "
                        "term, after eliminating redundancies and selling other Norlan Courier Corp assets, it "
                        "should boost Corvex's profitability.")
    assert not {t for t in found if t[0] == "divestment"}


def test_a_placing_agent_is_no_investor(rules):
    found = ties(rules, "Halvern Brands Inc said 8.0 mln dlrs of 10-year subordinated convertible notes were "
                        "placed with a private institutional investor by Marlowe Sachs and Co.")
    assert not {t for t in found if t[0] in ("investment", "stake") and t[1] == "Marlowe Sachs"}


def test_a_subject_the_parse_hangs_from_a_list_is_not_bought(rules):
    found = ties(rules, "But when Varrow Air Inc acquired Kestrel Express Inc and its units, including Talbot "
                        "Harbor Air Line and Dunmore-Boston Airline, the privately-held Gull Air Inc became a "
                        "competitor to the Varrow Air units, the company said.")
    assert ("acquisition", "Varrow Air", "Kestrel Express") in found
    assert not {t for t in found if t[0] == "acquisition" and t[2] == "Gull"}


def test_a_clause_telling_what_an_acquisition_gives_names_no_target(rules):
    found = ties(rules, "Specifically, Halvern Partners said it was prepared to discuss an acquisition giving "
                        "shareholders a continuing interest in Talbot General, a valued business of Norlan.")
    assert ("acquisition", "Halvern Partners", "Talbot General") not in found


def test_the_president_of_a_national_arm_is_not_the_parents(rules):
    found = roles(rules, "He quoted American Kestrel Motor president Tetsuo Chino as saying the company "
                         "will not increase imports.")
    assert not {r for r in found if r[1].startswith("Kestrel")}


def test_offices_listed_run_on_to_the_unit_they_are_at(rules):
    found = roles(rules, "Varrow Oil Corp said it will restructure its operations. It said R.C. Mills, president "
                         "and general manager of its Varrow Exploration Southeast Inc, has been named vice "
                         "president of the new operation.")
    assert ("R.C. Mills", "Varrow Oil") not in found


def test_loans_sold_are_no_divestment(rules):
    found = ties(rules, "First Halvern Bancorporation said about half of the loans sold to Marlowe Securities Inc "
                        "came from its energy finance unit.")
    assert not {t for t in found if t[0] == "divestment"}


def test_a_plant_sold_is_still_a_sale_to_its_buyer(rules):
    found = ties(rules, "Dunmore Foods Inc sold the facility to Talbot Foods Inc in January 1986, the agency said.")
    assert ("divestment", "Dunmore Foods", "Talbot Foods") in found
