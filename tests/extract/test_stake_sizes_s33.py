"""A holding sized by a word rather than a figure (session 33): "a majority interest", "a controlling
interest" state a stake as "a 40 pct interest" does. The sentences are written for these tests; the
companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found


@pytest.mark.parametrize("text, holder, held", [
    ("Kestrova Corp said it has acquired a majority interest in Brontela Inc, which makes heart monitors, "
     "for undisclosed terms.", "Kestrova", "Brontela"),
    ("Kestrova Corp said it has acquired a controlling interest in Brontela Inc.", "Kestrova", "Brontela"),
    ("Dorvane Group, which holds a majority interest in Brontela Inc, said profits rose.", "Dorvane", "Brontela"),
])
def test_sized_interest_is_a_stake(rules, text, holder, held):
    assert ("stake", holder, held) in found(rules, text)


@pytest.mark.parametrize("text", [
    "Kestrova Corp said minority interest in Brontela Inc earnings fell to two mln dlrs.",
    "Kestrova Corp said a majority of Brontela Inc directors have an interest in the outcome.",
])
def test_no_stake_without_a_size(rules, text):
    assert not any(key[0] == "stake" for key in found(rules, text))
