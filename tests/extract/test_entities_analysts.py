"""Companies in modern financial prose, second round (issue 15): an analyst's firm rating a stock is a
company, even one elsewhere only a data source; towns given as examples of places and credentials
after a person's name are not. Sentences written here; the firms and people are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    ("Quill Research lowered Bolt Industries from an overweight rating to a neutral rating on Monday.",
     "Quill Research"),
    ("Shares rose 3%.\nFinally, Harbor Capital lifted their price target on Bolt Industries from $29 to $32.",
     "Harbor Capital"),
    ("Analysts were split.\nVantor Partners upgraded Bolt Industries to buy in a note on Tuesday.", "Vantor Partners"),
])
def test_a_firm_rating_a_stock(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


def test_a_name_with_commas_is_not_cut_before_its_verb(rules: RuleExtractor) -> None:
    text = "Stone, Marlow & Tate raised Bolt Industries to a buy rating on Friday."
    assert "Marlow & Tate" not in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Britain lowered its price target for growth, the minister said.",
    "The Fed raised its benchmark rate, and analysts cut their rating on banks.",
])
def test_no_firm_rates_without_a_firm(rules: RuleExtractor, text: str) -> None:
    assert not companies(rules, text) & {"Britain", "Fed", "The Fed"}


def test_towns_given_as_examples_are_places(rules: RuleExtractor) -> None:
    text = ("The slump in iron ore has emptied towns near the big mines, such as Tarrow and Bellkin, "
            "Orvane Mining Ltd said on Monday.")
    got = companies(rules, text)
    assert "Orvane Mining" in got
    assert not got & {"Tarrow", "Bellkin"}


def test_firms_given_as_examples_stay_firms(rules: RuleExtractor) -> None:
    text = "Rival miners such as Orvane Mining Ltd and Kestrel Resources Ltd cut output in the towns."
    assert {"Orvane Mining", "Kestrel Resources"} <= companies(rules, text)


def test_a_credential_after_a_name_is_no_company(rules: RuleExtractor) -> None:
    text = '"Savers must save more each year," said Dana Whitlow, CFA, chief analyst at Pellham Advisors.'
    assert "CFA" not in companies(rules, text)


def test_a_reports_words_before_of_are_no_part_of_the_name(rules: RuleExtractor) -> None:
    text = "Shares of Quillstar Inc rose 4% after the company said it would buy Bolt Industries."
    got = companies(rules, text)
    assert "Quillstar" in got
    assert not any(name.startswith("Shares") for name in got)


def test_a_brand_before_a_product_noun_is_the_product(rules: RuleExtractor) -> None:
    text = "She weighed whether to buy a Zephyrix blender, which Bolt Industries Inc sells for $90."
    got = companies(rules, text)
    assert "Bolt Industries" in got
    assert "Zephyrix" not in got
