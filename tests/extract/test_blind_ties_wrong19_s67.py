"""Ties the blind judges of the Reuters train draws found wrong and the code still showed (WRONG19, issue 15): a
deal told of a chairman's group, a state body's stake or a company's committee given to a company named beside it,
and a part of a unit sold read as the unit sold; on the stories' own sentences."""

from __future__ import annotations

from ..helpers import found


def test_a_group_a_chairman_leads_is_not_his_company(rules):
    ties = found(rules, "WASHINGTON, March 16 - A group controlled by Equitable Bancorp Chairman Alfred Lerner said it "
                        "has acquired a 9.6 pct stake in AmeriTrust Corp <AMTR> and may buy up to 24.9 pct if obtains "
                        "regulatory approval.")
    assert not [k for k in ties if k[1] == "Equitable Bancorp"]
    ties = found(rules, "NEW YORK, March 2 - JWT Group Inc has not been approached by former Ted Bates Worldwide "
                        "Chairman Robert Jacoby about the possibility of a syndicate buying a 35 pct stake in JWT Group "
                        "on a friendly basis, a company spokesman said.")
    assert ("stake", "Ted Bates Worldwide", "JWT") not in ties
    # a group led by a company is that company's
    ties = found(rules, "A group led by <Rosewood Financial Inc> has also disclosed ownership of 6.2 pct of Comdata's "
                        "19.0 mln shares outstanding and said it might seek to increase its interest to over 15 pct.")
    assert ("stake", "Rosewood Financial", "Comdata") in ties


def test_some_of_a_named_unit_sold_is_the_units_divestment(rules):
    ties = found(rules, "HOUSTON, March 17 - Baker International Corp said it has signed a definitive agreement to sell "
                        "the assets and business of the electric submersible oilwell pump product line in the "
                        "continental U.S. of its Baker Oil Tools Inc subsidiary to Trico Industries Inc <TRO> for an "
                        "undisclosed amount of cash and other consideration.")
    assert ("acquisition", "Trico Industries", "Baker Oil Tools") not in ties
    assert ("divestment", "Baker International", "Baker Oil Tools") not in ties
    assert ("divestment", "Baker Oil Tools", "Trico Industries") in ties
    ties = found(rules, "LOS ANGELES, MArch 19 - Transamerica Corp said it expects to realize a gain of about 75 mln "
                        "dlrs on the previously-announced sale of the group life and health operations of its "
                        "Transamerican Occidental Life Insurance Co subsidiary to Provident Life and Accident Co <PACC>.")
    assert ("divestment", "Transamerica", "Transamerican Occidental Life Insurance") not in ties
    assert ("acquisition", "Provident Life and Accident", "Transamerican Occidental Life Insurance") not in ties
    assert ("divestment", "Transamerican Occidental Life Insurance", "Provident Life and Accident") in ties
    # the assets of a unit, no part of them named, are the unit sold
    ties = found(rules, "CHICAGO, March 1 - Sterling Drug Inc said it sold the assets of its Greene Dental Products Inc "
                        "subsidiary to Rinn Corp, an Elgin, Ill., maker of dental x-ray supplies.")
    assert ("acquisition", "Rinn", "Greene Dental Products") in ties
    assert ("divestment", "Sterling Drug", "Greene Dental Products") in ties


def test_a_state_bodys_stake_is_no_company_named_before(rules):
    ties = found(rules, "The next few months will see cash calls for second tranche payments on British Gas Plc "
                        "<BRGS.L> and British Airways Plc <BAB.L> as well as the proposed sale of <Rolls Royce Plc> and "
                        "the as-yet untimetabled sale of the government's 31.7 pct stake in British Petroleum Co Plc "
                        "<BP.L>.")
    assert ("divestment", "Rolls-Royce", "BP") not in ties
    assert ("stake", "Rolls-Royce", "BP") not in ties
    # the company's own stake is sold by the company
    ties = found(rules, "CALGARY, Alberta, March 17 - <Canadian Foremost Ltd>, earlier reporting lower 1986 net profit, "
                        "said negotiations are continuing concerning the previously announced sale of the company's "
                        "49 pct interest in <Macedon Resources Ltd>.")
    assert ties[("divestment", "Canadian Foremost", "Macedon Resources")] == "in_talks"


def test_a_committees_advisers_serve_no_bidder_named_before(rules):
    ties = found(rules, "Standard said the group will consider BP's offer in due course noting the committee has "
                        "retained the First Boston Corp and Cravath Swaine and Moore as advisers.")
    assert not [k for k in ties if k[0] == "supply" and k[2] == "BP"]
