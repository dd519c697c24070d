"""Company nodes of a full wire build that are none (issue 15's node precision): a pronoun opening a
sentence, a day or a month run into a name after its preposition, a central bank by its people and
"National Bank", a craft by its model designation, a firm's trade word cut off after "and", "U.S." read
as a place before a firm named "U.S." and one word, and, judged across the corpus, the end of a body's
name after its noun and "of" and a board by its adjective. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name
from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.vocab import not_companies
from keiretsu.graph.nodes import company

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_pronoun_opening_a_sentence_is_no_company(rules):
    found = companies(rules, "Kelvar Corp said it expects earnings to rise more than 75 pct.\nThat pronouncement "
                             "encouraged analyst David Crossen of Hartwell Securities to raise his estimates.")
    assert "That" not in found
    assert "Hartwell Securities" in found


@pytest.mark.parametrize("sentence, name", [
    ("The court refused to act.\nOn Friday Zorvex Corp, an investor group, raised its offer for Kelvar Corp.",
     "Zorvex"),
    ("Talks broke down.\nIn March Dunmore Holdings Inc said it bought 12 pct of Kelvar Corp.", "Dunmore"),
])
def test_a_day_or_a_month_after_a_preposition_is_no_part_of_the_name(rules, sentence, name):
    found = companies(rules, sentence)
    assert name in found
    assert not any(n.startswith(("On ", "In ")) for n in found)


def test_a_bare_month_opening_a_name_stays():
    assert canonical_name("May Department Stores Co") == "May Department Stores"


@pytest.mark.parametrize("name", ["Polish National Bank", "Hungarian National Bank", "National Bank of Poland"])
def test_a_central_bank_by_its_people_is_a_government_body(name):
    assert not_companies().category(name) == "government"


@pytest.mark.parametrize("name", ["National Bank of Greece", "Arab National Bank", "First National Bank"])
def test_commercial_national_banks_stay(name):
    assert not_companies().category(name) is None


def test_a_central_bank_head_names_no_company(rules):
    assert "Polish National Bank" not in companies(
        rules, "Nevertheless, Polish National Bank head Wladyslaw Baka said Poland needed new credits.")


def test_a_craft_by_its_model_designation_is_no_company(rules):
    found = companies(rules, "Dorval Instrument Corp has received a 36 mln dlr contract for work on P-3C Orion "
                             "anti-submarine warfare planes, the Navy said.")
    assert found == {"Dorval Instrument"}


@pytest.mark.parametrize("sentence, name", [
    ("The valves were made by Hartley Valve and Gauge Co, a subsidiary of Dunmore Industries Inc.",
     "Hartley Valve and Gauge"),
    ("Kelvar Corp said it will restructure its Kelvar Exploration and Producing Services Inc operations.",
     "Kelvar Exploration and Producing Services"),
    ("Norvell Missiles and Space Co is being awarded a 304 mln dlr Air Force contract.", "Norvell Missiles and Space"),
])
def test_a_trade_word_after_and_goes_on_the_name(rules, sentence, name):
    found = companies(rules, sentence)
    assert name in found
    assert not {"Gauge", "Producing Services", "Space"} & found


def test_two_firms_joined_by_and_stay_two(rules):
    found = companies(rules, "The venture of Dorval Chemical and Kelvar Co will make resins.")
    assert "Kelvar" in found


@pytest.mark.parametrize("written, name", [
    ("U.S. Home Corp", "U.S. Home"),
    ("U.S. Air Group Inc", "U.S. Air"),
    ("U.K. Land Plc", "U.K. Land"),
    ("U.S. Allis-Chalmers Corp", "Allis-Chalmers"),
    ("U.S. Firm Honeywell Inc", "Honeywell"),
    ("U.S. Navy", "Navy"),
])
def test_us_and_one_word_with_a_legal_form_is_the_firms_name(written, name):
    assert canonical_name(written) == name


def test_the_short_form_of_a_us_named_firm_is_the_firm(rules):
    found = companies(rules, "Dunmore Corp withdrew its offer after a rival bid from U.S. Air Group Inc <U>. "
                             "U.S. Air offered to buy 50 pct of the stock.")
    assert "U.S. Air" in found
    assert "Air" not in found


def test_the_end_of_a_bodys_name_after_of_is_no_company():
    # "General Public Utilities" and "the New Jersey Board of Public Utilities": the word ending firms'
    # names does not save a name only ever written after a body's noun and "of"
    assert not company([("Public Utilities", " General Public Utilities Corp said the New Jersey Board of ",
                         " has approved a 72 mln dlrs reduction", 30, 92),
                        ("Public Utilities", "an unresponsive rate order from the New Jersey Board of ",
                         ".\nThe net effect of the Board's ruling", 93, -1)])
    assert not company([("Foreign Trade", "said the Ministry of ", " would issue licences", 2, -1)])


def test_a_firm_after_its_board_of_stays():
    assert company([("Kelvar Industries", "a seat on the board of ", " and two other firms", -1, -1)])


def test_a_board_by_its_adjective_is_no_company():
    assert not company([("Dunmore Supervisory", "suspended.\n", " board chairman Karl Ratjen said", -1, 16)])


@pytest.mark.parametrize("name, category", [
    ("SS Liberte", "thing"),
    ("MV Ardmore", "thing"),
    ("F-16 Falcon", "thing"),
    ("November", "thing"),
    ("Oporto-based", "thing"),
    ("Unit", "thing"),
    ("Partnership", "thing"),
    ("Labour", "association"),
    ("Conservatives", "association"),
    ("St Louis Federal Reserve Bank", "government"),
    ("Brazilian Association of Citrus Juice Industries", "association"),
    ("Union of Bank Employees", "association"),
    ("FOB Gulf", "thing"),
    ("CIF Rotterdam", "thing"),
    ("NASD", "association"),
    ("Presidential", "thing"),
])
def test_what_a_node_named_so_is(name, category):
    assert not_companies().category(name) == category


@pytest.mark.parametrize("name", ["US-1 Industries", "May", "Unit Corp", "Marine Savings and Loan Association of Florida",
                                  "Union Bank of Switzerland", "Mesa Limited Partnership", "Presidential Life",
                                  "Equitable Life Assurance Society of the United States"])
def test_firms_named_like_them_stay(name):
    assert not_companies().category(name) is None


def test_a_ship_bought_is_no_company(rules):
    found = companies(rules, "Bermuda Star Line Inc said it agreed to acquire the 815-passenger SS Liberte from "
                             "Barnstead Shipping Ltd.")
    assert "SS Liberte" not in found
    assert {"Bermuda Star Line", "Barnstead Shipping"} <= found


def test_us_and_a_bodys_word_is_the_body():
    assert canonical_name("U.S. Army Corp") == "Army"


def test_an_offices_adjective_before_a_title_names_no_company(rules):
    assert "Presidential" not in companies(rules, "The businessman has been released, Presidential spokesman Teodoro "
                                                  "Benigno said. The Dorval Trading Co executive was freed yesterday.")


@pytest.mark.parametrize("name, category", [
    ("Asset Privatisation Trust", "government"),
    ("European Monetary System", "international"),
    ("Naval Air Command Systems", "government"),
    ("Naval Air Development Center", "government"),
])
def test_public_arrangements_and_bodies(name, category):
    assert not_companies().category(name) == category


def test_a_fund_investing_in_privatised_firms_stays():
    assert not_companies().category("National Privatization Fund") is None
    assert not_companies().category("Naval Products Division") is None


def test_a_surname_before_a_second_ones_particle_is_the_persons(rules):
    found = companies(rules, "BRASILIA, March 24 - Brazil's new planning minister is Anibal Teixeira de Souza, the "
                             "former head of a national welfare program, the government said. Teixeira replaces "
                             "economist Joao Sayad, who last week became the latest victim of the turmoil. Teixeira "
                             "said he would keep the policy of Dorval Corp.")
    assert found == {"Dorval"}
