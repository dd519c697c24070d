"""Statuses HIST26 reads: a sale its seller has settled on but not done (one its board "authorized", one it "has
arranged to" make, or its "decision to sell") is agreed, not done, so it ends no holding, while a sale told done
still ends it; and sentences that tell no deal: a bid whose verb of making is denied ("would not initiate a
competing tender offer") proposes nothing, and "sales" listed with other functions of a business ("the direct sales,
service and support operations of its Rolm Corp unit") is no sale of the unit, while a bid made, or one turned down,
still is one."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    [r] = extractor.extract([(0, text, "")])
    out: dict[tuple[str, str, str], set[str]] = {}
    for m in r.mentions:
        if m.type.value != "role":
            out.setdefault((m.type.value, m.source, m.target), set()).add(m.status.value)
    return out


# Reuters train reuters-12888 (eval/history/relationships-s57-hist.jsonl: Kleer-Vu's holding stays active)
_KLEER_VU = ("NEW YORK, APril 3 - <Kleer-Vu Industries> said the company's board authorized the sale of its Neslemur "
             "Co, its cosmetic and toiletries company.")
# Reuters train reuters-8571 (eval/history/relationships-s58-hist.jsonl: Deltec's stake stays active)
_DELTEC = ("NEW YORK, March 23 - Avalon Corp said that <Deltec Panamerica SA> has arranged to sell its 23 pct stake in "
           "Avalon and that Deltec's three representatives on Avalon's board had resigned.")
# Reuters train reuters-9633
_KODAK = ("COSTA MESA, Calif., March 25 - ICN Pharmaceutical Inc said it did not view Eastman Kodak Co's <EK> decision "
          "to sell its 2.3 pct share of ICN's common stock as having any effect on the status of its drug ribavirin.")
# Reuters train reuters-7992: a stake sold, told done
_SOLD = ("WASHINGTON, March 20 - Southeastern Asset Management Inc and its two controlling shareholders said they sold "
         "their entire 5.6 pct stake in Allegheny International Inc.")


def test_a_sale_its_board_authorized_is_agreed_and_the_unit_still_held(extractor):
    statuses = _statuses(extractor, _KLEER_VU)
    assert statuses[("divestment", "Kleer-Vu Industries", "Neslemur")] == {"agreed"}
    assert statuses[("stake", "Kleer-Vu Industries", "Neslemur")] == {"active"}


def test_a_sale_arranged_is_agreed_and_ends_no_stake(extractor):
    statuses = _statuses(extractor, _DELTEC)
    assert statuses[("divestment", "Deltec Panamerica", "Avalon")] == {"agreed"}
    assert "ended" not in statuses.get(("stake", "Deltec Panamerica", "Avalon"), set())


def test_a_decision_to_sell_is_agreed(extractor):
    assert _statuses(extractor, _KODAK)[("divestment", "Eastman Kodak", "ICN Pharmaceutical")] == {"agreed"}


def test_a_stake_sold_is_still_ended(extractor):
    statuses = _statuses(extractor, _SOLD)
    assert statuses[("stake", "Southeastern Asset Management", "Allegheny International")] == {"ended"}


# Reuters train reuters-11888 (eval/history/relationships-s58-hist.jsonl: Pratt's talks, then their end)
_PRATT = ("Sosnoff said the talks had not been actively pursued since they were announced March 20, but it had been "
          "agreed that unless the discussions were formally terminated, Pratt and Southmark would not initiate a "
          "competing tender offer for Caesars World or take any other action.")
# Reuters train reuters-3935 (eval/history/relationships-s58-hist.jsonl: IBM still owns Rolm)
_ROLM = ("Called the Telecommunications Marketing and Service organization, IBM said the group combines the U.S. direct "
         "sales, service and support operations of its Rolm Corp unit with the marketing support operations of its "
         "Information Systems Group.")


def test_a_bid_denied_is_no_proposal(extractor):
    ties = _statuses(extractor, _PRATT)
    assert ("acquisition", "Pratt", "Caesars World") not in ties
    assert ("acquisition", "Southmark", "Caesars World") not in ties


def test_a_bid_made_or_turned_down_is_still_one(extractor):
    assert _statuses(extractor, "Chrysler Corp said it made an offer for American Motors Corp.")[
        ("acquisition", "Chrysler", "American Motors")] == {"proposed"}
    assert ("acquisition", "American Motors", "Chrysler") in _statuses(
        extractor, "Chrysler Corp said it did not accept the offer from American Motors Corp.")


def test_sales_listed_with_a_units_functions_sell_nothing(extractor):
    ties = _statuses(extractor, _ROLM)
    assert ("divestment", "IBM", "Rolm") not in ties
    assert ties[("stake", "IBM", "Rolm")] == {"active"}
