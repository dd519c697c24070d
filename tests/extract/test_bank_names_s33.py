"""Banks named with "of" and what they serve (session 33): the whole name, where no deal is in the sentence
and where the parser cuts it at the place; no state's bank, no place opening the name. The sentences are
written for these tests; the banks in them are invented, bar the state's banks."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, bank", [
    ("The company said it received financing for the purchase from First National Bank of Dorvane and Kestrova Inc.",
     "First National Bank of Dorvane"),
    ("It owns Velmora City National Bank and Colonial Bank of Kestrova Falls, Ill.", "Colonial Bank of Kestrova Falls"),
    ("Dorvane Savings Bank of Florida said it expects a special shareholder meeting to be held in May.",
     "Dorvane Savings Bank of Florida"),
    ("Meanwhile Kestrova Trust of Ohio said its profit rose 12 pct.", "Kestrova Trust of Ohio"),
])
def test_bank_named_with_of(rules, text, bank):
    assert bank in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The Bank of Japan left its rates unchanged, and the Central Bank of Nigeria cut its own.",
    "The National Bank of Poland said inflation would slow, and the Reserve Bank of India held rates.",
    "The Federal Reserve Bank of Minneapolis said the regional economy grew.",
])
def test_no_state_bank(rules, text):
    assert not any("Bank" in name for name in companies(rules, text))


def test_possessive_ends_the_bank(rules):
    found = companies(rules, "Kestrova Bank of Ruritania's chief economist Anna Velde said rates would rise.")
    assert not any("Anna" in name or "Velde" in name for name in found)
