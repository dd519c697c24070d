"""Ties and statuses the blind judges of the Reuters train build found wrong (REL30, issue 15): a shared licence
licenses no one; collateral a lender may not sell is no holding of its; a company's note bought is no takeover; a
stake a bid hands to a company's holders is not that company's; shares "not held by" another are that other's rest;
what a clause sells after "the acquisition agreement" is not bought; a warrant to buy shares is no stake; a holder's
whole counted share taken is no takeover; an initialled contract is agreed; a past purchase set beside a plan is
done; an office the past perfect tells after a name leaves the one before it held; a leaving word before the
next man's office is his; a company's size or a sale's gain is no deal's amount. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def _amounts(rules, text: str) -> dict[tuple[str, str, str], int | None]:
    [ex] = rules.extract([(1, text)])
    return {m.key: m.attributes.get("amount") for m in ex.mentions}


def test_a_shared_licence_licenses_no_one(rules):
    ties = found(rules, "Brenmar will head exploration on blocks 7224/7 and 7224/8, sharing the licence with Harlow "
                        "Corp's <HRL.N> Norwegian subsidiary Harlow Norge A/S and Corvex Petroleum A/S.")
    assert not [k for k in ties if k[0] == "licensing"]
    assert ties.get(("stake", "Harlow", "Harlow Norge")) == "active"


def test_collateral_a_lender_is_barred_from_selling_is_no_divestment(rules):
    ties = found(rules, "Under the order, Brenmar Securities is barred from taking or selling the collateral, "
                        "namely 32 pct of the outstanding Harlow Industries shares plus real estate interests.")
    assert not [k for k in ties if k[0] == "divestment"]


def test_a_companys_note_bought_is_no_takeover_of_it(rules):
    ties = found(rules, "Brenmar International said it offered six dlrs per share, plus the purchase of Harlow Corp's "
                        "promissory note for 23 mln dlrs.")
    assert ("acquisition", "Brenmar International", "Harlow") not in ties


def test_a_stake_offered_to_a_companys_holders_is_not_that_companys(rules):
    ties = found(rules, "Harlow Inc said the Brenmar Holdings Inc offer continues to include a 20 pct interest in "
                        "Brenmar for present Harlow shareholders.")
    assert not [k for k in ties if k[0] == "stake"]


def test_shares_not_held_by_another_are_that_others_rest(rules):
    ties = found(rules, "Brenmar Corp raised the value of its offer for the Harlow Inc shares not held by Corvex Corp.")
    assert ("stake", "Brenmar", "Harlow") not in ties
    assert ties.get(("stake", "Corvex", "Harlow")) == "active"
    assert ties.get(("acquisition", "Brenmar", "Harlow")) == "proposed"
    # the bidder's own rest stays its own
    ties = found(rules, "Brenmar Corp offered to buy the 45 pct of Harlow Corp it does not already own.")
    assert ties.get(("stake", "Brenmar", "Harlow")) == "active"


def test_what_a_clause_sells_after_the_acquisition_agreement_is_not_bought(rules):
    ties = found(rules, "Brenmar Corp said as part of the acquisition agreement it is required to sell its 80 pct interest "
                        "in Harlow Knitting Ltd, which makes jeans in Canada.")
    assert ("acquisition", "Brenmar", "Harlow Knitting") not in ties
    assert ("divestment", "Brenmar", "Harlow Knitting") in ties


def test_a_warrant_to_buy_shares_is_no_stake(rules):
    ties = found(rules, "The agreement includes a warrant permitting Brenmar to buy up to 380,000 shares of Harlow Inc "
                        "common stock through February 1994 at 10.50 dlrs per share.")
    assert not [k for k in ties if k[0] in ("stake", "acquisition")]


def test_a_holders_whole_counted_share_taken_is_no_takeover(rules):
    ties = found(rules, "Brenmar intends to take Harlow AG's total 20 pct share in the copper producer in exchange "
                        "for some three pct of Brenmar's share capital.")
    assert ("acquisition", "Harlow", "Brenmar") not in ties
    assert ("stake", "Harlow", "Brenmar") not in ties


def test_an_initialled_contract_is_agreed(rules):
    ties = found(rules, "Brenmar has initialled a 20-year contract with Harlow Petroleum Corp for the supply of 1.5 "
                        "mln tonnes of LNG starting October 1989, a Harlow official said.")
    assert ties.get(("supply", "Brenmar", "Harlow Petroleum")) == "agreed"


def test_a_purchase_dated_last_year_beside_a_plan_is_done(rules):
    ties = found(rules, "Brenmar recently announced plans to acquire Harlow Savings Bank, and last year acquired "
                        "Corvex Federal Savings Bank, which resulted in 66 new offices.")
    assert ties.get(("acquisition", "Brenmar", "Harlow Savings Bank")) == "proposed"
    assert ties.get(("acquisition", "Brenmar", "Corvex Federal Savings Bank")) == "active"


def test_an_office_the_past_perfect_tells_after_a_name_leaves_the_one_before_held(rules):
    held = roles(rules, "Brenmar Corp said president and chief executive officer Morris Delmont had been chief "
                        "operating officer as well.")
    assert held[("Morris Delmont", "Brenmar")][1] is Status.ACTIVE
    held = roles(rules, "Brenmar Corp said former president Morris Delmont had been chief operating officer as well.")
    assert held[("Morris Delmont", "Brenmar")][1] is Status.ENDED
    # an office told of another man before the name is not this one's
    held = roles(rules, "Last week these men resigned from executive posts - Eugene Delmont had been chairman and chief "
                        "executive of Brenmar Inc, Michael Delmont had been president and chief operating officer.")
    assert held[("Michael Delmont", "Brenmar")][1] is Status.ENDED


def test_a_companys_size_or_a_sales_gain_is_no_deal_amount(rules):
    amounts = _amounts(rules, "Brenmar Corp said it sold 456,900 shares or about five pct of Harlow Broadcasting Co "
                              "common stock for a gain of 17.8 mln dlrs.")
    assert ("divestment", "Brenmar", "Harlow Broadcasting") in amounts
    assert amounts[("divestment", "Brenmar", "Harlow Broadcasting")] is None
    amounts = _amounts(rules, "Brenmar Corp said it acquired Harlow Bank, a county bank with assets of 103 mln dlrs, "
                              "through an exchange of stock valued at about 12 mln dlrs.")
    assert amounts.get(("acquisition", "Brenmar", "Harlow Bank")) == 12_000_000


def test_a_leaving_word_before_the_next_mans_office_is_his(rules):
    held = roles(rules, "Wyman resigned amid opposition from the company's two largest shareholders, Brenmar Corp "
                        "chairman Laurence A. Harlow and retired Corvex chairman William S. Delmont.")
    assert held[("Laurence A. Harlow", "Brenmar")][1] is Status.ACTIVE
    assert held[("William S. Delmont", "Corvex")][1] is Status.ENDED
