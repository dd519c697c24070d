"""Company nodes that were pieces of longer names (issue 15, NODES9): a partnership's name whose first partners
the model reads as a person ("Piper Jaffray and Hopwood Inc" made "Hopwood"), a name an analyst's title reaches
only the end of ("Carroll McEntee and McGinley Futures analyst" made "McGinley Futures"), and a name a region's
people word opens ("The African Development Bank" made "Development Bank", an international lender cut to a
name no one has). Sentences of Reuters-21578's train split, where the blind judges of the node draws found
these nodes."""

from __future__ import annotations

import pytest

from ..helpers import companies, roles


@pytest.mark.parametrize("text, whole, pieces, firms", [
    # reuters train: underwriters listed; the model reads "Piper Jaffray" as a person
    ("Pentair Inc said it sold 1.5 mln shares of 1.50 dlrs cumulative convertible preferred stock for 25 dlrs a "
     "share, said underwriters Kidder Peabody and Co Inc and Piper Jaffray and Hopwood Inc.",
     "Piper, Jaffray and Hopwood", {"Hopwood", "Piper Jaffray"}, {"Pentair", "Kidder, Peabody"}),
    ("The underwriting group is led by led by Bear Stearns and Co Inc, E.F. Hutton and Co Inc, Advest Inc, Blunt "
     "Ellus and Loewi Inc, Piper Jaffray and Hopwood Inc and Sutro and Co Inc, the company said.",
     "Piper, Jaffray and Hopwood", {"Hopwood", "Piper Jaffray"}, {"Advest", "Sutro", "E.F. Hutton"}),
    # reuters train: the title's name reached "McGinley Futures" and "Harris Upham and Co" only
    ("Also key to debt futures direction, in addition to the federal funds rate, is the direction of crude oil "
     "prices, said Carroll McEntee and McGinley Futures analyst Brian Singer.",
     "Carroll McEntee and McGinley Futures", {"McGinley Futures", "McGinley"}, set()),
    ("NEW YORK, March 25 - Smith Barney, Harris Upham and Co analyst James Wilbur removed Hercules Inc from the "
     "firm's recommended list, citing the firm's moves into the aerospace business, traders said.",
     "Smith Barney, Harris Upham", {"Harris Upham"}, {"Hercules"}),
])
def test_a_partnership_is_one_firm(rules, text, whole, pieces, firms):
    found = companies(rules, text)
    assert whole in found
    assert not found & pieces
    assert firms <= found


@pytest.mark.parametrize("text, person, firm", [
    ("Also key to debt futures direction, in addition to the federal funds rate, is the direction of crude oil "
     "prices, said Carroll McEntee and McGinley Futures analyst Brian Singer.",
     "Brian Singer", "Carroll McEntee and McGinley Futures"),
    ("NEW YORK, March 26 - Smith Barney, Harris Upham and Co analyst Edward Atorino lowered his rating on "
     "McGraw-Hill Inc from a strong buy to a buy, saying earnings this year will be a little less than he "
     "previously expected.", "Edward Atorino", "Smith Barney, Harris Upham"),
])
def test_the_analyst_works_at_the_whole_partnership(rules, text, person, firm):
    found = roles(rules, text)
    assert (person, firm) in found
    assert not any(f in ("Harris Upham", "McGinley Futures") for _, f in found)


@pytest.mark.parametrize("text", [
    # reuters train (reuters-14088, reuters-14277)
    "ABIDJAN, April 7 - The African Development Bank (ADB) said it increased its lending by 42.1 pct last year to "
    "1.64 billion dlrs from 1.15 billion dlrs in 1985.",
    "Abidjan - The African Development Bank said it increased its lending by 42.1 pct last year to 1.64 billion "
    "dlrs from 1.15 billion dlrs in 1985.",
])
def test_a_regions_lender_is_not_cut_to_a_development_bank(rules, text):
    found = companies(rules, text)
    assert not any("Development Bank" in name for name in found)
    assert "ADB" not in found
