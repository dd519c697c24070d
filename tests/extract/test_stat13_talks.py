"""STAT13: talk words that say no talks of the deal's parties, on wire copy of the Reuters train split: a deal or
its document "negotiated" (done, active voice) is settled; a bid one side alone is "discussing" is weighed, no
talks with its maker; talks with partners "on forming a venture to acquire" a firm leave the purchase a bid."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import mention_statuses


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


_AUSTMET = ("BRISBANE, March 11 - <Metal Traders Australasia Ltd> said a newly-formed subsidiary, the <Austmet Ltd> "
            "group, has negotiated an exclusive long-term contract with Spain's <Asturiana de Zinc> to market its zinc "
            "metal exports.")


def test_a_contract_negotiated_is_settled(rules):
    got = mention_statuses(rules, _AUSTMET)
    assert got[("supply", "Austmet", "Asturiana de Zinc")] == ["agreed"]


def test_a_contract_still_being_negotiated_is_in_talks(rules):
    got = mention_statuses(rules, _AUSTMET.replace("has negotiated", "is negotiating"))
    assert got[("supply", "Austmet", "Asturiana de Zinc")] == ["in_talks"]


_NEVADA = ("LOS ANGELES, March 12 - Security Pacific Corp said it completed its previously announced acquisition of "
           "Orbanco Financial Services Corp after receiving federal approval of the deal.\nIn anticipation of "
           "legislative changes that take effect in 1989, Security Pacific has also negotiated the future purchase of "
           "The Nevada Bank, with assets of 615 mln dlrs.")


def test_a_purchase_negotiated_is_agreed(rules):
    got = mention_statuses(rules, _NEVADA)
    assert got[("acquisition", "Security Pacific", "Nevada Bank")] == ["agreed"]


_PIEDMONT = ("New York, March 4 - Piedmont Aviation Inc received a 65 dlr a share offer from Norfolk Southern Corp.\n"
             "Piedmont's board was meeting today, and Wall Street speculated the board was discussing opposing bids "
             "from Norfolk Southern Corp and USAir.")


def test_bids_one_side_is_discussing_are_no_talks(rules):
    got = mention_statuses(rules, _PIEDMONT)
    assert "in_talks" not in got[("acquisition", "Norfolk Southern", "Piedmont Aviation")]
    assert "in_talks" not in got[("acquisition", "USAir", "Piedmont Aviation")]


_CAESARS = ("LOS ANGELES, March 23 - Caesars World Inc declined immediate comment on news that Martin Sosnoff's <MTS "
            "Acquisition Corp> has held preliminary talks with two companies.\nEarlier today MTS said it held talks with "
            "Pratt Hotel Corp <PRAT> and Southmark Corp <SM> on forming a venture to acquire Caesars.")


def test_talks_with_partners_on_a_vehicle_for_a_bid_leave_it_a_bid(rules):
    got = mention_statuses(rules, _CAESARS)
    assert got[("acquisition", "MTS Acquisition", "Caesars World")][-1] == "proposed"
