"""Statuses judged wrong in the R46 draw (issue 16, STAT19): an offer its target's board accepted later in the
sentence is agreed, a stake a company was formed to take is still to be taken, and a bid ended in a relative clause
on the bid a deal noun qualifies is off. Sentences from the Reuters-21578 train split."""

from __future__ import annotations

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


def found(extractor: RuleExtractor, text: str, rtype: RelationType, source: str, target: str):
    [ex] = extractor.extract([(1, text)])
    return [m for m in ex.mentions if m.type is rtype and (m.source, m.target) == (source, target)]


def test_offer_the_board_accepted_is_agreed(judged):
    text = ("MIAMI, March 12 - American Savings and Loan Association of Florida said <Knoll International Holdings "
            "Inc> has offered to purchase 500,000 new shares of American Savings for 10 mln dlrs, and the board has "
            "accepted Knoll's offer.")
    [m] = found(judged, text, R.INVESTMENT, "Knoll International", "American Savings and Loan Association")
    assert (m.status, m.cues) == (S.AGREED, ["accepted"])


def test_offer_the_board_may_recommend_stays_an_offer(judged):
    text = ("NEW YORK, March 22 - <Dart Group Corp> said it told Supermarkets General Corp <SGL> it was flexible on the "
            "price it would pay to acquire the company.\nDart has said it would offer 41.75 dlrs cash for each SGL share "
            "if the SGL board recommended the offer to shareholders.")
    [ex] = judged.extract([(1, text)])
    supposed = [m for m in ex.mentions if m.type is R.ACQUISITION and "recommended" in m.sentence]
    assert supposed and all(m.status is S.PROPOSED for m in supposed)


def test_stake_a_company_was_formed_to_take_is_to_come(judged):
    text = ("Codelco and Madeco have formed the Chilean Wrought Copper Company to take a 50 pct stake in a new "
            "company called Peking Santiago Tube Company with the Chinese holding the other half.")
    [m] = found(judged, text, R.STAKE, "Madeco", "Peking Santiago Tube")
    assert (m.status, m.cues) == (S.AGREED, ["formed"])


def test_company_formed_by_its_owner_is_held(judged):
    # "formed" with no infinitive of purpose: the founder owns what it formed
    text = ("Pagex has been formed by Paul A. Goldner the owner of Pagex Systems Inc, which is also engaged in the "
            "direct marketing computer service business.")
    assert all(m.status is S.ACTIVE for m in found(judged, text, R.STAKE, "Pagex Systems", "Pagex"))


def test_bid_withdrawn_in_a_relative_clause_is_off(judged):
    text = ("A spokesman said Robins has been told to withhold refilng a reorganization plan pending the "
            "determination by a court-appointed examiner whether other parties are interested in acquiring Robins.\n"
            "It had intended to file a plan in February, but received a purchase bid which was later withdrawn from "
            "American Home Products Corp.")
    withdrawn = [m for m in found(judged, text, R.ACQUISITION, "American Home Products", "Robins")
                 if "withdrawn" in m.sentence]
    assert [(m.status, m.cues) for m in withdrawn] == [(S.CALLED_OFF, ["withdrawn", "bid"])]


def test_bid_its_target_rejected_in_a_relative_clause_stands(judged):
    # a rejection by the target's board is no end the bidder told (it may raise its bid)
    text = ("Last week, Carl C. Icahn-controlled Trans World Airlines Inc <TWA> made a conditional offer to acquire "
            "USAir for 52 dlrs per share, a bid that was rejected by the USAir board.")
    [m] = found(judged, text, R.ACQUISITION, "Trans World Airlines", "USAir")
    assert m.status is S.PROPOSED
