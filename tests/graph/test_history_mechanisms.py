"""Status histories that hold on text nobody tuned them on (issue 16, item 2): a week is a period,
a date without a year half a year back is ahead, a moved date is no start, a retelling by period
is no news, a valuation is no change, a bid raised during talks is no step back, a further stage
said outright outranks an earlier one said more often, and a deal named in the past was done.

The sentences and histories are made up for these tests."""

from __future__ import annotations

from keiretsu.graph.build import observe, read_times
from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times
from keiretsu.models import Observation, Status

from ..helpers import observation_row as row

DEAL = ("acquisition", 1, 2, "")
STAKE = ("stake", 1, 2, "")


def said(mid: int, status: str, reported: str, valid: str | None = None, **kw) -> Observation:
    """One story's mention (each its own story), with a status word unless told otherwise."""
    return Observation(mid, mid, mid, Status(status), kw.pop("attributes", {}), 0.7, reported, valid, **kw)


def steps(rel) -> list[tuple[str, str | None, str | None]]:
    return [(h.status.value, h.valid_from, h.first_reported) for h in rel.history]


def test_a_week_is_a_period_not_its_monday():
    assert [(t.value, t.kind) for t in find_times("Halvorsen agreed last week to buy Quillon.", "1991-05-15")] == [
        ("1991-05", "point")]
    # A week across two months is the month of most of its days (its Thursday's).
    assert read_times("Halvorsen agreed last week to buy Quillon.", "1991-06-03") == "1991-05||||"
    assert read_times("Halvorsen agreed last week to buy Quillon.", "1991-08-05") == "1991-08||||"


def test_agreed_last_week_does_not_come_before_the_offer_of_that_week():
    # Monday: an offer; Wednesday: agreed; the next Tuesday, "agreed last week". Dated by the
    # week's Monday, the retelling made the agreement come first and the offer a step back.
    rows = [row(1, "proposed", "1991-05-06", '["offered"]', "Halvorsen Industries offered to buy Quillon."),
            row(2, "agreed", "1991-05-08", '["agreed"]', "Quillon agreed to be acquired by Halvorsen."),
            row(3, "agreed", "1991-05-14", '["agreed"]', "Quillon agreed last week to be bought by Halvorsen.")]
    rel = consolidate(DEAL, observe(rows))
    assert steps(rel) == [("proposed", "1991-05-06", "1991-05-06"), ("agreed", "1991-05-08", "1991-05-08")]
    assert rel.history[-1].evidence == [2, 3]


def test_a_date_without_a_year_more_than_half_a_year_back_is_ahead():
    # In April, "in early June" is this June, even with no "will" just before the date...
    assert [(t.value, t.kind) for t in find_times(
        "Halvorsen said it expects to merge with a unit of Quillon in early June.", "1991-04-10")] == [
        ("1991-06", "expected")]
    # ...while a month a few months gone stays gone.
    assert [(t.value, t.kind) for t in find_times("Quillon's sales rose in January.", "1991-04-10")] == [
        ("1991-01", "point")]
    assert [(t.value, t.kind) for t in find_times("Quillon's sales rose in November.", "1991-04-10")] == [
        ("1990-11", "point")]


def test_a_moved_date_is_no_valid_from():
    # Both dates of a schedule moved are schedules: neither says when anything began.
    sentence = "Halvorsen and Quillon agreed to move the closing of the purchase to June 30 from September 30."
    assert [(t.value, t.kind) for t in find_times(sentence, "1991-04-10")] == [
        ("1991-06-30", "expected"), ("1991-09-30", "expected")]
    assert read_times(sentence, "1991-04-10") == "|||1991-06-30|"


def test_a_figure_retold_by_its_period_is_no_change():
    # "said last week it had 54 pct" after "raised its holding to 56 pct": a look back, not a cut.
    rel = consolidate(STAKE, [said(1, "active", "1991-05-08", "1991-05-08", attributes={"percent": 56}),
                              said(2, "active", "1991-05-14", "1991-05", attributes={"percent": 54})])
    assert [h.status for h in rel.history] == [Status.ACTIVE] and rel.history[0].evidence == [1, 2]
    # A later report dated by its day is news as before.
    cut = consolidate(STAKE, [said(1, "active", "1991-05-08", "1991-05-08", attributes={"percent": 56}),
                              said(2, "active", "1991-05-20", "1991-05-20", attributes={"percent": 40})])
    assert [h.attributes["percent"] for h in cut.history] == [56, 40]


