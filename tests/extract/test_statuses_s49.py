"""Statuses on Reuters sentences, session 49 (STAT5): negotiations or discussions ended are talks called
off, whatever the type of the tie they were about.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, sentence: str, rtype: str) -> list[str]:
    [r] = extractor.extract([(0, sentence, "")])
    return [m.status.value for m in r.mentions if m.type.value == rtype]


@pytest.mark.parametrize("sentence", [
    "Deere and Co and General Motors Corp ended negotiations on the formation of a joint venture.",
    "Deere and Co said it agreed with General Motors Corp to discontinue negotiations on a joint venture.",
])
def test_negotiations_ended_on_a_venture_are_called_off(extractor, sentence):
    assert _statuses(extractor, sentence, "joint_venture") == ["called_off"]


def test_discussions_terminated_on_a_purchase_are_called_off(extractor):
    sentence = ("Stanadyne Inc said it terminated discussions about its proposed purchase of United Technologies "
                "Corp's Diesel Systems unit.")
    [r] = extractor.extract([(0, sentence, "")])
    assert {m.status.value for m in r.mentions if m.type.value in ("acquisition", "divestment")} == {"called_off"}


def test_a_venture_that_ends_is_still_ended(extractor):
    assert _statuses(extractor, "Deere and Co and General Motors Corp dissolved their joint venture.",
                     "joint_venture") == ["ended"]


@pytest.mark.parametrize("sentence", [
    "Emperor Mines Ltd's 22 pct stake in Nullarbor Holdings Ltd will be transferred to Odin Ltd, it said.",
    "Emperor Mines Ltd's 22 pct stake in Nullarbor Holdings Ltd and 10 pct stake in Osborne and Chappel "
    "Goldfields Ltd will be transferred to Odin Ltd, it said.",
])
def test_a_holding_to_be_handed_on_is_held_until_then(extractor, sentence):
    [r] = extractor.extract([(0, sentence, "")])
    held = {(m.source, m.target): m.status.value for m in r.mentions if m.type.value == "stake"}
    assert held[("Emperor Mines", "Nullarbor")] == "active"
    assert set(held.values()) == {"active"}


def test_a_stake_to_be_bought_is_still_to_come(extractor):
    sentence = "Emperor Mines Ltd will buy a 22 pct stake in Nullarbor Holdings Ltd from Odin Ltd."
    assert _statuses(extractor, sentence, "stake") == ["agreed"]


@pytest.mark.parametrize("sentence", [
    "The SEC's order came after Cyacq Corp filed suit to block Dixons Group PLC from taking control of Cyclops Corp.",
    "Cyacq Corp sued to block Dixons Group PLC from acquiring Cyclops Corp.",
    "Cyacq Corp filed a motion to block the merger of Dixons Group PLC and Cyclops Corp.",
])
def test_a_block_a_suit_asks_for_calls_nothing_off(extractor, sentence):
    [r] = extractor.extract([(0, sentence, "")])
    statuses = {m.status.value for m in r.mentions if m.type.value in ("acquisition", "merger")}
    assert statuses and "called_off" not in statuses


def test_a_block_ordered_calls_the_deal_off(extractor):
    sentence = "A federal court blocked Dixons Group PLC from acquiring Cyclops Corp."
    assert _statuses(extractor, sentence, "acquisition") == ["called_off"]


@pytest.mark.parametrize("sentence", [
    "Alleghney International Inc said the suit was aimed at blocking the sale of Alleghney International to an "
    "affiliate of First Boston Inc.",
    "Avia Group International Inc stockholders filed a class action suit seeking to halt the sale of Avia Group "
    "International to Reebok International Ltd.",
])
def test_a_sale_a_suit_seeks_to_halt_was_agreed(extractor, sentence):
    assert _statuses(extractor, sentence, "acquisition") == ["agreed"]


def test_a_bid_a_suit_seeks_to_block_is_still_a_bid(extractor):
    sentence = "Cyclops Corp filed suit seeking to block the tender offer of Dixons Group PLC for Cyclops Corp."
    statuses = _statuses(extractor, sentence, "acquisition")
    assert statuses and set(statuses) == {"proposed"}
