"""Dates on real wire copy, session 42: a date in the possessive after a word that sets another event
beside the deal ("X's investment in Y follows last year's investment by Z in W", "bigger than last
year's bid") dates that other event and not the deal; elsewhere ("following last year's acquisition",
"said last year's acquisition") it still dates the deal.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.graph.build import read_times
from keiretsu.graph.time import find_times

PUBLISHED = "1987-03-24T12:00:00"


@pytest.mark.parametrize("sentence", [
    "Oakhurst Life's investment in Pellam follows last year's investment by Sanwick Bank in Druce and Co.",
    "Marden's bid is bigger than last year's bid for Tolliver by Harlow.",
    "The sale echoes last month's sale of Keswick by Brannock.",
])
def test_a_compared_events_date_dates_nothing(sentence):
    assert read_times(sentence, PUBLISHED).split("|")[0] == ""
    assert [t.kind for t in find_times(sentence, PUBLISHED)] == ["other"]


@pytest.mark.parametrize("sentence, year", [
    ("Profits rose following last year's acquisition of Tolliver by Marden.", "1986"),
    ("Marden said last year's acquisition of Tolliver added to profits.", "1986"),
    ("Oakhurst Life's investment in Pellam follows talks last year.", "1986"),
])
def test_a_date_of_the_deal_still_dates_it(sentence, year):
    assert read_times(sentence, PUBLISHED).split("|")[0] == year
