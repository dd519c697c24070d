"""Offices given from a date still to come, session 43 (HIST12): "named Barry Allen president effective April"
in a March story is an office chosen and not yet held (agreed), where "effective immediately", a date gone by
or a leaving told beside it ("succeeding X, who is retiring effective April 1") leave the office as told.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import json

import pytest

from keiretsu.graph.build import observe, read_times
from keiretsu.graph.time import find_times
from keiretsu.models import ObservationRow, Status

PUBLISHED = "1987-03-26T12:00:00"


def test_a_month_after_effective_is_a_date():
    [ref] = find_times("Acme Corp said it named John Smith president effective April.", PUBLISHED)
    assert (ref.value, ref.kind) == ("1987-04", "expected")


@pytest.mark.parametrize("sentence", [
    "TROY, Mich., March 26 - Acme Publishing, a unit of Acme Corp, said it has named John Smith president effective April.",
    "Acme Corp said John Smith was elected its president and chief executive officer, effective April 1.",
])
def test_an_office_from_a_date_to_come_is_flagged(sentence):
    assert "l" in read_times(sentence, PUBLISHED).split("|")[-1]


@pytest.mark.parametrize("sentence", [
    "Acme Corp said it appointed John Smith as president of the company, effective immediately.",
    "Acme Corp said John Smith was elected its president, effective March 1.",
    "Acme Corp named John Smith chairman, succeeding Tom Brown, who is retiring effective April 1.",
    "Acme Corp president John Smith said the price rise is effective April 1.",
])
def test_an_office_held_now_is_not(sentence):
    assert "l" not in read_times(sentence, PUBLISHED).split("|")[-1]


def _row(kind: str, sentence: str) -> ObservationRow:
    return ObservationRow(kind, 1, 2, "", 1, 1, 1, "active", json.dumps({"title": "President"}), 0.8,
                          PUBLISHED[:10], None, "[]", sentence)


def test_an_office_from_a_date_to_come_is_agreed():
    sentence = "Acme Corp said it named John Smith president effective April."
    [o] = observe([_row("role", sentence)])
    assert o.status is Status.AGREED


def test_an_office_given_now_stays_held_and_other_types_are_untouched():
    [o] = observe([_row("role", "Acme Corp said it named John Smith president, effective immediately.")])
    assert o.status is Status.ACTIVE
    [o] = observe([_row("stake", "Acme Corp said it named John Smith president effective April.")])
    assert o.status is Status.ACTIVE
