"""People (session 31): a company's name the model reads as a person's (the opening words of a name the
document gives a company, a name opening with a word of another company's, a name the source marks), places
and streets, a given name the list does not hold before a given name and a surname, a middle name, and
credits (in capitals, before a bracket, run into the story's first words, a thing photographed). The
sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people


@pytest.mark.parametrize("text, firm, not_person", [
    # the opening words of a company's name, written again short
    ("Norvel Plus Communications Inc said it agreed to sell its 40 pct stake in its unit. Siemens already owns "
     "the rest of Norvel Plus, and the sale needs its shareholders' approval.", "Norvel Plus Communications",
     "Norvel Plus"),
    ("TORONTO, March 11 - Dravo Nevada Mining Corp Ltd said the gain in its stock price is tied to the drilling. "
     "Dravo Nevada said the results were strong.", "Dravo Nevada Mining", "Dravo Nevada"),
    # a name opening with the word of a company the document writes with "Group"
    ("Australia's biggest livestock exporter Kellard Group will start its roadshow this week. The company's two "
     "largest subsidiaries are Kellard Rural Exports, a livestock exporter, and Kellard Agri, a farming land "
     "owner.", "Kellard Agri", "Kellard Agri"),
    # the source marks the name as a company's
    ("PARIS, April 3 - <Varbuvos Metalicos> of Spain has bid 2,205 francs a share for <Dufour et Igon>.\n"
     "Banque Paribas will act for Varbuvos Metalicos in the bid.", "Varbuvos Metalicos", "Varbuvos Metalicos"),
])
def test_company_read_as_a_person(rules, text, firm, not_person):
    assert not_person not in people(rules, text)
    assert firm in companies(rules, text)


def test_a_person_vouched_for_stays_one(rules):
    text = ("Mr. Henry Paulsen founded Henry Paulsen Partners LP in 1990. Henry Paulsen said on Monday that "
            "Mr. Paulsen would stay on.")
    assert "Henry Paulsen" in people(rules, text)


@pytest.mark.parametrize("text, place", [
    ("The house at 18 Edgar Street, Port Hedland, is under offer for $400,000.", "Edgar Street"),
    ("Marlgold Resources Inc said assays from the Chester Township property south of Timmins indicate gold.",
     "Chester Township"),
    ("Scott Depot, West Virginia - based Patriot Coal filed for bankruptcy protection on May 12.", "Scott Depot"),
    ("Photo: Bowlus Road Chief", "Bowlus Road Chief"),
])
def test_places_and_streets_are_no_people(rules, text, place):
    assert place not in people(rules, text)


@pytest.mark.parametrize("text, person", [
    ("WASHINGTON, April 3 - Poul Erik Moller, a Santa Monica, Calif., investor said he raised his stake in "
     "Larkfield Financial Corp to 5.5 pct.", "Poul Erik Moller"),
    ("NOAA seeks funding to extend life of weather radar on Mount Ashland By RYAN PFEIL - MAIL TRIBUNE "
     "Published: 7/17/15", "Ryan Pfeil"),
    ("REUTERS / Robert … By Bill Berkrot (Reuters) - Amgen Inc (AMGN.O) on Thursday reported higher "
     "profit.", "Bill Berkrot"),
    ("Photo: Nick Moir Australians will be reeling at the growth numbers.", "Nick Moir"),
    # the model's person cut before the last of three names
    ("He said an agreement was initialled on a visit last week by Ecuador's deputy energy minister Fernando "
     "Santos Alvite.", "Fernando Santos Alvite"),
])
def test_whole_names_and_credits(rules, text, person):
    assert person in people(rules, text)


def test_a_caption_run_into_the_text_is_no_middle_name(rules):
    found = people(rules, "Ewald Nowotny Photographer: Akos Stiller / Bloomberg Nowotny, the governor, said.")
    assert "Ewald Nowotny Photographer" not in found


def test_a_name_glued_to_itself(rules):
    found = people(rules, "About Philippe TorresPhilippe Torres provides independent financial advice.")
    assert "Philippe TorresPhilippe Torres" not in found


def test_a_given_name_that_is_a_things_word(rules):
    # "bill" names a thing ("the farm bill"), but it opens a person's name as often
    text = ("Bill Harmon, chief executive of Dravo Nevada Mining Corp, said the Farm Bill would hurt exports.")
    assert "Bill Harmon" in people(rules, text)
    assert "Farm Bill" not in people(rules, text) | companies(rules, text)
