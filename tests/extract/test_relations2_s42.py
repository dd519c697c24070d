"""Stakes handed over by a verb (issue 15): a company named right after "give", "sell" or "issue" and
before a count of shares comes to hold a stake in the company whose shares they are; "issued N shares of its
stock to X" makes X a holder of the issuer. The rules alone are tested; the sentences are written for these
tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


@pytest.mark.parametrize("text, holder, held", [
    ("The placement, due to close in June, will give Corvane Holdings 45 pct of Mirelle Securities, Corvane said.",
     "Corvane", "Mirelle Securities"),
    ("Tessaly Corp said it would sell Brandwell Inc 700,000 Orvik Mining shares at six dlrs a share.",
     "Brandwell", "Orvik Mining"),
    ("Palmoor Group sold Quenby Investments 20 pct of Ardent Textiles Ltd.",
     "Quenby Investments", "Ardent Textiles"),
])
def test_a_company_handed_a_count_of_shares_holds_a_stake(rules, text, holder, held):
    got = found(rules, text)
    assert ("stake", holder, held) in got


def test_shares_a_company_issues_to_another_make_it_a_holder_of_the_issuer(rules):
    got = found(rules, "Halvern Process Corp said it issued 1,850,000 shares of its common stock to Dunmore "
                       "Electric Inc in connection with the purchase.")
    assert ("stake", "Dunmore Electric", "Halvern Process") in got
    assert ("stake", "Halvern Process", "Dunmore Electric") not in got


def test_the_seller_of_shares_handed_over_keeps_its_sale(rules):
    got = found(rules, "Palmoor Group sold Quenby Investments 20 pct of Ardent Textiles Ltd.")
    assert ("divestment", "Palmoor", "Ardent Textiles") in got
    assert not any(k[0] == "stake" and "Palmoor" in k for k in got)


@pytest.mark.parametrize("text", [
    "Writing in the March issue of the Corvane Bulletin, an analyst of Mirelle Securities cited a rise in trade.",
    "Corvane Holdings will give Mirelle Securities its full support in the talks.",
    "Corvane Holdings gave Mirelle Securities 12 mln dlrs in credit last year.",
])
def test_no_stake_without_a_count_of_shares_handed(rules, text):
    got = found(rules, text)
    assert not any(k[0] == "stake" for k in got)


def test_shares_issued_to_pay_for_a_purchase_make_no_holder(rules):
    got = found(rules, "Brisco Holdings Ltd said it issued 20 mln shares to Halvard AG to complete the purchase of "
                       "20 pct of Wexford AG from Halvard.")
    assert ("stake", "Halvard", "Brisco") not in got
