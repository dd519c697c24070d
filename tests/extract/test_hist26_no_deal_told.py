"""Sentences that tell no deal (HIST26): a bid whose verb of making is denied ("would not initiate a competing tender
offer") proposes nothing, and "sales" listed with other functions of a business ("the direct sales, service and
support operations of its Rolm Corp unit") is no sale of the unit; a bid made, or one turned down, still is one."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _ties(extractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    [r] = extractor.extract([(0, text, "")])
    out: dict[tuple[str, str, str], set[str]] = {}
    for m in r.mentions:
        if m.type.value != "role":
            out.setdefault((m.type.value, m.source, m.target), set()).add(m.status.value)
    return out


# Reuters train reuters-11888 (eval/history/relationships-s58-hist.jsonl: Pratt's talks, then their end)
_PRATT = ("Sosnoff said the talks had not been actively pursued since they were announced March 20, but it had been "
          "agreed that unless the discussions were formally terminated, Pratt and Southmark would not initiate a "
          "competing tender offer for Caesars World or take any other action.")
# Reuters train reuters-3935 (eval/history/relationships-s58-hist.jsonl: IBM still owns Rolm)
_ROLM = ("Called the Telecommunications Marketing and Service organization, IBM said the group combines the U.S. direct "
         "sales, service and support operations of its Rolm Corp unit with the marketing support operations of its "
         "Information Systems Group.")


def test_a_bid_denied_is_no_proposal(extractor):
    ties = _ties(extractor, _PRATT)
    assert ("acquisition", "Pratt", "Caesars World") not in ties
    assert ("acquisition", "Southmark", "Caesars World") not in ties


def test_a_bid_made_or_turned_down_is_still_one(extractor):
    assert _ties(extractor, "Chrysler Corp said it made an offer for American Motors Corp.")[
        ("acquisition", "Chrysler", "American Motors")] == {"proposed"}
    assert ("acquisition", "American Motors", "Chrysler") in _ties(
        extractor, "Chrysler Corp said it did not accept the offer from American Motors Corp.")


def test_sales_listed_with_a_units_functions_sell_nothing(extractor):
    ties = _ties(extractor, _ROLM)
    assert ("divestment", "IBM", "Rolm") not in ties
    assert ties[("stake", "IBM", "Rolm")] == {"active"}
