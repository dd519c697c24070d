"""Companies in modern financial news (issue 15, COMP15): a firm's name glued to "owned", "controlled", "backed",
"funded" or "financed" before another name is a firm of its own, even where the parser reads the two as one name
(unless a place, a people, a word or a person); a camel-case word ("SpeeCo", "EchoStar"), the way modern firms are
named and no person's name, that does or has what a business does is a firm, whatever the parser reads there;
a name of English words opening a sentence that says it is a company or was founded or incorporated is a firm.
Excerpts of the tuning material: FIRE's train half A and Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, owner, owned", [
    # FIRE half A (fire:1352): the parser reads "Mahindra-owned SsangYong Motor" as one name
    ("Mahindra-owned SsangYong Motor sold for $255 million.", "Mahindra", "SsangYong"),
])
def test_a_firm_glued_to_owned_is_a_firm(rules: RuleExtractor, text: str, owner: str, owned: str) -> None:
    found = companies(rules, text)
    assert any(owner in f for f in found)
    assert any(owned in f and owner not in f for f in found)


@pytest.mark.parametrize("text, kept, not_firm", [
    # Reuters-21578 train: a person and a place glued to the participle are no firm
    ("Last week, Carl C. Icahn-controlled Trans World Airlines Inc <TWA> made a conditional offer to acquire USAir "
     "for 52 dlrs per share, a bid that was rejected by the USAir board.", "Trans World Airlines", "Icahn"),
    ("The Peking-owned China International Trust and Investment Corp (Citic) bought the unfinished City Garden Hotel "
     "in Hong Kong.", "China International Trust and Investment", "Peking"),
])
def test_no_person_or_place_glued_to_owned_is_a_firm(rules: RuleExtractor, text: str, kept: str,
                                                     not_firm: str) -> None:
    found = companies(rules, text)
    assert kept in found
    assert not any(f.startswith(not_firm) for f in found)


@pytest.mark.parametrize("text, firm", [
    # FIRE half A: the parser reads "GoIndustry" as a person, or nothing, in each
    ("On July 5, 2012, GoIndustry was sold to Liquidity Services, Inc. (Liquidity Services).", "GoIndustry"),
    ("SpeeCo had $0.8 million of cash on the acquisition date, resulting in a net cash outflow of $90.9 million.",
     "SpeeCo"),
    ("After starting with a mountain biking product, CamelBak developed a host of other types of biking hydration "
     "packs that are designed to match specific types of biking.", "CamelBak"),
])
def test_a_camel_case_name_doing_a_business_deed_is_a_firm(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    # Reuters-21578 train: a person's surname whose second half is capitalised is no camel-case firm
    ("The company will consummate the transactions as soon as the required approvals are obtained, McLean said.",
     "McLean"),
])
def test_no_camel_case_firm_in_a_surname(rules: RuleExtractor, text: str, name: str) -> None:
    assert name not in companies(rules, text)


def test_no_camel_case_firm_of_a_person_name_run_together(rules: RuleExtractor) -> None:
    # Reuters-21578 train: a given name and a surname the copy ran together
    text = ("British prime minister MargaretThatcher said in parliament last week that she regarded Cable and "
            "Wireless's participation as essential.")
    assert "MargaretThatcher" not in companies(rules, text)


@pytest.mark.parametrize("text, firm", [
    # FIRE half A: a name of English words opening a sentence that says it was founded or incorporated
    ("Automation Anywhere was founded in 2003 in San Jose, US.", "Automation Anywhere"),
    ("Random Source was incorporated under the laws of the State of Florida in September 2008.", "Random Source"),
])
def test_a_name_of_words_the_sentence_says_was_founded_is_a_firm(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)
