"""A deal dated before its story that only the sentence's future tense calls agreed, session 44 (HIST13):
"debt incurred in connection with the acquisition of X in December 1986 will be repaid" in a March 1987 story
tells a purchase done in December, where "will acquire X" with no date of its own, a date of the story's own
month, a word of a status ("agreed") or a conditional leave the mention as it is.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.graph.build import observe
from keiretsu.models import ObservationRow, Status

PUBLISHED = "1987-03-04"


def _row(status: str, cues: str, sentence: str) -> ObservationRow:
    return ObservationRow("acquisition", 1, 2, "", 1, 1, 1, status, "{}", 0.8, PUBLISHED, None, cues, sentence)


@pytest.mark.parametrize("sentence", [
    "Proceeds will be used to reduce bank debt incurred in connection with the acquisition of Orbis Systems Inc "
    "in December 1986, Acme Corp said.",
    "Acme Corp said the acquisition of Orbis Systems Inc last year will dilute earnings by about 17 cts a share.",
])
def test_a_deal_dated_before_its_story_under_a_future_is_done(sentence):
    [o] = observe([_row("agreed", '["will"]', sentence)])
    assert o.status is Status.ACTIVE
    assert o.valid.startswith("1986")


@pytest.mark.parametrize("status, cues, sentence", [
    ("agreed", '["will"]', "Acme Corp said it will acquire Orbis Systems Inc for 20 mln dlrs."),
    ("agreed", '["will"]', "Acme Corp said on March 2 it will acquire Orbis Systems Inc."),
    ("agreed", '["agreed"]', "Acme Corp agreed in December 1986 to acquire Orbis Systems Inc."),
    ("agreed", '["would"]', "Acme Corp announced last September it would acquire Orbis Systems Inc."),
])
def test_a_deal_to_come_stays_agreed(status, cues, sentence):
    [o] = observe([_row(status, cues, sentence)])
    assert o.status is Status.AGREED


def test_a_weekday_before_an_early_story_dates_the_telling_not_the_deal():
    # 1987-03-02 is a Monday's next day: "on Monday" falls in March, "last Friday" in February
    row = ObservationRow("acquisition", 1, 2, "", 1, 1, 1, "agreed", "{}", 0.8, "1987-03-02", None, '["will"]',
                         "Acme Corp said last Friday it will acquire Orbis Systems Inc under a five-year plan.")
    [o] = observe([row])
    assert o.status is Status.AGREED and o.valid.startswith("1987-02")
