"""Modern news prose the rules misread: a ticker labelled by its exchange between two names ("Pfizer Inc.
(NYSE: PFE) and Allergan plc (NYSE: AGN) agreed to merge"), a headline's infinitive ("Dell to buy EMC"), a
headline's verb in the present the parser takes for a plural noun ("Netflix partners with Samsung"), buying
with a phrasal verb ("scoops up"), and a sentence dense with names read as a title in title case. The firms
are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import title_cased
from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_an_exchange_labelled_ticker_between_two_names_leaves_the_list_whole(rules):
    text = "Harlow Pharma Inc. (NYSE: HRLW) and Corvex Biologics plc (NYSE: CRVX) agreed to merge."
    assert {k[0] for k in found(rules, text)} == {"merger"}
    assert companies(rules, text) == {"Harlow Pharma", "Corvex Biologics"}


def test_an_exchange_labelled_ticker_still_marks_a_listed_firm(rules):
    assert "Kestrel Airlines" in companies(rules, "Kestrel Airlines (NASDAQ: KSTL) said on Monday that traffic rose.")


@pytest.mark.parametrize("text, tie", [
    ("Brenmar to buy Tollcast in $6 billion deal.", ("acquisition", "Brenmar", "Tollcast")),
    ("Harlow Systems Inc. to acquire Corvex Software for $1.5 billion.", ("acquisition", "Harlow Systems", "Corvex Software")),
])
def test_a_headlines_infinitive_announces_a_deal(rules, text, tie):
    assert found(rules, text).get(tie) == "agreed"


def test_a_deal_done_in_the_past_stays_active(rules):
    assert found(rules, "Harlow Systems Inc. bought Corvex Software for $1.5 billion.").get(
        ("acquisition", "Harlow Systems", "Corvex Software")) == "active"


@pytest.mark.parametrize("text", [
    "Brenmar Corp. partners with Tollcast Inc. on payments.",
    "Brenmar Corp. teams up with Tollcast Inc. to expand delivery in China.",
])
def test_a_headlines_verb_in_the_present_states_an_alliance(rules, text):
    ties = found(rules, text)
    assert {k[0] for k in ties} == {"alliance"}
    assert {k[1] for k in ties} | {k[2] for k in ties} == {"Brenmar", "Tollcast"}


@pytest.mark.parametrize("text", [
    "Brenmar Corp. scoops up Tollcast Inc. for $3.8 billion.",
    "Brenmar Corp. gobbled up Tollcast Inc. in a $9 billion deal.",
])
def test_buying_with_a_phrasal_verb(rules, text):
    assert ("acquisition", "Brenmar", "Tollcast") in found(rules, text)


def test_investors_scooping_up_shares_buy_no_firm(rules):
    assert not found(rules, "Investors scooped up shares of Brenmar Corp. after the offering.")


def test_a_sentence_dense_with_names_is_no_title(rules):
    assert not title_cased("Wells Fargo will buy Crocker National Bank from Midland Bank.")
    assert title_cased("Office Depot Sells CompuCom In $305 M Deal")
    text = "Harbor Point Partners will sell Corvex Data Labs to Tollcast."
    assert companies(rules, text) == {"Harbor Point Partners", "Corvex Data Labs", "Tollcast"}
    assert ("divestment", "Harbor Point Partners", "Corvex Data Labs") in found(rules, text)


def test_the_speaker_after_a_comma_is_no_part_of_the_firm_before_it(rules):
    assert companies(rules, "Corvex Data Labs will be sold to Voxco, Blue Harbor said.") == {"Corvex Data Labs", "Voxco"}
    assert companies(rules, "The unit will be sold to Voxco, True West said.") == {"Voxco"}
