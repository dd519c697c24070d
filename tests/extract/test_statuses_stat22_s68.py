"""Statuses judged wrong in the R67 draw (issue 16, STAT22): a deal named by the debt it ran up is done, whatever
the sentence says of the debt ("will use proceeds ... to reduce debt incurred in the acquisition of X"); and an
offer of paper ("the debenture offer") is no bid. Sentences from the Reuters-21578 train split."""

from __future__ import annotations

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


def found(extractor: RuleExtractor, text: str, rtype: RelationType, source: str, target: str):
    [ex] = extractor.extract([(1, text)])
    return [m for m in ex.mentions if m.type is rtype and (m.source, m.target) == (source, target)]


_OHIO = ("NEW YORK, March 4 - Ohio Mattress Co said it filed with the Securities and Exchange Commission registration "
         "statements covering a 75 mln dlr issue of convertible subordinated debentures due 2012 and an offering of four "
         "mln shares of common stock.\nProceeds will be used to reduce floating-rate bank debt incurred in connection with "
         "the acquisition of 82 pct of Sealy Inc through the purchase of seven Sealy licensees in December 1986 for 262 mln "
         "dlrs in cash, Ohio Mattress said.")


def test_deal_the_debt_to_reduce_was_incurred_in_is_done(judged):
    # the "will" is the proceeds' use, not the acquisition's (was agreed, ["will"])
    [m] = found(judged, _OHIO, R.ACQUISITION, "Ohio Mattress", "Sealy")
    assert m.status is S.ACTIVE


def test_debt_incurred_by_an_acquisition_last_year(judged):
    text = ("PROVIDENCE, R.I., April 7 - Textron Inc said it plans to sell its Avco Specialty Materials Division as part "
            "of its debt reduction and restructuring.\nThe company said it will use proceeds from the sale to reduce the "
            "debt incurred by its acquisition of Ex-Cell-O Corp last year.")
    [m] = found(judged, text, R.ACQUISITION, "Textron", "Ex-Cell-O")
    assert m.status is S.ACTIVE
    # the sale the proceeds come from is still the plan the first sentence tells
    assert all(m.status is S.PROPOSED for m in found(judged, text, R.DIVESTMENT, "Textron", "Avco Specialty Materials"))


def test_debt_still_to_be_assumed_says_nothing_of_the_purchase(judged):
    # "to be assumed": a debt ahead; the purchase keeps its own "would"
    text = ("The review follows the agreement by the British-based real-estate firm to acquire a controlling interest in "
            "Oldham Estate Plc and its offer to buy the remaining equity.\nThe maximum cost of the acquisition would be "
            "620.9 mln stg. The purchase owuld be financed largely by equity, but uncertainties exist as to the amount of "
            "debt to be assumed by MEPC and the quality of the properties in Oldham's portfolio, S and P said.")
    [ex] = judged.extract([(1, text)])
    assert all(m.status is not S.ACTIVE for m in ex.mentions if m.type is R.ACQUISITION)


def test_debenture_offer_is_no_bid(judged):
    # (was Encor's acquisition of Aberford, `proposed` from "offer")
    text = "Encor will use proceeds from the debenture offer to retire bank debt incurred in the Aberford deal, it said."
    [ex] = judged.extract([(1, text)])
    assert not any(m.status is S.PROPOSED for m in ex.mentions if m.type is R.ACQUISITION)


def test_share_offer_for_a_company_is_still_a_bid(judged):
    text = ("Yesterday, CAYACQ Corp dropped certain conditions of its 92.50 dlrs a share offer for Cyclops and firmed up "
            "the financing for the proposed transaction.")
    [ex] = judged.extract([(1, text)])
    assert [m.status for m in ex.mentions if m.type is R.ACQUISITION and m.target == "Cyclops"] == [S.PROPOSED]
