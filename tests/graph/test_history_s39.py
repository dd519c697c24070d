"""Status histories on real wire copy, session 39: a history that opens with an end starts at the
stage a later report of that end names; and a date after "due to ... resulting from the" is when
the deal happened, not a deadline moved ("to April 30 from March 20").

The sentences and histories are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times
from keiretsu.models import ObservationRow

from ..helpers import observation_row as row
from ..helpers import statuses

DEAL = ("acquisition", 1, 2, "")


def history(rows: list[ObservationRow], key: tuple = DEAL):
    return consolidate(key, observe(rows))


def test_a_later_report_of_the_opening_end_names_its_stage():
    # "stop Halvorsen buying Quillon" names no stage; "blocked Halvorsen's bid" two weeks later does
    rel = history([row(1, "called_off", "1987-03-05", '["stop"]', "The minister accepted a recommendation last week "
                       "to stop Halvorsen buying a majority of Quillon."),
                   row(2, "called_off", "1987-03-18", '["blocked", "bid"]', "The spokesman said that since the "
                       "government last month blocked Halvorsen's bid to acquire Quillon, it had looked elsewhere.")])
    assert statuses(rel) == ["proposed", "called_off"]
    assert rel.status.value == "called_off"
    assert rel.history[0].first_reported == rel.history[1].first_reported == "1987-03-05"
    # a history that did not open with the end keeps what it told
    rel = history([row(1, "in_talks", "1987-03-02", '["talks"]', "Halvorsen is in talks to acquire Quillon."),
                   row(2, "called_off", "1987-03-05", '["stop"]', "The minister moved to stop Halvorsen buying "
                       "Quillon."),
                   row(3, "called_off", "1987-03-18", '["blocked", "bid"]', "The government blocked Halvorsen's "
                       "bid for Quillon.")])
    assert statuses(rel) == ["in_talks", "called_off"]
    # an end that never names a stage stays alone
    rel = history([row(1, "called_off", "1987-03-05", '["stop"]', "The minister moved to stop Halvorsen buying "
                       "Quillon."),
                   row(2, "called_off", "1987-03-18", '["blocked"]', "The government blocked it.")])
    assert statuses(rel) == ["called_off"]


def test_a_date_after_due_to_is_no_deadline():
    sentence = ("STAMFORD, Conn., March 25 - Halvorsen Inc said earnings will fall, mainly due to financing costs "
                "resulting from the January 1987 acquisition of Quillon Corp.")
    assert [(t.value, t.kind) for t in find_times(sentence, "1987-03-25")][0] == ("1987-01", "point")
    moved = find_times("Halvorsen extended the offer to April 30 from March 20.", "1987-03-25")
    assert [t.kind for t in moved] == ["expected", "deadline"]


def test_a_deal_dated_before_its_completion_report_was_not_agreed_after():
    # "the January 1987 acquisition of", then "completed the previously announced acquisition": in force
    # from January, no agreement told after it
    rel = history([row(1, "active", "1987-03-25", "[]", "STAMFORD, Conn., March 25 - Halvorsen said costs rose, "
                       "mainly due to financing costs resulting from the January 1987 acquisition of Quillon Corp."),
                   row(2, "active", "1987-03-30", '["completed"]', "STAMFORD, Conn., March 30 - Halvorsen said it "
                       "has completed the previously-announced acquisition of Quillon Corp in a merger that closed "
                       "Friday.")])
    assert statuses(rel) == ["active"]
    assert rel.history[0].valid_from == "1987-01"


def test_an_offer_ended_after_the_purchase_under_it_was_done_ends_nothing():
    # "its offer expired last Friday and will not be extended" after "completed the purchase of all shares
    # for its tender offer that ended Feb 27": the offer did its work, the deal is done
    rel = history([row(1, "proposed", "1987-03-02", '["offer"]', "NEW YORK, March 2 - Halvorsen said 19.8 mln of "
                       "Quillon's 20 mln shares were tendered under its offer that closed at midnight Feb 27."),
                   row(2, "active", "1987-03-04", '["completed"]', "NEW YORK, March 4 - Halvorsen said it completed "
                       "the purchase of all Quillon shares for its tender offer that ended Feb 27, 1987."),
                   row(3, "called_off", "1987-03-05", '["expired", "offer"]', "Halvorsen said its offer for "
                       "Quillon expired and will not be extended.")])
    assert statuses(rel) == ["proposed", "active"]
    # an offer that ends before anything was done is called off
    rel = history([row(1, "proposed", "1987-03-02", '["offer"]', "Halvorsen made an offer for Quillon."),
                   row(2, "called_off", "1987-03-12", '["expired", "offer"]', "Halvorsen said its offer for "
                       "Quillon expired and will not be extended.")])
    assert statuses(rel) == ["proposed", "called_off"]
