"""Companies in modern financial copy (session 34): products the text calls by their kind, model codes, brands,
sectors and vehicles are no companies; a short form a body is given in title case is the body's; a web address
a page credits is no party; a bank "of" a trade keeps the place opening its name; an ordinal in figures opens a
name; a person's age after a name and a headline's words make no company; a name what the news calls a firm
stands before is a firm throughout the story. The sentences are written for these tests; the firms and products
in them are invented, bar the banks and Daimler."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people


@pytest.mark.parametrize("text, product", [
    ("Examples include the heart medications Corvalex and Nitrovan, which were bought by Kestrova Pharma Inc.",
     "Nitrovan"),
    ("Examples include the heart medications Corvalex and Nitrovan, which were bought by Kestrova Pharma Inc.",
     "Corvalex"),
    ("Sales of the diabetes drug Glucora rose 12 pct at Kestrova Pharma, the company said.", "Glucora"),
    ("Orders for the game Blockvale jumped, Mojara Studios said.", "Blockvale"),
    ("A formal offer for Orvana, which owns the Peroni and Brevard brands, is expected next week.", "Brevard"),
    ("Sales of the Kestrova K500 rose 20 percent after Orvana Inc cut prices.", "Kestrova K500"),
    ("Customers prefer the Lumina Z6 to the Galaxo S5, Kestrova Holdings said.", "Galaxo S5"),
    ("GM does not sell the new Dorvane Envision SUV in the U.S., Kestrova Motors said.", "Dorvane Envision"),
    ("Other categories of awards included the Agricultural, Industrial and Services sectors, Kestrova said.",
     "Industrial and Services"),
])
def test_product_no_company(rules, text, product):
    found = companies(rules, text)
    assert product not in found
    assert found  # the firm beside it is still read


@pytest.mark.parametrize("text, firm", [
    ("The game maker Zyngora said it would buy Pixelmint for $200 million.", "Zyngora"),
    ("Regulators are looking at the prices of the drugs Kestrova sells in Europe.", "Kestrova"),
])
def test_kind_noun_not_before_the_firm(rules, text, firm):
    assert firm in companies(rules, text)


def test_title_case_short_form_of_a_body(rules):
    text = ("Kestrova Holdings said the renewal of the African Growth and Opportunity Act (Agoa), which allows "
            "exports duty free, would help it. Kestrova said Agoa members agreed.")
    assert "Agoa" not in companies(rules, text)


def test_web_address_a_page_credits(rules):
    text = "Orvana Koslosky Oct 11, 2015 | Source: Kestrovabrand.com | Kestrova Inc has become a digital giant."
    found = companies(rules, text)
    assert "Kestrovabrand.com" not in found and "Kestrova" in found


@pytest.mark.parametrize("text, bank", [
    ("Canadian Imperial Bank of Commerce has committed up to 340 mln dlrs in senior debt financing, it said.",
     "Canadian Imperial Bank of Commerce"),
    ("Canadian Imperial Bank of Commerce agreed to buy Kestrova Inc for 200 mln dlrs.",
     "Canadian Imperial Bank of Commerce"),
])
def test_bank_of_a_trade_keeps_its_place(rules, text, bank):
    assert bank in companies(rules, text)


def test_ordinal_opens_a_name(rules):
    text = "A spokesman for 20th Century Dorvane, a sister company of Kestrova Searchlight, praised the ruling."
    found = companies(rules, text)
    assert "20th Century Dorvane" in found and "Century Dorvane" not in found


def test_age_after_a_name_is_a_persons(rules):
    text = "Electrician Alan Dorvane works in Perth. Dorvane, 50, is angry and plans to leave Kestrova Holdings."
    assert companies(rules, text) == {"Kestrova"}


@pytest.mark.parametrize("text, firms", [
    ("Audi, BMW and Daimler Near Deal to Buy Orvana Mapping Service", {"Daimler", "Orvana Mapping Service"}),
    ("Kenyan Firms Eye Deals During Obama Summit", set()),
])
def test_headline_words_no_name(rules, text, firms):
    assert firms <= companies(rules, text)
    assert not any(" Deal" in name or "Firms" in name for name in companies(rules, text))


def test_firm_a_noun_names_is_no_person_elsewhere(rules):
    text = ("The largest shareholder in Transfield Services, funds management firm Allan Dorvane, has the company "
            "under review. Allan Dorvane managing director Simon Mawhinney said the firm was reviewing it. Allan "
            "Dorvane holds an almost 19 per cent stake.")
    assert "Allan Dorvane" in companies(rules, text)
    assert "Allan Dorvane" not in people(rules, text)


def test_person_after_the_firm_stays_a_person(rules):
    text = "The firm John Dorvane founded in 1973 now manages billions, Kestrova Holdings said. John Dorvane was pleased."
    assert "John Dorvane" in people(rules, text)
    assert "John Dorvane" not in companies(rules, text)
