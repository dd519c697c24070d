"""Company mentions in modern financial copy (issue 15, COMP7): exchanges listed by their initials as a
clause's object are the businesses that run them ("Quotes are real-time for NASDAQ, NYSE, and NYSEAmex"),
not where they qualify a noun or label a ticker; an exchange's listing tier is no company."""

from __future__ import annotations

import pytest

from ..helpers import companies


@pytest.mark.parametrize("text, firms", [
    ("Quotes are real - time for NASDAQ, NYSE, and NYSEAmex when available.", ["NASDAQ", "NYSE", "NYSEAmex"]),
    ("The Corvex shares also trade on NYSE and TSX.", ["NYSE", "TSX"]),
])
def test_exchanges_listed_by_initials_are_companies(rules, text, firms):
    found = companies(rules, text)
    for firm in firms:
        assert firm in found


@pytest.mark.parametrize("text, market", [
    ("NYSE and Nasdaq shares rose on Monday.", "NYSE"),
    ("Delta Air Lines (NYSE: DAL - news) and Unilever (NYSE: UL) rose.", "NYSE"),
])
def test_exchanges_qualifying_a_noun_or_a_ticker_are_no_companies(rules, text, market):
    assert market not in companies(rules, text)


@pytest.mark.parametrize("text, tier", [
    ("The last reported sales price of our common stock on The NASDAQ Global Select Market was $44.85 per share.",
     "NASDAQ Global Select Market"),
    ("The Zorvex shares will be traded on the NASDAQ National Market System under the symbol ZRVX.",
     "NASDAQ National Market System"),
])
def test_a_listing_tier_is_no_company(rules, text, tier):
    assert tier not in companies(rules, text)


@pytest.mark.parametrize("text, no_firm", [
    ("The fund is registered under the Investment Company Act of 1940.", "Investment"),
    ("The acquisition requires approval under the Bank Holding Company Act, the Federal Reserve said.", "Bank Holding"),
    ("The audit was done under the standards of the Public Company Accounting Oversight Board.", "Public"),
    ("Assets of money market funds rose, the Investment Company Institute said.", "Investment"),
])
def test_statutes_and_bodies_named_for_companies_are_no_firms(rules, text, no_firm):
    assert no_firm not in companies(rules, text)


def test_a_legal_form_still_ends_a_firm_before_other_words(rules):
    found = companies(rules, "Zorvex Corp said it would buy Harlow Co for 20 mln dlrs.")
    assert "Zorvex" in found and "Harlow" in found


@pytest.mark.parametrize("text, firm, junk", [
    ("HCIT Segment The Company is also a leading provider of HCIT solutions and services to providers.", None,
     "HCIT Segment The"),
    ("Retail Segment The Zorvex Corp unit grew.", "Zorvex", "Retail Segment The Zorvex"),
    ("Retail Segment The Zorvex Holdings unit agreed to buy Harlow Ltd.", "Zorvex", "Retail Segment The Zorvex"),
])
def test_a_heading_run_into_a_sentence_is_cut_at_the(rules, text, firm, junk):
    found = companies(rules, text)
    assert junk not in found
    if firm:
        assert firm in found


def test_the_after_of_stays_in_a_name(rules):
    assert "Fruit of The Loom" in companies(rules, "He sold shares of Fruit of The Loom Inc last year.")


@pytest.mark.parametrize("text, bank, charter", [
    ("The loan agreement was signed by Bank of America, N.A. and Raymond James Bank, FSB.", "Raymond James Bank", "FSB"),
    ("CrossLand Savings FSB said it agreed to buy Harlow Savings Bank for 20 mln dlrs.", "CrossLand Savings",
     "CrossLand Savings FSB"),
    ("The loan was arranged by Citibank N.A., the bank said.", "Citibank", "Citibank N.A"),
])
def test_a_us_banks_charter_is_its_legal_form(rules, text, bank, charter):
    found = companies(rules, text)
    assert bank in found
    assert charter not in found


