"""Deal parties wire copy joins or qualifies (session 33): buyers after a sale's "to" joined by "and" are each a
buyer, and an owner noun with adjectives before it ("X's new majority owner Y") still makes the name after it
the holder. The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found


@pytest.mark.parametrize("text", [
    "Kestrova Inc said it completed the sale of its subsidiary, Brontela Inc, to Dorvane Holdings Inc and "
    "Marvex Holdings Inc, of Denver, Colo.",
    "Kestrova Inc said it sold Brontela Inc to Dorvane Holdings Inc and Marvex Holdings Inc.",
])
def test_joined_buyers_each_buy(rules, text):
    got = found(rules, text)
    assert ("acquisition", "Dorvane", "Brontela") in got
    assert ("acquisition", "Marvex", "Brontela") in got
    assert ("divestment", "Kestrova", "Brontela") in got


def test_joined_buyers_of_a_stake(rules):
    got = found(rules, "Kestrova Corp said it agreed to sell a 40 pct stake in Brontela Inc to Dorvane Holdings "
                       "Inc and Marvex Holdings Inc.")
    assert ("stake", "Dorvane", "Brontela") in got and ("stake", "Marvex", "Brontela") in got


def test_speaker_after_a_comma_is_no_buyer(rules):
    got = found(rules, "Kestrova Corp agreed to sell Brontela Inc to Dorvane Holdings Inc, Marvex Corp said on "
                       "Monday.")
    assert ("acquisition", "Dorvane", "Brontela") in got
    assert not any("Marvex" in key for key in got)


@pytest.mark.parametrize("text", [
    "Kestrova Corp's new majority owner Brontela Inc said it would vote for the plan.",
    "Kestrova Corp's new owner Brontela Inc said it would vote for the plan.",
])
def test_owner_noun_after_adjectives(rules, text):
    got = found(rules, text)
    assert ("stake", "Brontela", "Kestrova") in got
    assert ("stake", "Kestrova", "Brontela") not in got