def test_a_deal_valued_differently_is_no_change_unless_told_so():
    # "a 750 mln dlr takeover" and "the 1.4 billion dlr takeover, debt included": one deal.
    rel = consolidate(DEAL, [said(1, "agreed", "1991-05-08", attributes={"amount": 750e6}),
                             said(2, "agreed", "1991-05-20", attributes={"amount": 1.4e9})])
    assert len(rel.history) == 1 and rel.history[0].evidence == [1, 2]
    raised = consolidate(DEAL, [said(1, "proposed", "1991-05-08", attributes={"amount": 750e6}),
                                said(2, "proposed", "1991-05-20", attributes={"amount": 800e6, "change": "increase"})])
    assert [h.attributes["amount"] for h in raised.history] == [750e6, 800e6]


def test_a_bid_raised_during_talks_is_no_step_back():
    # Offer, talks, then "a new, higher bid" (a reopening word): still the same courtship.
    rel = consolidate(DEAL, [said(1, "proposed", "1991-05-06"), said(2, "in_talks", "1991-05-13"),
                             said(3, "proposed", "1991-05-20", reopened=True), said(4, "called_off", "1991-06-03")])
    assert [h.status for h in rel.history] == [Status.PROPOSED, Status.IN_TALKS, Status.CALLED_OFF]
    # After an agreement, a reopened offer is a step back still.
    reopened = consolidate(DEAL, [said(1, "agreed", "1991-05-06"), said(2, "called_off", "1991-05-13"),
                                  said(3, "proposed", "1991-05-20", reopened=True)])
    assert reopened.status is Status.PROPOSED


def test_a_further_stage_said_outright_outranks_an_earlier_one_said_more_often():
    # One story: "signed a letter of intent"; three the same days: "the proposed acquisition".
    rel = consolidate(DEAL, [said(1, "agreed", "1991-05-06"), said(2, "proposed", "1991-05-06"),
                             said(3, "proposed", "1991-05-06"), said(4, "proposed", "1991-05-07")])
    assert [h.status for h in rel.history] == [Status.AGREED]
    # Not by a conditional ("would"), nor by tense alone ("will").
    for weak in ({"conditional": True, "explicit": False}, {"explicit": False}):
        rel = consolidate(DEAL, [said(1, "agreed", "1991-05-06", **weak), said(2, "proposed", "1991-05-06"),
                                 said(3, "proposed", "1991-05-06")])
        assert rel.status is Status.PROPOSED, weak
    # An end still goes by its stories: two that call the deal off against one that agrees.
    ended = consolidate(DEAL, [said(1, "agreed", "1991-05-06"), said(2, "called_off", "1991-05-06"),
                               said(3, "called_off", "1991-05-07")])
    assert ended.status is Status.CALLED_OFF


def test_an_earlier_stage_does_not_lend_its_stories_to_undo_an_end():
    # Two stories: "said the planned merger was off" (the agreement ended); two: "agreed to merge";
    # three the same day: "its counter proposal was still under consideration". The offers lift the
    # agreement over the other live stages, not over the end: agreed, then called off, as before
    # the third offer was told.
    told = [said(1, "called_off", "1991-05-06", "1991-05-05", before=Status.AGREED),
            said(2, "called_off", "1991-05-06", "1991-05-05"), said(3, "agreed", "1991-05-06"),
            said(4, "agreed", "1991-05-06"), said(5, "proposed", "1991-05-06"), said(6, "proposed", "1991-05-06")]
    for more in ([], [said(7, "proposed", "1991-05-06")]):
        rel = consolidate(DEAL, told + more)
        assert [h.status for h in rel.history] == [Status.AGREED, Status.CALLED_OFF], len(more)
    # The agreement still stands on its own stories: three against two ends.
    rel = consolidate(DEAL, told + [said(7, "agreed", "1991-05-06"), said(8, "proposed", "1991-05-06")])
    assert rel.status is Status.AGREED


def test_a_deal_named_in_the_past_was_done():
    # "debt rose in 1990 on its acquisition of Quillon" (no status word), then "will use the money
    # to repay debt incurred when it bought Quillon" (tense): no agreement after the deal was done.
    done = consolidate(DEAL, [said(1, "active", "1991-03-26", "1990", explicit=False),
                              said(2, "agreed", "1991-03-27", explicit=False)])
    assert [h.status for h in done.history] == [Status.ACTIVE]
    # Named without a date, the deal may still be agreed after: the plain mention said no stage, and
    # named the agreement (no deal done before it).
    named = consolidate(DEAL, [said(1, "active", "1991-03-26", explicit=False), said(2, "agreed", "1991-04-10")])
    assert [h.status for h in named.history] == [Status.AGREED]
    assert named.history[0].valid_from == "1991-03-26"
