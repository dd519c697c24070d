"""Ties told with verbs the trigger tables missed: "took over X", "snapped up X", "dispose of X" and "the
disposal of X", each read only with its own particle or preposition (not "a stake over three years") and
not over a duty or a debt ("take over the running of X"). The sentences are written for these tests and
the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_taken_over_is_an_acquisition(rules):
    got = found(rules, "Orlen Corp said it has taken over Piedra Inc for 40 mln dlrs.")
    assert ("acquisition", "Orlen", "Piedra") in got, got


def test_taken_over_by_names_the_buyer(rules):
    got = found(rules, "Piedra Inc was taken over by Orlen Corp last year.")
    assert ("acquisition", "Orlen", "Piedra") in got, got


def test_snapped_up_is_an_acquisition(rules):
    got = found(rules, "Orlen Corp said it snapped up Piedra Inc for 12 mln dlrs in cash.")
    assert ("acquisition", "Orlen", "Piedra") in got, got


def test_dispose_of_a_unit_to_a_buyer(rules):
    got = found(rules, "Marlow Corp agreed to dispose of its Piedra Inc unit to Tamsin Group for 30 mln dlrs.")
    assert ("divestment", "Marlow", "Piedra") in got, got
    assert ("acquisition", "Tamsin", "Piedra") in got, got


def test_the_disposal_of_a_unit(rules):
    got = found(rules, "Marlow Corp said it completed the disposal of its Piedra Inc subsidiary.")
    assert ("divestment", "Marlow", "Piedra") in got, got


def test_taking_over_a_duty_is_no_takeover(rules):
    got = found(rules, "Orlen Corp will take over the running of Piedra Inc while its managers are away.")
    assert not any(k[0] == "acquisition" for k in got), got


def test_over_a_period_is_no_takeover(rules):
    got = found(rules, "Orlen Corp will take 20 mln dlrs of Piedra Inc paper over three years.")
    assert ("acquisition", "Orlen", "Piedra") not in got, got


def test_taking_over_as_an_officer_is_no_takeover(rules):
    got = found(rules, "Orlen Corp said Mary Dale will take over for John Rask as president of Piedra Inc.")
    assert ("acquisition", "Orlen", "Piedra") not in got, got


def test_disposal_of_waste_is_no_sale(rules):
    got = found(rules, "Orlen Corp said Piedra Inc broke no rules on the disposal of chemical waste.")
    assert not any(k[0] in ("divestment", "acquisition") for k in got), got


def test_the_paper_that_quotes_a_speaker_takes_no_part(rules):
    got = found(rules, "PARIS, March 15 - Minister Jean Varda, quoted by Le Courrier newspaper, said he favoured "
                       "a candidate to take over Piedra SA, which has a 16 pct share of the market.")
    assert not any("Courrier" in k[1] for k in got), got


def test_a_credit_facility_provided_is_no_supply(rules):
    got = found(rules, "Marlow Bank will provide a 200 mln dlr credit facility to Piedra Inc.")
    assert not any(k[0] in ("supply", "investment") for k in got), got


def test_financing_provided_with_is_no_supply(rules):
    got = found(rules, "Marlow Corp agreed to provide Piedra Inc with 20 mln dlrs of bridge financing.")
    assert not any(k[0] in ("supply", "investment") for k in got), got


def test_services_provided_are_still_a_supply(rules):
    got = found(rules, "Marlow Corp said it will supply Piedra Inc with 20 mln dlrs of steel a year.")
    assert ("supply", "Marlow", "Piedra") in got, got


def test_a_pact_with_a_company_is_an_alliance(rules):
    got = found(rules, "Orlen Corp said it entered into an exclusive technology exchange pact with Piedra Inc.")
    assert ("alliance", "Orlen", "Piedra") in got, got


def test_in_accord_with_is_no_pact(rules):
    got = found(rules, "Orlen Corp will cut output in accord with Piedra Inc guidelines.")
    assert not any(k[0] == "alliance" for k in got), got


def test_unloaded_stake_is_sold_and_ended(rules):
    got = found(rules, "Orlen Corp said it has unloaded its 15 pct stake in Piedra Inc.")
    assert got.get(("divestment", "Orlen", "Piedra")) == "active", got
    assert got.get(("stake", "Orlen", "Piedra")) == "ended", got


def test_offloaded_unit_goes_to_the_buyer(rules):
    got = found(rules, "Marlow Corp offloaded its Piedra Inc unit to Halden Corp for 20 mln dlrs.")
    assert ("acquisition", "Halden", "Piedra") in got, got
    assert ("divestment", "Marlow", "Piedra") in got, got


def test_the_company_described_as_a_unit_is_the_story_company(rules):
    got = found(rules, "Piedra Inc reported higher first quarter profits. The company is a unit of Marlow Corp.")
    assert ("stake", "Marlow", "Piedra") in got, got


def test_it_set_beside_a_unit_noun_is_the_story_company(rules):
    got = found(rules, "Piedra Inc reported higher first quarter profits. The company, a unit of Marlow Corp, "
                       "said sales rose 12 pct.")
    assert ("stake", "Marlow", "Piedra") in got, got


def test_the_company_after_a_purchase_may_be_the_one_bought(rules):
    got = found(rules, "Halden Corp said it agreed to buy Piedra Inc. The company is a unit of Marlow Corp.")
    assert ("stake", "Marlow", "Halden") not in got, got


def test_a_deal_advised_by_a_bank_names_no_client(rules):
    got = found(rules, "Marlow Corp agreed to buy Piedra Inc in a deal advised by Halden Securities, Piedra said.")
    assert not any(k[0] == "supply" and "Halden Securities" in k[1:] for k in got), got


def test_a_company_advised_by_a_bank_is_its_client(rules):
    got = found(rules, "Marlow Corp, advised by Halden Securities, agreed to buy Piedra Inc.")
    assert ("supply", "Halden Securities", "Marlow") in got, got
    assert ("supply", "Halden Securities", "Piedra") not in got, got


def test_takeover_of_a_companys_unit_by_a_bidder(rules):
    got = found(rules, "The panel cited the takeover of Marlow Ltd's Piedra Semiconductor Corp by Halden Ltd.")
    assert ("acquisition", "Halden", "Piedra Semiconductor") in got, got
    assert ("divestment", "Marlow", "Piedra Semiconductor") in got, got
    assert ("acquisition", "Halden", "Marlow") not in got, got


def test_by_a_date_after_the_name_names_no_bidder(rules):
    got = found(rules, "Marlow Corp said it expects to complete its purchase of Piedra Inc by the end of May.")
    assert ("acquisition", "Marlow", "Piedra") in got, got


def test_the_seller_of_stock_bought_is_not_bought(rules):
    got = found(rules, "Orlen Inc said it acquired the common stock of Piedra Inc from Halden Corp for about "
                       "128 mln dlrs.")
    assert ("acquisition", "Orlen", "Piedra") in got, got
    assert ("acquisition", "Orlen", "Halden") not in got, got
    assert ("divestment", "Halden", "Piedra") in got, got
