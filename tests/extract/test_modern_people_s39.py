"""People and companies as 2015 web copy writes them (session 39): surnames opening with "Mc", a bracket after a
name that holds a place, a telephone number or words of the sentence, credits a headline or a dateline runs
into, a surname after an honorific whose full name no rule read, names with a number in them, a passive
agent's title after an organisation, stock quotes after a name of common words, and offices, savings
products and registers written as names. The sentences are written for these tests; the people and
companies in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import _firm_after
from tests.helpers import companies, people


@pytest.mark.parametrize("text, person", [
    ("The plan faces strong opposition from House Majority Leader Gavin McTavish (R - Ida.) this week.",
     "Gavin McTavish"),
    ("Electrician Alan McBrayne is at the coalface of the downturn.", "Alan McBrayne"),
    ("Sales were weak, said Mr MacQuorran, who runs the shop.", "MacQuorran"),
])
def test_mc_surnames_are_read(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("text, person", [
    ("Other winners announced on Wednesday are Maria Velonde (Laos) and Tomas Kivern (Norway).",
     "Maria Velonde"),
    ("Interested readers should call Xavier Dumarest (202-555-0100) for more information.", "Xavier Dumarest"),
    ("I once shared a platform with the minister, Norman Halbeck (now Lord Halbeck).", "Norman Halbeck"),
])
def test_bracket_of_a_place_or_number_leaves_a_person(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("after, firm", [
    (" (JPW) opened a new office", True), (" (NASDAQ: JPW) rose", True), (" Inc said", True),
    (" (Laos) and", False), (" (The Philippines) and", False), (" (202-555-0100) for", False),
    (" (now Lord Halbeck).", False), (" said", False),
])
def test_what_after_a_name_makes_it_a_firm(after, firm):
    assert _firm_after("Jason Pelloway" + after, len("Jason Pelloway")) is firm


@pytest.mark.parametrize("text, person", [
    ("Kestrova's Northern Operations Post Record Profits in 2Q15 By Mark O'Dorran 36 minutes ago", "Mark O'Dorran"),
    ("Help spur economic opportunity.\nBy John Velasko Kenya's business leaders were planning how best to gain.",
     "John Velasko"),
    ("By Anna Petrova and Robert - Jan Vosselink ATHENS (Reuters) - Greece made overtures to its lenders.",
     "Robert-Jan Vosselink"),
])
def test_credits_run_into_a_headline_or_a_dateline(rules, text, person):
    assert person in people(rules, text)


def test_dateline_after_a_credit_is_no_firm(rules):
    text = "By Anna Petrova and Robert - Jan Vosselink ATHENS (Reuters) - Greece made overtures to its lenders."
    assert not any("ATHENS" in c for c in companies(rules, text))


@pytest.mark.parametrize("text, full, short", [
    ("Billionaire tech entrepreneur Zhao Weimin warned that chipmakers were too expensive. "
     "Mr Zhao has himself seen a rapid rise.", "Zhao Weimin", "Zhao"),
    ("AP by Katie Walbrook Foreign companies are expected to move rapidly. Ms Walbrook said so.",
     "Katie Walbrook", "Walbrook"),
])
def test_honorific_surname_takes_the_full_name_the_text_writes(rules, text, full, short):
    found = people(rules, text)
    assert full in found
    assert short not in found


def test_honorific_surname_not_joined_to_a_firm(rules):
    text = "Mr Dunwell said trolleys matter. Shares in Dunwell Brothers rose on the news."
    assert "Dunwell Brothers" not in people(rules, text)


@pytest.mark.parametrize("text", [
    "Shares of Pier 9 fell sharply, Greg Halvorsen said on Tuesday after the deal was agreed.",
    "A signed Kestrel United 10 shirt was sold after the club agreed the deal.",
])
def test_no_person_holds_a_number(rules, text):
    assert not any(any(c.isdigit() for c in p) for p in people(rules, text))


def test_passive_agent_title_leaves_the_organisation(rules):
    text = ("The Ruritania Enterprise Summit, launched by President Hollis in 2009, brings together "
            "entrepreneurs and investors.")
    assert not any("Summit" in p for p in people(rules, text))


def test_title_after_a_comma_still_names_a_person(rules):
    assert "Makoto Uchida" in people(rules, "Makoto Uchida, Nissan's chief executive, said the deal was agreed.")


def test_stock_quote_after_common_words_names_a_firm(rules):
    text = "Quick Fold (Other OTC: QFLDF - news) has brushed off concern that it faces mounting competition."
    assert "Quick Fold" in companies(rules, text)


def test_stock_quote_after_one_common_word_is_a_page_link(rules):
    text = "First (Other OTC: FSTC - news) there was the merger, which was supposed to be a triumph."
    assert "First" not in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The Latest Land Registry figures showed that house prices rose again.",
    "He bought a National Savings Certificate from the post office.",
    "Turnbull is challenging for the Prime Ministership.",
])
def test_offices_products_and_registers_are_no_firms(rules, text):
    assert not companies(rules, text)


def test_coal_ends_a_firm_the_model_reads_as_a_person(rules):
    text = "Regulators said Patriot Coal's reorganization plan, agreed with lenders, does not address pollution."
    found = companies(rules, text)
    assert "Patriot Coal" in found or not people(rules, text)


def test_next_firm_of_a_list_is_no_short_form(rules):
    text = ("Kestrova Motors said sales rose. Kestrova Motors, Ford, and Volkswagen all cut prices on key models "
            "in China.")
    assert {"Ford", "Volkswagen"} <= companies(rules, text)


def test_initials_set_off_by_commas_are_a_short_form(rules):
    text = "Brontela Widget Systems, BWS, said profit rose. BWS also said it would buy a rival."
    assert "BWS" not in companies(rules, text)


@pytest.mark.parametrize("text, person", [
    ("Neville Odhiambo, a reporter, wrote the story for the paper.", "Neville Odhiambo"),
    ("Kwame Osei, 45, is angry about the plan.", "Kwame Osei"),
    ("Asha Varenne, the billionaire entrepreneur, warned of a bubble.", "Asha Varenne"),
])
def test_a_person_by_an_age_or_a_human_noun_after_the_name(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("text", [
    "Kestrova Holdings, the fund manager, said it had sold the stake.",
    "Marble Harbour, the investment adviser, said it had sold the stake.",
])
def test_a_firms_trade_after_a_name_makes_no_person(rules, text):
    assert not people(rules, text)


@pytest.mark.parametrize("text", [
    "He laughs off becoming head of FIFA after the season ended.",
    "Jobs are at risk if the minister signs the FTA with China.",
    "The awards night was on the theme of advancing SMEs through ICT applications.",
])
def test_sport_bodies_pacts_and_fields_are_no_firms(rules, text):
    assert not companies(rules, text)


def test_a_fund_set_after_a_name_makes_a_firm(rules):
    text = ("Staff cannot sell their shares other than by cashing them in with Oravan Kyodai, a mutual fund that "
            "is one of the company's two big shareholders.")
    assert "Oravan Kyodai" in companies(rules, text)
    assert "Oravan Kyodai" not in people(rules, text)


def test_photograph_credit_then_the_story_credit(rules):
    text = ("Excavators are seen at a factory in Gosselies February 28, 2013.\n"
            "REUTERS / Eric Valdane By Caroline Vostrikova NEW YORK (Reuters) - Wall Street is bracing for results.")
    found = people(rules, text)
    assert {"Eric Valdane", "Caroline Vostrikova"} <= found
    assert not any(p.startswith("By ") for p in found)


def test_a_pair_in_a_list_of_people_is_a_person(rules):
    text = "(Abby Sorrell, Daniel Miller and Ryan Faughnder)"
    assert "Abby Sorrell" in people(rules, text)


def test_a_firm_in_a_list_of_people_stays_a_firm(rules):
    text = "Executives from Goldman Sachs, Daniel Miller and Ryan Faughnder were at the meeting."
    assert "Goldman Sachs" not in people(rules, text)


@pytest.mark.parametrize("text, person", [
    ("The opposition party's candidate Tsai Ing-wen is leading the polls.", "Tsai Ing-wen"),
    ("Park Soo-min said the talks would resume next week.", "Park Soo-min"),
])
def test_east_asian_given_name_with_a_lower_case_syllable(rules, text, person):
    assert person in people(rules, text)


@pytest.mark.parametrize("text", [
    "The New York-area market slowed, analysts said.",
    "Shares of a Hong Kong-based trader rose.",
    "A Rio Tinto-owned mine closed.",
])
def test_compounds_of_a_place_or_a_firm_are_no_person(rules, text):
    assert not people(rules, text)


def test_infratech_ends_a_firms_name(rules):
    text = "Kestrel Infratech aims to repay Rs 18000 crore worth of loans by 2018."
    assert "Kestrel Infratech" in companies(rules, text)
    assert "Kestrel Infratech" not in people(rules, text)
