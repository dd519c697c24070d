"""Company mentions in modern financial news (issue 15, COMP6): where a firm is listed glued before its name
("ASX-listed Wellard Agri", "London-listed Glencore"), the market before "-listed" (no party), a newsletter
named in a page footer, sites listed after a sharing button, and a known name that is also an outlet's
written in full with "Group". The firms are made up, except the one name the outlet list shares."""

from __future__ import annotations

import pytest

from ..helpers import companies, people


@pytest.mark.parametrize("text, firm", [
    ("ASX-listed Corvex Agri plans to raise $400 million.", "Corvex Agri"),
    ("Toronto-listed Harlow Gold said output rose.", "Harlow Gold"),
    ("He sold shares of Sydney - listed Brenmar Metals Group last year.", "Brenmar Metals"),
])
def test_a_name_after_listed_is_a_firm(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, firm, glued", [
    ("Shares in London-listed Glencore fell 4 percent.", "Glencore", "London-listed Glencore"),
    ("Mumbai-headquartered Corvex Infratech aims to repay loans.", "Corvex Infratech",
     "Mumbai-headquartered Corvex Infratech"),
])
def test_where_a_firm_is_listed_or_based_is_no_part_of_its_name(rules, text, firm, glued):
    found = companies(rules, text)
    assert firm in found
    assert glued not in found


@pytest.mark.parametrize("text", [
    "The deal with Nasdaq-listed Zynga closed in May.",
    "The deal with Nasdaq - listed Zynga closed in May.",
])
def test_the_market_before_listed_is_no_party(rules, text):
    found = companies(rules, text)
    assert "Zynga" in found
    assert "Nasdaq" not in found


def test_a_newsletter_in_a_footer_is_the_source_not_a_party(rules):
    text = ("Corvex Bancorp declared a dividend on Monday. Enter your email address below to receive a concise daily "
            "summary of the latest news for Corvex Bancorp with MarketBeat.com's FREE daily email newsletter.")
    found = companies(rules, text)
    assert "Corvex Bancorp" in found
    assert "MarketBeat.com" not in found
    assert "FREE" not in found


def test_sites_listed_after_a_sharing_button_are_buttons(rules):
    found = companies(rules, "Corvex Holdings Inc said sales rose. Follow us on Twitter and Facebook for the latest news.")
    assert "Corvex" in found
    assert "Facebook" not in found


@pytest.mark.parametrize("text", [
    "The Vanguard Group said it would cut fees.",
    "Vanguard Group Inc raised its position in Kestrel Morgan Inc by 3.1%.",
])
def test_a_known_name_written_with_group_is_the_firm_not_the_outlet(rules, text):
    assert "Vanguard" in companies(rules, text)


@pytest.mark.parametrize("text, product", [
    ("The iPhone 6 Plus and the Galaxy S6 Edge sold well in China, Harlow Systems Inc said.", "Galaxy S6 Edge"),
    ("The Boeing 787 Dreamliner and the Airbus A350 compete for orders, Harlow Systems Inc said.", "Dreamliner"),
])
def test_a_name_with_a_model_code_is_a_product(rules, text, product):
    found = companies(rules, text)
    assert "Harlow Systems" in found
    assert product not in found


@pytest.mark.parametrize("text, product", [
    ("Harlow Systems Inc will buy Corvo Networks, which makes the Kestrel Vision software.", "Kestrel Vision"),
])
def test_a_name_before_software_or_a_platform_is_a_product(rules, text, product):
    found = companies(rules, text)
    assert "Harlow Systems" in found
    assert product not in found


def test_a_town_after_the_town_a_site_is_in_is_a_place(rules):
    text = ("Harlow Systems Inc had changed the locks on Corvex Golf's head offices in Milnsbridge, Brenfield forcing "
            "180 staff to leave the premises.")
    found = companies(rules, text)
    assert "Brenfield" not in found
    assert "Harlow Systems" in found


def test_a_speaker_after_a_site_s_town_stays_a_firm(rules):
    assert "Harlow Systems" in companies(rules, "It has offices in Milnsbridge, Harlow Systems said.")


def test_a_name_ending_in_a_metal_is_a_miner(rules):
    text = "Kestrel Mining Ltd has mines near Balen, while Corvex Gold owns a mill in Velden."
    assert {"Kestrel Mining", "Corvex Gold"} <= companies(rules, text)
    assert "Corvex Gold" not in people(rules, text)


def test_a_given_name_before_a_metal_is_a_person(rules):
    assert "Joe Gold" in people(rules, "Joe Gold said the deal was done.")
