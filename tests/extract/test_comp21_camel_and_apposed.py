"""Companies in modern financial prose (COMP21): a camel-case name whose firm reports data or whose shares moved
is a firm's, and the firm named with an office in apposition to a person is a company. Sentences from Reuters-21578
train stories and FiNER-ORD articles in no labelled split."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    # finer-ord-test-32
    ("The S&P/Case-Shiller index showed three-month average growth of 5.7%. CoreLogic also reports an additional "
     "month of data based on pending sales.", "CoreLogic"),
    # reuters-7867
    ("Its board told its shareholders not to tender to Waste Management. ChemLawn rose 1-7/8 to 36 in "
     "over-the-counter trading.", "ChemLawn"),
])
def test_a_camel_case_name_reporting_or_moving_is_a_firm(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Analysts said DeCesare rose to the occasion.",
    "The deck was made in its PowerPoint and released on Monday.",
])
def test_no_surname_nor_product_for_a_camel_case_word(rules: RuleExtractor, text: str) -> None:
    assert not companies(rules, text) & {"DeCesare", "PowerPoint"}


@pytest.mark.parametrize("text, firm", [
    # the construction of reuters-1173 ("Albert Holderson, Knutson chairman, said ..."), a firm made up
    ("Jeffrey Boyer, Zorvex chief financial officer, said the quarter was strong.", "Zorvex"),
    ("The quarter was strong, said Jeffrey Boyer, Zorvex chief financial officer.", "Zorvex"),
])
def test_the_firm_in_an_office_apposed_to_a_person(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, body", [
    ("Prices held, said Walter Stern, Foreign Agricultural Service analyst.", "Foreign Agricultural Service"),
    ("Rates will stay low, said Karl Otto, Bundesbank president.", "Bundesbank"),
])
def test_no_body_in_an_apposed_office(rules: RuleExtractor, text: str, body: str) -> None:
    assert body not in companies(rules, text)
