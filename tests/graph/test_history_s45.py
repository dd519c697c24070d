"""Status histories on Reuters stories, session 45 (HIST14): a supply tie told by a customer's order is
agreed until the goods are delivered ("ordered six Jetstream 31 airplanes ..., with delivery starting May
1"), and a holding whose history opens with its end ("completed the sale of its Greyhound Lines unit") was
held before it ended.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.build import observe
from keiretsu.models import Observation, ObservationRow, Status
from keiretsu.stages import make_extractor

STAKE = ("stake", 1, 2, "")


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _supply(extractor, sentence: str) -> list[str]:
    [r] = extractor.extract([(0, sentence, "")])
    return [m.status.value for m in r.mentions if m.type.value == "supply"]


@pytest.mark.parametrize("sentence", [
    "TORONTO, March 24 - Canadian Airlines International Ltd said it ordered six new Jetstream 31 airplanes "
    "from British Aerospace Inc, with delivery starting May 1.",
    "ZURICH, March 19 - Swissair said it was confirming six orders for the new MD-11 long-haul jet of "
    "McDonnell Douglas Corp and had taken options for a further 12 planes.",
    "SYDNEY, March 2 - Qantas Airways Ltd has placed a firm order with Boeing Co for four 747-400 aircraft at a "
    "cost of 250 mln Australian dlrs each.",
    "FRANKFURT, April 2 - Deutsche Lufthansa AG said it has ordered two Airbus A-310-300s from the Airbus "
    "Industrie consortium.",
])
def test_an_order_is_an_agreed_supply_tie(extractor, sentence):
    assert _supply(extractor, sentence) == ["agreed"]


def test_a_supply_tie_by_other_words_stays_in_force(extractor):
    assert _supply(extractor, "Acme Corp supplies disk drives to Orbis Systems Inc.") == ["active"]


def said(mid: int, status: str, reported: str, valid: str | None = None, **kw) -> Observation:
    return Observation(mid, mid, mid, Status(status), {}, 0.7, reported, valid, **kw)


def test_a_holding_told_only_by_its_end_was_held_before():
    # "Greyhound Corp said it completed the sale of its Greyhound Lines unit to GLI Holdings", told twice
    for obs in ([said(1, "ended", "1987-03-18", "1987-03-18")],
                [said(1, "ended", "1987-03-18", "1987-03-18"), said(2, "ended", "1987-03-19", "1987-03-18")]):
        rel = consolidate(STAKE, obs)
        assert [(h.status, h.valid_from) for h in rel.history] == [(Status.ACTIVE, None),
                                                                   (Status.ENDED, "1987-03-18")]
        assert rel.status is Status.ENDED and rel.history[0].first_reported == "1987-03-18"


def test_a_holding_told_before_its_end_gets_no_second_start():
    rel = consolidate(STAKE, [said(1, "active", "1987-03-02"), said(2, "ended", "1987-03-18", "1987-03-18")])
    assert [h.status for h in rel.history] == [Status.ACTIVE, Status.ENDED]
    # a deal called off is no holding that ended
    deal = consolidate(("acquisition", 1, 2, ""), [said(1, "called_off", "1987-03-18")])
    assert [h.status for h in deal.history] == [Status.CALLED_OFF]


def test_a_deal_only_supposed_by_if_makes_no_step():
    # "Dart Group is likely seeking to buy Supermarkets General, analysts said" and, in the same story,
    # "Analysts said that if Dart buys Supermarkets General it would probably divest ...": the rumour
    # stands until "Dart Group Corp said it offered to buy Supermarkets General" that afternoon
    rows = [ObservationRow("acquisition", 1, 2, "", 1, 1, 1, "rumoured", "{}", 0.8, "1987-03-09T12:51:10", None,
                           '["analysts said"]', "Dart Group is likely seeking to buy Supermarkets General, analysts "
                           "said."),
            ObservationRow("acquisition", 1, 2, "", 2, 1, 1, "proposed", "{}", 0.8, "1987-03-09T12:51:10", None,
                           '["if"]', "Analysts said that if Dart buys Supermarkets General it would probably "
                           "divest the company's operations."),
            ObservationRow("acquisition", 1, 2, "", 3, 2, 2, "proposed", "{}", 0.8, "1987-03-09T15:02:02", None,
                           '["offered"]', "Dart Group Corp said it offered to buy Supermarkets General Corp.")]
    obs = observe(rows)
    assert obs[1].conditional and not obs[1].explicit
    rel = consolidate(("acquisition", 1, 2, ""), obs)
    assert [h.status for h in rel.history] == [Status.RUMOURED, Status.PROPOSED]


def test_a_deal_supposed_and_told_nowhere_else_keeps_its_status():
    row = ObservationRow("acquisition", 1, 2, "", 1, 1, 1, "proposed", "{}", 0.8, "1987-03-02", None, '["if"]',
                         "It said if it acquires all of Debron, it will repurchase 900,000 Class A shares.")
    rel = consolidate(("acquisition", 1, 2, ""), observe([row]))
    assert rel.status is Status.PROPOSED
