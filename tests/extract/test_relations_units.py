"""Units and stakes that change hands, and the companies a sentence lists as doing one thing
(issue 15, second round): a named unit bought is its parent's divestment, a holder's stake bought
is the holder's divestment, companies joined by "and" each hold what the verb says, and "which is
N pct owned by X". The rules alone are tested; the sentences are written for these tests and the
companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


def test_a_named_unit_bought_is_its_parents_divestment_not_the_parents_takeover(rules):
    got = found(rules, "Carrow Industries Corp said it completed its acquisition of Delmont Corp's Pellaro "
                       "Systems unit, a maker of valves.")
    assert got.get(("acquisition", "Carrow Industries", "Pellaro Systems")) == "active", got
    assert got.get(("divestment", "Delmont", "Pellaro Systems")) == "active", got
    assert ("acquisition", "Carrow Industries", "Delmont") not in got


def test_a_unit_named_by_apposition_bought_ends_its_parents_stake(rules):
    got = found(rules, "Ashby Corp said it has completed the acquisition of Varden Labs Inc, a unit of "
                       "Tollis Corp, for an undisclosed amount.")
    assert got.get(("acquisition", "Ashby", "Varden Labs")) == "active", got
    assert got.get(("divestment", "Tollis", "Varden Labs")) == "active", got
    assert got.get(("stake", "Tollis", "Varden Labs")) == "ended", got


def test_a_proposed_purchase_of_a_unit_leaves_the_parents_stake_alone(rules):
    got = found(rules, "Ashby Corp proposed the acquisition of Varden Labs Inc, a unit of Tollis Corp.")
    assert got.get(("stake", "Tollis", "Varden Labs")) != "ended", got


def test_a_holders_stake_bought_is_the_holders_divestment_and_the_buyers_stake(rules):
    got = found(rules, "Quorra Corp said it agreed to acquire Linden Inc's 13 pct stake in Marlow "
                       "Peripherals Inc.")
    assert got.get(("divestment", "Linden", "Marlow Peripherals")) == "agreed", got
    assert got.get(("stake", "Quorra", "Marlow Peripherals")) == "agreed", got
    assert ("stake", "Linden", "Marlow Peripherals") not in got  # being sold: only the divestment


@pytest.mark.parametrize("text, keys", [
    ("Brightwater PLC and Tessen Co each hold a 20 pct stake in Kenmore Corp.",
     [("stake", "Brightwater", "Kenmore"), ("stake", "Tessen", "Kenmore")]),
    ("Corvell Motor Corp and Hamada Motor Co bought stakes in Brellin Inc.",
     [("stake", "Corvell", "Brellin"), ("stake", "Hamada", "Brellin")]),
])
def test_companies_joined_by_and_each_hold(rules, text, keys):
    got = found(rules, text)
    for key in keys:
        assert key in got, (key, got)


def test_a_company_which_is_owned_by_another(rules):
    [ex] = rules.extract([(1, "Veraldi SA, which is 49.6 pct owned by Corvana SpA, is to raise its capital.")])
    [m] = [m for m in ex.mentions if m.key == ("stake", "Corvana", "Veraldi")]
    assert m.attributes.get("percent") == 49.6


def test_sales_at_a_unit_are_its_revenue_and_end_no_stake(rules):
    # "sales at its X unit rose ... in the quarter ended March 22": the unit is held still
    got = found(rules, "DALLAS, March 25 - Tollis Corp said sales at its Varden Restaurants unit rose 16.6 pct "
                       "to 10.4 mln dlrs in the quarter ended March 22.")
    assert got.get(("stake", "Tollis", "Varden Restaurants")) == "active", got
    got = found(rules, "Tollis Corp said it completed the sale of its Varden Restaurants unit to Ashby Corp.")
    assert got.get(("stake", "Tollis", "Varden Restaurants")) == "ended", got


def test_the_seller_a_purchase_names_carries_the_words_that_said_its_status(rules):
    # the graph reads how far a deal had come from these words: "terminated" an "agreement"
    [ex] = rules.extract([(1, "Ashby Corp said it terminated its agreement to buy 80 pct of Varden Labs Inc "
                              "from Tollis Corp.")])
    sale = {m.key: m for m in ex.mentions}.get(("divestment", "Tollis", "Varden Labs"))
    assert sale is not None and "terminated" in sale.cues, ex.mentions


def test_deposits_bought_are_the_sellers_divestment_not_its_takeover(rules):
    # a bank that takes over another's deposits buys a part of it, as "the assets of" or "16 branches of"
    got = found(rules, "Ashby Bank said it acquired the insured deposits of Tollis Savings Bank from the regulators.")
    assert ("acquisition", "Ashby Bank", "Tollis Savings Bank") not in got, got
    assert ("divestment", "Tollis Savings Bank", "Ashby Bank") in got, got
