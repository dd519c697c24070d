"""Dates on wire copy, session 42 (second pass): a date that opens the sentence times its telling (a court's
ruling, a filing), so an earlier date in the clause told ("Last month, a court upheld a verdict that X
interfered with Y's plan to acquire Z in 1983") dates the sentence's relationships; a date in a clause set
beside the main one ("..., which it had agreed to buy in January") leaves the opening date standing.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.graph.build import read_times

PUBLISHED = "1987-03-20T12:00:00"


def _point(sentence: str) -> str:
    return read_times(sentence, PUBLISHED).split("|")[0]


@pytest.mark.parametrize("sentence, point", [
    ("Last month, a state appeals court upheld a verdict that Corbel Inc interfered with Arden Co's plan to "
     "acquire Wexford Oil in 1983.", "1983"),
    ("HOUSTON, March 20 - Last month, a state appeals court upheld a verdict that Corbel Inc interfered with "
     "Arden Co's plan to acquire Wexford Oil in 1983.", "1983"),
    ("Today, Arden Co disclosed in a filing that a director of Wexford Oil resigned from its board on March 10.",
     "1987-03-10"),
])
def test_an_opening_date_times_the_telling_not_the_event_told(sentence, point):
    assert _point(sentence) == point


@pytest.mark.parametrize("sentence, point", [
    ("In February, Arden Co acquired the rest of Wexford Oil, which it had agreed to buy in January.", "1987-02"),
    ("Last year, Arden Co sold Wexford Oil, which it had bought in 1980.", "1986"),
    ("Last month, Arden Co agreed to buy Wexford Oil, the company said on March 12.", "1987-02"),
])
def test_other_dates_leave_the_first_standing(sentence, point):
    assert _point(sentence) == point
