"""Company nodes that are none (issue 15's company precision): a place or a people before one common
word ("China Devalues", a crude grade, a ship), names that qualify a noun saying what they name, plurals
and names joined by "and" too ("the Skeena and Celgar pulp mills"), a prize, a ship by its tonnage, a
central bank without its country, a newsletter's sign-up line, a person whose surname ends in a double s;
and a vehicle's short form that is one node with it ("Hanson Trust ... Hanson said"). The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import resolve_document
from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.names import canonical_name
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import EntityKind, EntityMention, Extraction

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def resolved(text: str, companies: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> set[str]:
    """The companies left of ``people`` and ``companies``, each at its every place in ``text`` that no name
    taken before holds, once the document is read whole."""
    ex = Extraction(1)
    for kind, written in [(EntityKind.PERSON, people), (EntityKind.COMPANY, companies)]:
        for w in written:
            at = text.find(w)
            while at >= 0:
                if not any(e.start < at + len(w) and at < e.end for e in ex.entities):
                    name = canonical_name(w) if kind is EntityKind.COMPANY else w
                    ex.entities.append(EntityMention(kind, name, w, at, at + len(w)))
                at = text.find(w, at + 1)
    ex.entities.sort(key=lambda e: e.start)
    resolve_document(ex, text, Gazetteer.default())
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_place_before_a_headline_verb_is_no_company(rules):
    found = companies(rules, "Here is a look at the week's markets.\n# 1: China Devalues the Yuan China's abrupt "
                             "move on Tuesday to devalue the yuan hit the shares of Varnell Mining Corp.")
    assert "China Devalues" not in found
    assert "Varnell Mining" in found


def test_a_people_before_a_common_word_is_a_grade_or_a_ship(rules):
    found = companies(rules, "One Japanese refiner has bought 800,000 barrels of Iranian Heavy and a tanker, "
                             "Japan Orchid, from Tessaly Shipping Co, traders said.")
    assert "Japan Orchid" not in found
    assert "Tessaly Shipping" in found


def test_a_place_before_a_common_word_is_a_unit_no_company(rules):
    found = companies(rules, "Gould Inc said it sold its French Battery unit to a group of investors.")
    assert "French Battery" not in found


def test_a_place_before_a_business_word_stays_a_company(rules):
    found = companies(rules, "Ruritania Airways said it would buy six jetliners this year.")
    assert "Ruritania Airways" in found


def test_names_before_a_plural_noun_that_says_what_they_are_are_no_companies(rules):
    found = companies(rules, "Gains on the sales of Brannock Timber Ltd's Skeena and Celgar pulp mills offset "
                             "the loss, Brannock Timber said.")
    assert "Skeena" not in found and "Celgar" not in found
    assert "Brannock Timber" in found


def test_an_ore_body_is_no_company(rules):
    found = companies(rules, "Corvex Ltd's assets include 60 pct of the La Pintada copper deposit in Chile, "
                             "Corvex said in a statement.")
    assert not any("Pintada" in name for name in found)


def test_a_newsletter_sign_up_line_is_no_company(rules):
    found = companies(rules, "Halvern Bancorp owns a one-half Receive News & Ratings for Halvern Bancorp Daily - "
                             "Enter your email address below to receive a concise daily summary of the latest "
                             "news and analysts' ratings for Halvern Bancorp.")
    assert not any("Enter" in name or "Daily" in name for name in found)
    assert "Halvern Bancorp" in found


def test_a_prize_is_no_company(rules):
    found = companies(rules, "Roughly 500 independent advisers who use the platform were surveyed to select the "
                             "winner of the Adviser Contentment award.")
    assert "Adviser Contentment" not in found


def test_ships_listed_by_their_tonnage_are_no_companies(rules):
    found = companies(rules, "Ships sold for scrap include Velden Star (231,722 dwt), Sovereign (233,313 dwt) and "
                             "Rosebay (274,531 dwt), industry sources said.")
    assert not {"Velden Star", "Sovereign", "Rosebay"} & found


def test_a_central_bank_without_its_country_is_no_company(rules):
    found = companies(rules, "ZURICH, March 27 - The Swiss National Bank bought dollars against yen today.\n"
                             "Dealers described the National Bank's purchases as modest.")
    assert "National Bank" not in found


def test_a_person_whose_surname_ends_in_a_double_s_is_no_company(rules):
    [ex] = rules.extract([(1, "WASHINGTON, March 9 - Theodore Cross, editor of a business publication, said "
                              "he offered to buy Harwick Publishers Inc for 34 dlrs a share.\n"
                              "Cross said he proposed the takeover to the board.")])
    assert "Cross" not in {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Theodore Cross" in {e.name for e in ex.entities if e.kind is EntityKind.PERSON}


def test_a_vehicles_short_form_is_the_vehicle():
    text = ("NEW YORK, March 3 - Harwell Trust PLC said Kaiser Tile shareholders approved the merger.\n"
            "Harwell said the merger would close this week.")
    assert resolved(text, ("Harwell Trust PLC", "Kaiser Tile", "Harwell")) == {"Harwell Trust", "Kaiser Tile"}


def test_a_vehicle_stays_apart_from_the_part_of_a_firm_it_is_named_after():
    text = ("The Garrick Co said it filed to sell interests in Zelco Foods Investors L.P., a partnership of its "
            "Zelco Foods unit's restaurant properties.")
    assert "Zelco Foods" in resolved(text, ("Garrick Co", "Zelco Foods Investors L.P.", "Zelco Foods"))


def test_a_title_in_initials_is_no_company(rules):
    found = companies(rules, "Media Contact: Sean O'Donovan, E.V.P. Products & Customer Delivery, Doxwell Inc "
                             "sodonovan (at) doxwell (dot) com")
    assert not any(name.startswith("E.V.P") for name in found)


def test_a_name_without_its_foreign_opening_word_is_the_firm(rules):
    found = companies(rules, "PARIS, March 23 - French sugar group Bellac-Sur, which is 49.6 pct owned by Italy's "
                             "Gruppo Varzelli, is to raise its capital.\nVarzelli is one of several groups bidding "
                             "for the plant, Bellac-Sur said.")
    assert "Varzelli" not in found
    assert "Gruppo Varzelli" in found


def test_a_name_written_short_twice_is_one_firm(rules):
    found = companies(rules, "GRAND RAPIDS, March 2 - Rolpatch Corp said it rejected a proposal by Diagnostic "
                             "Retrieval Systems Inc to acquire its stock.\nThe company rejected the offer from "
                             "Diagnostic Retrieval.\nRolpatch said Diagnostic's offer was too low.")
    assert found == {"Rolpatch", "Diagnostic Retrieval Systems"}


def test_a_persons_two_surnames_or_surname_first_are_the_person():
    text = ("MADRID - Spain will double its export budget, said Apolonio Ruiz Ligero, head of the export institute, "
            "and Khoo Teck Puat, the bank's chairman.\nRuiz Ligero said the plan would help. Khoo is a shareholder.")
    assert not resolved(text, ("Ruiz Ligero", "Khoo"), ("Apolonio Ruiz Ligero", "Khoo Teck Puat"))


def test_a_generic_word_is_the_short_form_of_the_one_name_the_source_marks(rules):
    found = companies(rules, "ATLANTA, April 1 - A court blocked the merger of Delta Airlines Inc and <Western "
                             "Airlines>.\nThe union said Western's management should honour union contracts.")
    assert "Western" not in found
    assert "Western Airlines" in found
