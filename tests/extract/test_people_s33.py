"""People and their offices as modern web copy and wire copy write them (session 33): hyphenated names
web copy spaced out, bodies and firms whose names read like a head of government or a monarch, an office a
lord holds, firms named after a person that the news calls firms, and reporters listed with their cities.
The sentences are written for these tests; the people and companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people, roles


@pytest.mark.parametrize("text, person, short", [
    ("The head of communications at the Ruritania Standards Board, Mr Kwame Asante - Boateng, said sales rose. "
     "Mr Asante - Boateng added that more was needed.", "Kwame Asante-Boateng", "Kwame Asante"),
    ("Lars - Erik Dovrestad owns shares of Kestrova and Brontela.", "Lars-Erik Dovrestad", "Erik Dovrestad"),
    ("Shares of Dorvane rose after chairman Lee Jae - Won said sales grew.", "Lee Jae-Won", "Lee Jae - Won"),
])
def test_spaced_hyphen_joins_a_name(rules, text, person, short):
    found = people(rules, text)
    assert person in found
    assert short not in found


@pytest.mark.parametrize("text", [
    "The Ruritanian Oceanic and Atmospheric Administration hopes to extend the station's life.",
    "A former rector of the Institute of Management and Public Administration said rates would rise.",
    "The left - wing Greek government asked its partners for a two - year aid deal.",
    "She was once Lord Mayor of Sydney and now advises Kestrova.",
    "Dorvane was formed by the merger of Burger King Worldwide and a coffee chain.",
])
def test_no_person_in_a_body_or_an_office(rules, text):
    assert not people(rules, text)


def test_head_of_government_still_read(rules):
    text = "The Hartwell administration said on Friday it would act. In March Hartwell administration aides left."
    assert "Hartwell" in people(rules, text)


@pytest.mark.parametrize("text, firm", [
    ("Dorvane was formed by the merger of Kestrova and Canadian coffee chain Tim Vollers late last year.",
     "Tim Vollers"),
    ("The largest shareholder in Brontela, funds management firm Allan Brisk, has the company under review.",
     "Allan Brisk"),
])
def test_firm_the_news_calls_one(rules, text, firm):
    assert firm not in people(rules, text)
    assert firm in companies(rules, text)


def test_person_after_a_firm_noun_and_article(rules):
    assert "John Vollers" in people(rules, "Shares rose at the company John Vollers founded in 1990.")


def test_reporters_with_their_cities(rules):
    text = ("Greece made last-ditch offers on Tuesday.\n(Additional reporting by Silvia Marchetto in Milan, "
            "Mark Dowell in Paris, Paul Kerrigan in New York, Padraic Tully and Gavin Ormsby; Writing by Ann "
            "Brodie; Editing by Janet Lyle)")
    assert {"Silvia Marchetto", "Mark Dowell", "Paul Kerrigan", "Padraic Tully", "Gavin Ormsby", "Ann Brodie",
            "Janet Lyle"} <= people(rules, text)
    assert "New York" not in people(rules, text)


@pytest.mark.parametrize("text, person, company", [
    ("John Vollers, head of Dorvane Corp, said sales rose.", "John Vollers", "Dorvane"),
    ("Dorvane Corp chief John Vollers said sales rose.", "John Vollers", "Dorvane"),
])
def test_head_of_the_company_is_its_chief_executive(rules, text, person, company):
    assert roles(rules, text)[(person, company)][0] == "CEO"


@pytest.mark.parametrize("text, person, junk", [
    ("Britain is better off than estimates suggested By Andrew Hartley Comments Economic statisticians "
     "delivered good news.", "Andrew Hartley", "Andrew Hartley Comments Economic"),
    ("Appeals court rules on intern case Eric Vollers Joshua Brisk / For The Times Eric Vollers, a former "
     "intern, sued Dorvane.", "Eric Vollers", "Eric Vollers Joshua Brisk"),
    ("Build a bank for small firms - Prof. Tallo By Adnan Brisk A former rector, Prof. Stephen Tallo, has "
     "called on the government to act.", "Stephen Tallo", "Tallo By"),
])
def test_byline_or_caption_run_into_a_name(rules, text, person, junk):
    found = people(rules, text)
    assert person in found
    assert junk not in found


@pytest.mark.parametrize("text, person", [
    ("The news startled observers despite warnings from the central bank governor Glenn Stevens that rates "
     "may rise.", "Glenn Stevens"),
    ("He even took on Alan Jones on radio this week.", "Alan Jones"),
])
def test_surname_the_lemma_index_holds(rules, text, person):
    assert person in people(rules, text)


def test_firm_named_with_a_plural_word(rules):
    text = "Shares of Dorvane rose. Brontela said it had sold its stake to Martin Industries on Friday."
    assert "Martin Industries" not in people(rules, text)


def test_byline_before_how_long_ago(rules):
    text = "Dorvane posts record profits\nBy Mark O'Hanlon 36 minutes ago\nDorvane said profits rose."
    assert "Mark O'Hanlon" in people(rules, text)


@pytest.mark.parametrize("text, person, short", [
    ("South Korean President Kwon Jae-in met bankers on Monday.", "Kwon Jae-in", "Kwon Jae"),
    ("Mr Pak Sung-ho said profits rose at Dorvane.", "Pak Sung-ho", "Pak Sung"),
    ("Under President Barack Holloway-era rules, banks paid more.", "Barack Holloway", "Barack Holloway-era"),
])
def test_lower_case_half_of_a_last_name(rules, text, person, short):
    found = people(rules, text)
    assert person in found
    assert short not in found
