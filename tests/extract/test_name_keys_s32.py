"""A name's key does not change when its canonical name is keyed again: the store keys each company by its
canonical name ("U.S. Home", from "U.S. Home Corp"), the gazetteer and a story's names by the name as written.
Keyed again, "U.S. Home" lost its place and took the key of "Home Group Inc", and "Albertson's" (of
"Albertson's Inc") lost its possessive. The sentences are written for these tests and most companies are
invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.gazetteer import Gazetteer, _rows
from keiretsu.extract.names import canonical_name, name_key, place_named

from ..helpers import companies

SURFACES = [
    "U.S. Home Corp", "U.S. Home", "U.S. Air Group Inc", "U.K. Land Plc", "U.S. West Co Inc", "U.S. Trust Co",
    "U.S. Wheat Associates", "U.S. National Bank of Oregon", "U.S. Bancorp", "U.S. Medical Enterprises Inc.",
    "U.S. Allis-Chalmers Corp", "U.S. Army Corp of Engineers", "U.S. Securities", "U.S. Navy", "U.S. Treasury",
    "U.S. Firm Honeywell Inc", "U.S. Based Lotus Development Inc", "the U.S. Austin Co", "U.S. Dallas Savings Corp",
    "Albertson's Inc", "Standard and Poor's Corp.", "Lowe's Cos Inc", "Chesebrough-Ponds's Inc", "Chrysler's",
    "Nissan Motor Co., Ltd.", "Geely Automobile Holdings", "E.F. Hutton and Co Inc", "Borg-Warner (Australia) Ltd",
]


@pytest.mark.parametrize("surface", SURFACES + [s for name, aliases, _, _ in _rows() for s in [name, *aliases]])
def test_a_canonical_name_keys_as_the_name_it_came_from(surface):
    assert name_key(canonical_name(surface)) == name_key(surface)


def test_a_firm_named_with_its_place_keeps_it_in_its_key():
    assert canonical_name("U.S. Home Corp") == "U.S. Home"
    assert name_key("U.S. Home") == name_key("U.S. Home Corp") != name_key("Home Group Inc")
    assert Gazetteer.default().lookup("Steel") is None  # "U.S. Steel" is known; "Steel" is no short form of it


def test_a_possessive_the_legal_form_kept_is_no_part_of_the_key():
    assert canonical_name("Albertson's Inc") == "Albertson's"
    assert name_key("Albertson's Inc") == name_key("Albertson's") == name_key("Albertson")


def test_a_place_and_one_word_alone_are_kept_whole_but_name_no_firm(rules):
    # the canonical name of "U.S. Securities Corp" is "U.S. Securities": the written name without a legal form
    # must key as it does, so the place stays; whether the words name a firm is ``place_named``'s to say
    assert canonical_name("U.S. Securities") == "U.S. Securities"
    assert not place_named("U.S. Securities") and place_named("U.S. Securities Corp")
    assert place_named("U.S. Wheat Associates") and not place_named("U.S. Allis-Chalmers Corp")
    found = companies(rules, "Dealers said they had tried to sell U.S. Securities to Asian banks, Ferrane Brokers "
                             "Inc said.")
    assert not {"Securities", "U.S. Securities"} & found


def test_a_place_after_the_place_is_the_firms_own_name(rules):
    assert canonical_name("U.S. Austin Co") == "Austin"
    found = companies(rules, "The U.S. Austin Co and Japan's Kawasaki Heavy Industries Inc said they have joined "
                             "to bid for work at the new airport. Austin, an engineering firm, will design it.")
    assert "Austin" in found and "U.S. Austin" not in found


def test_two_firms_that_share_a_word_after_the_place_stay_two(rules):
    # "Home Group Inc" is "Home": it was folded into "U.S. Home", whose name keyed again was "Home"
    found = companies(rules, "Marlowe Homes Inc said it agreed to sell its Texas unit to U.S. Home Corp. "
                             "Separately, Home Group Inc said it raised its stake in Corvel Insurance Co.")
    assert {"U.S. Home", "Home"} <= found
