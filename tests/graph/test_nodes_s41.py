"""Company nodes that are pieces of a partnership's name the wire sets apart by commas (2026-12-04,
session 41): "Morgan, |Olmstead", "Smith Barney, |Harris Upham and Co". A list of firms keeps its
members, and so does a name after a person's. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company, cut


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("Thorne", "said Ann Lee, an analyst with Brill, ", ", Kessel and Mott.", 2, 2),
    ("Thorne", "said Ann Lee, an analyst with Brill, ", ".", 2, -1),
    ("Thorne", "said Ann Lee of Brill Kessel, ", ", Mott and Ames Inc.", 2, 2),
    ("Kessel Mott and Co", "said Ann Lee, analyst at Brill Thorne, ", ".", 2, -1),
    ("Kessel Mott And Co", "its financial advisor, Brill Thorne, ", " Inc, to seek buyers", 2, 30),
    ("Kessel Mott and Co.", "it hired Brill thorne, ", " to find buyers", 9, 60),  # the wire's misspelling
])
def test_a_partner_after_a_comma_is_a_piece_of_the_firms_name(text, before, after, gap_before, gap_after):
    assert cut(text, before, after, gap_before, gap_after)
    assert not company([(text, before, after, gap_before, gap_after)])


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("Thorne Corp", "the units were sold to Brill Inc, ", " and Kessel Ltd", 2, 5),  # a list, with forms
    ("Thorne Mott", "the tender offer, filed with the Securities and Exchange Commission, ", " said", 80, -1),
    ("Thorne Mott", "said David Lee, ", "'s chairman.", 2, -1),  # a person's name before
    ("Thorne Mott and Co", "said Ann Lee, an analyst with ", ".", -1, -1),
])
def test_a_name_after_a_comma_that_joins_no_partners_is_whole(text, before, after, gap_before, gap_after):
    assert not cut(text, before, after, gap_before, gap_after)


def test_a_partnership_after_a_body_read_as_no_name_is_whole():
    assert not cut("Kessel Mott and Co", "told the Securities and Exchange Commission, ", " said", 120, -1)


@pytest.mark.parametrize("before", [
    "HONG KONG, March 5 - The Hongkong and ",
    "said Ann Lee, general manager of Hong Kong and ",
])
def test_a_name_opening_with_a_place_after_a_place_and_and_is_a_piece(before):
    namings = [("Shanghai Kelvar Corp", before, " said profit rose", 5, -1)]
    assert cut(*namings[0])
    assert not company(namings)


def test_a_name_opening_with_a_place_after_a_firm_and_and_is_whole():
    assert not cut("Shanghai Kelvar Corp", "the venture of Brill Thorne Inc and ", " said", 5, -1)
    assert not cut("Kelvar Corp", "plants in Japan and ", " said", -1, -1)  # a place, then a firm


def test_an_insurers_trade_association_is_a_body_and_a_thrift_a_company():
    assert not company([("Kelvar Non-life Insurance Association.", "said Ann Lee, head at the ", "\nThe", 33, -1)])
    assert company([("First Kelvar Savings and Loan Association", "MIAMI, March 4 - ", " said it", -1, 30)])
