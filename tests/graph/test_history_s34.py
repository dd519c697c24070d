"""Status histories on real wire copy (issue 16), session 34: a deal only named takes the stage
a later agreement or end tells; an end names a stage beyond the courtship before it; a holding in
force is not ended by a sale only named or by the end of a deal on its shares; a bid for more beside
a holding already held comes after it; a deal done "as previously announced" was agreed first; and
"later this month" or "Monday will" is a time to come, not when a status began.

The sentences and histories are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from keiretsu.graph.build import observe, read_times
from keiretsu.graph.consolidate import consolidate
from keiretsu.graph.time import find_times
from keiretsu.models import ObservationRow

from ..helpers import observation_row as row
from ..helpers import statuses

DEAL = ("acquisition", 1, 2, "")
STAKE = ("stake", 1, 2, "")


def history(rows: list[ObservationRow], key: tuple = DEAL):
    return consolidate(key, observe(rows))


def test_a_deal_only_named_was_the_agreement_that_follows():
    # "has taken actions to exercise its option to acquire" has no status word: the deal it names is
    # the agreement told later, not a deal done that an agreement followed.
    rel = history([row(1, "active", "1987-03-02", "[]", "CLEVELAND, March 2 - Halvorsen said a group of utilities "
                       "has taken actions to exercise its option to acquire its Quillon unit.", "divestment"),
                   row(2, "agreed", "1987-04-07", '["will"]', "Halvorsen said a buyer will exercise an option to buy "
                       "all of the stock of Quillon.", "divestment")], ("divestment", 1, 2, ""))
    assert statuses(rel) == ["agreed"]
    assert rel.history[0].valid_from == "1987-03-02"


def test_a_deal_only_named_was_at_the_stage_its_end_names():
    # "concerns about the sale of Quillon to Halvorsen", then "blocked Halvorsen's bid": a bid, called off
    rel = history([row(1, "active", "1987-03-05", "[]", "Officials had serious concerns about the sale of Quillon "
                       "to Halvorsen."),
                   row(2, "called_off", "1987-03-18", '["blocked", "bid"]', "The spokesman said that since the "
                       "government last week blocked Halvorsen's bid to acquire Quillon, it had looked elsewhere.")])
    assert statuses(rel) == ["proposed", "called_off"]
    assert rel.history[0].valid_from == "1987-03-05"
    # one dated in a month before its story tells a deal that happened: it stays
    rel = history([row(1, "active", "1987-04-05", "[]", "Halvorsen's purchase of Quillon in February raised its "
                       "debt."),
                   row(2, "called_off", "1987-04-18", '["blocked", "bid"]', "Regulators blocked Halvorsen's bid for "
                       "Quillon.")])
    assert statuses(rel) == ["active", "called_off"]
    # an end that names no stage leaves the deal as it was named
    rel = history([row(1, "active", "1987-03-05", "[]", "Analysts discussed the sale of Quillon to Halvorsen."),
                   row(2, "called_off", "1987-03-18", '["blocked"]', "Regulators blocked the deal.")])
    assert statuses(rel) == ["active", "called_off"]


def test_an_end_names_a_stage_beyond_the_courtship_before_it():
    # "a proposed takeover", then "terminated an agreement in principle": there was an agreement
    rows = [row(1, "proposed", "1987-03-03", '["proposed"]', "WASHINGTON, March 3 - The secretary said a proposed "
                "takeover of Quillon by Halvorsen should be reviewed."),
            row(2, "called_off", "1987-03-16", '["terminated", "agreement"]', "WASHINGTON, March 16 - Kesteven said "
                "it had terminated an agreement in principle to sell its Quillon unit to Halvorsen.")]
    rel = history(rows)
    assert statuses(rel) == ["proposed", "agreed", "called_off"]
    assert rel.history[1].first_reported == "1987-03-16"  # resting on the end's report, never after it
    # an end naming the stage already reached, or one before it, adds none
    rows[0] = row(1, "agreed", "1987-03-03", '["agreed"]', "Halvorsen agreed to buy Quillon.")
    assert statuses(history(rows)) == ["agreed", "called_off"]
    rows[1] = row(2, "called_off", "1987-03-16", '["withdrew", "bid"]', "Halvorsen withdrew its bid for Quillon.")
    assert statuses(history(rows)) == ["agreed", "called_off"]


def test_a_holding_in_force_outlives_a_sale_only_named_or_called_off():
    unit = row(1, "active", "1987-03-03", "[]", "WASHINGTON, March 3 - Quillon Corp, a subsidiary of Halvorsen "
               "Ltd, should be reviewed, the secretary said.", "stake")
    named = row(2, "ended", "1987-03-12", "[]", "Officials had serious concerns about the sale of Halvorsen unit "
                "Quillon to Kesteven.", "stake")
    off = row(3, "ended", "1987-03-17", '["end", "agreement"]', "TOKYO, March 17 - Halvorsen's decision to end an "
              "agreement in principle for Kesteven to buy 80 pct of its Quillon unit will make buyers cautious.",
              "stake")
    assert statuses(history([unit, named, off], STAKE)) == ["active"]
    # a sale told done, or dated in a month before its story, does end it
    sold = row(4, "ended", "1987-03-31", "[]", "Halvorsen said it has completed the sale of Quillon to Kesteven.",
               "stake")
    assert statuses(history([unit, named, sold], STAKE)) == ["active", "ended"]
    gone = row(4, "ended", "1987-04-20", "[]", "Halvorsen recorded a gain on the sale of Quillon last month.",
               "stake")
    assert statuses(history([unit, gone], STAKE)) == ["active", "ended"]


def test_a_bid_for_more_beside_a_holding_already_held_comes_after_it():
    rows = [row(1, "proposed", "1987-03-02", '["offer"]', "NEW YORK, March 2 - Halvorsen said 19.8 mln shares of "
                "Quillon were tendered pursuant to its offer that closed at midnight Feb 27.", "stake"),
            row(2, "agreed", "1987-03-02", '["will"]', "Combined with the roughly five mln shares it already holds, "
                "Halvorsen said it will own about 97 pct of Quillon's shares.", "stake"),
            row(3, "active", "1987-03-19", '["completed"]', "Late last month, Halvorsen said it completed a tender "
                "offer for and held 96 pct of Quillon's common shares.", "stake")]
    assert statuses(history(rows, STAKE)) == ["active"]
    # "have acquired over five pct and intend to acquire over 15 pct": the holding, then no step back
    rows = [row(1, "proposed", "1987-03-04", '["intends"]', "Quillon said Halvorsen and two partners have acquired "
                "over five pct of Quillon stock and Halvorsen intends to acquire over 15 pct.", "stake"),
            row(2, "active", "1987-03-19", "[]", "Halvorsen has disclosed ownership of 6.2 pct of Quillon.", "stake")]
    rel = history(rows, STAKE)
    assert statuses(rel) == ["active"]
    assert rel.history[0].first_reported == "1987-03-04"
    # of a deal, a holding the sentence tells is not the relationship's
    rows = [row(1, "proposed", "1987-03-02", '["offer"]', "Halvorsen, which already holds 5 pct, offered to buy "
                "Quillon."),
            row(2, "agreed", "1987-03-09", '["agreed"]', "Quillon agreed to be acquired by Halvorsen.")]
    assert statuses(history(rows)) == ["proposed", "agreed"]


def test_a_holding_already_held_after_a_purchase_told_is_that_purchase():
    # the offer came first, then the purchase; "already owned" two weeks on looks back on the purchase
    rows = [row(1, "proposed", "1987-03-05", '["offer"]', "Halvorsen's board met yesterday to consider its offer "
                "to acquire 50.1 pct of Quillon.", "stake"),
            row(2, "active", "1987-03-09", '["acquired"]', "WASHINGTON, March 9 - Halvorsen said it has acquired "
                "2,292,599 Quillon shares, about 9.9 pct.", "stake"),
            row(3, "agreed", "1987-03-26", '["would"]', "The company said the 9.3 mln shares, together with the 2.3 "
                "mln Quillon shares already owned by Halvorsen, would constitute 50.1 pct of Quillon.", "stake")]
    assert statuses(history(rows, STAKE)) == ["proposed", "active"]


def test_a_deal_done_as_previously_announced_was_agreed_first():
    done = row(1, "active", "1987-03-02", '["closed"]', "KANSAS CITY, March 2 - Halvorsen said it has closed the "
               "previously announced acquisition of Quillon from Kesteven for about 21 mln dlrs.")
    assert read_times(done.sentence, "1987-03-02").endswith("p")
    rel = history([done])
    assert statuses(rel) == ["agreed", "active"]
    assert [(h.valid_from, h.first_reported) for h in rel.history] == [(None, "1987-03-02"),
                                                                        ("1987-03-02", "1987-03-02")]
    # told by an earlier story, the agreement is that story's: no second one
    agreed = row(2, "agreed", "1987-03-25", '["agreed"]', "Kesteven said it agreed to sell Quillon to Halvorsen.")
    later = done._replace(published="1987-03-31")
    assert statuses(history([agreed, later])) == ["agreed", "active"]
    # after an offer, the agreement is a step between
    offered = row(2, "proposed", "1987-02-10", '["offered"]', "Halvorsen offered to buy Quillon.")
    assert statuses(history([offered, done])) == ["proposed", "agreed", "active"]
    # of a stake or a tie the agreement is no relationship's stage: nothing added
    assert statuses(history([done._replace(type="stake")], STAKE)) == ["active"]


def test_what_was_announced_before_may_be_an_offer_or_the_deal_itself():
    # an offer announced before was a bid, not an agreement; "as previously reported" retells the sale
    for sentence in ("Halvorsen said it completed its previously announced tender offer for Quillon.",
                     "Halvorsen said it has started its previously announced 7.4 billion dlr offer for Quillon.",
                     "As previously reported, it sold 9,534,633 of its Quillon shares on March nine."):
        assert "p" not in read_times(sentence, "1987-03-20").rsplit("|", 1)[1], sentence
    assert read_times("Halvorsen completed the previously-agreed sale of its Quillon unit.", "1987-03-20"
                      ).endswith("dp")


def test_what_is_still_to_come_in_the_period_is_no_start():
    # "later this month" is what is left of it; a weekday whose verb is "will" is the next one
    assert [(t.value, t.kind) for t in find_times(
        "Quillon is expected to hold a special meeting later this month to approve the merger.", "1987-03-02")] == [
        ("1987-03", "expected")]
    assert [(t.value, t.kind) for t in find_times(
        "Halvorsen's board of directors Monday will discuss the sale of 13 pct of Quillon.", "1987-03-20")] == [
        ("1987-03-23", "expected")]
    # "said Monday it will": the Monday gone
    assert [(t.value, t.kind) for t in find_times("Halvorsen said Monday it will sell Quillon.", "1987-03-20")] == [
        ("1987-03-16", "point")]
    assert [(t.value, t.kind) for t in find_times("Earlier this month Halvorsen agreed to buy Quillon.",
                                                  "1987-03-20")] == [("1987-03", "point")]


def test_a_rejection_reversed_takes_the_deal_up_again():
    rows = [row(1, "agreed", "1987-03-02", '["agreed"]', "Halvorsen agreed to merge with Quillon."),
            row(2, "called_off", "1987-03-05", '["off"]', "Last night, Quillon said the planned merger with Halvorsen "
                "was off."),
            row(3, "proposed", "1987-03-05", '["proposed"]', "NEW YORK, March 5 - A lawsuit pushed Quillon into an "
                "about-face on its rejection of a proposed merger with Halvorsen, analysts said.", "merger")]
    rows = [r._replace(type="merger") for r in rows]
    assert read_times(rows[2].sentence, "1987-03-05").endswith("r")
    assert statuses(history(rows, ("merger", 1, 2, ""))) == ["agreed", "called_off", "proposed"]
    # without it, a proposal told beside the end is no step out of it
    rows[2] = rows[2]._replace(sentence="NEW YORK, March 5 - Quillon's rejection of a proposed merger with Halvorsen "
                               "surprised analysts.")
    assert statuses(history(rows, ("merger", 1, 2, ""))) == ["agreed", "called_off"]
