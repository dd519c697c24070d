"""A year told as a deal's own, right before its noun, dates that deal (HIST29): "its 1985 acquisition of American
Hospital Supply", "the 1984 takeover of Getty Oil", "a 1985 draft agreement for ATT to take over CGCT". A year's
figures ("Bass's 1986 sales") date nothing, and a deal of the story's own year ("its 1987 offer") is left for the
story to date. An end whose first date names its document ("terminated discussions ... pursuant to a Jan 27 letter
of intent") dates the stage it ended, where the history opens with that stage.

The sentences are Reuters-21578 train stories (the tuning material)."""

from __future__ import annotations

import pytest

from keiretsu.graph.build import _dated, read_times
from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times
from keiretsu.models import Observation, Status


@pytest.mark.parametrize("sentence, published, year", [
    # reuters-14615: the takeover Texaco made in 1984
    ("The dispute between Texaco and Pennzoil stems from the 1984 takeover of Getty Oil Co by Texaco.",
     "1987-04-07T12:00:00", "1984"),
    # reuters-7839: a possessive before the year
    ("The restrcitions stem from a 1983 order by the FTC settling charges that Allied's 1981 acquisition of Fisher "
     "Scientific Co reduced competition in three high-purity acid markets.", "1987-03-20T12:00:00", "1981"),
    # reuters-3682: a merger with its parties after it
    ("One of the deals in which an insider profit was alleged was the 1984 merger of K-Mart Corp <KM> with <Pay Less "
     "Drug Stores>.", "1987-03-11T12:00:00", "1984"),
    # reuters-4443: a bid, one word between the year and the noun
    ("Noranda would rather probably like to raise its stake, Sales said, although he added such a move could meet "
     "opposition from the British Columbia government, which limited Toronto-based Noranda to a minority stake in "
     "its 1981 takeover bid for MacMillan Bloedel.", "1987-03-12T12:00:00", "1981"),
])
def test_a_year_before_a_deal_noun_dates_the_deal(sentence, published, year):
    assert [(r.value, r.kind) for r in find_times(sentence, published)] == [(year, "point")]


def test_a_year_before_the_document_of_an_ended_deal_names_that_document():
    # reuters-6090: the abandonment is undated; the year is the draft agreement's ("n")
    times = read_times("The tender was launched after a 1985 draft agreement for ATT to take over CGCT was abandoned "
                       "following the introduction of the French government privatisation laws which reopened "
                       "bidding among a wider range of applicants.", "1987-03-17T12:36:48")
    point, *_, flags = times.split("|")
    assert point == "1985" and "n" in flags


@pytest.mark.parametrize("sentence, published", [
    # reuters-1104 and reuters-4016: a year's figures
    ("Chesebrough said Bass's 1986 sales exceeded 170 mln dlrs.", "1987-03-03T12:00:00"),
    ("USX, which owns Marathon Oil Co and Texas Oil and Gas Corp, had 60 pct of its 1986 sales of 14.94 billion dlrs "
     "from its oil and gas operations.", "1987-03-11T12:00:00"),
    # a deal of the story's own year: the story dates it, and the sentence is not made undated
    ("It said its 1987 offer for the company was rejected.", "1987-03-17T12:00:00"),
])
def test_no_date_from_a_years_figures_or_the_storys_own_year(sentence, published):
    assert find_times(sentence, published) == []


# --- the stage an end names, dated by its document -----------------------------------------------------------

_ODYSSEY = ("BEVERLY HILLS, Calif., March 19 - Odyssey Filmpartners Ltd said is terminated discussions to acquire "
            "<United Color Labs>, pursuant to a Jan 27 letter of intent for it to buy the company for stock and cash.")


def _said(mid: int, status: str, reported: str, **kw) -> Observation:
    return Observation(mid, mid, mid, Status(status), {}, 0.7, reported, **kw)


def test_an_end_that_dates_its_document_says_when_the_stage_began():
    # reuters-7370: the letter's date is not the end's, and it is when the stage ended began
    stands, valid, *_, opened = _dated("called_off", read_times(_ODYSSEY, "1987-03-19"))
    assert (stands, valid, opened) == (Status.CALLED_OFF, None, "1987-01-27")


def test_the_stage_a_history_opens_with_takes_the_date_of_its_document():
    # reuters-6090 and reuters-7370: the history opens with the stage the end names, dated by the document
    rel = consolidate(("acquisition", 1, 2, ""), [
        _said(1, "called_off", "1987-03-19", before=Status.IN_TALKS, opened="1987-01-27")])
    assert [(h.status, h.valid_from) for h in rel.history] == [(Status.IN_TALKS, "1987-01-27"),
                                                                (Status.CALLED_OFF, "1987-03-19")]
    rel = consolidate(("acquisition", 1, 2, ""), [_said(1, "called_off", "1987-03-17", before=Status.AGREED)])
    assert [(h.status, h.valid_from) for h in rel.history] == [(Status.AGREED, "1987-03-17"),
                                                                (Status.CALLED_OFF, "1987-03-17")]
