"""Companies in modern financial prose (issue 15, COMP13): legal forms of Thai, Indonesian, Russian, Dutch and
Japanese firms end a name; a name set off before a possessive's description of a firm ("Labatt, Canada's leading
brewer,") is a firm; a news outlet the story names as a business, not as its source, stays a company. Excerpts of
the tuning material: Reuters-21578 train stories and FiNER-ORD articles of eval/docs/dev*.jsonl."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name
from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    # finer-ord-train-47 (dev)
    ("PTT Exploration and Production Pcl, Thailand's largest oil and gas explorer, said on Thursday it posted a "
     "third-quarter net loss.", "PTT Exploration and Production"),
    # reuters-4180
    ("In addition, it said it has appointed Vaisala KK of Helsinki as exclusive distributor of its products "
     "throughout Japan.", "Vaisala"),
    # reuters-14735
    ("First Toronto Capital Corp said it completed an issue of a five mln dlrs convertible debenture to Arcalex "
     "B.V., a Dutch corporation that owns 54.3 pct of First Toronto's outstanding common shares.", "Arcalex"),
])
def test_foreign_legal_forms_end_a_name(rules: RuleExtractor, text: str, firm: str) -> None:
    assert firm in companies(rules, text)


@pytest.mark.parametrize("written, name", [
    ("Siam Cement Pcl", "Siam Cement"), ("Bank Mandiri Tbk", "Bank Mandiri"), ("Arcalex B.V.", "Arcalex"),
    ("Nippon Kokan K.K.", "Nippon Kokan"),
])
def test_the_legal_forms_leave_the_canonical_name(written: str, name: str) -> None:
    assert canonical_name(written) == name


def test_a_possessive_description_of_a_firm_makes_a_firm(rules: RuleExtractor) -> None:
    # reuters-9543 (the sentence up to its trigger word, which the cheap rules alone read)
    assert "Labatt" in companies(rules, "Labatt, Canada's leading brewer, has expanded in the U.S. food products "
                                        "industry.")


def test_a_possessive_description_of_a_person_makes_no_firm(rules: RuleExtractor) -> None:
    text = "Androsch, Austria's finance minister, said industrial holdings had performed better in 1986."
    assert "Androsch" not in companies(rules, text)


@pytest.mark.parametrize("text, outlet", [
    # finer-ord-train-127 (dev6)
    ("Laura Tingle is The Australian Financial Review's political editor.", "Australian Financial Review"),
    # finer-ord-train-83 (dev6)
    ("It will no doubt surprise many at the Financial Times, and the wider media community, that the newspaper "
     "will be owned not just by a Japanese company.", "Financial Times"),
])
def test_an_outlet_named_as_a_business_is_a_company(rules: RuleExtractor, text: str, outlet: str) -> None:
    assert outlet in companies(rules, text)


@pytest.mark.parametrize("text, outlet", [
    # finer-ord-train-4 (dev2)
    ("The industry is being very proactive in dealing with these issues, he told Fairfax Media.", "Fairfax Media"),
    ("BANGKOK, Oct 22 (Reuters) - PTT Exploration and Production Pcl said on Thursday it posted a loss.", "Reuters"),
    ("Sky News has learnt that Stuart Gulliver met executives from the brewer late last week.", "Sky News"),
])
def test_an_outlet_cited_as_the_source_is_none(rules: RuleExtractor, text: str, outlet: str) -> None:
    assert outlet not in companies(rules, text)


def test_the_outlets_editor_stays_a_person(rules: RuleExtractor) -> None:
    assert "Laura Tingle" in people(rules, "Laura Tingle is The Australian Financial Review's political editor.")


def test_initials_written_as_a_japanese_legal_form_stay_a_persons(rules: RuleExtractor) -> None:
    # reuters-300: "K.K." is a person's initials here, so only the undotted "KK" ends a firm's name in text
    text = ("William K.K. Wong, managing director of Indosuez Asia (Singapore) Ltd, said there is no real obstacle "
            "to prevent the new market from working.")
    assert "William K.K. Wong" in people(rules, text)
    assert "William" not in companies(rules, text)
