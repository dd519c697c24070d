"""Company nodes modern web copy makes that are none: a web page's stock quote (ticker and day's move) run
into the firm's name ("TomTom TOM2 -8.69% NV"), a headline's words run into a known firm's name ("Philips
Nears Deal") or how the press sizes the firm up before it ("Embattled Valeant"), a headline's firms of a
people ("Nigerian Banks Seek Stakes"), a person's name with a surname particle ("Jan-Maarten de Vries"), a
court of appeals by its numbered circuit, and an exchange that only labels a ticker in the Motley Fool's way
("(NASDAQ Other: VWAGY)"). The firms are made up where the rule does not turn on a known name."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_stock_quote_after_a_name_joins_no_name(rules):
    text = ("The two groups want to bring in partners such as Harlow Motors AG HRLY 0.39% and Corvex "
            "Automobiles NV CRVX - 1.53%, the people said.")
    assert companies(rules, text) == {"Harlow Motors", "Corvex Automobiles"}


def test_a_stock_quote_before_the_legal_form_leaves_the_name(rules):
    assert companies(rules, "Brenner Mapping TOM3 - 4.12% NV agreed to work with the carmakers on Tuesday.") == \
        {"Brenner Mapping"}


@pytest.mark.parametrize("text, firm", [
    ("Mighty Volkswagen Group (NASDAQ Other: VWAGY) reported that its sales in China fell almost 4%.", "Volkswagen"),
    ("Troubled Uber Technologies will invest $1 billion in India.", "Uber"),
    ("Ailing Kordel Motors said it would cut 2,000 jobs after it agreed to sell its bakery unit.", "Kordel Motors"),
])
def test_what_the_press_calls_a_firm_before_its_name_is_no_part_of_it(rules, text, firm):
    assert companies(rules, text) == {firm}


def test_headline_words_run_into_a_known_name_go(rules):
    text = ("Philips Nears Deal to Sell Lighting Arm\n"
            "The group has held talks for months, people familiar with the matter said.")
    found = companies(rules, text)
    assert "Philips" in found
    assert not any("Nears" in name or "Deal" in name for name in found)


def test_a_headlines_firms_of_a_people_are_no_name(rules):
    text = "Nigerian Banks Seek Stakes at Lagos Summit Tagged: The summit brings together lenders and investors."
    assert companies(rules, text) == set()


@pytest.mark.parametrize("text, firm", [
    ("Pinnacle Foods agreed to buy Birds Eye Foods for $1.3 billion, the companies said.", "Birds Eye Foods"),
    ("Harlow Foods said it had agreed to buy a stake in Near East Bank, a lender based in Beirut.", "Near East Bank"),
])
def test_a_name_holding_a_headlines_noun_stays_whole(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The deal was agreed, said Jan-Maarten de Vries, a Bosch vice president.",
    "Harlow Motors will invest in the project, said Anne-Marie de Groot, the carmaker's spokeswoman.",
])
def test_a_surname_after_its_particle_is_no_firm(rules, text):
    assert not any("Vries" in name or "Groot" in name for name in companies(rules, text))


def test_a_name_of_a_firm_with_a_particle_stays(rules):
    assert "Banco de Bilbao" in companies(rules, "Banco de Bilbao said it would buy a stake in Harlow Motors.")


def test_a_numbered_circuit_is_a_court(rules):
    text = "Harlow Motors agreed to a settlement after a ruling by the 2nd Circuit, which sent the case back."
    assert companies(rules, text) == {"Harlow Motors"}


def test_an_exchange_that_labels_an_other_ticker_is_no_node(rules):
    text = "Investors cheered when Orvana Tech (NASDAQ Other: ORVTY) reported a profit."
    assert companies(rules, text) == {"Orvana Tech"}
