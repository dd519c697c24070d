"""Offices in the shapes of filings and biographies that the rules read wrong (session 41): an honorific
keeps a person whose surname a company shares, an office set off after a company is that company's, an
office held over a closed span of years ended, a firm's head named by a copula after the name, a head
of a field is no chief executive, and stretches of work told without an office. The sentences are written
for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import companies, people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_an_honorific_keeps_a_person_a_company_shares_a_name_with(rules):
    text = ("At the spin-off of Tavrel Services from Brennick, Inc. in 1991, Mr. Brennick was elected Chairman "
            "and Chief Executive Officer of Tavrel Services.")
    assert "Brennick" in people(rules, text)
    assert roles(rules, text)[("Brennick", "Tavrel Services")][0] == "CEO"


def test_no_one_holds_an_office_in_a_firm_named_like_him(rules):
    found = roles(rules, "Mr. Dunmore has been a partner in Dunmore Halloway since 1994.")
    assert not any(source == target for source, target in found)


def test_an_office_set_off_after_a_company_is_that_companys(rules):
    found = roles(rules, "Mr. Keswick also serves on the board of Arlo Midstream GP Inc., general partner of "
                         "Arlo Midstream Partners.")
    assert ("Keswick", "Arlo Midstream Partners") not in found


@pytest.mark.parametrize("text", [
    "From 1988 to 2006, Mr. Corran was a director of Velmont Industries.",
    "Mr. Corran was chief financial officer of Velmont Industries from March 1998 to June 2004.",
    "Between 2001 and 2005 Mr. Corran served as president of Velmont Industries.",
    "Mr. Corran spent six years at Velmont Industries.",
])
def test_an_office_held_over_a_closed_span_ended(rules, text):
    assert roles(rules, text)[("Corran", "Velmont Industries")][1] is Status.ENDED


@pytest.mark.parametrize("text", [
    "Mr. Corran has served as president of Velmont Industries since 2010.",
    "Mr. Corran was a director of Velmont Industries from 2004 to 2009 and is now its chairman.",
])
def test_an_office_still_held_stays_active(rules, text):
    assert roles(rules, text)[("Corran", "Velmont Industries")][1] is Status.ACTIVE


@pytest.mark.parametrize("text, person, company", [
    ("Ravindra Okonkwo is the founder and CEO of Brightwell Labs.", "Ravindra Okonkwo", "Brightwell Labs"),
    ("Sunitha Varadkar joined as the president and chief executive officer of Quellon Therapeutics in 2018.",
     "Sunitha Varadkar", "Quellon Therapeutics"),
])
def test_a_firms_head_named_by_a_copula(rules, text, person, company):
    assert person in people(rules, text)
    assert roles(rules, text)[(person, company)][0] == "CEO"


def test_a_head_of_a_field_is_no_chief_executive(rules):
    found = roles(rules, "Mr. Tolland joined Marvane Pictures in 2004 as Head of Litigation.")
    assert found[("Tolland", "Marvane Pictures")][0] == "Head of Litigation"


@pytest.mark.parametrize("text, person, company", [
    ("Mr. Ybarra initiated his professional career in 1972 with Grupo Talvera.", "Ybarra", "Grupo Talvera"),
    ("Ms. Quint spent over twelve years at Harlow Brandt LLP.", "Quint", "Harlow Brandt"),
    ("Mr. Osei practiced law at Dellacroix Ames LLP.", "Osei", "Dellacroix Ames"),
])
def test_work_told_without_an_office(rules, text, person, company):
    assert (person, company) in roles(rules, text)


def test_a_chief_executive_of_a_one_word_firm(rules):
    text = "Maren Ostrowski has been the chief executive of Quillmark since 2019."
    assert "Quillmark" in companies(rules, text)
    assert roles(rules, text)[("Maren Ostrowski", "Quillmark")][0] == "CEO"


def test_work_at_a_list_whose_first_name_went_unread(rules):
    found = roles(rules, "Before founding Halvern, Mr. Osric held various finance positions at Silicon Valley Group, "
                         "Dorrance Partners and Quellby Capital Inc.")
    assert found[("Osric", "Dorrance Partners")][1] is Status.ENDED
    assert found[("Osric", "Quellby Capital")][1] is Status.ENDED


def test_an_office_held_before_a_date(rules):
    found = roles(rules, "Prior to May 2006, Mr. Osric was chief financial officer of Velmont Industries.")
    assert found[("Osric", "Velmont Industries")] == ("CFO", Status.ENDED)


def test_a_regional_arm_is_no_person(rules):
    text = "Mr. Ingvald was President of Tarnby Paper Europe, and then Vice President of Tarnby Paper ASA."
    assert "Tarnby Paper Europe" not in people(rules, text)
    assert not any(source == "Tarnby Paper Europe" for source, _ in roles(rules, text))


@pytest.mark.parametrize("text, status", [
    ("Ms. Dalby will serve as chief operating officer of Velmont Industries.", Status.AGREED),
    ("Ms. Dalby has served as chief operating officer of Velmont Industries since 2015.", Status.ACTIVE),
    ("Ms. Dalby will continue to serve as chief operating officer of Velmont Industries.", Status.ACTIVE),
])
def test_an_office_still_to_be_served(rules, text, status):
    assert roles(rules, text)[("Dalby", "Velmont Industries")][1] is status


def test_a_headline_naming_another_firms_officer(rules):
    text = "Harlow Names Quillmark CFO Dana Whitcombe as Its New Chief Executive"
    assert roles(rules, text).get(("Dana Whitcombe", "Quillmark"), (None,))[0] == "CFO"
    assert not any("Names" in c for c in companies(rules, text))


def test_an_offices_field_after_the_title_is_no_person(rules):
    text = "Mr. Ingvald was Senior Vice President Production for Tarnby Paper ASA."
    assert people(rules, text) == {"Ingvald"}
    assert roles(rules, text)[("Ingvald", "Tarnby Paper")][0] == "Vice President"
