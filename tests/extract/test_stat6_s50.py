"""Deal statuses on 1987 wire copy, session 50 (STAT6): talks ended far above a deal's words call the deal off
("agreed with GM to discontinue negotiations on the formation of a joint venture company"), with the partner
the verb names by "with"; a bid that opened "the auction for X" is for X; and what a story's next sentences
tell of a fate its sentence left open (``extract.aftermath``): a past bid whose target "was later sold" to
another, or whose bidders "lost", is called off; an officer told retired who "returned as chairman" holds the
office again.

The sentences are those of Reuters-21578 train stories (the tuning material), some cut short."""

from __future__ import annotations

import pytest

from keiretsu.extract.aftermath import aftermath
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Mention, RelationType, Status

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_talks_discontinued_on_a_venture_call_it_off(rules):
    got = found(rules, "MOLINE, ILL., March 27 - Deere and Co said it agreed with General Motors Corp to discontinue "
                       "negotiations on the formation of a joint venture company to design, manufacture and market "
                       "diesel engines.")
    assert got[("joint_venture", "Deere", "General Motors")] == "called_off"


def test_talks_carried_on_stay_talks(rules):
    got = found(rules, "Deere and Co said it agreed with General Motors Corp to continue negotiations on the "
                       "formation of a joint venture company.")
    assert got[("joint_venture", "Deere", "General Motors")] == "in_talks"


def test_a_lapsed_bid_that_opened_the_auction_for_a_company_is_off(rules):
    got = found(rules, "<Elders Resources Ltd> began the auction for TMOC about three months ago with an "
                       "unsuccessful 2.55 dlrs a share on-market offer that has since lapsed.")
    assert got[("acquisition", "Elders Resources", "TMOC")] == "called_off"


def test_an_officer_who_returned_as_chairman_holds_the_office(rules):
    got = roles(rules, "Wyman resigned on September 10 amid opposition from the company's two largest shareholders, "
                       "Loews Corp <LTR> chairman Laurence A. Tisch and retired CBS chairman William S. Paley. Tisch "
                       "was then named chief executive officer and Paley returned as chairman.")
    assert got[("William S. Paley", "CBS")] == ("Chairman", Status.ACTIVE)


def test_a_retired_officer_told_of_no_return_has_left(rules):
    got = roles(rules, "Wyman resigned on September 10 amid opposition from the company's two largest shareholders, "
                       "Loews Corp <LTR> chairman Laurence A. Tisch and retired CBS chairman William S. Paley. Tisch "
                       "was then named chief executive officer.")
    assert got[("William S. Paley", "CBS")] == ("Chairman", Status.ENDED)


_BID = ("An arbitrageur noted that Dart, controlled by chairman Herbert H. Haft and his son Robert, last year raised "
        "its initial bid for Safeway Stores by approximately 10 pct when Safeway resisted.")


def _after_bid(next_sentence: str) -> list[Mention]:
    text = f"{_BID}\n{next_sentence}\nIf history repeats itself, the Hafts could raise their bid to 46 dlrs."
    second = len(_BID) + 1
    spans = [(0, len(_BID)), (second, second + len(next_sentence)), (second + len(next_sentence) + 1, len(text))]
    bid = Mention(RelationType.ACQUISITION, "Dart", "Safeway Stores", Status.PROPOSED, _BID, 0, len(_BID),
                  trigger="bid", cues=["bid"], confidence=0.94)
    return aftermath([bid], text, spans)


@pytest.mark.parametrize("next_sentence, cue", [
    ("However, that company was later sold to a buyout group that topped the Hafts.", "later sold"),
    ("The Hafts lost, but walked away with at least 100 mln dlrs in profits, analysts estimate.", "lost"),
])
def test_a_bid_whose_target_went_to_another_or_whose_bidders_lost_is_off(next_sentence, cue):
    out = _after_bid(next_sentence)
    assert [(m.status, m.cues, m.sentence) for m in out[1:]] == [(Status.CALLED_OFF, [cue], next_sentence)]
    assert out[0].status is Status.PROPOSED  # the bid itself stays told where it was made


@pytest.mark.parametrize("next_sentence", [
    "However, that company was later sold to Dart for 2.5 billion dlrs.",  # the bidder won
    "The Hafts lost 20 mln dlrs on the shares.",  # a sum lost is no defeat
    "Safeway said it would study the offer.",
])
def test_a_next_sentence_that_tells_no_defeat_leaves_the_bid(next_sentence):
    assert [m.status for m in _after_bid(next_sentence)] == [Status.PROPOSED]


def test_a_stake_told_only_by_the_noun_of_its_purchase_is_cued_so(rules):
    [ex] = rules.extract([(1, "TOKYO, March 24 - Nippon Life Insurance Co's 538 mln dlr purchase of a 13 pct stake in "
                              "Shearson Lehman Brothers Inc brokerage unit is a shrewd move that other Japanese insurers "
                              "are likely to follow, securities analysts said.")])
    [m] = [m for m in ex.mentions if m.key == ("stake", "Nippon Life Insurance", "Shearson Lehman Brothers")]
    assert (m.status, m.cues) == (Status.ACTIVE, ["purchase"])
    # a holding told as held keeps no cue
    [ex] = rules.extract([(1, "Nippon Life Insurance Co's 13 pct stake in Shearson Lehman Brothers Inc is worth "
                              "538 mln dlrs, analysts said.")])
    assert [m.cues for m in ex.mentions if m.key == ("stake", "Nippon Life Insurance", "Shearson Lehman Brothers")] \
        == [[]]


def test_a_venture_among_the_topics_talked_of_is_in_talks(rules):
    got = found(rules, "He told Reuters Chrysler Corp and Automobili Lamborghini SpA are discussing a number of topics "
                       "ranging from \"a joint venture in the production area to Chrysler becoming a shareholding "
                       "partner\" in the Italian firm.")
    assert got[("joint_venture", "Automobili Lamborghini", "Chrysler")] == "in_talks"
