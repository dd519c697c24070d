"""COMP12: companies in modern financial prose, on sentences of FIRE's half A, FiNER-ORD tuning articles and
Reuters train (tuning material). A name opening a sentence that does what a business does is a firm; a place and
a word of a business's name before what only a firm has is one; a headline's words run into a name make none."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, name", [
    ("Nordea sees a return to positive growth for the Baltic countries in 2011.", "Nordea"),
    ("Lionbridge expects to use the Virtual Solutions task management platform as technology-enabled service for "
     "crowdsoucing.", "Lionbridge"),
    ("Crestview could sell its stake in us to one or more third parties that may not be favorable to our "
     "stockholders.", "Crestview"),
    # after when the sentence opens with
    ("In 2011, Debiopharm successfully advanced Debio 0932 through the dose escalation portion of this phase I "
     "study and presented results of this study at the annual meeting of the American Society of Clinical Oncology "
     "in June 2012.", "Debiopharm"),
    ("Other precious metals strengthened against the lower trend. Hemlo Gold advanced 7/8 to 27-1/4 and Lacana "
     "Mining climbed 1-3/8 to 18-1/2.", "Hemlo Gold"),
])
def test_a_name_opening_a_sentence_that_does_what_a_business_does_is_a_firm(rules, text, name):
    assert name in companies(rules, text)


@pytest.mark.parametrize("text", [
    # a person the story named, by surname and firm ("Robert Brusca of Nikko Securities Co")
    "\"These numbers suggest the FOMC will not change policy,\" said Robert Brusca of Nikko Securities Co.\n"
    "Brusca of Nikko agreed that the Fed probably is aiming for two-week average discount window borrowings of "
    "around 300 mln dlrs.",
    # an acronym opening a sentence is a body as often as a firm
    "The EIA forecasts that total marketed production will grow by 1% in 2013.",
    # common words
    "Turner shut down its general entertainment network in India.",
])
def test_no_firm_of_a_person_an_acronym_or_common_words_opening_a_sentence(rules, text):
    found = companies(rules, text)
    assert not found & {"Brusca of Nikko", "Brusca", "EIA", "Turner"}


def test_a_place_and_a_business_word_before_what_only_a_firm_has_is_a_firm(rules):
    text = ("In 2011, fuel expense decreased $28.1 million, or 18 percent, compared to 2010 due to lower generation "
            "at Idaho Power's thermal plants.")
    assert "Idaho Power" in companies(rules, text)


def test_a_unit_its_owner_names_is_no_firm_of_a_place_and_a_word(rules):
    text = "Overall, Lear's Aerospace Group's eight subsidiaries employs 7,200 people."
    assert "Aerospace Group" not in companies(rules, text)


@pytest.mark.parametrize("text, junk", [
    ("Tip: Use comma (,) to separate multiple quotes.\nLearn more...\nWed, Sep 30, 2015, 01:39 BST - UK Markets open "
     "in 6 hrs 21 mins Why Growth & Income Chasers Need To Check Out GlaxoSmithKline plc, British American Tobacco "
     "plc, Marston’s PLC And Bovis Homes Group plc By Royston Wild | Fool.co.uk – 10 hours ago Today I am looking at "
     "four London favourites offering stupendous value.", "Need To"),
    ("LA Auto Show Rolls - Royce Dawn Makes World Debut Audi Debuts its All - Electric SUV Concept Car The Mercedes "
     "Concept Car That Morphs on the Move Porsche Set to Unveil New Model.", "That Morphs"),
])
def test_a_headline_run_into_a_name_makes_no_firm(rules, text, junk):
    assert not [name for name in companies(rules, text) if junk in name]


def test_a_conjunction_opening_a_clause_is_no_firm(rules):
    text = ("Although bought by French citizens they are managed by foreign banks, a Finance Ministry official said.")
    assert "Although" not in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    # a byline run into the story's first words (FiNER-ORD)
    ("The Global Entrepreneurship Summit brings together entrepreneurs and investors.\nBy Neville Otuki Kenya's "
     "business leaders were Monday planning how best to exploit the deal - making opportunities.", "Neville Otuki"),
    # Reuters train
    ("SCB official Olle Wessberg said the new figures were based on a more extensive survey of the unemployed.",
     "Olle Wessberg"),
    ("The judge set May 7 for sentencing and U.S. Attorney Rudolph Giuliani declared the government would ask that "
     "Anderson be sent to jail.", "Rudolph Giuliani"),
])
def test_common_given_names_the_list_lacked_name_people(rules, text, name):
    assert name in people(rules, text)


def test_a_firm_called_by_a_given_name_stays_a_firm(rules):
    text = ("Freddie Mac said that First Union Mortgage Corp already swapped 70 mln dlrs of new residential "
            "mortgages.")
    assert "Freddie Mac" not in people(rules, text)


def test_a_surname_the_story_wrote_after_a_given_name_is_no_firm(rules):
    text = ("\"The currency market is becoming very political,\" said Natsuo Okada of Sumitomo Bank Ltd.\n"
            "Okada expects the dollar to trade between 148 and 150 yen this week.")
    assert "Okada" not in companies(rules, text)


def test_the_part_a_parent_company_owns_is_a_firm(rules):
    text = ("Disney isn't the studio behind the movie, but as the parent company of Marvel it naturally benefits from "
            "the potential blockbuster's success.")
    assert "Marvel" in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    ("Finance Minister Ray MacSharry told parliament \"Conditions are extremely difficult and there is no room for "
     "manoeuvre.\"", "Ray MacSharry"),
    ("\"The chemicals are chiefly chlorofluorocarbons,\" U.S. Environmental protection agency officer Bill Long told "
     "reporters.", "Bill Long"),
])
def test_a_given_name_that_is_a_word_too_before_a_surname_names_a_person(rules, text, name):
    assert name in people(rules, text)


@pytest.mark.parametrize("text, name", [
    ("Mark Resources Inc said it completed its acquisition of oil and gas properties.", "Mark Resources"),
    ("Mark IV Industries Inc said it agreed to acquire the company.", "Mark IV Industries"),
])
def test_a_firm_opening_with_such_a_given_name_stays_a_firm(rules, text, name):
    assert name in companies(rules, text) and name not in people(rules, text)
