"""Sales that pair what is sold with whom (session 34): "sold its P unit to A and its Q unit to B" sells P to A and
Q to B, never P to B; the "its" of the second unit is the seller's, not the first buyer's; and a company sold in
the passive ("Beta was sold to Gamma, Delta said") is the buyer's acquisition, with neither the speaker nor the
company sold taken for its seller; the companies a comma and a verb of saying close a sentence with are those who
tell of the deal, never parties to it; and a name the sentence gave in full, written again short before "stock" or
"shares", is that company; an investor noun with nothing it is "in" ("X, a conservative investor") names a kind of
firm, no investment in the one other company named. The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found


@pytest.mark.parametrize("text", [
    "Kestrova Corp sold its Brontela unit to Dorvane Inc and its Marvex unit to Zolter Corp.",
    "Kestrova Corp agreed to sell its Brontela Foods unit to Dorvane Inc for 20 mln dlrs and its Marvex "
    "Chemicals division to Zolter Corp for 10 mln dlrs.",
])
def test_each_buyer_takes_what_is_named_before_it(rules, text):
    got = found(rules, text)
    assert not any(k[0] == "acquisition" and k[1] == "Zolter" and k[2].startswith("Brontela") for k in got)
    assert not any(k[0] == "acquisition" and k[1] == "Dorvane" and k[2].startswith("Marvex") for k in got)
    assert not any(k[0] == "stake" and k[1] == "Dorvane" for k in got)
    assert any(k[0] == "acquisition" and k[1] == "Dorvane" and k[2].startswith("Brontela") for k in got)


def test_second_units_its_is_the_sellers(rules):
    got = found(rules, "Kestrova Corp sold its Brontela unit to Dorvane Inc and its Marvex unit to Zolter Corp.")
    assert ("stake", "Kestrova", "Marvex") in got


def test_each_seller_sells_what_is_named_before_it(rules):
    got = found(rules, "Kestrova Corp bought Brontela Inc from Dorvane Corp and Marvex Inc from Zolter Corp.")
    assert ("divestment", "Dorvane", "Brontela") in got and ("divestment", "Zolter", "Marvex") in got
    assert ("divestment", "Zolter", "Brontela") not in got and ("divestment", "Marvex", "Brontela") not in got


def test_two_units_to_one_buyer(rules):
    got = found(rules, "Kestrova Corp sold its Brontela unit and its Marvex unit to Zolter Corp.")
    assert ("acquisition", "Zolter", "Brontela") in got and ("acquisition", "Zolter", "Marvex") in got
    assert ("stake", "Brontela", "Marvex") not in got


@pytest.mark.parametrize("text", [
    "Brontela Inc was sold to Dorvane Inc, Kestrova Corp said.",
    "Brontela Inc was sold to Dorvane Inc last year.",
])
def test_company_sold_in_the_passive(rules, text):
    got = found(rules, text)
    assert ("acquisition", "Dorvane", "Brontela") in got
    assert not any(k[0] == "divestment" for k in got)


@pytest.mark.parametrize("text", [
    "Kestrova Corp sold Brontela Inc to Dorvane Inc, Marvex Corp and Zolter Corp said.",
    "Kestrova Corp bought Brontela Inc from Dorvane Inc, Marvex Corp and Zolter Corp said.",
])
def test_speakers_closing_the_sentence_are_no_parties(rules, text):
    got = found(rules, text)
    assert ("acquisition", "Kestrova", "Brontela") in got or ("acquisition", "Dorvane", "Brontela") in got
    assert not any({"Marvex", "Zolter"} & {k[1], k[2]} for k in got)


def test_a_name_given_in_full_then_short_before_shares(rules):
    got = found(rules, "Brontela Inc said it received an offer to be acquired by Kestrova Inc, which already owns "
                       "9.9 pct of Brontela stock, for 11.50 dlrs per share.")
    assert ("stake", "Kestrova", "Brontela") in got


def test_an_investor_in_nothing_is_a_kind_of_firm(rules):
    got = found(rules, "Sanford Margoshes of Kestrel Securities said Brontela Petroleum, a conservative investor that "
                       "knows the oil business, is clearly confident in the industry.")
    assert not any(k[0] == "investment" for k in got)
    got = found(rules, "Kestrova Corp, an early investor in Brontela Inc, said it would buy more shares.")
    assert ("investment", "Kestrova", "Brontela") in got
