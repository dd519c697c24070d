"""An office left from a date still to come (issue 16, STAT22): "succeeding Alexander Giacco who is retiring effective
April 1" in a March story leaves Giacco in office till April (active), where the mention reads the handover as his
leaving (ended). Sentences from the Reuters-21578 train split, with their publication days."""

from __future__ import annotations

import json

import pytest

from keiretsu.graph.build import observe, read_times
from keiretsu.models import ObservationRow, Status

_HERCULES = ("WILMINGTON, Del, March 24 - Hercules Inc said it named David Hollingsworth as chairman and chief executive, "
             "succeeding Alexander Giacco who is retiring effective April 1.", "1987-03-24")
_NAVISTAR = ("James Cotting, now vice chairman and chief financial officer, was named to succeed Lennox as chairman and "
             "chief executive officer of Navistar International Corp. Lennox will retire March 31.", "1987-03-18")
_CHARLESTON = ("CHARTLESTON, S.C., April 1 - First Federal Savings and Loan Association of Charleston said executive vice "
               "president A.L. Hutchinson Jr. has been named to succeed Robert L. Cale as president and chief executive "
               "officer when he retires on April 1, 1988.", "1987-04-01")


@pytest.mark.parametrize("sentence,published", [_HERCULES, _NAVISTAR, _CHARLESTON])
def test_a_leaving_to_come_is_flagged(sentence, published):
    assert "e" in read_times(sentence, published).split("|")[-1]


@pytest.mark.parametrize("sentence,published", [
    # told in the past, "on" a date the reader puts ahead for want of a year
    ("Wyman resigned on September 10 amid opposition from the company's two largest shareholders, Loews Corp <LTR> "
     "chairman Laurence A. Tisch and retired CBS chairman William S. Paley.", "1987-03-30"),
    # two leavings: the date is only the second's
    ("Insituform also said James Colclough has resigned from its board for health reasons and secretary Scott "
     "Saltpeter has resigned, effective June Five.", "1987-03-12"),
    # a leave granted in a month of a year gone by
    ("TOLEDO, Ohio, March 13 - <Sheller-Globe Corp> said it has named Alfred Grava president and chief operating officer "
     "to replace James Graham who was granted a medical leave in June, 1986.", "1987-03-13"),
])
def test_a_leaving_done_is_not(sentence, published):
    assert "e" not in read_times(sentence, published).split("|")[-1]


def _row(kind: str, status: str, sentence: str, published: str) -> ObservationRow:
    return ObservationRow(kind, 1, 2, "", 1, 1, 1, status, json.dumps({"title": "CEO"}), 0.8, published, None,
                          json.dumps(["left"]), sentence)


@pytest.mark.parametrize("sentence,published", [_HERCULES, _NAVISTAR, _CHARLESTON])
def test_an_office_left_from_a_date_to_come_is_held(sentence, published):
    [o] = observe([_row("role", "ended", sentence, published)])
    assert o.status is Status.ACTIVE


def test_the_successor_and_other_types_are_untouched():
    sentence, published = _HERCULES
    [o] = observe([_row("role", "active", sentence, published)])
    assert o.status is Status.ACTIVE
    [o] = observe([_row("stake", "ended", sentence, published)])
    assert o.status is Status.ENDED
