"""Ties a judged sample of a whole build showed wrong (session 35): two companies a list names side by side after
a preposition ("selling portions of it to A and B", "borrowings from A, B and C") are two buyers or two lenders,
never tied to each other, while a list as subject stays free to be paired where the sentence names them again;
"Y's largest shareholder, X," makes X the holder of Y, not the reverse; and a person's name the parser stops
inside its surname's particles ("Cor van der Klugt") runs to the surname.
The sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found, people, roles

_DIRECTED = ("acquisition", "divestment", "stake", "investment", "supply", "licensing")


@pytest.mark.parametrize("text, a, b", [
    ("Kestrova Bank held about 75 pct of Brontela's share capital before selling portions of it to Dorvane "
     "and Marvex.", "Dorvane", "Marvex"),
    ("Kestrova Bank sold portions of it to Dorvane Corp and Marvex Inc.", "Dorvane", "Marvex"),
    ("It said it plans to finance the purchase with borrowings from Zolter Bank, Quenby Trust Co and Varnel "
     "Brothers Inc.", "Zolter Bank", "Varnel Brothers"),
])
def test_companies_listed_after_a_preposition_are_not_tied(rules, judged, text, a, b):
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert not any(k[0] in _DIRECTED and {k[1], k[2]} == {a, b} for k in got)


def test_a_list_as_subject_may_be_paired_again(rules):
    got = found(rules, "Dorvane Corp and Marvex Inc said they ended the letter of intent under which Dorvane "
                       "would have acquired Marvex.")
    assert any(k[0] == "acquisition" and k[1] == "Dorvane" and k[2] == "Marvex" for k in got)


def test_the_seller_keeps_its_sale(rules):
    got = found(rules, "Kestrova Corp agreed to sell its stake in Brontela Inc to Dorvane Corp and Marvex Corp.")
    assert any(k[0] == "divestment" and k[1] == "Kestrova" for k in got)
    assert any(k[0] == "stake" and k[1] == "Dorvane" and k[2] == "Brontela" for k in got)


@pytest.mark.parametrize("text", [
    "Kestrova's largest shareholder, Dorvane Corp, has offered 65 dlrs per share for the company.",
    "Kestrova Aviation Inc said it received a bid. Kestrova's largest shareholder and other suitor, Dorvane Southern "
    "Corp <DSC> has offered 65 dlrs per share for the company.",
])
def test_holder_set_beside_the_noun_holds_the_possessor(rules, judged, text):
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert any(k[0] == "stake" and k[1].startswith("Dorvane") and k[2].startswith("Kestrova") for k in got)
        assert not any(k[0] == "stake" and k[1].startswith("Kestrova") for k in got)


def test_customer_set_beside_the_noun(rules):
    got = found(rules, "Kestrova's biggest customer, Dorvane Corp, cut its orders.")
    assert ("supply", "Kestrova", "Dorvane") in got


@pytest.mark.parametrize("text, person", [
    ("Kestrova Corp chairman Cor van der Velmoren told a congress here.", "Cor van der Velmoren"),
    ("Dorvane NV chief executive Pieter van den Broeksma said sales rose.", "Pieter van den Broeksma"),
])
def test_surname_particles_stay_in_the_name(rules, text, person):
    assert person in people(rules, text)
    assert any(p == person for p, _ in roles(rules, text))


def test_one_particle_still_read(rules):
    assert "Lodewijk van Welmaren" in people(rules, "Kestrova Corp chairman Lodewijk van Welmaren said profit fell.")
