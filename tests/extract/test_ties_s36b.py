"""Ties of firms that only stand beside a deal (session 36, REL8): an underwriter, an adviser, a placing broker
or a representative acts for a party and buys, sells, holds or allies nothing, while the service it gives
stands; a firm described by its trade ("a Chicago investment adviser") still deals for itself. The sentences
are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found


@pytest.mark.parametrize("text, firm", [
    ("Kelvara Income Fund Inc said it has sold 12 mln shares of its common stock to a group of underwriters "
     "led by Droste Partners Inc, Ambley and Co and Nuvor Securities Inc.", "Droste Partners"),
    ("Kelvara Corp said it has sold 900,000 shares privately through underwriter Droste and Co Inc for "
     "2.1 mln dlrs.", "Droste"),
    ("Kelvara Corp said it plans to sell 14 mln dlrs of convertible notes by way of a private placement "
     "through Droste Securities Ltd.", "Droste Securities"),
    ("Marlow said it was represented by stockbroker <Droste Ltd>, which forwarded a formal offer of "
     "12 dlrs for each share of Kelvara Corp.", "Droste"),
    ("Kelvara Corp said it rejected the bid as inadequate based on the advice of Droste Partners Inc, "
     "its financial adviser.", "Droste Partners"),
    ("Droste Partners is dealer manager of the Marlow Group offer for Kelvara Corp.", "Droste Partners"),
])
def test_a_firm_acting_for_a_party_is_no_party(rules, text, firm):
    got = found(rules, text)
    assert not any(firm in k[1:] for k in got if k[0] not in ("supply", "role")), got


def test_an_adviser_keeps_the_service_it_gives(rules):
    text = ("Kelvara Corp said it rejected the bid from Marlow Group as inadequate based on the advice of "
            "Droste Partners Inc, its financial adviser.")
    got = found(rules, text)
    assert ("supply", "Droste Partners", "Kelvara") in got
    assert ("acquisition", "Marlow", "Kelvara") in got


def test_a_firm_described_by_its_trade_still_holds(rules):
    text = ("Droste Associates L.P., a Chicago investment adviser, said it raised its stake in Kelvara Corp to "
            "608,062 shares, or 6.6 pct of the total outstanding.")
    assert ("stake", "Droste Associates", "Kelvara") in found(rules, text)


def test_a_firm_that_buys_through_its_unit_is_a_party(rules):
    text = "Kelvara Corp said it holds its 12 pct stake in Marlow Inc through Droste Holdings Ltd."
    got = found(rules, text)
    assert ("stake", "Kelvara", "Marlow") in got


# A unit's ties are not its parent's, nor a member's the consortium's: "a Zentrix subsidiary" is a unit the
# sentence does not name, "Samedan, a Noble unit," names the holder's parent, "a consortium of A and B" its
# members.

def test_an_unnamed_unit_is_not_its_parent(rules):
    text = ("The pumps were made by a Zentrix Corp subsidiary which is now owned by Harlow Valve Co, a subsidiary "
            "of Marlow Industries Inc.")
    got = found(rules, text)
    assert not any("Zentrix" in k[1:] for k in got if k[0] == "stake"), got
    assert ("stake", "Marlow Industries", "Harlow Valve") in got


def test_a_named_unit_in_a_relative_clause_still_holds(rules):
    text = "Beltrane SA, which is 49.6 pct owned by Harlow SpA, said sales rose."
    assert ("stake", "Harlow", "Beltrane") in found(rules, text)


def test_the_holders_parent_in_apposition_is_not_what_it_holds(rules):
    text = "Calder Oil Corp, a Marlow Affiliates unit, is operator and owns a 60 pct working interest in the well."
    got = found(rules, text)
    assert ("stake", "Marlow Affiliates", "Calder Oil") in got
    assert ("stake", "Calder Oil", "Marlow Affiliates") not in got


def test_the_members_of_a_selling_consortium_sell_nothing(rules):
    text = "Acme Corp agreed to buy Bolt Inc from Harlow Holdings Ltd, a consortium of Zentrix Corp and Marlow Inc."
    got = found(rules, text)
    assert ("acquisition", "Acme", "Bolt") in got
    assert ("divestment", "Harlow", "Bolt") in got
    assert not any({"Zentrix", "Marlow"} & set(k[1:]) for k in got if k[0] != "stake"), got


def test_every_seller_of_a_list_after_from_sold_nothing_bought(rules):
    text = ("Kelvara said losses in five plants acquired in the third quarter from <Zentrix Foods> and "
            "<Marlow Baking Co> hurt results.")
    got = found(rules, text)
    assert not any(k[0] == "acquisition" and k[2] in ("Zentrix Foods", "Marlow Baking") for k in got), got


def test_the_maker_of_another_bid_is_not_what_is_bought(rules):
    text = ("Harlow said Acme's move to acquire Bolt Ltd in March 1986 during Zentrix takeover bid for the company "
            "was a growth action.")
    got = found(rules, text)
    assert ("acquisition", "Acme", "Bolt") in got
    assert ("acquisition", "Acme", "Zentrix") not in got


def test_its_partner_is_not_the_partner_of_the_company_it_buys(rules):
    text = ("The company said under the deal it will purchase Zentrix Utilities Inc and, with its joint venture "
            "partner, <Harlow Developments Inc>, will acquire 190 acres of land from Zentrix Properties.")
    got = found(rules, text)
    assert not any(k[0] in ("alliance", "joint_venture") and "Zentrix Utilities" in k[1:] for k in got), got


def test_its_partner_after_the_subject_is_the_subjects(rules):
    text = "Kelvara Corp said Harlow Inc, its partner, will build a plant in Ohio."
    assert ("alliance", "Harlow", "Kelvara") in found(rules, text) or \
        ("alliance", "Kelvara", "Harlow") in found(rules, text)


def test_a_takeover_fight_with_a_company_says_no_direction(rules):
    text = "Kelvara Group said it sought the help of regulators in its takeover fight with Harlow Airlines Inc."
    got = found(rules, text)
    assert not any(k[0] == "acquisition" for k in got), got


def test_a_takeover_battle_for_a_company_names_the_target(rules):
    text = "Kelvara Inc won the takeover battle for Harlow Corp."
    assert ("acquisition", "Kelvara", "Harlow") in found(rules, text)


@pytest.mark.parametrize("text, parent, unit", [
    ("Kelvara Inc said it created a new wholly owned unit, Harlow Stamping Inc, to design auto parts.",
     "Kelvara", "Harlow Stamping"),
    ("Kelvara Co said it will sell telemarketing services to other companies through a newly established "
     "wholly-owned subsidiary, Harlow Network Inc.", "Kelvara", "Harlow Network"),
])
def test_a_new_unit_named_in_apposition_is_held(rules, text, parent, unit):
    assert ("stake", parent, unit) in found(rules, text)


def test_an_agent_for_products_is_still_a_partner(rules):
    text = ("Kelvara Electronics Corp said it signed a distribution agreement with Harlow Cable Co under which it "
            "will act as an agent for Harlow's fiber-optic cable.")
    got = found(rules, text)
    assert any(k[0] == "alliance" and set(k[1:]) == {"Kelvara Electronics", "Harlow Cable"} for k in got), got


def test_whom_a_verb_compels_to_sell_is_the_seller(rules):
    text = ("Kelvara Financial Corp said it has filed suit against Harlow Savings Bank seeking to compel Harlow Savings "
            "Bank to sell Kelvara the 289,700 shares of Zentrix Federal Savings and Loan Association.")
    got = found(rules, text)
    assert ("divestment", "Kelvara Financial", "Zentrix Federal Savings and Loan Association") not in got
    assert ("divestment", "Harlow Savings Bank", "Zentrix Federal Savings and Loan Association") in got


def test_whom_a_company_hires_to_sell_does_not_sell(rules):
    text = "Kelvara Corp said it hired Harlow Securities to sell its Zentrix Inc unit."
    got = found(rules, text)
    assert ("divestment", "Kelvara", "Zentrix") in got
    assert ("divestment", "Harlow Securities", "Zentrix") not in got


def test_two_companies_that_are_joint_venture_partners_are_tied(rules):
    got = found(rules, "Kelvara Corp and Harlow Group are joint venture partners in the Edison, N.J., complex.")
    assert any(k[0] == "joint_venture" and set(k[1:]) == {"Kelvara", "Harlow"} for k in got), got
