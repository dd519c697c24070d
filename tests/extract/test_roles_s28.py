"""People's offices (issue 15, session 28): a person "of" a firm with no office said, a company named
before a title by the first words of its full name, the staff who wrote what the company a sentence
opens with says, and offices told as held before now. The sentences are written for these tests; the
companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.models import Status

from ..helpers import roles


@pytest.mark.parametrize("text, person, company", [
    ("Ronald Pettigrew of Marlow Securities said the stock was fairly valued.", "Ronald Pettigrew",
     "Marlow Securities"),
    ('"Demand is turning," said Melissa Orcutt of Brennan Research.', "Melissa Orcutt", "Brennan Research"),
    ("The round was led by existing investors Andy Kettering of Figbury Partners; Mitch Colton of Rosslyn "
     "Investment Associates; and others.", "Mitch Colton", "Rosslyn Investment Associates"),
])
def test_person_of_firm(rules, text, person, company):
    assert roles(rules, text).get((person, company)) == (None, Status.ACTIVE)


@pytest.mark.parametrize("text", [
    "Ronald Pettigrew of Marlow Securities' parent said the stock was fairly valued.",
    "Ronald Pettigrew of Boston said the stock was fairly valued.",
])
def test_person_of_no_firm(rules, text):
    assert not roles(rules, text)


@pytest.mark.parametrize("text, person, company, title", [
    ("Dravo Systems Inc said it was in talks to sell itself. Dravo president and chief executive Dale Fenwick "
     "declined to name the other party.", "Dale Fenwick", "Dravo Systems", "CEO"),
    ("Carrow Milwaukee Corp shares rose. Edwin Jakes, Carrow Milwaukee president, declined to comment.",
     "Edwin Jakes", "Carrow Milwaukee", "President"),
    ("The case involving the Tanoto Shoji Company came to light in June. Police said those arrested today included "
     "Hiroshi Isaka, 47, former Tanoto Shoji president, and a sixth former executive.", "Hiroshi Isaka",
     "Tanoto Shoji", "President"),
])
def test_short_form_before_title(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


def test_place_before_title_is_no_short_form(rules):
    found = roles(rules, "U.S. Steel Corp said output fell. U.S. President Ronald Reagan said steel imports rose.")
    assert not any(company.startswith("U.S.") for _, company in found)


def test_staff_who_wrote_what_the_firm_says(rules):
    found = roles(rules, "Norrland Holdings says it expects yields to fall during the summer, analysts George Galt, "
                         "Stanley Soong and Tracy Jiang in New York wrote in their report.")
    assert {p for p, c in found if c == "Norrland"} == {"George Galt", "Stanley Soong", "Tracy Jiang"}


def test_staff_with_no_firm_saying(rules):
    assert not roles(rules, "Oil prices rose on Monday, analysts George Galt and Tracy Jiang said.")


@pytest.mark.parametrize("text, person, company, status", [
    ("Tom Brennan previously served as president of Varlow Inc.", "Tom Brennan", "Varlow", Status.ENDED),
    ("Varlow Inc named Tom Brennan to the board. Mr. Brennan was previously president of Kestler Corp.",
     "Tom Brennan", "Kestler", Status.ENDED),
    ("Tom Brennan, who once headed Varlow Inc, said sales rose.", "Tom Brennan", "Varlow", Status.ENDED),
    ("Tom Brennan served as chief financial officer of Varlow Inc.", "Tom Brennan", "Varlow", Status.ENDED),
    ("Tom Brennan has served as president of Varlow Inc since 2001.", "Tom Brennan", "Varlow", Status.ACTIVE),
])
def test_office_held_before(rules, text, person, company, status):
    assert roles(rules, text).get((person, company), (None, None))[1] is status


@pytest.mark.parametrize("text, person, company, title", [
    ("Tom Brennan, a spokesman for Kestler Corp, said sales rose.", "Tom Brennan", "Kestler", "spokesman"),
    ('"Deals are up," says Brent Shellar, spokesperson for Fatwell Inc.', "Brent Shellar", "Fatwell", "spokesperson"),
])
def test_spokesman_for_firm(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


def test_the_firm_that_says_it_is_no_employer(rules):
    found = roles(rules, "Jim Curtis is currently executive vice-president of Ostrava Mining, Kestler Corp said.")
    assert ("Jim Curtis", "Ostrava Mining") in found and ("Jim Curtis", "Kestler") not in found


def test_surname_alone_of_a_person_named_before(rules):
    # the surname the parser reads as no one's (entities.py): the one person named in full by it
    found = roles(rules, "Varlow Inc named Jim Curtis to head its new mining arm. Curtis is currently executive "
                         "vice-president of Ostrava Mining Corp, Varlow said.")
    assert found.get(("Jim Curtis", "Ostrava Mining"), (None,))[0] == "Vice President"
