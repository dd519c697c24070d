"""Ties the blind judges of the Reuters train builds found wrong and the build still showed (WRONG2, issue 15), on
the stories' own sentences: a share of the profits a property yields is no stake in the company the property is
named for; a lead told by a parent's unit ("PARENT unit UNIT said") is the unit's story, whose bare titles are the
unit's; money a company "will use ... to buy" makes it the buyer, and its own shares bought from a company are a
stake in it; a known company's one-word short form, in a story that named one company that word opens and never
the known one, is the story's company."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


_SONORA = ("VANCOUVER, March 17 - ABM Gold Corp said it has filed for an initial public offering.\nThe company said "
           "it will use about 30.6 mln dlrs of the proceeds to buy from Sonora Gold Corp <SONNF> 5,456,000 Sonora "
           "shares at 5.60 U.S. dlrs each.\n")


def test_a_share_of_profits_is_no_stake_in_the_company_of_the_properties(rules):
    [ex] = rules.extract([(1, _SONORA + "ABM said it will use another 8,120,000 dlrs of its proceeds to buy <New "
                                        "Jersey Zinc Exploration Co>'s 15 pct interest in net operating profits derived "
                                        "from some Sonora properties.")])
    assert ("stake", "ABM Gold", "Sonora Gold") in {m.key for m in ex.mentions}  # the shares it buys from Sonora
    assert not [m for m in ex.mentions if "net operating profits" in m.sentence]
    # a holder's stake in a company bought is still that holder's divestment and the buyer's stake
    ties = found(rules, "Renix Corp said it agreed to acquire Unisys Corp's 13 pct stake in Magnetic Peripherals Inc.")
    assert ("divestment", "Unisys", "Magnetic Peripherals") in ties
    # and a working interest in a field is none, as before
    ties = found(rules, "Ampol Ltd said it will acquire a 47 pct working interest in the Broussard Gas Field from "
                        "Davis Oil Co.")
    assert not [k for k in ties if k[0] == "stake" and "Davis Oil" in k]


def test_a_lead_told_by_a_parents_unit_is_the_units_story(rules):
    text = ("MELBOURNE, March 24 - Royal Dutch/Shell Group <RD.AMS> unit <Shell Australia Ltd>, said its net profit "
            "fell to 45.79 mln dlrs in 1986 from 66.76 mln in 1985.\nRevenue fell to 4.55 billion dlrs from 4.91 "
            "billion, in an extremely competitive and over-regulated environment, chairman and chief executive "
            "Kevan Gosper said in a statement.")
    got = roles(rules, text)
    assert ("Kevan Gosper", "Shell Australia") in got
    assert ("Kevan Gosper", "Royal Dutch Shell") not in got
    assert ("stake", "Royal Dutch Shell", "Shell Australia") in found(rules, text)
    # the possessive form: "PARENT's UNIT unit said"
    got = roles(rules, "NEW YORK, March 3 - Acme Corp's <ACM> Bolt Industries unit said its sales rose 10 pct.\n"
                       "Sales rose on strong demand, chairman John Smith said.")
    assert ("John Smith", "Bolt Industries") in got
    # a parent that speaks of its unit keeps the story: "PARENT said its UNIT unit ..."
    got = roles(rules, "NEW YORK, March 3 - Acme Corp said its Bolt Industries unit raised prices.\n"
                       "Sales rose on strong demand, chairman John Smith said.")
    assert ("John Smith", "Acme") in got


def test_money_used_to_buy_makes_the_user_the_buyer_of_shares_of_the_sellers_own(rules):
    text = ("VANCOUVER, March 17 - ABM Gold Corp said it has filed with the U.S. Securities and Exchange Commission for "
            "an initial public offering of six mln Class A common shares.\nThe company said it will use about 30.6 mln "
            "dlrs of the proceeds to buy from Sonora Gold Corp 5,456,000 Sonora shares at 5.60 U.S. dlrs each.")
    assert ("stake", "ABM Gold", "Sonora Gold") in found(rules, text)
    # shares of another company bought from a holder are the holder's, no stake in the holder
    ties = found(rules, "Acme Corp said it bought 2.3 mln Bolt Inc shares from Nut Co.")
    assert ("stake", "Acme", "Nut") not in ties
    # "it asked X to advise Y": the object acts, not the subject
    ties = found(rules, "NEW YORK, March 3 - Acme Corp said its profit rose.\nThe company said it asked Bolt Inc to "
                        "buy 5 mln shares of Nut Co.")
    assert ("stake", "Bolt", "Nut") in ties and ("stake", "Acme", "Nut") not in ties


def test_a_known_short_form_is_the_story_company_it_opens(rules):
    text = ("SANTA MONICA, Calif., March 18 - Wickes Companies Inc said it completed the sale of its Sequoia Supply "
            "division to a new company created by the management of that division.\nPaul Hylbert, president of "
            "Sequoia, has been named president and chief executive officer of the new company.")
    got = roles(rules, text)
    assert ("Paul Hylbert", "Sequoia Supply") in got and ("Paul Hylbert", "Sequoia Capital") not in got
    # a known name written alone stays the known company, the story's unit named after it aside
    ties = found(rules, "DETROIT, March 3 - Ford Motor Credit Co said it raised 500 mln dlrs.\nFord said it will buy "
                        "a 10 pct stake in Bolt Inc.")
    assert ("stake", "Ford", "Bolt") in ties
