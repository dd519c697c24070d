"""Companies in filings and financial prose (issue 15, COMP26): a party an agreement defines by its role ("the
Seller", "the Parent Company") is no name; an illness a text capitalises is no company; a given name, a middle
initial and a surname are a person's where an agreement's parties or a table led the model to a firm, and a long
bracket opening with a lower-case word after a name is no short form's. Excerpts of the tuning material: FIRE's
half A and Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.vocab import not_companies

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, party, firm", [
    # fire:1022
    ("On January 31, 2012, WCC closed on the acquisition of the Kemmerer Mine from the Seller.", "Seller", "WCC"),
    # fire:2287
    ("CubeSmart, L.P., a Delaware limited partnership (the Operating Partnership), operates through an umbrella "
     "partnership structure, with the Parent Company, a Maryland REIT, as its sole general partner.",
     "Parent", "CubeSmart"),
])
def test_a_party_an_agreement_defines_is_no_company(rules: RuleExtractor, text: str, party: str, firm: str) -> None:
    found = companies(rules, text)
    assert not any(n.startswith(party) for n in found)
    assert any(n.startswith(firm) for n in found)
    assert not_companies().category(party) == "thing"


def test_a_groups_parent_company_accounts_are_no_company(rules: RuleExtractor) -> None:
    # reuters-378
    text = ("BADEN, Switzerland, March 2 - Parent Company net profit 12.8 mln Swiss francs vs 7.5 mln.\n"
            "Orders received 2.21 billion francs vs 2.61 billion.")
    assert "Parent Company" not in companies(rules, text)


@pytest.mark.parametrize("text, illness", [
    # fire:1965
    ("Mr. Petree served as a director of Cypress Biosciences, Inc., a company that provided products for the "
     "treatment of patients with Functional Somatic Syndromes and other central nervous system disorders from 2004 "
     "to 2011.", "Functional Somatic Syndromes"),
    # reuters-9762
    ("TOKYO, March 26 - Japanese scientists say they have developed a material which can help detect the killer "
     "disease Aquired Immune Deficiency Syndrome (AIDS).", "Aquired Immune Deficiency Syndrome"),
])
def test_an_illness_is_no_company(rules: RuleExtractor, text: str, illness: str) -> None:
    assert illness not in companies(rules, text)
    assert not_companies().category(illness) == "thing"


def test_the_firm_beside_an_illness_stays(rules: RuleExtractor) -> None:
    # fire:1965: the firm that treats the illness is still named
    text = ("Mr. Petree served as a director of Cypress Biosciences, Inc., a company that provided products for the "
            "treatment of patients with Functional Somatic Syndromes and other central nervous system disorders from "
            "2004 to 2011.")
    assert any(n.startswith("Cypress Biosciences") for n in companies(rules, text))


@pytest.mark.parametrize("text, person", [
    # fire:1948
    ("10.22 Indemnification Agreement, dated July 15, 2009, between PokerTek, Inc. and Arthur L. Lomax "
     "(incorporated by reference to Exhibit 10.8 to our Form 10-Q for the quarterly period ended June 30, 2009 filed "
     "on August 14, 2009).", "Arthur L. Lomax"),
    # fire:765
    ("AMEREN CORPORATION: Name Age Positions and Offices Held Thomas R. Voss 65 Chairman, President and Chief "
     "Executive Officer, and Director Voss joined Ameren Missouri in 1969.", "Thomas R. Voss"),
])
def test_a_given_name_an_initial_and_a_surname_are_a_person(rules: RuleExtractor, text: str, person: str) -> None:
    assert person not in companies(rules, text)
    assert person in people(rules, text)


@pytest.mark.parametrize("text, firm", [
    # reuters-2544
    ("Viner said its brokerage subsidiary, Edward A. Viner and Co had regulatory capital of 24.5 mln U.S. dlrs at "
     "year-end 1986.", "Edward A. Viner"),
    # reuters-3691
    ("CLEVELAND, Ohio, March 11 - Frank B. Hall and Co, an insurance and brokerage firm, said it has joined with "
     "<Risk Science International> to offer banks a new service that assesses their environmental risk level.",
     "Frank B. Hall"),
])
def test_a_firm_named_after_its_founder_stays_a_firm(rules: RuleExtractor, text: str, firm: str) -> None:
    assert any(n.startswith(firm) for n in companies(rules, text))
    assert firm not in people(rules, text)


@pytest.mark.parametrize("text, place, firm", [
    # reuters-11124
    ("The investments will go to plant expansion, infrastructure and the extension of hydroelectric facilities in "
     "the mineral-rich Guayana region, south of the Orinoco river.", "Guayana", None),
    # reuters-10630
    ("Turkey said it would search for oil round three Greek islands off its coast following an announcement from "
     "Greece that it planned to drill east of Thassos island after taking control of a Canadian-led oil consortium.",
     "Thassos", None),
])
def test_a_region_or_an_island_by_its_name_is_no_company(rules: RuleExtractor, text: str, place: str,
                                                          firm: str | None) -> None:
    found = companies(rules, text)
    assert place not in found
    assert firm is None or firm in found


def test_a_province_before_a_venture_is_no_company_and_its_owner_stays(rules: RuleExtractor) -> None:
    # reuters-9145
    text = ("It said Celanese Fibres owns 30.68 pct of the Jiangsu province-based joint venture which has a total "
            "investment of 35.17 mln dlrs.")
    found = companies(rules, text)
    assert "Jiangsu" not in found
    assert "Celanese Fibres" in found


@pytest.mark.parametrize("text, fragment", [
    # KnowledgeNet half T, kn-29081-11-163
    ("Maz Nadjm (born March 21, 1973) is a social media professional and Founder of Force Marketing.", "Maz Nadjm"),
    # KnowledgeNet half T, kn-7207-26-163
    ('James D. "Jim" Farley, Jr. (born June 1962) is an American automobile executive that currently serves as CEO '
     "and Chairman of Ford Europe.", "Jr"),
])
def test_a_name_born_is_no_company(rules: RuleExtractor, text: str, fragment: str) -> None:
    assert fragment not in companies(rules, text)


def test_a_firm_founded_is_no_person_born(rules: RuleExtractor) -> None:
    # KnowledgeNet half T, kn-30161-21-93: "founded", not "born", after a firm's name keeps it
    text = "First Home Mortgage Corporation was founded in 1990 by Dave Waters, CEO."
    assert any(n.startswith("First Home Mortgage") for n in companies(rules, text))


def test_a_name_after_what_only_a_person_is_is_a_person(rules: RuleExtractor) -> None:
    # KnowledgeNet half T, kn-8844-491-650
    text = ("In 1980, Australian millionaire Clyde Packer bought the magazine after leaving his native Australia and "
            "settling in Laguna Beach and ultimately, Santa Barbara.")
    assert "Clyde Packer" not in companies(rules, text)
    assert "Clyde Packer" in people(rules, text)


def test_a_firm_after_a_word_firms_are_called_by_too_stays(rules: RuleExtractor) -> None:
    # reuters-13189: "banker" is a firm's word too, and a legal form ends the name
    text = ("Last January, Chavin said he retained investment banker R.G. Dickinson and Co to advise him on his Myers "
            "stock dealings.")
    assert any(n.startswith("R.G. Dickinson") for n in companies(rules, text))
