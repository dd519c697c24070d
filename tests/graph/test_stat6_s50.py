"""A stake whose purchase was agreed, then told only by the noun of the purchase ("Nippon Life's 538 mln dlr
purchase of a 13 pct stake in Shearson is a shrewd move", four days after "American Express's arrangement to
sell 13 pct of Shearson to Nippon Life"), is still agreed: the purchase is named, not told done (session 50,
STAT6; Reuters-21578 train stories)."""

from __future__ import annotations

from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate

from ..helpers import observation_row as row
from ..helpers import statuses

STAKE = ("stake", 1, 2, "")
_AGREED = row(1, "agreed", "1987-03-20", '["arrangement"]', "New York, March 20 - American Express Co's board of "
              "directors Monday will discuss the company's arrangement to sell 13 pct of Shearson Lehman Brothers Inc "
              "to Nippon Life Insurance Co, a company spokesman said.", "stake")


def test_a_purchase_named_after_the_agreement_leaves_it_agreed():
    named = row(2, "active", "1987-03-24", '["purchase"]', "TOKYO, March 24 - Nippon Life Insurance Co's 538 mln "
                "dlr purchase of a 13 pct stake in Shearson Lehman Brothers Inc brokerage unit is a shrewd move that "
                "other Japanese insurers are likely to follow, securities analysts said.", "stake")
    assert statuses(consolidate(STAKE, observe([_AGREED, named]))) == ["agreed"]


def test_a_holding_told_as_held_after_the_agreement_is_in_force():
    held = row(2, "active", "1987-04-24", "[]", "Nippon Life Insurance Co, which holds 13 pct of Shearson Lehman "
               "Brothers Inc, said it would name two directors.", "stake")
    assert statuses(consolidate(STAKE, observe([_AGREED, held]))) == ["agreed", "active"]


def test_a_purchase_named_alone_is_a_holding():
    named = row(2, "active", "1987-03-24", '["purchase"]', "Nippon Life Insurance Co's purchase of a 13 pct stake "
                "in Shearson Lehman Brothers Inc is a shrewd move.", "stake")
    assert statuses(consolidate(STAKE, observe([named]))) == ["active"]