@pytest.mark.parametrize("text, product", [
    ("During fiscal 2003, sales of Xbox processors comprised 23% of our overall revenue.", "Xbox"),
    ("We launched a generic version of our Zegerid capsules product under a supply agreement with Prasco LLC.",
     "Zegerid"),
])
def test_a_chip_or_a_drug_named_by_its_brand_is_no_firm(rules, text, product):
    assert product not in companies(rules, text)


def test_a_known_maker_before_its_processors_stays_a_firm(rules):
    assert "Intel" in companies(rules, "Intel processors power most laptops, Zorvex Corp said.")


@pytest.mark.parametrize("text, firm", [
    ("PricewaterhouseCoopers LLP, an independent registered public accounting firm, has expressed an unqualified "
     "opinion on the financial statements.", "PricewaterhouseCoopers"),
    ("Zorvex Partners LLP said it would buy Harlow Corp.", "Zorvex Partners"),
    ("The merger was advised by Stoll Keenon Ogden PLLC, a law firm.", "Stoll Keenon Ogden"),
])
def test_a_partnerships_legal_form_makes_a_firm(rules, text, firm):
    assert firm in companies(rules, text)


def test_partners_joined_by_an_ampersand_are_one_firm(rules):
    found = companies(rules, "The audit was performed by Moody, Famiglietti & Andronico, LLP, our independent auditors.")
    assert "Moody Famiglietti & Andronico" in found
    assert "Famiglietti & Andronico" not in found


def test_the_owners_an_auditors_report_is_addressed_to_are_no_part_of_the_name(rules):
    found = companies(rules, "To the Board of Directors and Stockholders of Zorvex Motors, Inc.:")
    assert "Zorvex Motors" in found
    assert not any(name.startswith("Stockholders") for name in found)


@pytest.mark.parametrize("text, firms, joined", [
    ("We acquired Penreco from ConocoPhillips and M.E. Zukerman Specialty Oil Corporation on January 3, 2008.",
     ["ConocoPhillips", "M.E. Zukerman Specialty Oil"], "ConocoPhillips and M.E. Zukerman Specialty Oil"),
    ("The Employment Agreement dated as of December 1, 2008 by and between James J. Bottiglieri and Compass Group "
     "Management LLC was filed as an exhibit.", ["Compass Group Management"],
     "James J. Bottiglieri and Compass Group Management"),
])
def test_a_known_firm_or_a_person_and_a_firm_of_its_own_are_not_one_name(rules, text, firms, joined):
    found = companies(rules, text)
    assert joined not in found
    for firm in firms:
        assert firm in found


def test_a_partnership_of_a_person_and_initials_stays_one_name(rules):
    found = companies(rules, "Bevis Industries Inc said it retained Tucker Anthony and R.L. Day Inc to seek purchasers "
                             "of the company or its units.")
    assert "Tucker Anthony and R.L. Day" in found


def test_the_town_a_firm_is_named_after_stays_in_a_name_dense_sentence(rules):
    found = companies(rules, "In December 2010, we acquired Beijing Montagne Medical Device Co., Ltd.")
    assert "Beijing Montagne Medical Device" in found
    assert "Montagne Medical Device" not in found


def test_a_newsletter_sign_up_line_names_no_firm_but_its_subject(rules):
    found = companies(rules, "Receive News & Ratings for Corvex Holdings Daily - Enter your email address below.")
    assert "Corvex" in found
    assert not any(name.startswith("News & Ratings") for name in found)


@pytest.mark.parametrize("text, measure", [
    ("Corvex currently carries a Zacks Rank #3 (Hold) and has an Earnings ESP of 0.00%.", "Earnings ESP"),
    ("Corvex has a Zacks Rank #2 (Buy) and its Zacks Industry Rank is in the top 20%.", "Zacks Industry Rank"),
])
def test_a_research_firms_measures_are_no_firms(rules, text, measure):
    assert measure not in companies(rules, text)
