"""A month with its year after a comma ("in June, 1986") is that month of that year, not the coming June: the
pattern took the month alone and, the year lost, read it as the nearest June ahead of the story, an office or
a deal "expected" months after the story. The sentences are Reuters-21578 train stories (the tuning material)."""

from __future__ import annotations

import pytest

from keiretsu.graph.time import find_times


@pytest.mark.parametrize("sentence, published, value", [
    # reuters-4853: a leave taken nine months before the story
    ("<Sheller-Globe Corp> said it has named Alfred Grava president and chief operating officer to replace James "
     "Graham who was granted a medical leave in June, 1986.", "1987-03-13T10:51:29", "1986-06"),
    # reuters-8572: a purchase done the year before
    ("Quaker Oats acquired Vernells in August, 1986 when it purchased Golden Grain Macaroni Co.",
     "1987-03-23T18:20:04", "1986-08"),
    # reuters-10502: talks begun two years before
    ("Deere said it and GM began studying the feasibility of forming a diesel engine joint venture in March, 1985.",
     "1987-03-27T11:44:36", "1985-03"),
])
def test_a_month_and_its_year_after_a_comma_date_that_month(sentence, published, value):
    assert [(r.value, r.kind) for r in find_times(sentence, published)] == [(value, "point")]


def test_a_month_then_a_count_after_a_comma_is_no_year():
    # the figure after the comma is no year: the month alone, dated as before
    refs = find_times("The talks began in March, 1,500 workers said.", "1987-03-20T12:00:00")
    assert [(r.value, r.kind) for r in refs] == [("1987-03", "point")]


def test_without_a_comma_the_same():
    refs = find_times("Graham was granted a medical leave in June 1986.", "1987-03-13T10:51:29")
    assert [(r.value, r.kind) for r in refs] == [("1986-06", "point")]
