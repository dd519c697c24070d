"""COMP11: companies and people in modern financial prose, on sentences of FIRE's half A (tuning
material). A line dense with names whose verb is in lower case is a sentence, not a title."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import title_cased
from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text", [
    "Prior to founding BCM, Mr. Smith worked at Gracie Capital, GTCR Golder Rauner and Credit Suisse First Boston.",
    "In 1986, Wells Fargo acquired Crocker National Bank from Midland Bank.",
    "From 2003 to February 2007, Mr. Davis practiced law in the Lexington, Kentucky office of Stoll Keenon Ogden PLLC.",
])
def test_a_name_and_a_past_tense_in_lower_case_make_no_title(text):
    assert not title_cased(text)


@pytest.mark.parametrize("text", [
    "Office Depot Sells CompuCom In $305 M Deal",
    # a title may leave a short verb in lower case
    "More Headlines Plastic Surgery is Now More Important Than Children and Home Purchases",
])
def test_titles_stay_titles(text):
    assert title_cased(text)


@pytest.mark.parametrize("text, name", [
    ("Prior to founding BCM, Mr. Smith worked at Gracie Capital, GTCR Golder Rauner and Credit Suisse First Boston.",
     "Gracie Capital"),
    ("In 1986, Wells Fargo acquired Crocker National Bank from Midland Bank.", "Midland Bank"),
])
def test_the_names_of_a_sentence_dense_with_names_are_read_as_prose(rules, text, name):
    assert name in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    ("Sunpower designs and develops high reliability cryocoolers and externally heated Stirling cycle engines.",
     "Sunpower"),
    ("Starz owns and operates programming services that may compete with the programming services offered by our "
     "businesses.", "Starz"),
    ("USEC supplies companies in the utility industry, and its business is similar to that of chemical processing "
     "companies.", "USEC"),
])
def test_what_a_business_does_said_of_a_name_opening_the_sentence_makes_it_a_firm(rules, text, name):
    assert name in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Colombia currently produces about 360,000 barrels per day (bpd) of crude.",  # a place
    "M-1 makes up about a quarter of M-2 and a fifth of M-3.",
])
def test_no_firm_where_the_subject_is_a_place_or_the_verb_no_business(rules, text):
    assert not companies(rules, text)


@pytest.mark.parametrize("text, name", [
    # a name ending in "s" takes a bare apostrophe before what only a firm has
    ("On a standalone basis, Vishwaraj Sugar Industries' net profit slipped 3.34% to Rs 29.44 crore.",
     "Vishwaraj Sugar Industries"),
    ("AER's estimated capital expenditures are primarily for compliance with environmental regulations.", "AER"),
])
def test_what_only_a_firm_has_after_its_possessive(rules, text, name):
    assert name in companies(rules, text)


def test_a_quote_closed_after_a_plural_is_no_possessive(rules):
    assert not companies(rules, "Analysts call them the 'Big Brothers' and ignore their revenue forecasts.")


@pytest.mark.parametrize("text, names", [
    ("Our principal competitors in the area of information technology include SkillSoft and Global Knowledge.",
     {"SkillSoft", "Global Knowledge"}),
    ("Our embedded systems compete in a highly fragmented environment in which key competitors include IBM, Intel, "
     "and versions of embeddable Linux from commercial Linux vendors such as Metrowerks and MontaVista Software.",
     {"Metrowerks", "MontaVista Software"}),
])
def test_the_competitors_a_sentence_lists_are_firms(rules, text, names):
    assert names <= companies(rules, text)


def test_places_listed_as_rivals_are_no_firms(rules):
    assert not companies(rules, "Its rivals include Germany and Japan.")


def test_a_list_a_firm_named_apart_opens_lists_firms_in_prose(rules):
    # read as prose now (a past tense in lower case), the list is no partnership's name
    got = companies(rules, "Tellvane Corp said it would cut its prices. Tellvane, Varnex and Orbis Petroleum Co "
                           "said on Monday that they would follow the cut.")
    assert {"Tellvane", "Varnex", "Orbis Petroleum"} <= got
    assert not any(" and " in n for n in got)


def test_the_second_of_a_joined_legal_name_written_alone_is_a_firm_of_its_own(rules):
    got = companies(rules, "Kestrel Foods said on Monday that it agreed to sell Dunmore and Arlo Brewing Co to "
                           "Braxton Group. Arlo Brewing said it would keep its brewery.")
    assert "Arlo Brewing" in got and not any(n.startswith("Dunmore and") for n in got)


def test_a_firm_named_after_a_person_is_written_by_the_surname_after(rules):
    # Reuters train (reuters-5107): "John Labatt Ltd said ... Labatt purchased Tuscan Dairies"; one node
    got = companies(rules, "John Labatt Ltd said its share of the Canadian beer market is holding. Labatt purchased "
                           "Tuscan Dairies and Pasquale Food Co in the third quarter.")
    assert "John Labatt" in got and "Labatt" not in got


def test_a_compound_adjective_and_a_noun_do_no_business(rules):
    # Reuters train (reuters-13778)
    assert not companies(rules, "Market-ready supplies remain tight and packer interest has been improving, "
                                "they noted.")


def test_a_writers_disclosure_of_holdings_names_a_person(rules):
    # FiNER-ORD tuning article (finer-ord-train-43)
    assert "Asit Sharma" in people(rules, "Asit Sharma has no position in any stocks mentioned, nor does Joe "
                                          "Tenebruso.")


@pytest.mark.parametrize("text", [
    "The Motley Fool owns shares of and recommends Starbucks.",
    "Motley Fool owns shares of Starbucks.",
])
def test_an_outlets_disclosure_names_no_person(rules, text):
    assert not people(rules, text)
