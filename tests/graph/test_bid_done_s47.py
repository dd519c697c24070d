"""Status histories, session 47 (HIST19): a deal told done by a bid ("completed a tender offer for X", "its
now-completed bid for X") was an offer before it was done, a step of its own where the history tells no
stage before the deal was done.

The sentences are made up in the shapes of Reuters-21578 wire copy."""

from __future__ import annotations

from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate
from keiretsu.models import ObservationRow, Status

from .test_histories import DEAL, said, steps


def rows(*told: tuple[str, str, str]) -> list[ObservationRow]:
    """One story's mention each: (status, sentence, published)."""
    return [ObservationRow(*DEAL[:3], DEAL[3], k, k, k, status, "{}", 0.7, published, None,
                           '["completed"]' if status == "active" else "[]", sentence)
            for k, (status, sentence, published) in enumerate(told, 1)]


def test_a_bid_told_done_was_an_offer_before():
    rel = consolidate(DEAL, observe(rows(("active", "Halvern completed a tender offer for Orbis common shares in late "
                                                    "February.", "1987-03-20"))))
    assert [s for s, _, _ in steps(rel)] == ["proposed", "active"]
    rel = consolidate(DEAL, observe(rows(("active", "The offer is nearly double the price before Halvern announced its "
                                                    "now-completed bid for Orbis Ltd in early December.", "1987-03-11"))))
    assert [s for s, _, _ in steps(rel)] == ["proposed", "active"]


def test_an_offer_told_before_is_not_told_again():
    rel = consolidate(DEAL, observe(rows(("proposed", "Halvern offered to buy Orbis.", "1987-01-20"),
                                         ("active", "Halvern completed a tender offer for Orbis common shares in late "
                                                    "February.", "1987-03-20"))))
    assert [s for s, _, _ in steps(rel)] == ["proposed", "active"]


def test_a_deal_done_with_no_bid_named_has_no_offer_before():
    rel = consolidate(DEAL, observe(rows(("active", "Halvern completed the acquisition of Orbis.", "1987-03-20"))))
    assert [s for s, _, _ in steps(rel)] == ["active"]


def test_a_deal_agreed_after_an_end_told_as_background_is_taken_up_anew():
    # "Chrysler broke off talks with AMC last fall", told the day the two sign a letter of intent
    rel = consolidate(DEAL, [said(1, "agreed", "1987-03-09", "1987-03-09"),
                             said(2, "called_off", "1987-03-10", "1986", before=Status.IN_TALKS)])
    assert [s for s, _, _ in steps(rel)] == ["in_talks", "called_off", "agreed"]
    assert rel.status is Status.AGREED


def test_an_end_told_as_news_still_needs_a_reopening():
    rel = consolidate(DEAL, [said(1, "called_off", "1987-03-09", "1987-03-09", before=Status.PROPOSED),
                             said(2, "agreed", "1987-03-20", "1987-03-20")])
    assert [s for s, _, _ in steps(rel)] == ["proposed", "called_off"]


def test_the_stage_that_ended_told_again_is_no_new_step():
    # "withdrew its offer last year", then "Dart, which made an offer for Safeway": the offer that ended
    rel = consolidate(DEAL, [said(1, "called_off", "1987-03-09", "1986", before=Status.PROPOSED),
                             said(2, "proposed", "1987-03-20")])
    assert [s for s, _, _ in steps(rel)] == ["proposed", "called_off"]
