"""Companies in modern wire copy that no legal suffix marks (issue 15): what the news calls a firm
around its name, a stock quote, its shares and offices, a word of a business's name; two firms the
model ran together; a name after "of" and a lower-case word; a market verb after a known name that
opens a sentence. Sentences written here; the firms and people are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    # no relationship in these sentences: the cheap pass reads them
    ("British lender Harwick Bank said on Thursday it would cut 3,000 jobs.", "Harwick Bank"),
    ("Sebi has barred Karvy Stock Broking from taking new clients.", "Karvy Stock Broking"),
    ("U.S. stocks edged lower on Monday as shares of Zorvex Corp slid.", "Zorvex"),
    ("Target Corp and Costco Wholesale Corp also pay more.", "Target"),
    ("Kestrova Air (NASDAQ: KSTL) reported weaker demand in March.", "Kestrova Air"),
    ("Halvex's chief executive said the results were strong.", "Halvex"),
    # the parser reads these
    ("Paytm's parent One97 Communications said Quillon Financial will invest in the payments firm.",
     "One97 Communications"),
    ("Zacks upgraded Halcyon Biotech to a strong buy rating.", "Halcyon Biotech"),
])
def test_firms_the_words_around_them_mark(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


def test_an_apposition_makes_a_firm_of_a_person(rules: RuleExtractor) -> None:
    text = "Varlo Jio, the telecom arm of Mukesh Ambani's Varlo Industries, added 10 million subscribers in March."
    assert "Varlo Jio" in companies(rules, text)
    assert "Varlo Jio" not in people(rules, text)
    assert "Mukesh Ambani's Varlo Industries" not in companies(rules, text)


def test_two_firms_the_model_ran_together(rules: RuleExtractor) -> None:
    found = companies(rules, "Regulators will review the merger between Qualcomm and Tessaro Semiconductors.")
    assert "Qualcomm and Tessaro Semiconductors" not in found
    assert "Qualcomm" in found


def test_a_known_name_before_a_market_verb(rules: RuleExtractor) -> None:
    assert "Tesla" in companies(rules, "Tesla fell after the chief executive tweeted about production.")


@pytest.mark.parametrize("text, name", [
    ("Energy shares fell on Tuesday as oil slid.", "Energy"),
    ("Asian shares rose after the Fed meeting.", "Asian"),
    ("The Federal Communications Commission said it would review the rules.", "Federal Communications"),
    ("It plans to merge into the Finance Co unit next year.", "Finance"),
    ("Minnesota Mining and Manufacturing's tape unit was sold.", "Minnesota Mining"),
    ("Shares of Brontela Holdings rose after Pacific Southwest Airlines said it would expand.", "Southwest Airlines"),
])
def test_no_firm_from_common_words_or_a_piece_of_a_name(rules: RuleExtractor, text: str, name: str) -> None:
    assert name not in companies(rules, text)
