"""Ties the blind judges of the Reuters train draws found wrong and today's code still showed (WRONG16, issue 15),
on the stories' own sentences."""

from __future__ import annotations

from ..helpers import found


def test_warrants_to_buy_shares_are_no_stake(rules):
    # train: Genex's credit line; the funds get warrants, no shares
    ties = found(rules, "It said the Eberstadt venture capital funds and the Citicorp accounts will receive warrants to "
                        "buy 1,666,667 common shares at 60 cts each and two representatives of the funds will be named "
                        "to the Genex board.")
    assert not [k for k in ties if k[0] == "stake"]
    ties = found(rules, "SEACAUCUS, N.J., April 3 - <Metromedia Co> said it purchased from Time Inc's <TL> Home Box "
                        "Office Inc a warrant to purchase 800,000 shares of common stock of Orion Pictures Corp <OPC>.")
    assert ("stake", "Metromedia", "Orion Pictures") not in ties
    # shares bought beside the warrants are a stake
    ties = found(rules, "OAK BROOK, Ill., March 18 - Champion Parts Rebuilders Inc said Echlin Inc has bought a 20 pct "
                        "stake in it by acquiring 600,000 newly issued shares and warrants to buy another 300,000 shares "
                        "at 9.20 dlrs each, for a total investment of 5,400,000 dlrs.")
    assert ("stake", "Echlin", "Champion Parts Rebuilders") in ties
    # and shares bought with no warrant are read as before
    ties = found(rules, "NEW YORK, March 3 - Lifetime Corp said it agreed to buy five mln shares, or 16 pct, of "
                        "<Nippon Lace Co Ltd> for 3.28 dlrs a share, or 16.5 mln dlrs.")
    assert ties.get(("stake", "Lifetime", "Nippon Lace")) == "agreed"


def test_a_holder_described_beside_a_company_that_plans_a_sale_sells_nothing(rules):
    # General Partners plans to sell GenCorp's divisions; its holders sell none of it
    ties = found(rules, "WASHINGTON, March 18 - <General Partners>, controlled by privately-held Wagner and Brown and "
                        "by AFG Industries Inc, said plans to sell GenCorp Inc's aerospace and soft drink bottling "
                        "divisions if it succeeds in acquiring the company.")
    assert ties.get(("stake", "Wagner and Brown", "General Partners")) == "active"
    assert not [k for k in ties if k[0] == "divestment" and k[2] == "General Partners"]
    # "want ... lower wages": no sale at all
    ties = found(rules, "Billiton and <Suralco>, owned by U.S. Conglomerate Alcoa <AA.S>, both want devaluation, and "
                        "lower wages, welfare contributions, taxes on bauxite and energy prices.")
    assert ties.get(("stake", "Alcoa", "Suralco")) == "active"
    assert ("divestment", "Alcoa", "Suralco") not in ties


def test_a_purchase_agreement_with_a_company_buys_no_company(rules):
    # Swiss Re buys 30 pct of CIS; the agreement names who signed it, not which side buys
    ties = found(rules, "TULSA, Okla, April 3 - CIS Technologies Inc said it executed a formal share purchase "
                        "agreement with Swiss Reinsurance Co of Zurich, Switzerland.")
    assert not [k for k in ties if k[0] == "acquisition"]
    # NatWest buys Masstor's storage systems: a supply, no takeover
    ties = found(rules, "SANTA CLARA, Calif., April 1 - Masstor Systems Corp said it it signed a volume purchase "
                        "agreement with National Westminster Bank PLC worth up to 7.3 mln dlrs.")
    assert ("acquisition", "Masstor Systems", "National Westminster Bank") not in ties
    # an agreement to purchase a company is read as before
    ties = found(rules, "NEW YORK, April 7 - Avon Products Inc said it reached an agreement in principle to purchase "
                        "<Giorgio Inc>, a fragrance company, for 185 mln dlrs in cash.")
    assert ties.get(("acquisition", "Avon Products", "Giorgio")) == "agreed"
