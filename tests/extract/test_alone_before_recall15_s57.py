""""The sportswear giant", "the company's unit" in the sentence right after one that named a single company as
its subject (RECALL15, issue 15), on a FiNER-ORD story of the tuning split dev2 (finer-ord-train-103): the
description stands for that company, though the story's lead is about another; not where that sentence named two."""

from __future__ import annotations

from ..helpers import found

_STORY = ("Sports Direct has been accused of intimidating the founder of the UK's second largest golfing business after "
          "the Mike Ashley controlled sportswear company changed the locks on Direct Golf's offices without warning.\n"
          "In July, Direct Golf reported a 48.5 pc slide in pre-tax profits to £ 329,000 and said that sales had "
          "fallen by almost 13 pc to £ 20.8 m.\n")


def test_description_after_a_sentence_on_one_company(rules, judged):
    text = _STORY + ("Sports Direct declined to comment.\nEarlier this week the sportswear giant seized a 19 pc stake in "
                     "Findel (LSE: FDL.L - news) in a move analysts believe is designed to disrupt the sale of its Kitbag "
                     "business.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Sports Direct", "Findel")) == "active"


def test_not_after_a_sentence_naming_two(rules):
    text = _STORY + ("Direct Golf said it had offered Sports Direct a majority stake.\nEarlier this week the sportswear "
                     "giant seized a 19 pc stake in Findel (LSE: FDL.L - news).")
    assert not [k for k in found(rules, text) if k[2] == "Findel" and k[1] != "Findel"]


def test_not_after_a_sentence_between(rules):
    text = _STORY + ("Sports Direct declined to comment.\nShares in the retail sector fell on Friday.\nEarlier this "
                     "week the sportswear giant seized a 19 pc stake in Findel (LSE: FDL.L - news).")
    assert not [k for k in found(rules, text) if k[2] == "Findel" and k[1] == "Sports Direct"]


def test_its_unit_after_a_sentence_on_the_company_bought(rules):
    # Reuters train story: "its" after a sentence on the company bought alone, not the lead's buyer
    text = ("NEW YORK, March 18 - <Siebe Plc> of the U.K. said it completed the acquisition of Ranco Inc, following "
            "approval by Ranco shareholders.\nRanco produces automatic control devices and power controls that "
            "regulate temperature, pressure and humidity. Its Teccor unit makes a specialized line of semiconductors.")
    ties = found(rules, text)
    assert ties.get(("stake", "Ranco", "Teccor")) == "active"
    assert not [k for k in ties if k[2] == "Teccor" and k[1] != "Ranco"]


def test_the_company_s_affiliate_stays_the_story_s(rules):
    # Reuters train story: "the company's" after a sentence on the buyer alone is still the lead's, not the buyer's
    text = ("MIAMI, Fla., March 31 - Wilson Brothers said it completed the sale of most of the assets of its Enro Shirt "
            "Co Inc subsidiary to Enro Acquisition Corp for about 24.2 mln dlrs.\nEnro Acquisition also assumed most of "
            "the units' liabilities including a 6.2 mln dlrs term loan.\nCompletion of the sale and recent sales of "
            "substantially all the assets of the company's 50 pct owned affiliate GMW Industries INc, are expected to "
            "result in a net gain of about nine mln dlrs in the first quarter of 1987.")
    assert not [k for k in found(rules, text) if k[2] == "GMW Industries" and k[1] == "Enro Acquisition"]
