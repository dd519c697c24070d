"""Initials for a kind of product, a technology, a measure or a class of investor are no company (issue 15,
COMP18): the model takes "OEM", "R&D", "NGL", "LEU", "PRC" for firms in modern and filing prose; the firms of the
same sentences stay, and so does a firm whose legal name holds such initials ("ATM Computer GmbH"). Excerpts of
the tuning material (FIRE's train half A) and of Reuters-21578's train split."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, initials, firms", [
    # Reuters train (reuters-10557)
    ("Computer Network Technology Corp said it has signed an OEM agreement with Cray Research Inc, allowing Cray to "
     "resell Computer Network's CHANNELink 5000 Series Channel processor.", "OEM", {"Cray Research"}),
    # FIRE half A (fire:800)
    ("We have OEM agreements with major telecommunications equipment manufacturers, such as Avaya and Cisco Systems, "
     "whereby we manufacture our products to work with the equipment of the OEM.", "OEM", {"Avaya"}),
    # FIRE half A (fire:1497)
    ("Our R&D expense was $2.02 billion in 2005, compared with $1.98 billion in 2004 and $1.75 billion in 2003. "
     "Included is a charge for the value of acquisition-related in-process R&D of zero in 2005 and 2004 and $23 "
     "million in 2003.", "R&D", set()),
    # FIRE half A (fire:496)
    ("These increases were offset partially by less favorable NGL price differentials and lower NGL transportation "
     "capacity available for optimization activities in ONEOK Partners natural gas liquids business.", "NGL", set()),
    # FIRE half A (fire:1040)
    ("Utility customers typically provide uranium to USEC as part of their enrichment contracts, and USEC delivers "
     "LEU to the customers and charges for the SWU component.", "LEU", {"USEC"}),
    # FIRE half A (fire:1555)
    ("This is Jiangmen Wealth Water, one of our operating subsidiaries in PRC, purchasing HAC powder from another "
     "subsidiaries of ours, Guizhou Yufeng,.", "PRC", set()),
    # FIRE half A (fire:1673)
    ("(3) Includes 200 shares held by Mr. Macauley s son and 3,500 shares held by his spouse s IRA.", "IRA", set()),
])
def test_initials_of_a_kind_are_no_company(rules: RuleExtractor, text: str, initials: str, firms: set[str]) -> None:
    found = companies(rules, text)
    assert initials not in found
    assert firms <= found


def test_a_legal_name_holding_such_initials_stays(rules: RuleExtractor) -> None:
    # Reuters train (reuters-12779)
    found = companies(rules, "Kontron said it completed its 100 pct takeover of <Modular Computer Systems Inc> and "
                             "<ATM Computer GmbH>.")
    assert "ATM Computer" in found
