"""Company nodes of a full wire build that are pieces of longer names (2026-12-03, seventh session): a
trade cut from a name that lists trades, the halves of a name joined by a joiner of another language or
by "and" before a legal form, a name cut at a year, a body's members, a particle of another language
that goes on the name, and a model in a list before the noun for its kind. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company


def test_a_trade_cut_from_a_name_listing_trades_is_no_company():
    assert not company([("Chicago Kelvar Wheat", "CHICAGO, May 4 - The ",
                         ", Corn and Barley Exchange said it will extend trading hours", -1, 18)])


def test_a_name_opening_with_a_trade_after_another_is_no_company():
    assert not company([("Gas of Kelvaria Ltd", "said it sold its unit, Dexter Oil and ",
                         ", to Kelvar Petroleum Ltd for 20 mln dlrs", 5, 5)])


def test_a_firm_with_a_trade_before_another_firm_stays():
    assert company([("Kelvar Oil", "said it agreed to sell its stake to ", " and Dexter Mining Corp", -1, 5)])


def test_a_firm_after_a_legal_form_and_and_stays():
    assert company([("Energy Kelvar Co", "agreed to buy Dexter Tool Co and ", " from Allied Corp", 5, 6)])


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("Kelvar Fondkommission AB", "sold its share in the brokerage Dexter och ", ". The gain was", 5, -1),
    ("Dexter", "sold its share in the brokerage ", " och Kelvar Fondkommission AB.", 33, 5),
    ("Kelvar Bank", "Karl Dexter, head of Landesbank und ", " said rates would fall", 5, -1),
])
def test_the_halves_of_a_name_a_foreign_joiner_joins_are_no_company(text, before, after, gap_before, gap_after):
    assert not company([(text, before, after, gap_before, gap_after)])


def test_et_al_joins_no_name():
    assert company([("Kelvar", "a suit filed by ", " et al against the company", -1, -1)])


def test_the_second_partner_with_a_legal_form_is_no_company():
    assert not company([("Kelvex Plc", "would propose that Britain's Dexter and ", " be given a stake", 5, 90),
                        ("Kelvex", "a Dexter and ", " spokesman said the proposal was unacceptable", 5, -1),
                        ("Kelvex", "the row over the Dexter and ", "' shareholding in the venture", 5, -1)])


def test_the_first_partner_before_a_legal_form_is_no_company_where_also_read_as_a_partner():
    assert not company([("Dexter", "a stake held by Britain's ", " and Kelvex Plc in the venture", 20, 5),
                        ("Dexter", "a ", " and Kelvex spokesman said the proposal was unacceptable", 2, 5)])


def test_a_firm_before_another_with_a_legal_form_stays():
    assert company([("Dexter", "Dunmore said ", " and Kelvex Corp agreed to merge", -1, 5)])


def test_a_firm_with_a_legal_form_after_another_stays():
    assert company([("Kelvex Corp", "Dunmore said Dexter and ", " agreed to merge", 5, -1)])


def test_a_firm_before_another_and_a_place_stays():
    assert company([("Kelvar Foods", "In December, Dexter acquired ", " and Old London for 170 mln dlrs", 10, 51)])


def test_a_name_cut_at_a_year_is_no_company():
    assert not company([("Lease Kelvar Corp", "notes backed by the car leases of Dexter 1987 ",
                         ", a unit of Dexter Finance Inc", 6, 12)])


def test_a_name_after_a_month_and_a_year_stays():
    assert company([("Kelvar Lease Corp", "In March 1987 ", " said it would issue notes", -1, -1)])


def test_a_body_s_members_are_no_company():
    assert not company([("Rio Kelvar State Industries", "Mario Dexter, head of the powerful ",
                         "' Federation (FIESPX), said", 23, 40)])


def test_a_firm_s_chairman_after_its_plural_name_stays():
    assert company([("Kelvar Industries", "said ", "' Chairman John Smith would retire", -1, -1)])


def test_a_name_a_particle_goes_on_is_no_company():
    assert not company([("Kelvarbank und Bank", "Karl Dexter, head of ",
                         " der oesterreichischen Kelvarkassen AG said rates", 10, 23)])


def test_a_model_in_a_list_before_its_kind_is_no_company():
    assert not company([("Sea Kelvar", "a contract for work on 97 engines for ",
                         ", Super Dexter and CV helicopters, the Army said", 65, -1)])


def test_firms_in_a_list_before_their_shares_stay():
    assert company([("Kelvar", "it bought ", ", Dexter and Crane shares last week", -1, -1)])


def test_a_family_by_its_plural_is_no_company():
    assert not company([("Kelvarmanns", "while the ", "' <Dexter Canada Corp> acquired 49 pct", 50, 3)])


def test_a_firm_s_possessive_after_the_stays():
    assert company([("Kelvar Industries", "shares of the ", "' parent rose", -1, -1)])


def test_a_dutch_name_cut_before_en_is_no_company():
    assert not company([("KLN Kelvens", "said Philip Dexter, analyst with bank ", " en van Dorpen. The dollar", 20, -1)])
