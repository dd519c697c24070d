"""Statuses of deals, session 55 (HIST22), on sentences of Reuters-21578 train stories (tuning material):
a deal noun that names no stage of its own, told as what a signed document or exchanged contracts are for,
is agreed and still to be done, not done; a deal a court strikes down ("overturned its proposed
acquisition") is called off; so is a takeover told in a clause the parse hangs on the company taken ("the
takeover of X by Y which was withdrawn")."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_a_sale_an_agreement_is_for_is_agreed(rules):
    got = found(rules, "He said following the recent agreement for the sale of Harper and Row to the News Corp "
                       "Ltd <NWS>, \"there may be pieces that Murdoch doesn't want,\" referring to News Corp "
                       "chairman Rupert Murdoch.")
    assert got[("acquisition", "News", "Harper and Row")] == "agreed"


def test_a_sale_contracts_were_exchanged_for_is_agreed(rules):
    got = found(rules, "NEW YORK, March 27 - Hanson Industries, the U.S. arm of Hanson Trust PLC, said contracts "
                       "have been exchanged in London for the sale of Bond's Delivery Service to Rockwood Holdings "
                       "PLC for about 6.0 mln dlrs in cash.")
    assert got[("divestment", "Hanson Industries", "Bond's Delivery Service")] == "agreed"
    assert got[("acquisition", "Rockwood", "Bond's Delivery Service")] == "agreed"


@pytest.mark.parametrize("text", [
    "MORRIS TOWNSHIP, N.J., March 31 - Allied-Signal Inc said it completed the previously announced sale of its "
    "Linotype Group to Commerzbank AG of West Germany.",
    "Allied-Signal Inc said it completed the sale of its Linotype Group to Commerzbank AG under the agreement "
    "for the sale signed in March.",
])
def test_a_sale_completed_stays_done(rules, text):
    got = found(rules, text)
    assert got[("divestment", "Allied-Signal", "Linotype")] == "active"


def test_a_deal_a_court_overturned_is_called_off(rules):
    got = found(rules, "MANCHESTER, N.H., March 30 - Amoskeag Bank Shares Inc said the New Hampshire Supreme Court "
                       "overturned its proposed acquisition of Portsmouth Savings Bank in a three-two vote.")
    assert got[("acquisition", "Amoskeag Bank Shares", "Portsmouth Savings Bank")] == "called_off"


def test_a_block_overturned_calls_nothing_off(rules):
    got = found(rules, "The court lifted an injunction blocking the merger of Alpha Corp and Beta Inc.")
    assert got[("merger", "Alpha", "Beta")] != "called_off"


def test_a_takeover_withdrawn_told_after_the_company_taken_is_called_off(rules):
    got = found(rules, "WASHINGTON, March 18 - A House subcommittee voted to give President Reagan authority to "
                       "block foreign takeovers of U.S. companies similar to the takeover of Schlumberger Ltd's "
                       "<SLB> Fairchild Semiconductor Corp by Fujitsu Ltd which was withdrawn.")
    assert got[("acquisition", "Fujitsu", "Fairchild Semiconductor")] == "called_off"
    assert got[("divestment", "Schlumberger", "Fairchild Semiconductor")] == "called_off"


def test_a_holding_capped_by_a_standstill_is_held(rules):
    got = found(rules, "In addition, DCA said it agreed to limit its ownership in CTS Corp for the year following "
                       "the 1987 annual meeting to not more than 35 pct of the outstanding stock.")
    assert got[("stake", "DCA", "CTS")] == "active"


def test_a_takeover_offer_rejected_last_year_is_over(rules):
    got = found(rules, "Late last year, Shearson's takeover offer to the E.F. Hutton Group Inc was rejected by "
                       "Hutton, and analysts said there had been speculation that Shearson also was rebuffed when "
                       "it approached another major Wall Street brokerage.")
    assert got[("acquisition", "Shearson", "E.F. Hutton")] == "called_off"
    # a rejection of the day may still be answered: the bid stands
    got = found(rules, "Norcros Plc said its board rejected the takeover offer from Williams Holdings Plc on Tuesday.")
    assert got[("acquisition", "Williams", "Norcros")] == "proposed"
