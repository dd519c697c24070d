"""Statuses read on wire copy, session 42: an offer whose own relative clause says it lapsed or failed is
called off; a deal "subject to" or "conditional on" approvals is agreed, not done; a deal told in a
document's "by which" / "under which" clause is agreed, and talks that "led to" or "resulted in" that
document are over; a deal whose own agreement a party "violated" or "breached" is called off, while
an agreement broken beside the deal ("broke its standstill agreement by buying more shares") ends nothing;
a deal whose relative clause says it "took effect" or "became effective" is in force.

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
    "Elbridge Holdings Ltd made an offer for Tarrant Mining Ltd in January that has since lapsed.",
    "Elbridge Holdings Ltd made a bid for Tarrant Mining Ltd in January which failed.",
])
def test_an_offer_that_lapsed_is_called_off(rules, text):
    assert found(rules, text)[("acquisition", "Elbridge", "Tarrant Mining")] == "called_off"


def test_an_offer_that_expires_later_stands(rules):
    got = found(rules, "Elbridge Holdings Ltd made an offer for Tarrant Mining Ltd in March that expires April 3.")
    assert got[("acquisition", "Elbridge", "Tarrant Mining")] == "proposed"


@pytest.mark.parametrize("text", [
    "Corvane Bancorp said the acquisition of Lisle Savings Bank is subject to approval by Lisle's holders and "
    "state regulators.",
    "Corvane Bancorp said its purchase of Lisle Savings Bank is conditional on financing.",
])
def test_a_deal_subject_to_conditions_is_agreed(rules, text):
    assert found(rules, text)[("acquisition", "Corvane Bancorp", "Lisle Savings Bank")] == "agreed"


def test_a_deal_completed_subject_to_adjustments_is_done(rules):
    got = found(rules, "Corvane Bancorp said it completed the purchase of Lisle Savings Bank, subject to a final "
                       "price adjustment.")
    assert got[("acquisition", "Corvane Bancorp", "Lisle Savings Bank")] == "active"


def test_a_holding_subject_to_a_standstill_is_held(rules):
    got = found(rules, "Corvane Bancorp said its 40 pct stake in Lisle Savings Bank is subject to a standstill "
                       "agreement.")
    assert got[("stake", "Corvane Bancorp", "Lisle Savings Bank")] == "active"


def test_talks_that_led_to_an_understanding_are_over(rules):
    got = found(rules, 'Pellam Corp said, "The discussions have led to a general understanding by which Oakhurst '
                       'Insurance Co would purchase a 15 pct equity investment in Pellam Securities Inc."')
    assert got[("investment", "Oakhurst Insurance", "Pellam Securities")] == "agreed"


def test_talks_on_an_agreement_are_still_talks(rules):
    got = found(rules, "Marden Corp said it is discussing an agreement under which it would acquire Tolliver Co.")
    assert got[("acquisition", "Marden", "Tolliver")] == "in_talks"


def test_a_violated_agreement_to_buy_is_called_off(rules):
    got = found(rules, "Brannock Oil said the merger violated a prior agreement it had to buy Keswick Petroleum Co "
                       "and sued Holloway Corp.")
    assert got[("acquisition", "Brannock Oil", "Keswick Petroleum")] == "called_off"


def test_a_violated_standstill_leaves_the_holding(rules):
    got = found(rules, "Marden Corp said Harlow Group violated a standstill agreement by buying more shares of "
                       "Tolliver Co.")
    assert got.get(("stake", "Harlow", "Tolliver")) == "active"


def test_a_broken_standstill_leaves_the_holding(rules):
    got = found(rules, "Marden Corp said Harlow Group broke its standstill agreement by buying more shares of "
                       "Tolliver Co.")
    assert got.get(("stake", "Harlow", "Tolliver")) == "active"


def test_a_broken_agreement_to_buy_is_called_off(rules):
    got = found(rules, "Marden Corp said it broke its agreement to acquire Tolliver Co.")
    assert got[("acquisition", "Marden", "Tolliver")] == "called_off"


@pytest.mark.parametrize("text", [
    "Lisle Savings Bank said its shareholders approved the merger with Corvane Bancorp, which took effect today.",
    "Under terms of the merger of Lisle Savings Bank with Corvane Bancorp, which took effect today, holders will "
    "receive three dlrs a share.",
])
def test_a_merger_that_took_effect_is_in_force(rules, text):
    assert found(rules, text)[("merger", "Corvane Bancorp", "Lisle Savings Bank")] == "active"


def test_a_merger_to_take_effect_is_agreed(rules):
    got = found(rules, "Corvane Bancorp said the merger with Lisle Savings Bank, which was approved today, will take "
                       "effect on April 1.")
    assert got[("merger", "Corvane Bancorp", "Lisle Savings Bank")] == "agreed"
