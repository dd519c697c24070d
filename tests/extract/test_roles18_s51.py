"""People's offices in modern copy (issue 15, item 3, ROLES18). The sentences are excerpts of the dev6 tuning
articles (FiNER-ORD) and of Reuters-21578 train stories, cut down; where no tuning text holds a shape, the test
says so and keeps to the words of the nearest tuning sentence."""

from __future__ import annotations

import pytest

from keiretsu.extract import lexicon as L
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations.roles import office_of
from keiretsu.extract.rules import RuleExtractor

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company, title", [
    # finer-ord-train-1 (dev6): where one works from, web copy's spaced hyphen, before the company or the office
    ("Jimmy Cao, a Beijing - based BMW spokesman, said he was not able to provide an immediate comment.",
     "Jimmy Cao", "BMW", "spokesman"),
    ('" For high profile JVs, it would be difficult to make more radical restructuring moves like larger scale lay - '
     'offs and capacity reductions, " James Chao, Shanghai - based Asia -Pacific managing director at industry '
     "consultant IHS Automotive.", "James Chao", "IHS Automotive", "managing director"),  # as written (ROLES36)
    # finer-ord-train-11 (dev6), reuters-872: an adviser at a firm, or the firm's own
    ("Andrew Sentance is a senior economic adviser at PwC and a former member of the Bank of England’s monetary "
     "policy committee", "Andrew Sentance", "PwC", "senior economic adviser"),
    ("KUALA LUMPUR, March 3 - The yen should stabilize at around 152 to 153 to the U.S. Dollar for about a year, the "
     "Bank of Tokyo's economic adviser Koei Narusawa said.", "Koei Narusawa", "Bank of Tokyo", "economic adviser"),
    # reuters-3336 (train3 labels it): an editor of a publication
    ("WASHINGTON, March 9 - Theodore Cross, editor of Business and Society Review, a business publication, said an "
     "investor group he heads has offered to buy Harper and Row Publishers Inc for 34 dlrs a share cash.",
     "Theodore Cross", "Business and Society Review", "editor"),
])
def test_offices_of_modern_copy(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)][0] == title


@pytest.mark.parametrize("text", [
    # reuters-2796, reuters-5775: a government's adviser the entities took a firm for
    "The article in Progressive magazine also said the government had secretly monitored the home telephone of "
    "former National Security adviser Robert McFarlane after he had left government service in late 1985.",
    "WASHINGTON, March 16 - Congressional investigators tentatively plan to grant immunity to former presidential "
    "National Security Advisor John Poindexter who they say may help track missing money from Iran arms sales.",
])
def test_an_adviser_before_a_name_needs_the_firms_possessive(rules, text):
    assert roles(rules, text) == {}


# No tuning text holds these shapes (a field named with initials or an acronym, reported missed by ROLES17 on
# modern copy); the sentences keep the words of finer-ord-train-149 (dev6): "said Win Thin, global head of
# emerging - market strategy at Brown Brothers Harriman & Co. in New York".
@pytest.mark.parametrize("text, title", [
    ('" Taiwan is seen as better equipped, " said Win Thin, head of U.S. rates strategy at Brown Brothers Harriman '
     "& Co. in New York.", "head of U.S. rates strategy"),
    ('" Taiwan is seen as better equipped, " said Win Thin, head of FX strategy at Brown Brothers Harriman & Co. in '
     "New York.", "head of FX strategy"),
])
def test_a_field_named_with_initials_is_no_company(rules, text, title):
    found = roles(rules, text)
    assert list(found) == [("Win Thin", "Brown Brothers Harriman")]
    assert found[("Win Thin", "Brown Brothers Harriman")][0] == title


def test_a_chief_of_a_field_named_with_initials_is_no_chief_executive():
    assert office_of("chief U.S. equity strategist") != "ceo"
    assert not any(name == "CEO" and p.search("chief EM economist") for p, name in L.TITLES)
    assert any(name == "CEO" and p.search("General Electric chief Jack Welch") for p, name in L.TITLES)


def test_a_spaced_hyphen_keeps_a_vice_president():
    # FiNER-ORD spaces hyphens out ("Asia -Pacific", "lay - offs"): "vice - president" is no president
    assert office_of("vice - president") == "vice president"
    assert office_of("vice - chairman") == "vice chairman"


def _entities(rules, text: str) -> dict[str, str]:
    [ex] = rules.extract([(1, text)])
    return {e.name: e.kind.value for e in ex.entities}


def test_a_name_with_a_things_clause_after_it_is_a_firm(rules):
    # finer-ord-train-83 (dev6), reuters-3688
    assert _entities(rules, "They invested in Monocle, then moved rapidly to snatch the FT from under the nose of German "
                            "newspaper owner Axel Springer, which had been secretly wooing Pearson for a year.")["Axel Springer"] == "company"
    # reuters-7533: the clause is the visit's, and an office's word vouches for the person
    assert _entities(rules, "The strike was designed to cause it embarrassment during the four-day visit of West German "
                            "President Richard Von Weizsaecker, which starts on Friday.")["Richard Von Weizsaecker"] == "person"


def test_a_firm_run_on_into_a_person_named_elsewhere_is_no_firm(rules):
    # finer-ord-train-83 (dev6): a caption
    text = ("The only two people who really counted on the Japanese side, sources said, were the chairman, Tsuneo Kita, "
            "and the president, Naotoshi Okada. The men who bought the FT Tsuneo Kita, Chairman Mr Kita joined Nikkei as a "
            "graduate in 1971.")
    assert "FT Tsuneo Kita" not in _entities(rules, text)
    assert not any(c == "FT Tsuneo Kita" for _, c in roles(rules, text))


def test_web_copys_spaced_possessive_ties_the_office(rules):
    # finer-ord-train-107 (dev6): FiNER-ORD spaces out the apostrophe of a possessive
    text = ("Forecasts now call for a 3.9 percent decline, based on Thomson Reuters data. \" This part in the earnings "
            "cycle is typically the low point for estimates, \" said Greg Harrison, Thomson Reuters ' senior research analyst.")
    assert roles(rules, text)[("Greg Harrison", "Thomson Reuters")][0] == "senior research analyst"
