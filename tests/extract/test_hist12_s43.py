"""Statuses of holdings and offices, session 43 (HIST12): a stake held stays in force whatever is planned,
talked of or dropped about selling it, until a sale is told as done; a holder set beside its name ("X, owner
of all common shares of Y, agreed to sell them") holds now; a holding told over a span that closed ("was a
unit of X until December 30, 1986", "at one point held 9.9 pct") has ended; an office whose holder's death the
sentence tells has ended.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text", [
    "Harwell Corp said negotiations are continuing on the previously announced sale of the company's 49 pct "
    "interest in Orbis Systems Inc.",
    "Harwell Corp said it is in talks on the sale of its 40 pct stake in Orbis Systems Inc.",
])
def test_a_stake_whose_sale_is_not_done_is_still_held(rules, text):
    got = found(rules, text)
    assert got[("stake", "Harwell", "Orbis Systems")] == "active"
    assert got[("divestment", "Harwell", "Orbis Systems")] in ("in_talks", "agreed")


def test_a_stake_whose_sale_is_done_has_ended(rules):
    got = found(rules, "Harwell Corp said it has completed the sale of its 40 pct interest in Orbis Systems Inc.")
    assert got[("stake", "Harwell", "Orbis Systems")] == "ended"
    assert got[("divestment", "Harwell", "Orbis Systems")] == "active"


def test_a_stake_to_be_bought_is_the_buyers_to_come(rules):
    got = found(rules, "Kanto Trading Co said it agreed to buy Harwell Corp's 40 pct stake in Orbis Systems Inc.")
    assert got[("stake", "Kanto Trading", "Orbis Systems")] == "agreed"


def test_an_agreed_sale_of_a_stake_names_no_holding_of_its_own(rules):
    got = found(rules, "Harwell Corp said it agreed to sell its 40 pct stake in Orbis Systems Inc to Kanto Trading Co.")
    assert ("stake", "Harwell", "Orbis Systems") not in got
    assert got[("divestment", "Harwell", "Orbis Systems")] == "agreed"


def test_an_owner_set_beside_its_name_holds_whatever_it_agrees(rules):
    got = found(rules, "Kanto Trading Co, owner of 45 pct of Orbis Systems Inc, agreed to sell the shares to Harwell Corp.")
    assert got[("stake", "Kanto Trading", "Orbis Systems")] == "active"


@pytest.mark.parametrize("text, key", [
    ("Reliance Electric was a unit of Exxon Corp until December 30, 1986, when a group of investors took the "
     "company private in a leveraged buyout, a Reliance spokesman said.", ("stake", "Exxon", "Reliance Electric")),
    ("During the takeover attempt, a unit of Sugarman's Giant Group Ltd at one point held a 9.9 pct stake in "
     "TRE Corp.", ("stake", "Sugarman's Giant", "TRE")),
])
def test_a_holding_told_over_a_closed_span_has_ended(rules, text, key):
    assert found(rules, text)[key] == "ended"


def test_a_unit_told_plainly_is_held(rules):
    assert found(rules, "Orbis Systems Inc was a unit of Kanto Trading Co, the company said.")[
        ("stake", "Kanto Trading", "Orbis Systems")] == "active"


@pytest.mark.parametrize("text", [
    "PADERBORN, West Germany, April 1 - Acme Computer AG said its supervisory board has appointed a finance "
    "director. Until now finance has been the responsibility of Klaus Luft, who was named chairman of the board "
    "following the death of company founder John Smith in March 1986.",
    "Acme Corp chairman John Smith died on Tuesday, the company said.",
])
def test_an_office_whose_holder_died_has_ended(rules, text):
    got = found(rules, text)
    assert [s for (kind, person, _), s in got.items() if kind == "role" and person == "John Smith"] == ["ended"]


def test_a_death_of_something_else_ends_no_office(rules):
    got = found(rules, "Acme Corp chairman John Smith said the death of the merger talks was unfortunate.")
    assert got[("role", "John Smith", "Acme")] == "active"


@pytest.mark.parametrize("text", [
    "Harwell Corp is also talking with the state-owned steel group Kanto Trading AG on buying its 24.98 pct stake "
    "in Orbis Systems Inc.",
    "Harwell Corp said it is in talks with Kanto Trading Co about buying its 30 pct interest in Orbis Systems Inc.",
])
def test_the_party_a_buyer_deals_with_for_its_stake_holds_it(rules, text):
    got = found(rules, text)
    assert got[("stake", "Kanto Trading", "Orbis Systems")] == "active"
    assert got[("stake", "Harwell", "Orbis Systems")] == "in_talks"


def test_a_buyer_of_its_own_stake_deals_with_nobody(rules):
    got = found(rules, "Harwell Corp said it bought its 30 pct stake in Orbis Systems Inc with cash from Kanto Trading Co.")
    assert ("stake", "Kanto Trading", "Orbis Systems") not in got



def test_an_office_the_model_finds_still_to_be_taken_up_is_agreed(judged):
    got = found(judged, "DETROIT, March 26 - Kanto Publishing, a unit of Kanto Corp, the midwest-based telephone "
                        "company, said it has named Tom Brown president effective April. Kanto Publishing said Brown "
                        "will succeed John Smith, who will become chairman and chief executive officer until he "
                        "retires on June 1.")
    assert got[("role", "Tom Brown", "Kanto Publishing")] == "agreed"
