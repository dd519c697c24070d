"""Ties of the wrong kind (REL9): a part of X bought is X's divestment to the buyer, never the buyer's
takeover of X; a supply or OEM agreement is no alliance; a company named only as a partner's rival is
no party. The sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_a_plant_and_other_assets_of_x_bought_is_xs_divestment(rules):
    got = found(rules, "Pellway Corp said it completed the acquisition of a valve plant and other assets of "
                       "Drummond Industries Inc for undisclosed terms.")
    assert ("acquisition", "Pellway", "Drummond Industries") not in got, got
    assert got.get(("divestment", "Drummond Industries", "Pellway")) == "active", got


def test_a_fleet_and_related_assets_of_x_purchased_is_xs_divestment(rules):
    got = found(rules, "Corvane Inc said it completed the purchase of the trailer fleet and certain related "
                       "assets of Halbrook Leasing Inc for 40 mln dlrs.")
    assert ("acquisition", "Corvane", "Halbrook Leasing") not in got, got
    assert got.get(("divestment", "Halbrook Leasing", "Corvane")) == "active", got


def test_a_bid_for_the_business_of_x_is_no_bid_for_x(rules):
    got = found(rules, "Ostrava Chemie NV said its 200 mln dlr offer for the European business of Marlin "
                       "Foods Inc was rejected in favour of a lower bid.")
    assert ("acquisition", "Ostrava Chemie", "Marlin Foods") not in got, got
    # (called off: turned down in favour of another bid, ``status._for_another``)
    assert got.get(("divestment", "Marlin Foods", "Ostrava Chemie")) == "called_off", got


def test_all_the_assets_of_x_bought_is_still_x_taken_over(rules):
    got = found(rules, "Pellway Corp said it acquired all the assets of Drummond Industries Inc.")
    assert got.get(("acquisition", "Pellway", "Drummond Industries")) == "active", got


def test_an_oem_agreement_is_no_alliance(rules):
    got = found(rules, "Tessaro Systems Inc said it signed an OEM agreement with Brixham Computer Corp, "
                       "allowing Brixham to resell Tessaro's disk controllers.")
    assert not any(k[0] == "alliance" for k in got), got


def test_a_supply_agreement_is_no_alliance(rules):
    got = found(rules, "Norlund Electric Ltd said it signed a three-year supply agreement with Fenwick "
                       "Telephone Co.")
    assert not any(k[0] == "alliance" for k in got), got


def test_an_agreement_to_provide_goods_is_supply_from_the_provider(rules):
    got = found(rules, "Kallisto Inc said it received a renewal of its agreement to provide Dorsey Graphics "
                       "Inc with workstations on an original equipment basis.")
    assert not any(k[0] == "alliance" for k in got), got
    # (a renewal of an agreement already running keeps the supply in force: STAT20)
    assert got.get(("supply", "Kallisto", "Dorsey Graphics")) == "active", got


def test_a_marketing_agreement_is_still_an_alliance(rules):
    got = found(rules, "Norvane Corp said it signed a marketing agreement with Fabbro Inc.")
    assert got.get(("alliance", "Fabbro", "Norvane")) == "agreed", got


def test_the_rival_a_partner_is_named_by_is_no_party(rules):
    got = found(rules, "Norvane Corp announced an agreement with Kestel rival Fabbro Inc to build a "
                       "larger engine.")
    assert ("alliance", "Kestel", "Norvane") not in got and ("alliance", "Norvane", "Kestel") not in got, got


def test_a_partner_described_as_a_rival_of_another_leaves_that_other_out(rules):
    got = found(rules, "Norvane Corp said it signed a marketing agreement with Fabbro Inc, a rival of "
                       "Kestel Corp.")
    assert not any("Kestel" in k[1:] and k[0] == "alliance" for k in got), got
    assert got.get(("alliance", "Fabbro", "Norvane")) == "agreed", got
