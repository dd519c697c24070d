"""Ownership as wire and financial prose writes it (issue 15): a stake whose held company is named but not
read as one, a participle set after a list, a holder noun before a name, a filing's level of a cut holding,
a counted sale of shares and a bid set against another. The rules alone are tested; the sentences are
written for these tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


def test_a_stake_in_a_name_not_read_is_no_stake_in_the_holders_parent(rules):
    got = found(rules, "Yesterday, Corvel Lehman, a subsidiary of Brisbane Express Co, disclosed in a Securities "
                       "and Exchange Commission filing that it holds a 5.35 pct interest in Orwell Milwaukee.")
    assert got.get(("stake", "Brisbane Express", "Corvel Lehman")) == "active"
    assert ("stake", "Corvel Lehman", "Brisbane Express") not in got


def test_shares_of_a_name_not_read_bought_from_a_seller_are_no_stake_in_the_seller(rules):
    got = found(rules, "Tarrow Air said it has already bought 2.3 mln Pemmick common shares, or 9.9 pct of the "
                       "total outstanding from Norbury Southern Corp for 161.9 mln dlrs.")
    assert not any(k[0] == "stake" and k[2] == "Norbury Southern" for k in got)


def test_the_one_other_company_still_holds_a_stake_taken_with_no_name_given(rules):
    got = found(rules, "Kestrel Corp invested in Lumora Inc in 2018, taking a 77 percent stake.")
    assert got.get(("stake", "Kestrel", "Lumora")) == "active"


def test_a_participle_after_a_list_describes_the_last_company_listed(rules):
    got = found(rules, "It competes with large network equipment companies like Calder Systems Inc. and Arbin "
                       "Networks Inc., now owned by Hollis-Parker Co.")
    assert got.get(("stake", "Hollis-Parker", "Arbin Networks")) == "active"
    assert ("stake", "Hollis-Parker", "Calder Systems") not in got


@pytest.mark.parametrize("text, holder, held", [
    ("Kiwell said 57 pct-owner Camrose Red Lake Mines Ltd was expected to vote in favor of the split.",
     "Camrose Red Lake Mines", "Kiwell"),
    ("Tarvin Corp said Besk Inc's majority shareholder Gallant Corp would back the plan.", "Gallant", "Besk"),
    ("The merger was unveiled by Corliss and Amwell's French parent Renvoy SA.", "Renvoy", "Amwell"),
])
def test_a_holder_noun_before_a_name_makes_it_the_holder(rules, text, holder, held):
    got = found(rules, text)
    assert ("stake", holder, held) in got
    assert ("stake", held, holder) not in got


def test_a_filing_level_in_shares_then_percent_is_the_stake_left(rules):
    got = found(rules, "In a filing with the Securities and Exchange Commission, the group, which includes Sunbury "
                       "Equities Corp, said it sold a net 365,375 Compton Memories Inc common shares, lowering its "
                       "stake to 687,000 shares, or 6.2 pct of the total outstanding.")
    assert got.get(("divestment", "Sunbury Equities", "Compton Memories")) == "active"
    assert got.get(("stake", "Sunbury Equities", "Compton Memories")) == "active"


def test_a_counted_sale_of_named_shares_leaves_the_stake(rules):
    got = found(rules, "In a filing with the Securities and Exchange Commission, the group, led by Mutton Shares "
                       "Corp, said it sold 110,000 Cyrene Corp common shares on Feb 17 and 19 for 10.0 mln dlrs.")
    assert got.get(("divestment", "Mutton Shares", "Cyrene")) == "active"
    assert got.get(("stake", "Mutton Shares", "Cyrene")) != "ended"


def test_a_bid_set_against_anothers_is_for_the_same_target(rules):
    got = found(rules, "Acorn Corp offered 30 dlrs a share for Bellwood Inc, topping the 25 dlr offer made by "
                       "Garnet Corp.")
    assert got.get(("acquisition", "Acorn", "Bellwood")) == "proposed"
    assert got.get(("acquisition", "Garnet", "Bellwood")) == "proposed"
    assert ("acquisition", "Garnet", "Acorn") not in got


@pytest.mark.parametrize("text, buyer, bought, kind", [
    ("Kestrel Air is seeking to buy one-third of Imbry Air Services Group Ltd from Brackwell Shipping Plc.",
     "Kestrel Air", "Imbry Air Services", "stake"),
    ("Acorn Corp agreed to acquire half of Bellwood Inc.", "Acorn", "Bellwood", "stake"),
    ("Acorn Corp agreed to buy the other half of Bellwood Inc.", "Acorn", "Bellwood", "acquisition"),
])
def test_a_fraction_of_a_company_bought_is_a_stake(rules, text, buyer, bought, kind):
    got = found(rules, text)
    assert (kind, buyer, bought) in got
    assert ({"stake", "acquisition"} - {kind}).pop() not in {k[0] for k in got if k[1:] == (buyer, bought)}


@pytest.mark.parametrize("text", [
    "Corbridge Mines owns 42 mining concessions in three regions of northern Brazil -- Gammara, Santo Amaro and "
    "Diamazon, the company said.",
    "A formal offer for Saxby Miller, which owns the Perrin and Grolle brands, is expected next week.",
])
def test_assets_owned_hold_no_company(rules, text):
    assert not any(k[0] == "stake" for k in found(rules, text))


def test_a_company_or_a_stake_owned_is_still_held(rules):
    got = found(rules, "Acorn Corp, which owns a 20 pct interest in Bellwood Inc, said it owns Garnet Corp too.")
    assert got.get(("stake", "Acorn", "Bellwood")) == "active"
    assert got.get(("stake", "Acorn", "Garnet")) == "active"


@pytest.mark.parametrize("text, holder, held", [
    ("Carbrook Resources' 1986 extraordinary charge also included a writedown of its investment in Westmere "
     "Petroleum Ltd.", "Carbrook Resources", "Westmere Petroleum"),
    ("Analysts said Renvoy SA would be getting some return after its prolonged loss-making investment in Amwell "
     "Motors Corp.", "Renvoy", "Amwell Motors"),
])
def test_an_investment_valued_or_cut_is_a_stake_held(rules, text, holder, held):
    got = found(rules, text)
    assert got.get(("stake", holder, held)) == "active"
    assert ("investment", holder, held) not in got


def test_new_money_is_still_an_investment(rules):
    got = found(rules, "Kestrel Capital said it completed its investment in Lumora Inc.")
    assert got.get(("investment", "Kestrel Capital", "Lumora")) == "active"


def test_a_buyer_after_a_bare_to_takes_the_unit_sold(rules):
    got = found(rules, "BROOKFIELD, WIS., March 11 - Rexmoor Inc said it signed a definitive agreement to sell its "
                       "Railbed Maintenance Equipment Co subsidiary to Bannock Industries Inc. Terms were withheld.")
    assert got.get(("divestment", "Rexmoor", "Railbed Maintenance Equipment")) == "agreed"
    assert got.get(("acquisition", "Bannock Industries", "Railbed Maintenance Equipment")) == "agreed"


def test_a_company_bought_from_its_parent_is_the_parents_not_the_buyers(rules):
    got = found(rules, "Tarrow Group Inc said it agreed to buy Pemmick Foods Inc from its parent Norbury "
                       "Partners Corp for 75 mln dlrs.")
    assert got.get(("stake", "Norbury Partners", "Pemmick Foods")) == "active"
    assert got.get(("acquisition", "Tarrow", "Pemmick Foods")) == "agreed"
    assert not any(k[0] == "stake" and "Tarrow" in k[1:] for k in got)
