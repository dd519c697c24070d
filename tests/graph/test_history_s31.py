"""Status histories on real wire copy (issue 16), session 31: "last October" and "January of 1984"
are dates; a deal still to come ("agreed to be acquired", "to be sold once the merger is
completed") is not told as done; a holding said to be older than its story ("which already holds
17.4 pct") comes first and its bid for more, called off, does not end it; and a stage of a stake first
told after the holding was, and dated before it, is no step.

The sentences and histories are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from keiretsu.graph.build import observe, read_times
from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times

from ..helpers import observation_row as row
from ..helpers import statuses

DEAL = ("acquisition", 1, 2, "")
STAKE = ("stake", 1, 2, "")


def dates(sentence: str, published: str) -> list[tuple[str, str]]:
    return [(t.value, t.kind) for t in find_times(sentence, published)]


def test_last_with_a_month_is_the_one_gone():
    assert dates("Last October, Halvorsen announced the sale of its Quillon stake.", "1987-03-16") == [
        ("1986-10", "point")]
    assert dates("Halvorsen agreed last February to buy Quillon.", "1987-03-16") == [("1987-02", "point")]
    # the month of the story itself, "last", is a year back
    assert dates("Halvorsen agreed last March to buy Quillon.", "1987-03-16") == [("1986-03", "point")]
    # "the last may" is no month
    assert dates("The first two bids failed and the last may fail too.", "1987-03-16") == []
    # nor does "since" look ahead, however long ago the month
    assert dates("Since July, Halvorsen has bought 947,800 Quillon shares.", "1987-03-02") == [("1986-07", "point")]


def test_a_month_of_a_year():
    assert dates("Halvorsen bought the 30.5 pct of Quillon it did not own in January of 1984.", "1987-03-26") == [
        ("1984-01", "point")]
    assert dates("Halvorsen bid for Quillon in May of 1986.", "1987-03-26") == [("1986-05", "point")]


def test_a_deal_still_to_come_is_not_told_as_done():
    assert not read_times("Quillon said it has agreed to be acquired by Halvorsen.", "1987-03-02").endswith("d")
    assert not read_times("The units are to be sold to Halvorsen once the merger is completed.",
                          "1987-03-12").endswith("d")
    assert not read_times("The Pontiac plant is being sold to Halvorsen.", "1987-03-26").endswith("d")
    assert read_times("Halvorsen said it has completed the acquisition of Quillon.", "1987-03-02").endswith("d")
    assert read_times("Quillon was acquired by Halvorsen last year.", "1987-03-02").endswith("d")


def test_a_sale_to_come_once_a_merger_is_completed_does_not_make_the_agreement_done():
    rows = [row(1, "active", "1987-03-12", "[]", "The agreement calls for Quillon's steel business to be sold to "
                "a unit of Halvorsen for 110 mln dlrs once the merger is completed.", "divestment"),
            row(2, "agreed", "1987-03-20", '["agreed"]', "In February Halvorsen agreed to buy Quillon's steel "
                "business for 111.6 mln dlrs.", "divestment")]
    assert statuses(consolidate(("divestment", 1, 2, ""), observe(rows))) == ["agreed"]


def test_a_holding_held_before_its_bid_for_more_outlives_the_bid():
    rows = [row(1, "proposed", "1987-03-03", '["offer"]', "TORONTO, March 3 - Halvorsen said it extended its "
                "offer for 49 pct of Quillon to March 26.", "stake"),
            row(2, "called_off", "1987-03-26", '["block", "bid"]', "TORONTO, March 26 - Halvorsen said it would "
                "appeal a ruling upholding a decision to block its bid for 49 pct of Quillon.", "stake"),
            row(3, "active", "1987-04-01", '["holds"]', "Halvorsen, which already holds 17.4 pct of Quillon, said "
                "it would not take up any shares tendered under its offer.", "stake")]
    assert read_times(rows[2].sentence, "1987-04-01").endswith("h")
    rel = consolidate(STAKE, observe(rows))
    assert statuses(rel) == ["active"]
    assert rel.history[0].valid_from is None  # held since a time the text does not give


def test_a_tender_for_more_is_no_step_of_a_holding_already_owned():
    rows = [row(1, "proposed", "1987-03-16", '["offer"]', "NEW YORK, March 16 - Halvorsen said it has started a "
                "tender offer for up to 2,500,000 shares of Quillon.", "stake"),
            row(2, "active", "1987-03-19", '["owns"]', "Halvorsen already owns about 26 pct of Quillon.", "stake")]
    assert statuses(consolidate(STAKE, observe(rows))) == ["active"]
    # "it did not already own" says no holding
    assert not read_times("Halvorsen offered for the 30.5 pct of Quillon it did not already own.",
                          "1987-03-26").endswith("h")
    # of a sale, a holding of the buyer's is not the relationship's
    rows = [row(1, "active", "1987-03-31", "[]", "BOSTON, March 31 - Halvorsen said it has sold its 80 pct "
                "interest in Quillon for 3.1 mln dlrs.", "divestment"),
            row(2, "active", "1987-03-31", "[]", "Halvorsen said the Quillon interest was sold to Kesteven, who "
                "already held the other 20 pct of Quillon.", "divestment")]
    assert [o.held for o in observe(rows)] == [False, False]


def test_a_bid_called_off_still_ends_what_never_came_into_force():
    rows = [row(1, "proposed", "1987-03-03", '["offer"]', "Halvorsen offered to buy 49 pct of Quillon.", "stake"),
            row(2, "called_off", "1987-03-26", '["block", "bid"]', "Regulators blocked Halvorsen's bid for 49 pct "
                "of Quillon.", "stake")]
    assert statuses(consolidate(STAKE, observe(rows))) == ["proposed", "called_off"]


def test_a_stage_of_a_stake_told_after_the_holding_is_no_step_to_it():
    rows = [row(1, "active", "1987-03-11", "[]", "Quillon Oil, a unit of Halvorsen Group, has been active in "
                "buying reserves.", "stake"),
            row(2, "proposed", "1987-03-26", '["bid"]', "Analysts cited Halvorsen's bid to buy the outstanding "
                "stake of Quillon Oil in 1984.", "stake")]
    rel = consolidate(STAKE, observe(rows))
    assert statuses(rel) == ["active"]
    assert (rel.mentions, rel.independent_sources) == (2, 2)  # still a report of the pair
    # told before the holding, the stage is a step
    rows = [row(1, "proposed", "1987-03-02", '["bid"]', "Halvorsen made a bid for 20 pct of Quillon.", "stake"),
            row(2, "active", "1987-03-11", "[]", "Halvorsen bought 20 pct of Quillon.", "stake")]
    assert statuses(consolidate(STAKE, observe(rows))) == ["proposed", "active"]

