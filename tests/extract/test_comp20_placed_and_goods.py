"""Companies in modern financial prose (COMP20).

A place and a word of a business's name ("Idaho Power", "Hawaii Gas") make a company's name in a sentence
the parser skips, as they already did before an office ("Idaho Power's chief executive"): not the last of
places listed, nor a public body's name before its noun. Names written only in a list of examples of a
maker's goods ("initiatives such as Apple Watch, Apple Pay and Apple Music", "products, including ...",
"drugs like AZT") are products, as names in a list of brands were. A place that is a given name too and a
word of a business's name ("Virginia Power") are a company, not a person. Sentences of FIRE's train half A, of
the FiNER-ORD articles of dev6 and of Reuters-21578's train split."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    # FIRE train half A
    ("In May 2011 the IPUC authorized Idaho Power to increase its annual recovery and amortization of deferred "
     "pension costs from $5.4 million to $17.1 million.", "Idaho Power"),
    # FIRE train half A
    ("Idaho Power's construction expenditures were $240 million, $338 million, and $338 million in 2012, 2011, "
     "and 2010, respectively.", "Idaho Power"),
    # Reuters train
    ("It said the Chicago Corp acted as placement agent for this transaction.", "Chicago"),
])
def test_a_place_and_a_business_word_name_a_company(rules: RuleExtractor, text: str, firm: str) -> None:
    assert not rules.candidate(text, True)
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, piece", [
    # Reuters train: a public body's name before its noun
    ("A similar request was filed with the Idaho Public Utilities commission in November of 1986 but hearings "
     "have been delayed until later in 1987.", "Idaho Public Utilities"),
    # Reuters train: the last of places listed in a unit's name
    ("It said Cassani will be the corporate executive responsible for IBM World Trade Europe, Middle East, "
     "Africa Corp, IBM World Trade Americas Group, IBM World Trade Asia/Pacific Group and IBM's Information "
     "Systems Group, as well as chairman and president of IBM World Trade Corp.", "Africa"),
])
def test_a_place_and_a_business_word_that_name_no_company(rules: RuleExtractor, text: str, piece: str) -> None:
    assert piece not in companies(rules, text)


def test_names_listed_as_a_makers_goods_are_products(rules: RuleExtractor) -> None:
    # dev6 (FiNER-ORD)
    text = ("A new i Phone model is expected in September, and Apple is venturing into new products and services "
            "with initiatives such as Apple Watch, Apple Pay and Apple Music.")
    found = companies(rules, text)
    assert "Apple" in found
    assert "Apple Music" not in found


@pytest.mark.parametrize("text", [
    # Reuters train: the place is a given name too
    "It had a gain of 7 mln, or 46 cts per share, for the June 1986 sale of the company's Virginia service "
    "territory to Virginia Power.",
    # Reuters train
    "The new venture, to be called Energy Dominion, is being set up to consider, evaluate and possibly carry out "
    "one or more cogeneration projects outside Dominion's subsidiary, Virginia Power's, service area, Dominion said.",
])
def test_a_place_that_is_a_given_name_and_a_business_word_name_no_person(rules: RuleExtractor, text: str) -> None:
    assert "Virginia Power" not in people(rules, text)
    assert "Virginia Power" in companies(rules, text)
