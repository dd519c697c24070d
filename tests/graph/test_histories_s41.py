"""Status histories, session 41: a date that names an earlier stage's document ("terminated discussions
pursuant to a Jan 27 letter of intent", "withdrew its March 3 offer") dates that stage, not the end the
sentence tells, so the end is not placed before the live stages other stories reported.

The sentences are made up in the shapes of Reuters-21578 wire copy."""

from __future__ import annotations

from keiretsu.graph.build import _dated, read_times
from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Status

from .test_histories import DEAL, said, steps

ENDED_UNDER_A_LETTER = ("Halvern Tools Ltd said it terminated discussions to acquire Brisco Corp, pursuant to a Jan 27 "
                        "letter of intent for it to buy the company for stock and cash.")


def test_a_date_naming_a_document_does_not_date_an_end():
    times = read_times(ENDED_UNDER_A_LETTER, "1987-03-19")
    assert times.startswith("1987-01-27|")
    assert _dated("called_off", times)[1] is None
    # ...but it does date the stage it names
    assert _dated("in_talks", times)[1] == "1987-01-27"
    assert _dated("called_off", read_times("Halvern Tools withdrew its March 3 offer for Brisco.", "1987-03-19"))[1] is None
    assert _dated("agreed", read_times("Halvern Tools signed a March 3 letter of intent to buy Brisco.",
                                       "1987-03-19"))[1] == "1987-03-03"


def test_an_end_dated_in_its_own_words_keeps_its_date():
    times = read_times("Halvern Tools said on March 3 it withdrew its offer for Brisco.", "1987-03-19")
    assert _dated("called_off", times)[1] == "1987-03-03"


def test_the_end_follows_the_stages_reported_before_it():
    times = read_times(ENDED_UNDER_A_LETTER, "1987-03-19")
    valid = _dated("called_off", times)[1]
    rel = consolidate(DEAL, [said(1, "agreed", "1987-02-10", "1987-02-10"),
                             said(2, "called_off", "1987-03-19", valid)])
    assert [s for s, _, _ in steps(rel)] == ["agreed", "called_off"]
    assert rel.status is Status.CALLED_OFF
