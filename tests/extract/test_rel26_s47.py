"""Ties the blind judges of the Reuters train build found wrong (REL26, issue 15): a card network's name on a
bank's card is the card, no firm the bank holds; "interest rate" states no stake; a bare "the partners" is no
reference to the last two firms the story named. The banks and bidders are made up; the card networks are
the gazetteer's."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def _companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind.value == "company"}


def test_a_banks_own_card_named_by_its_network_is_no_stake(rules):
    text = ("DETROIT, April 1 - Harlow National Corp's Harlow Bank-Wilmington said it increased the interest rate "
            "on its no-fee variable rate MasterCard to 13.6 pct from 13.3 pct.")
    ties = found(rules, text)
    assert not [k for k in ties if "Mastercard" in k]
    assert "Mastercard" not in _companies(rules, text)


def test_a_network_named_on_a_credit_card_is_the_card(rules):
    text = ("TORONTO, April 1 - Brenmar Bank of Commerce said it was lowering the interest rate on its Visa credit "
            "card to 15.9 pct from 18.6 pct, effective with the May billing statement.")
    assert not [k for k in found(rules, text) if "Visa Inc" in k]
    assert "Visa Inc" not in _companies(rules, text)
    text = ("TACOMA, Wash., March 13 - Harlow Sound Bancorp said it is offering extended warranty service on items "
            "purchased in the U.S. with its Visa Classic or BanClub credit cards.")
    assert not [k for k in found(rules, text) if "Visa Inc" in k]


def test_the_network_itself_stays_a_firm(rules):
    text = ("SAN MATEO, Calif., March 11 - Visa International said Brenmar Bank has agreed to become a Visa member in "
            "May. Visa said it plans to extend its worldwide telecommunications network to China this year.")
    assert "Visa Inc" in _companies(rules, text)


def test_an_interest_rate_is_no_stake_but_an_interest_in_a_firm_is(rules):
    ties = found(rules, "TORONTO, April 3 - Harlow Bank said it will reduce the interest rate it charges on "
                        "outstanding MasterCard balances to 18.3 pct from 21 pct, beginning in July.")
    assert not [k for k in ties if k[0] == "stake"]
    ties = found(rules, "Harlow Corp said it acquired a 20 pct interest in Brenmar Inc for 12 mln dlrs.")
    assert ("stake", "Harlow", "Brenmar") in ties


def test_the_partners_are_not_the_firms_a_sale_before_named(rules):
    ties = found(rules, "NEW YORK, March 25 - Harlow and Brown, along with Corvex Industries Inc, recently launched a "
                        "tender offer for Brenmar Corp.\nThe partners said if they succeed in acquiring Brenmar they "
                        "intend to consummate the sale of WXYZ-TV in New York to Tolland Inc.\nThe partners also said if "
                        "they acquire Brenmar they would also proceed with the proposed sale of KQRS-TV in Los Angeles "
                        "to Ardent Co.")
    assert ("acquisition", "Tolland", "Brenmar") not in ties
    assert ("acquisition", "WXYZ-TV", "Brenmar") not in ties
    assert not [k for k in ties if k[0] == "divestment" and k[1] in ("Tolland", "WXYZ-TV")]
    assert ("acquisition", "Corvex Industries", "Brenmar") in ties
