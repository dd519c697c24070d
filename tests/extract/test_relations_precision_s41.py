"""Wrong ties seen in a drawn sample of the Reuters graph: a share of an oil field read as a stake in its
seller, a reseller's sale of another's goods read as a divestment, the company a partnership is formed
against read as a partner, a note's spread or a share of sales read as a holding's percentage, "former"
before a run of offices, and "the previously reported sale" read as a rumour. The sentences are written
for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found, roles


def test_working_interest_in_a_field_is_no_stake_in_its_seller(rules):
    got = found(rules, "Orlen Corp said it agreed to acquire a 47 pct working interest in the Cobre Gas Field "
                       "from privately-owned Piedra Oil Co for about 22.5 mln dlrs.")
    assert not any(k[0] in ("stake", "acquisition") and k[2] == "Piedra Oil" for k in got), got


def test_stake_in_a_company_is_still_read(rules):
    got = found(rules, "Orlen Corp said it agreed to acquire a 47 pct interest in Piedra Oil Co for 22 mln dlrs.")
    assert any(k[1] == "Orlen" and k[2] == "Piedra Oil" for k in got), got


def test_reselling_anothers_line_is_no_divestment(rules):
    got = found(rules, "Tamsin Inc said it signed an agreement under which Marlow Corp and six affiliates will "
                       "sell Tamsin's line of computer-based call accounting systems.")
    assert not any(k[0] == "divestment" for k in got), got


def test_selling_its_own_line_is_still_a_sale(rules):
    got = found(rules, "Marlow Corp said it will sell its line of computer systems to Tamsin Inc.")
    assert ("divestment", "Marlow", "Tamsin") in got, got


def test_the_company_opposed_is_no_partner(rules):
    got = found(rules, "Marlow AG has teamed up with the French group Piedra SA, in opposition to a bid from "
                       "Tamsin Corp.")
    assert ("alliance", "Marlow", "Piedra") in got, got
    assert ("alliance", "Marlow", "Tamsin") not in got, got


def test_a_notes_spread_is_no_holding(rules):
    [ex] = rules.extract([(1, "Tamsin USA Inc, wholly owned by Tamsin Inc of Japan, is issuing a 10 mln dlr "
                              "floating rate note due 1989, paying 0.18 pct over six-month LIBOR.")])
    stakes = [m for m in ex.mentions if m.type.value == "stake"]
    assert stakes and all(m.attributes.get("percent") != 0.18 for m in stakes), stakes


def test_a_share_of_sales_is_no_holding(rules):
    [ex] = rules.extract([(1, "Orlen, which owns Piedra Oil Co and Marlow Gas Corp, had 60 pct of its 1986 sales "
                              "from its oil and gas operations.")])
    stakes = [m for m in ex.mentions if m.type.value == "stake"]
    assert stakes and all(m.attributes.get("percent") != 60 for m in stakes), stakes


def test_former_reaches_across_a_run_of_offices(rules):
    got = roles(rules, "In February 1986, Tamsin's former chairman, president and chief executive, Richard Vole, "
                       "suffered a stroke.")
    assert got[("Richard Vole", "Tamsin")][1].value == "ended", got


def test_previously_reported_sale_is_no_rumour(rules):
    got = found(rules, "Marlow Inc said it would take a fourth quarter loss from the previously reported sale of its "
                       "container leasing business to Orlen Corp for about 215 mln dlrs.")
    assert got.get(("divestment", "Marlow", "Orlen")) not in (None, "rumoured"), got


def test_a_percent_told_of_another_company_stays_with_it(rules):
    [ex] = rules.extract([(1, "Orlen Corp said it would use proceeds to retire bank debt and boost its 22 pct stake "
                              "in <Piedra Inc> and its interest in <Marlow Ltd> through open market purchases.")])
    pct = {m.target: m.attributes.get("percent") for m in ex.mentions if m.type.value == "stake"}
    assert pct.get("Piedra") == 22 and "Marlow" in pct and pct["Marlow"] is None, pct


def test_an_owned_percent_of_another_company_stays_with_it(rules):
    [ex] = rules.extract([(1, "Orlen Corp said it had sold its stake in <Piedra Ltd> and expected to finalise the sale "
                              "of the 80 pct-owned <Marlow Co> this year.")])
    pct = {m.target: m.attributes.get("percent") for m in ex.mentions if m.type.value in ("stake", "divestment")}
    assert pct.get("Piedra") != 80 and pct.get("Marlow") == 80, pct


def test_what_a_service_goes_through_is_no_customer(rules):
    got = found(rules, "Orlen said the unit will provide investment management services through the Orlen Growth "
                       "Fund and the Orlen Income Fund.")
    assert not any(k[0] == "supply" for k in got), got
    got = found(rules, "Orlen Corp said it will supply telephone services to Piedra Inc through its Marlow "
                       "Networks unit.")
    assert ("supply", "Orlen", "Piedra") in got, got


def test_a_float_of_a_units_shares_is_no_holding_level(rules):
    [ex] = rules.extract([(1, "Orlen Inc said it will transfer its mineral interests into a new wholly owned "
                              "subsidiary, Orlen Minerals Inc, which will later issue up to 15 pct of its shares to the "
                              "public.")])
    stakes = [m for m in ex.mentions if m.type.value == "stake" and m.target == "Orlen Minerals"]
    assert stakes and all(m.attributes.get("percent") != 15 for m in stakes), stakes


def test_a_percent_owned_by_the_holder_is_kept(rules):
    [ex] = rules.extract([(1, "Piedra Canada is 100 pct owned by Orlen Corp <ORL>.")])
    assert any(m.type.value == "stake" and m.attributes.get("percent") == 100 for m in ex.mentions), ex.mentions


def test_its_after_a_merged_object_is_not_the_objects(rules):
    got = found(rules, "San Marco said in a statement that, subject to obtaining official authorization, it would "
                       "merge Orlen National Bank with its subsidiary <Piedra Bank>.")
    assert ("stake", "Orlen National Bank", "Piedra Bank") not in got, got
    got = found(rules, "Marlow Corp said it agreed to acquire Orlen Inc and its Piedra Bank subsidiary for 40 mln dlrs.")
    assert ("stake", "Orlen", "Piedra Bank") in got, got


def test_a_unit_sold_beside_a_working_interest_is_still_sold(rules):
    got = found(rules, "Marlow Ltd said it agreed to sell its working interest in its North Sea properties and its "
                       "British unit, Piedra Oil and Gas Ltd, to Tamsin Petroleum Ltd.")
    assert ("divestment", "Marlow", "Piedra Oil and Gas") in got, got
