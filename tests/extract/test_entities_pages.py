"""Companies in modern financial prose, third round (issue 15): what a web page or a feature article names
that is no company (indexes, a maker's products, sharing buttons, headings in capitals, towns where a site
is, people a known firm's name is the surname of), and the firms beside them still found. Sentences
written here; the firms, places and people are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, index", [
    ("The Brixa share index rose 2 percent while the Kospi index fell, and the Corvo Index slipped.", "Corvo"),
    ("Harlow Bank Inc shares slipped as the Corvo Index fell for a third day.", "Corvo"),
    ("Its PEG ratio is 0.4, analysts at Orvin Partners said.", "PEG"),
])
def test_an_index_or_a_ratio_is_no_company(rules: RuleExtractor, text: str, index: str) -> None:
    assert index not in companies(rules, text)


def test_the_firm_beside_an_index_is_still_found(rules: RuleExtractor) -> None:
    found = companies(rules, "Harlow Bank Inc shares slipped as the Corvo Index fell for a third day.")
    assert "Harlow Bank" in found


@pytest.mark.parametrize("text, maker", [
    ("Many stores were forced to offer steeper discounts on cars such as the BMW X6 crossover SUV, according to "
     "the dealer group chief.", "BMW"),
    ("Apple is venturing into new services such as Apple Watch and Apple Pay, analysts said.", "Apple"),
])
def test_a_makers_product_is_no_company(rules: RuleExtractor, text: str, maker: str) -> None:
    found = companies(rules, text)
    assert not {n for n in found if n.startswith(maker + " ")}


def test_a_word_that_names_firms_too_is_no_product(rules: RuleExtractor) -> None:
    assert "Corning Glass Works" in companies(rules, "Corning Glass Works Inc said it would buy Acme Optics Corp.")


def test_a_model_number_is_no_period_or_amount(rules: RuleExtractor) -> None:
    found = companies(rules, "Microsoft said it would buy Nokia 250 million euros of parts.")
    assert {"Microsoft", "Nokia"} <= found


@pytest.mark.parametrize("text", [
    "Follow us on Twitter and become a fan on Facebook for more stories like this one.",
    "Share on Google Plus | Share on LinkedIn | Email this story to a friend.",
])
def test_sharing_buttons_name_no_company(rules: RuleExtractor, text: str) -> None:
    assert not companies(rules, text)


def test_a_heading_in_capitals_is_no_company(rules: RuleExtractor) -> None:
    text = "-- WARREN ON DEFENSE: Lawmakers said Harlow Bank would sell its unit. FINCHER TALKS EXCLUSIVELY TO US."
    assert companies(rules, text) == {"Harlow Bank"}


def test_a_firm_written_in_capitals_in_a_list_stays(rules: RuleExtractor) -> None:
    text = "The event will feature keynotes from IBM, Marketo, DISH and RPA, among others."
    assert "DISH" in companies(rules, text)


@pytest.mark.parametrize("text, town", [
    ("The founder says the firm had changed the locks on its head offices in Brindlewick last year.", "Brindlewick"),
    ("Kestrel Mining has struggled to sell the mines around Vallerby, people familiar said.", "Vallerby"),
    ("Find out which localities in Tarrapur are sound real estate bets as prices rise.", "Tarrapur"),
])
def test_a_town_where_a_site_is_is_no_company(rules: RuleExtractor, text: str, town: str) -> None:
    assert town not in companies(rules, text)


def test_a_stake_in_a_firm_is_no_place(rules: RuleExtractor) -> None:
    assert "Brenford" in companies(rules, "Acme Corp bought a stake in Brenford, which has a plant in Ohio.")


def test_a_known_firms_name_as_a_persons_surname(rules: RuleExtractor) -> None:
    text = ("Prime Minister Tony Abbott and Opposition Leader Bill Shorten met the players.\n"
            "Abbott has remade himself as a sports fan.")
    assert "Abbott" not in companies(rules, text)
    assert "Tony Abbott" in people(rules, text)


def test_the_known_firm_stays_where_no_person_is_named(rules: RuleExtractor) -> None:
    assert "Abbott" in companies(rules, "Abbott Laboratories said sales rose. Abbott expects more.")


@pytest.mark.parametrize("text, person", [
    ("The fund is reviewed by Andrés Cardenal, who owns shares of Harlow Bank.", "Andrés Cardenal"),
    ("CLINTON BREAKS WITH OBAMA, via Vicki Needham and Amie Carrow: the senator spoke on Monday.", "Amie Carrow"),
])
def test_people_by_more_given_names(rules: RuleExtractor, text: str, person: str) -> None:
    assert person in people(rules, text)
    assert person not in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    ("We advised selling Harlow Bank Inc shares (Sell, 244.2 p, January 15).", "Sell"),
    ("The average price was INR 650 per square foot, down from INR 870 a year ago.", "INR 870"),
    ("Charles Evans, president of the Fed Bank of Chicago, is calling for a rise.", "Fed Bank of Chicago"),
    ("The odds of the US Federal Reserve raising rates have receded, Harlow Bank Inc said.", "US Federal Reserve"),
    ("Our editor told assembled guests: We're here to celebrate Malcolm's plans to become Prime Minister of the "
     "world.", "Malcolm"),
])
def test_ratings_sums_central_banks_and_given_names_are_no_company(rules: RuleExtractor, text: str,
                                                                   name: str) -> None:
    assert name not in companies(rules, text)


def test_a_shop_named_by_a_given_name_stays_a_firm(rules: RuleExtractor) -> None:
    text = "Among the firms to be sold are Martin's and Gordon Drummond pharmacies, the 7-Eleven convenience stores."
    assert "Martin" in companies(rules, text) or "Martin's" in companies(rules, text)
