"""STAT17: statuses blind judges found wrong in the Reuters train build R44. A deal a document's terms hold as the
object of "involve" or "include" is at the document's stage ("the deal involved News International's acquisition of
a 50 pct stake": agreed, not in force); a sale whose unit a clause of its own tells sold ("the sale of its Drummond
McCall division, which was sold effective January one") is done whatever modal the sentence reports it under, and
the seller's holding ends Sentences of Reuters train."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor

from ..helpers import mention_statuses


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    return {key: set(found) for key, found in mention_statuses(extractor, text).items()}


# Reuters train reuters-9668
_TELEGRAPH = ("TORONTO, March 25 - <Hollinger Inc> said 58 pct-owned <The Daily Telegraph PLC>, of London, agreed to "
              "form a joint venture printing company in Manchester, England with <News International PLC>. Financial "
              "terms were undisclosed.\nIt said the deal involved News International's acquisition of a 50 pct stake "
              "in the Telegraph's Trafford Park Printing Ltd subsidiary.")
# Reuters train reuters-7650
_VOTING_TRUST = ("In a separate statement, USAir said the agreement also included a provision that all USAir shares "
                 "currently owned by TWA and its chairman, Carl Icahn, will be voted through a voting trust in "
                 "proportion to the votes of other shares not controlled by TWA or Icahn.")
# Reuters train reuters-168 (whole, and cut before its last clause)
_MARSHALL = ("MONTREAL, Feb 26 - (Marshall Steel Ltd), formerly Marshall Drummond McCall Inc, said it will report a 17 "
             "mln dlr net gain before taxes this year from the sale of its Drummond McCall division, which was sold "
             "effective January one.")
_MARSHALL_CUT = _MARSHALL.removesuffix(", which was sold effective January one.") + "."


def test_a_stake_the_deals_terms_involve_is_agreed(extractor):
    got = _statuses(extractor, _TELEGRAPH)
    assert got[("stake", "News International", "Trafford Park Printing")] == {"agreed"}
    assert got[("joint_venture", "Daily Telegraph", "News International")] == {"agreed"}


def test_a_holding_told_in_a_clause_of_its_own_under_the_terms_stays_in_force(extractor):
    assert _statuses(extractor, _VOTING_TRUST)[("stake", "TWA", "USAir")] == {"active"}


def test_a_unit_told_sold_makes_its_sale_done_and_ends_the_holding(extractor):
    got = _statuses(extractor, _MARSHALL)
    assert got[("divestment", "Marshall Steel", "Drummond McCall")] == {"active"}
    assert got[("stake", "Marshall Steel", "Drummond McCall")] == {"ended"}


def test_a_sale_under_a_reports_modal_with_no_such_clause_stays_agreed(extractor):
    got = _statuses(extractor, _MARSHALL_CUT)
    assert got[("divestment", "Marshall Steel", "Drummond McCall")] == {"agreed"}
    assert got[("stake", "Marshall Steel", "Drummond McCall")] == {"active"}

