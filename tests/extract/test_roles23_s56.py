"""People who speak after an office in sentences the parser never reads (ROLES23, session 56): an office in
lower case, or a government's in capitals, right before a name that says or tells ("Seafarers' International
Union official Roman Gralewicz said", "Trade Minister Rha Woong Bae said"), whatever the given name; a firm's
noun before a name ("broker") makes no person. Sentences from Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people


@pytest.mark.parametrize("text, person", [
    ("Workers will strike, Seafarers' International Union official Roman Gralewicz said.", "Roman Gralewicz"),
    ("No further details on the loan were immediately available, Pemex Japan representative Tito Ayal said.",
     "Tito Ayal"),
    ("WASHINGTON, March 3 - Belgian Foreign Trade Minister Herman De Croo said he believed there would be a "
     "compromise within the European Community.", "Herman De Croo"),
    ("WASHINGTON, March 11 - South Korean Trade Minister Rha Woong Bae said his nation would maintain a trading "
     "surplus for three to five years as a way to cut its foreign debt.", "Rha Woong Bae"),
    ("Deputy Energy Minister Fernando Santos Alvite told a television interviewer that it could possibly take "
     "months.", "Fernando Santos Alvite"),
    ("Deputy prime minister Kim Mahn-Je told a meeting of local businessmen the policy would not change.",
     "Kim Mahn-Je"),
    ("Prices rose in 1986/87 on previous year levels, RBI governor R. N. Malhotra said in a statement.",
     "R. N. Malhotra"),
    ("Responsibility for the appreciation of the Taiwan dollar lies solely with those countries, said U.S. trade "
     "representative Clayton Yeutter.", "Clayton Yeutter"),
])
def test_a_speaker_after_an_office_is_a_person(rules, text, person):
    assert person in people(rules, text)


def test_no_company_made_of_the_given_name(rules):
    text = ("WASHINGTON, March 11 - South Korean Trade Minister Rha Woong Bae said his nation would maintain a "
            "trading surplus for three to five years.")
    assert "Rha" not in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The dollar closed lower in Tokyo, London broker Hoare Govett said.",
    "Output fell two pct in February, the Finance Ministry said.",
])
def test_no_person_after_a_firms_noun_or_a_body(rules, text):
    assert not people(rules, text)


@pytest.mark.parametrize("text, person", [
    ("Rodney De Mel said affected trees less than two years old would undergo base-budding.", "Rodney De Mel"),
    ("EC External Trade Commissioner, Willy De Clercq has already written to his U.S. counterpart.",
     "Willy De Clercq"),
    ("Yves Van Haecke, an aide to French agriculture minister Francois Guillaume, said the tax was unfair.",
     "Yves Van Haecke"),
])
def test_a_capitalised_particle_stays_in_the_surname(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("text", [
    "Luigi Lucchini, president of the employers organisation Confindustria said in a speech yesterday.",
    '"China needs a nationwide campaign," the official Peking Review said in an editorial yesterday.',
])
def test_no_person_made_of_a_body_after_an_office(rules, text):
    assert people(rules, text) <= {"Luigi Lucchini"}


def test_an_office_that_goes_on_is_not_the_name(rules):
    text = ('"We will make our utmost effort," Ministry of International Trade and Industry (MITI) Deputy Director '
            'General Masaji Yamamoto told reporters.')
    assert "Masaji Yamamoto" in people(rules, text)
    assert "General Masaji Yamamoto" not in people(rules, text)


@pytest.mark.parametrize("text, person", [
    ('"For many third world nations, the loss of the forest is not just a loss of resources," said Delfin Ganapin, '
     'a Philippine government consultant on environmental impact.', "Delfin Ganapin"),
    ("Istvan Nagy, a senior Finance Ministry official responsible for drafting the bankruptcy law, told Reuters "
     "last year he hoped the law would cut state subsidies.", "Istvan Nagy"),
])
def test_a_name_set_off_before_a_post_is_a_person(rules, text, person):
    assert person in people(rules, text)


def test_a_surname_written_first_is_no_second_person(rules):
    text = ('FENGBANG COUNTY, China, April 1 - Xu Jinfeng, a middle-aged official in Fengbang village, said land '
            'was lost.\n"We lost very little land prior to 1980 when the industrialisation began," official Xu said.')
    assert "Xu" not in people(rules, text)
    assert "Xu Jinfeng" in people(rules, text)
