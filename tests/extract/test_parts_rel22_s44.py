"""A part of a company bought (some of its shopping centers, a named business of its, a line of its unit) is
the owner selling it to the buyer, not the buyer's takeover of the owner (session 44). The rules alone are
tested; the sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_a_counted_part_of_the_owners_centers_is_its_divestment_to_each_buyer(rules):
    got = found(rules, "Corvane Corp and the Threlkeld Industries Corp have closed on their purchase of five of "
                       "the regional shopping centers of Pellham Stores Corp.")
    assert ("divestment", "Pellham Stores", "Corvane") in got
    assert ("divestment", "Pellham Stores", "Threlkeld Industries") in got
    assert ("acquisition", "Corvane", "Pellham Stores") not in got
    assert ("acquisition", "Threlkeld Industries", "Pellham Stores") not in got


def test_a_named_business_of_an_owner_is_the_unit_bought_from_it(rules):
    got = found(rules, "Osterby Corp said it signed an agreement to buy Marrowby Motors Corp's Harlow Bus "
                       "and Parts business for an undisclosed sum.")
    assert ("acquisition", "Osterby", "Harlow Bus and Parts") in got
    assert ("divestment", "Marrowby Motors", "Harlow Bus and Parts") in got
    assert ("acquisition", "Osterby", "Marrowby Motors") not in got


def test_a_line_of_a_parents_unit_is_sold_by_the_unit(rules):
    got = found(rules, "Tessaly Inc said it purchased Brindle Corp's Quillon Inc's line of regional "
                       "juice products.")
    assert ("divestment", "Quillon", "Tessaly") in got
    assert ("divestment", "Brindle", "Quillon") in got
    assert ("acquisition", "Tessaly", "Quillon") not in got


def test_all_the_assets_or_a_whole_named_company_stay_a_takeover(rules):
    assert ("acquisition", "Corvane", "Pellham") in found(rules, "Corvane Corp said it acquired all the assets "
                                                                 "of Pellham Inc for stock.")
    assert ("acquisition", "Corvane", "Pellham") in found(rules, "Corvane Corp said it agreed to buy Pellham "
                                                                 "Inc for 20 mln dlrs.")
