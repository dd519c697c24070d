"""A sentence with no trigger word is not parsed, so a company the gazetteer does not know, named there
without a legal suffix, was lost (COMP19). Where such a sentence joins a name by "and", "or" or a comma to
a company found in it, the entity recogniser alone is asked whether that name is an organisation, and the
company beside it vouches for the reading. Excerpts of the tuning material (FiNER-ORD articles of dev6) and
of Reuters-21578's train split."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firms", [
    # dev6 (FiNER-ORD)
    ("Currently Air India, Air Costa and Spicejet operate from here.", {"Air India", "Air Costa", "Spicejet"}),
    # dev6 (FiNER-ORD)
    ("That compared to 16% for Google, 6% for eBay, and only 2% and 1% for Wal-Mart and Target, respectively.",
     {"Walmart", "Target"}),
    # Reuters train
    ("The joint bookrunners are Tokai International and Daiwa Europe Ltd.", {"Tokai International"}),
])
def test_a_name_joined_to_a_company_in_an_unparsed_sentence(rules: RuleExtractor, text: str,
                                                           firms: set[str]) -> None:
    assert not rules.candidate(text, True)
    assert firms <= companies(rules, text)


def test_a_name_joined_to_no_company_stays_out(rules: RuleExtractor) -> None:
    # dev6 (FiNER-ORD): the model's reading alone vouches for nothing
    text = "Last fall, Lionsgate, which long operated an unpaid internship program, switched to a paid program."
    assert not rules.candidate(text, True)
    assert "Lionsgate" not in companies(rules, text)
