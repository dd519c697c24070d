"""People and companies as modern web copy writes them (session 41): a photograph's agency run into the
byline, a given name that is a word too before an apposition only a person has, a firm's name cut short
by the model, a given name read as a month, a figure the tokenizer cut from a name. The sentences are
written for these tests; the people and companies in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import _clean_person
from tests.helpers import companies, people


def test_agency_credit_before_a_byline(rules):
    text = ("Court orders pile up for the mining trade. AP by Laura Kowalczyk Foreign miners in long battles "
            "offshore are expected to sue. Brontela said it would appeal.")
    found = people(rules, text)
    assert "Laura Kowalczyk" in found
    assert not any("Foreign" in p for p in found)


def test_agency_without_by_is_no_byline(rules):
    text = "Kestrova shares fell after AP reported the sale. Brontela said it would appeal."
    assert not people(rules, text)


@pytest.mark.parametrize("text, person", [
    ("Her mother was Coral Venterbury, the English literature academic and novelist.", "Coral Venterbury"),
    ("The fund was set up by Amber Okonkwo, a former lawyer, in 2009.", "Amber Okonkwo"),
])
def test_word_given_name_before_a_person_apposition(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("text", [
    "Its owner is Silver Lake, the private equity firm whose analyst said so.",
    "Sales at Energy Transfer, the pipeline group whose chairman spoke, rose.",
])
def test_two_words_before_an_apposition_no_person(rules, text):
    assert not people(rules, text)


def test_tail_of_a_firm_name_not_a_firm_of_its_own(rules):
    text = ("Rivals include Just Dine (Other OTC: JSTDF - news), which was founded in 2001. Just Dine said its "
            "users rose. Analysts said Just Dine could face threats.")
    found = companies(rules, text)
    assert "Dine" not in found


def test_tail_written_alone_is_kept(rules):
    text = "Dorvane Bank bought Kestrova. Kestrova and Brontela Holdings agreed terms; Brontela said it was pleased."
    assert "Kestrova" in companies(rules, text)


def test_jan_before_a_firm_is_a_given_name(rules):
    text = "Selling agent Tom Harkaway, from Jan Varden Real Estate, said the buyer agreed to the price."
    found = companies(rules, text)
    assert "Jan Varden Real Estate" in found or not any("Varden" in c for c in found)
    assert "Varden Real Estate" not in found


def test_jan_as_a_month_still_a_date(rules):
    text = "On Jan 5 Kestrova Mining said it would buy Brontela Holdings for $2 billion."
    found = companies(rules, text)
    assert not any(c.startswith("Jan") for c in found)


@pytest.mark.parametrize("text", [
    "Burger chain owner 3G Capital said it would buy Dorvane Foods for $11 billion.",
    "Dorvane Foods said 3G Capital had agreed to buy a stake of 20 percent in the company.",
])
def test_figure_opening_a_firm_name(rules, text):
    found = companies(rules, text)
    assert "3G Capital" in found
    assert "G Capital" not in found


@pytest.mark.parametrize("text, firm", [
    ("Before that, Mr. Orvell spent ten years at Walter Brennick LLP in its audit practice.", "Walter Brennick"),
    ("Our independent accounting firm, Harold Tavey LLP, has audited the statements of Kestrova.", "Harold Tavey"),
])
def test_person_name_before_llp_is_a_firm(rules, text, firm):
    assert firm not in people(rules, text)


@pytest.mark.parametrize("written, name", [
    ("David Vantree Chairman", "David Vantree"),
    ("Ann Roeling Executive", "Ann Roeling"),
    ("Mr. Roeling Director", "Roeling"),
    ("Grace Director", "Grace Director"),  # one word before the office: no name is left to keep
])
def test_office_run_into_a_signature_name(written, name):
    assert _clean_person(written) == name
