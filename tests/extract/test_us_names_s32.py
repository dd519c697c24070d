"""A firm's name that opens with "U.S." or "U.K.": the place goes when the rest is a firm's own name ("U.S.
Allis-Chalmers" is Allis-Chalmers's American arm), and stays when the rest is only common words and a firm's
word ("U.S. Wheat Associates", "U.S. National Bank of Oregon"): cut, they leave a generic
fragment as a company node. The sentences are written for these tests and most companies are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name, name_key

from ..helpers import companies


@pytest.mark.parametrize("surface, name", [
    ("U.S. Wheat Associates", "U.S. Wheat Associates"),
    ("U.S. National Bank of Oregon", "U.S. National Bank of Oregon"),
    ("U.S. Medical Enterprises Inc.", "U.S. Medical Enterprises"),
    ("U.K. Paper Products Ltd", "U.K. Paper Products"),
    ("U.S. Bancorp", "U.S. Bancorp"),
])
def test_common_words_after_the_place_keep_it(surface, name):
    assert canonical_name(surface) == name
    assert name_key(name) == name_key(surface)


@pytest.mark.parametrize("surface, name", [
    ("U.S. Allis-Chalmers Corp", "Allis-Chalmers"),  # a word outside the lexicon: the firm's own name
    ("U.S. Norstar Bancorp", "Norstar Bancorp"),
    ("U.S. Caterpillar Tractor Co", "Caterpillar Tractor"),  # a known firm's name, however common its words
    ("U.S. Dallas Savings Corp", "Dallas Savings"),  # a place names the firm
    ("U.S. Firm Amoco Corp", "Amoco"),  # a description, then the name
    ("U.S. Based Lotus Development Inc", "Lotus Development"),  # the wire's "U.S.-based"
    ("U.S. Video Vending Corp", "Video Vending"),  # common words, but no firm's word ends them
    ("U.S. Trade Representative", "Trade Representative"),  # no firm's word, no legal form
])
def test_a_firms_own_name_after_the_place_loses_it(surface, name):
    assert canonical_name(surface) == name


def test_a_firm_named_with_common_words_keeps_its_place_in_a_story(rules):
    text = ("WASHINGTON, March 3 - Grain exports were discussed at a meeting of U.S. Wheat Associates, an "
            "official said. Halcon Corp said it agreed to buy U.S. Medical Enterprises Inc for five mln dlrs.")
    assert companies(rules, text) == {"U.S. Wheat Associates", "U.S. Medical Enterprises", "Halcon"}


def test_a_firms_arm_in_the_place_is_the_firm(rules):
    text = "Borg Corp said it bought the stake from the U.S. Kestrelle-Marn Corp for 12 mln dlrs."
    assert companies(rules, text) == {"Borg", "Kestrelle-Marn"}


def test_the_place_the_model_took_apart_from_the_name_is_put_back(rules):
    text = "Pacific Crest Bank said it plans to merge with U.S. Bancorp's largest unit for 12 mln dlrs."
    assert "U.S. Bancorp" in companies(rules, text)
