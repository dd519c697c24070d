"""Statuses of offices and deals, session 44 (HIST13): an officer removed or terminated in the passive has left
("X, vice president of finance, has been removed as an officer"); so has each of several officers told
resigning together ("its chairman X and chief executive Y have resigned"), one whose resignation "and resigned"
tells beside another verb, and one whose resignation the sentence names ("following the resignation of chairman
X"), not one it is only called for; a letter of intent still to be signed leaves the deal in talks.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def _mentions(rules, text):
    [ex] = rules.extract([(1, text)])
    return ex.mentions


def _office(got, person):
    return [s for (kind, who, _), s in got.items() if kind == "role" and who == person]


@pytest.mark.parametrize("text", [
    "SUNNYVALE, Calif., March 2 - Acme Technology Inc said John Smith, vice president of finance, has been "
    "removed as an officer and terminated as an employee of the company.",
    "Acme Corp said John Smith, its treasurer, was removed from office on Tuesday.",
    "Acme Corp said John Smith, its treasurer, was fired.",
])
def test_an_officer_removed_has_left(rules, text):
    assert _office(found(rules, text), "John Smith") == ["ended"]


@pytest.mark.parametrize("text", [
    "Acme Corp said John Smith, its treasurer, will be removed from office.",
    "Acme Corp said John Smith, its president, was removed as a director of Vertex Inc.",
])
def test_a_removal_to_come_or_from_another_office_leaves_the_office_held(rules, text):
    assert _office(found(rules, text), "John Smith") == ["active"]


@pytest.mark.parametrize("text, person", [
    ("DALLAS, March 3 - Acme Oil Co said its chairman John Smith and chief executive officer Tom Hart have "
     "resigned effective immediately.", "John Smith"),
    ("Acme Air Lines said president and chief executive John Smith and four senior vice-presidents resigned "
     "last week.", "John Smith"),
    ("Acme Corp finance director John Smith accepted responsibility and resigned.", "John Smith"),
    ("LOS ANGELES, March 19 - Acme Group Inc's new chief executive Tom Hart said the company intends to review "
     "its operations, following the resignation of founder and chairman John Smith.", "John Smith"),
])
def test_an_officer_told_resigning_has_left(rules, text, person):
    assert _office(found(rules, text), person) == ["ended"]


@pytest.mark.parametrize("text", [
    "Acme Corp shareholders called for the resignation of chairman John Smith.",
    "Acme Corp chairman John Smith and president Tom Hart said the company would grow.",
    "Acme Corp chairman John Smith met analysts and said the company would grow.",
])
def test_an_officer_not_told_leaving_still_holds(rules, text):
    assert _office(found(rules, text), "John Smith") == ["active"]


@pytest.mark.parametrize("text", [
    "Orbis said Acme Oil will sign a letter of intent next month to form a partnership with Kanto Trading Co.",
    "Acme Corp said it will sign a letter of intent to acquire Orbis Systems Inc next week.",
    "Acme Corp said it is expected to sign a letter of intent to acquire Orbis Systems Inc.",
])
def test_a_letter_of_intent_still_to_be_signed_is_talks(rules, text):
    assert [s for (kind, _, _), s in found(rules, text).items() if kind != "stake"] == ["in_talks"]


@pytest.mark.parametrize("text", [
    "Acme Corp said it signed a letter of intent to acquire Orbis Systems Inc.",
    "Acme Corp said it will sign an agreement to acquire Orbis Systems Inc next week.",
])
def test_a_signed_letter_or_an_agreement_to_sign_is_agreed(rules, text):
    assert list(found(rules, text).values()) == ["agreed"]


@pytest.mark.parametrize("text", [
    "ADELAIDE, March 23 - Acme Oil Ltd said it will bid 4.00 dlrs a share for the 96.03 pct it does not already "
    "hold in Orbis Resources Ltd.",
    "Acme Oil said earlier it planned a tender offer for the 45 pct of Orbis Resources Co it does not already own "
    "for 70 dlrs a share cash.",
])
def test_a_bid_for_the_shares_not_held_leaves_the_rest_held(rules, text):
    got = found(rules, text)
    assert got[("stake", "Acme Oil", "Orbis Resources")] == "active"
    assert "percent" not in {k for m in _mentions(rules, text) if m.type.value == "stake" for k in m.attributes}


def test_the_end_of_a_month_is_a_time(rules):
    got = found(rules, "TOKYO, April 1 - Acme Foods Co said it will sign around end-April to buy the 50 pct of "
                       "Orbis Foods Co Ltd that it does not already own.")
    assert got[("acquisition", "Acme Foods", "Orbis Foods")] == "agreed"
    assert got[("stake", "Acme Foods", "Orbis Foods")] == "active"
