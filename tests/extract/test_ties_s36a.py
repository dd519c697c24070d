"""Ties in the finance and ownership classes a judged sample of a whole build showed wrong (session 36, REL7):
a lender or an analyst's firm read as a party to the deal it pays for or speaks of; a company selling its own
paper read as selling a part of itself; a stake sought from a third holder given to that holder as a bid, and
"the N pct it does not already hold" read as a stake of that size held; a broker's rating and a buy-back read as
purchases; an office at a unit or a works council given to the parent.
The sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found, roles

_DEALS = ("acquisition", "divestment", "stake", "investment", "merger")


def _tied(got, a: str, b: str) -> bool:
    return any(k[0] in _DEALS and {k[1], k[2]} == {a, b} for k in got)


@pytest.mark.parametrize("text, buyer, lender", [
    ("Kestrova Corp said it will finance the purchase of Brontela Inc with borrowings from Dorvane Bank.",
     "Kestrova", "Dorvane Bank"),
    ("It said it plans to finance its share purchases with borrowings from Dorvane Bank, Marvex Trust Co and Quenby "
     "Savings Bank.", None, "Marvex Trust"),
    ("Kestrova Corp said it will finance its purchase of Brontela Inc with a syndicated loan from a group of banks led by "
     "Dorvane Bank.", "Kestrova", "Dorvane Bank"),
    ("Dorvane Bank lent Kestrova Corp 40 mln dlrs to buy Brontela Inc.", "Kestrova", "Dorvane Bank"),
])
def test_a_lender_is_no_party(rules, judged, text, buyer, lender):
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert not any(k[0] in _DEALS and lender in (k[1], k[2]) for k in got)
        if buyer is not None:
            assert ("acquisition", buyer, "Brontela") in got


def test_funding_a_purchase_is_no_investment(rules, judged):
    for extractor in (rules, judged):
        got = found(extractor, "Dorvane Capital will fund Kestrova Corp's purchase of Brontela Inc.")
        assert not any(k[0] == "investment" for k in got)
        assert ("acquisition", "Kestrova", "Brontela") in got
    assert ("investment", "Dorvane Capital", "Kestrova") in found(rules, "Dorvane Capital will invest 20 mln dlrs in "
                                                                         "Kestrova Corp.")


@pytest.mark.parametrize("text, seller, buyer", [
    ("Kestrova Corp said it agreed to sell 40 mln dlrs of securities to investment dealers Dorvane Securities Inc "
     "and Marvex Capital Ltd.", "Kestrova", "Marvex Capital"),
    ("Kestrova Corp said it has sold five mln dlrs of eight pct subordinated notes to Dorvane Partners.", "Kestrova",
     "Dorvane Partners"),
    ("Kestrova Corp said it sold 700,000 common shares to Dorvane Securities Inc for resale to the public.",
     "Kestrova", "Dorvane Securities"),
    ("Kestrova Corp said it sold 300,000 common shares to a private investor group and 640,000 shares will be paid "
     "to Dorvane Corp stockholders as a dividend.", "Kestrova", "Dorvane"),
])
def test_own_paper_sold_is_no_tie(rules, judged, text, seller, buyer):
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert not any(k[0] in _DEALS and buyer in (k[1], k[2]) for k in got)


@pytest.mark.parametrize("text", [
    "Kestrova Corp said it sold 9.2 mln shares, or 31.5 pct, of its common stock to Dorvane Partners Inc.",
    "Kestrova Corp said it agreed to sell 700,000 common shares to Dorvane Partners Inc.",
    "Kestrova Corp said it is also selling 420,000 shares to Dorvane Partners Inc, giving Dorvane a 7.7 pct stake.",
])
def test_own_shares_sold_make_the_buyer_a_holder(rules, text):
    got = found(rules, text)
    assert ("stake", "Dorvane Partners", "Kestrova") in got
    assert not any(k[1] == "Kestrova" and k[2] == "Dorvane Partners" for k in got)


def test_a_holding_sold_is_still_a_divestment(rules):
    got = found(rules, "Kestrova Corp sold its stake in Brontela Inc to Dorvane Corp.")
    assert ("divestment", "Kestrova", "Brontela") in got
    assert ("stake", "Dorvane", "Brontela") in got


def test_the_holder_of_what_a_bid_seeks_holds_it(rules, judged):
    for extractor in (rules, judged):
        got = found(extractor, "He said that Kestrova Corp had made an offer for the 31 pct of Brontela Inc held by "
                               "Dorvane Corp.")
        assert ("stake", "Dorvane", "Brontela") in got
        assert not any(k[0] == "acquisition" and k[1] == "Dorvane" for k in got)


def test_the_part_not_held_is_no_stake_held(rules):
    got = found(rules, "Kestrova Corp offered to buy the 88 pct of Brontela Inc it does not already hold.")
    assert ("acquisition", "Kestrova", "Brontela") in got
    held = [k for k in got if k[0] == "stake" and k[1] == "Kestrova"]
    assert held and all(got[k] == "active" for k in held)


@pytest.mark.parametrize("text", [
    "Dorvane Securities put a buy on Kestrova Corp.",
    "Shares of Kestrova Corp rose after brokerage house Dorvane Securities reiterated a negative opinion on Brontela "
    "Inc and a buy on Kestrova.",
    "Dorvane Securities recommended buying Kestrova Corp shares.",
])
def test_a_brokers_rating_is_no_tie(rules, judged, text):
    for extractor in (rules, judged):
        assert not any(k[1].startswith("Dorvane") for k in found(extractor, text))


@pytest.mark.parametrize("text, firm, person", [
    ("\"The acquisition of Brontela is a big step for Kestrova,\" Dorvane and Co analyst Pia Lindqvist said.",
     "Dorvane", "Pia Lindqvist"),
    ("The purchase of Brontela Inc will lift Kestrova's earnings, said Pia Lindqvist, an analyst at Dorvane "
     "Securities.", "Dorvane Securities", "Pia Lindqvist"),
])
def test_an_analysts_firm_is_no_party(rules, judged, text, firm, person):
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert not any(firm in (k[1], k[2]) for k in got if k[0] != "role")
    assert (person, firm) in roles(rules, text)


@pytest.mark.parametrize("text", [
    "Kestrova Corp said it filed a notice with the Toronto Stock Exchange to buy back up to 10 pct of its class A "
    "shares.",
    "Kestrova Corp said it will buy back two mln of its shares from Dorvane Corp.",
])
def test_a_buyback_is_no_tie(rules, judged, text):
    for extractor in (rules, judged):
        assert not any(k[0] in _DEALS for k in found(extractor, text))


def test_an_office_at_the_unit_the_possessive_names(rules, judged):
    text = "Ilse Marken, president of Kestrova Corp's Brontela Systems unit, said orders rose."
    for extractor in (rules, judged):
        got = roles(extractor, text)
        assert ("Ilse Marken", "Brontela Systems") in got
        assert ("Ilse Marken", "Kestrova") not in got
    assert ("Ilse Marken", "Kestrova") in roles(rules, "Ilse Marken, president of Kestrova Corp, said orders rose.")


def test_a_works_council_is_no_company(rules):
    got = roles(rules, "Ilse Marken, the chairman of Kestrova's works council, told a meeting that hours must fall.")
    assert not any(c == "Kestrova" for _, c in got)
