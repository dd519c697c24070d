"""A company that sells "its shares in" another sells a holding, not new shares of its own, even where the parse
hangs "in X" from the verb rather than from "shares" (it does so when the name is set in angle brackets). The
sentences are from the Reuters-21578 train split."""

from __future__ import annotations

from ..helpers import found


def test_shares_in_a_named_company_are_a_holding_sold(rules):
    # reuters-11239
    text = ("WELLINGTON, March 31 - <Fletcher Challenge Ltd> (FCL) Managing Director Hugh Fletcher said he was "
            "disappointed that <Rada Corp Ltd> had decided to sell its shares in <N.Z. Forest Products Ltd> (NZFP) "
            "to Australia's <Amcor Ltd>.")
    rels = found(rules, text)
    assert ("investment", "Amcor", "Rada") not in rels
    assert rels.get(("divestment", "Rada", "N.Z. Forest Products")) == "agreed"
    assert rels.get(("stake", "Amcor", "N.Z. Forest Products")) == "agreed"


def test_its_own_shares_sold_to_a_buyer_are_still_new_money(rules):
    # reuters-5713: no company after "in", the seller's own shares are issued to the buyer
    rels = found(rules, "CLEVELAND, March 16 - Ameritrust Corp said it sold two mln shares of its common stock to an "
                        "investment group named Clevebaco Ltd Partnership.")
    assert ("investment", "Clevebaco", "Ameritrust") in rels
    assert not any(k[0] == "divestment" for k in rels)
