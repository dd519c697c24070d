"""Towns, plants, grades and cut names are no company nodes (issue 15's node precision, second round):
a name a story writes only right before ", STATE" (a town, or a plant in it), a works named as a works,
an all-capitals grade before its good, a name cut before "and", a dateline. Sentences written here in
the style of wire copy; the firms and places are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import resolve_document
from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.names import canonical_name
from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.vocab import not_companies
from keiretsu.models import EntityKind, EntityMention, Extraction

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def resolved(text: str, *written: str) -> set[str]:
    """The companies left of ``written`` (each at its every place in ``text``) once the document is read whole."""
    ex = Extraction(1)
    for w in written:
        at = text.find(w)
        while at >= 0:
            ex.entities.append(EntityMention(EntityKind.COMPANY, canonical_name(w), w, at, at + len(w)))
            at = text.find(w, at + 1)
    resolve_document(ex, text, Gazetteer.default())
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_plant_named_after_its_firm_and_town_is_no_company(rules):
    found = companies(rules, "Brandt was general manager of the Norvex Parsippany, N.J., assembly plant, "
                             "the company said.")
    assert not any("Parsippany" in n for n in found)


def test_a_town_written_with_its_state_is_no_company():
    text = ("Halvorsen Oil Corp agreed to sell Petrolera Andina half of its Port Lavaca, Texas refinery. "
            "Halvorsen said Port Lavaca, Texas, handles 90,000 barrels a day.")
    found = resolved(text, "Halvorsen Oil Corp", "Petrolera Andina", "Port Lavaca")
    assert found == {"Halvorsen Oil", "Petrolera Andina"}


def test_a_firm_placed_by_city_and_state_stays(rules):
    found = companies(rules, "Corliss Webb Inc, Dallas, Texas, said it agreed to buy Tandy Farrow Corp "
                             "for 40 mln dlrs.")
    assert {"Corliss Webb", "Tandy Farrow"} <= found


def test_a_name_once_written_elsewhere_stays_though_a_state_follows_it_once():
    text = "Ostrander Resources, Calif., said it sold its mill. Ostrander Resources also said profit rose."
    assert resolved(text, "Ostrander Resources") == {"Ostrander Resources"}


def test_a_company_named_after_a_state_is_no_state():
    text = "Kestrel Mining Co sold its stake in Ostrander Resources, Ohio Edison said."
    assert resolved(text, "Kestrel Mining Co", "Ostrander Resources", "Ohio Edison") == {
        "Kestrel Mining", "Ostrander Resources", "Ohio Edison"}


def test_a_grade_before_its_good_is_no_company():
    text = "Buyers sought RBX olein and RBX oil for May shipment, while Kestrel Trading sold stocks."
    assert "RBX" not in resolved(text, "RBX", "Kestrel Trading")
    # once written as a party, it may be one
    assert "RBX" in resolved(text.replace("sold stocks", "bought a stake in RBX"), "RBX", "Kestrel Trading")


def test_a_dateline_and_a_name_cut_before_and_are_no_companies():
    text = "FARMINGTON Conn., March 9 - Sahlen and Associates Inc said it bought Gleason Alarm Inc."
    assert resolved(text, "FARMINGTON Conn.", "and Associates Inc", "Gleason Alarm Inc") == {"Gleason Alarm"}


@pytest.mark.parametrize("name", ["Bracken Nuclear Power Plant", "the Kestrel Smelter", "Golden Hill Mine",
                                  "Unit Two Reactor"])
def test_a_works_is_no_company(name):
    assert not_companies().category(name) == "thing"


@pytest.mark.parametrize("name", ["Pine Point Mines", "Kestrel Mine Corp", "Bracken Power Plant Co"])
def test_a_firm_that_runs_works_is_a_company(name):
    assert not_companies().category(name) is None


def test_a_plant_in_a_deal_is_no_party(rules):
    found = companies(rules, "Ohio Power Co said it sold 30 pct of its interest in Unit One of the Bracken "
                             "Nuclear Power Plant to Kestrel Mining Co.")
    assert not any("Plant" in n for n in found)


def test_a_surname_before_what_a_person_is_at_a_firm_is_a_person():
    text = "\"It is a precedent,\" Halloway, a partner with Brisket, Norvell and Vane Inc, said."
    firm = "Brisket, Norvell and Vane Inc"
    assert resolved(text, "Halloway", firm) == {canonical_name(firm)}
    text = "Kestrel, a partner in the venture with Ostrander Resources, said it would invest."
    assert "Kestrel" in resolved(text, "Kestrel", "Ostrander Resources")
