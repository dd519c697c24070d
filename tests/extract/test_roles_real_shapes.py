"""Offices in the shapes real news writes them that the first rounds read wrong (issue 15, third
round): words that qualify a verb are no part of a title, wire copy's brackets beside a company,
an office set off after a name with no company, an insider's trade, a public body's office. The
sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_an_adverb_before_an_office_is_no_part_of_it(rules):
    found = roles(rules, "Dorlan Corp's stock rose sharply after analyst Peter Vance of Harlan Securities "
                         "recommended it, traders said.")
    assert found == {("Peter Vance", "Harlan Securities"): ("analyst", Status.ACTIVE)}


@pytest.mark.parametrize("text, person, company, title", [
    ("Buitoni is controlled by Tarnow Industriale SpA (TARN.MI> chairman Carlo Bellandi.", "Carlo Bellandi",
     "Tarnow Industriale", "Chairman"),
    ("LONDON, March 27 - <Quorra Securities Ltd> chairman Gary Kellan said the firm is planning a venture.",
     "Gary Kellan", "Quorra Securities", "Chairman"),
    ("The new Kestrel Minerals Group will be headed by Jim Tarrant as executive general manager.", "Jim Tarrant",
     "Kestrel Minerals", "executive general manager"),
])
def test_wire_copy_brackets_and_headed_by(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


@pytest.mark.parametrize("text, person, title, status", [
    ("Varlo Industries Inc said profits rose. David Brenton, chief executive, said growth would slow.",
     "David Brenton", "CEO", Status.ACTIVE),
    ("Varlo Industries Inc said profits rose. The board backed it, according to Winthrop Kessel, former "
     "chief executive and now chairman of the new independent committee.", "Winthrop Kessel", "CEO", Status.ENDED),
    ("Varlo Industries Inc said profits rose. In related news, Director James Gorham sold 75,000 shares of "
     "the business's stock in a transaction on Thursday.", "James Gorham", "Director", Status.ACTIVE),
])
def test_an_office_with_no_company_named_is_the_storys(rules, text, person, title, status):
    assert roles(rules, text).get((person, "Varlo Industries")) == (title, status)


@pytest.mark.parametrize("text", [
    # a title set off in a list of offices, not after a person
    "Rebate Promotional Inc is hiring. To provide Leadership Team, CFO and Controller with insight.",
    # an office with a company of its own: not the story's
    "Varlo Industries Inc said profits rose. John Brenton, chief executive of a rival lender, said it would fall.",
])
def test_an_office_set_off_needs_the_person_and_nothing_else(rules, text):
    assert roles(rules, text) == {}


def test_an_office_listed_before_a_company_is_that_companys(rules):
    found = roles(rules, "Varlo Industries Inc said profits rose. John Brenton, chairman and president of Kestrel "
                         "Foods, said it would fall.")
    assert set(found) == {("John Brenton", "Kestrel Foods")}


def test_a_public_bodys_office_is_not_the_storys_companys(rules):
    text = ("AMSTERDAM, March 3 - Amro Holding NV said its profits rose 10 pct. Central bank president Wim "
            "Dekkers has defended the move.")
    assert roles(rules, text) == {}


def test_a_new_holder_of_an_office_is_still_the_companys(rules):
    text = ("KUALA LUMPUR, March 3 - Kestrel Cooperative Bank Bhd said losses rose. New bank chairman Daniel Rahman "
            "has said he asked police to investigate.")
    assert roles(rules, text) == {("Daniel Rahman", "Kestrel Cooperative Bank"): ("Chairman", Status.ACTIVE)}


def test_a_department_is_no_company(rules):
    found = roles(rules, "Mr. Maupin previously served as our Regional Vice President of Operations at Kelso Foods "
                         "since 2008.")
    assert found == {("Maupin", "Kelso Foods"): ("Vice President", Status.ACTIVE)}


@pytest.mark.parametrize("text, person, company, title", [
    ("Mr. Kessel joined Strayer Learning, Inc. in July 2006 as President and Chief Operating Officer.", "Kessel",
     "Strayer Learning", "President"),
    ("Meg Wharton was hired by the board as Kelso president and CEO in March 1998.", "Meg Wharton", "Kelso", "CEO"),
])
def test_joined_or_hired_as_an_officer(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


@pytest.mark.parametrize("text, person, company, title", [
    ("Vikas Shaw, Chief Operating Officer of Kestrel International, said it would grow.", "Vikas Shaw",
     "Kestrel International", "COO"),
    ("Kestrel Partners Chief Technology Officer Tom Brenner said it would grow.", "Tom Brenner", "Kestrel Partners",
     "Chief Technology Officer"),
    ("Former Kestrel chief Jack Wolters said it would grow.", "Jack Wolters", "Kestrel", "CEO"),
])
def test_a_chief_officer_is_no_chief_executive(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


def test_the_head_of_a_unit_is_no_chief_executive(rules):
    found = roles(rules, "Nomura Holdings said bonds would rally. Andrew Corrick, head of the company's U.S. taxable "
                         "bond team, said investors should prepare.")
    assert found == {("Andrew Corrick", "Nomura"): ("head", Status.ACTIVE)}


def test_a_president_named_by_surname_alone_is_no_companys(rules):
    # a head of state goes by surname; a company's president speaking for it is named in full
    assert roles(rules, "Kestrel Broadcasting Corp said a poll showed gains. President Reagan said on Friday that "
                        "talks would go on.") == {}
    assert roles(rules, "Kestrel Credit Corp said profits rose. President Andrew Tanner said the announcement will "
                        "follow a board meeting.") == {("Andrew Tanner", "Kestrel Credit"): ("President", Status.ACTIVE)}


@pytest.mark.parametrize("text, title, status", [
    ("Tom Brenner, who stepped down as chief executive of Varlo Industries last year, said he would retire.", "CEO",
     Status.ENDED),
    ("Varlo Industries said its board named Tom Brenner, 52, president and chief operating officer.", "President",
     Status.ACTIVE),
])
def test_offices_given_or_left_in_a_clause(rules, text, title, status):
    assert roles(rules, text).get(("Tom Brenner", "Varlo Industries")) == (title, status)


def test_the_one_succeeded_held_the_office_given(rules):
    found = roles(rules, "Varlo Industries said its board named Tom Brenner, 52, president and chief operating "
                         "officer, succeeding Jack Wolters, who retired.")
    assert found[("Jack Wolters", "Varlo Industries")][1] == Status.ENDED
