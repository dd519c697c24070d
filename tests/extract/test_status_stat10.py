"""Statuses on Reuters train sentences, STAT10: a merger its parties have set their advisers to carry out is
agreed; a holding or a joint venture whose make-up is to change stands as it is."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, sentence: str, rtype: str) -> set[str]:
    [r] = extractor.extract([(0, sentence, "")])
    return {m.status.value for m in r.mentions if m.type.value == rtype}


def test_a_merger_to_be_implemented_is_agreed(extractor):
    sentence = ("Last week three exchanges currently trading on the Baltic Exchange, the London Potato Futures "
                "Association, the GAFTA Soya Bean Meal Futures Association and the London Meat Futures Exchange, "
                "instructed legal advisers to implement a merger.")
    [r] = extractor.extract([(0, sentence, "")])
    mergers = [m for m in r.mentions if m.type.value == "merger"]
    assert len(mergers) == 3 and {m.status.value for m in mergers} == {"agreed"}


def test_a_merger_implemented_is_not_made_agreed(extractor):
    assert "agreed" not in _statuses(extractor, "Acme Corp said it has implemented its merger with Beta Inc.",
                                     "merger")


@pytest.fixture(scope="module")
def rules_alone():
    return make_extractor("rules", relation_model="none")


def test_a_venture_whose_ownership_is_reorganised_stands(extractor, rules_alone):
    sentence = ("LONDON, March 30 - GKN Plc said it and Zahnradfabrik Friedrichshafen AG would reorganise the "
                "ownership structure of their Viscodrive GmbH joint venture.")
    assert _statuses(extractor, sentence, "stake") == {"active"}
    # the status is the rules' reading; the venture of the two partners is a pair read by word order (confidence
    # 0.53), which the relation model retrained at a48345e vetoes (see the README, seventh session of 2026-12-06)
    assert _statuses(rules_alone, sentence, "joint_venture") == {"active"}
    # as the wire writes it, the names set off in angle brackets
    bracketed = sentence.replace("GKN Plc", "<GKN Plc>").replace("Viscodrive GmbH", "<Viscodrive GmbH>")
    assert _statuses(extractor, bracketed, "stake") == {"active"}


@pytest.mark.parametrize(("sentence", "status"), [
    ("Acme Corp and Beta Inc said they would form their joint venture next year.", "agreed"),
    ("Acme Corp and Beta Inc said they would sign their proposed joint venture next week.", "proposed"),
])
def test_a_venture_still_to_come_is_not_made_active(extractor, sentence, status):
    assert _statuses(extractor, sentence, "joint_venture") == {status}
