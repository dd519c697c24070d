"""Deals in filings-style sentences (REL35, session 56, from the errors of FIRE's train half A and Reuters train
stories): a filing's unnamed buyer ("We acquired X from Y") still leaves the seller's divestment; a sale whose
seller is not read ("True North to sell X to Y") still leaves the buyer's acquisition; a partnership, membership or
equity interest is a stake, sized or not, but not the units an offering says represent one; what a company makes
and sells is trade; a deal noun whose own "by" names an actor not read as a company does not fall to the clause's
subject. The sentences are FIRE's (Hamad et al., NAACL 2024, CC BY 4.0) and Reuters-21578 train's."""

from __future__ import annotations

from tests.helpers import found


def test_filers_purchase_from_sellers(rules):
    # FIRE fire:1531
    got = found(rules, "We acquired Penreco from ConocoPhillips and M.E. Zukerman Specialty Oil Corporation on "
                       "January 3, 2008.")
    assert ("divestment", "ConocoPhillips", "Penreco") in got
    assert ("divestment", "M.E. Zukerman Specialty Oil", "Penreco") in got
    assert not any(k[0] == "acquisition" for k in got)


def test_filers_purchase_negated_divests_nothing(rules):
    got = found(rules, "We did not acquire Penreco from ConocoPhillips.")
    assert not any(k[0] == "divestment" for k in got)


def test_sale_with_seller_unread_leaves_the_buyer(rules):
    # FIRE fire:1439: the seller's name is not read as a company
    got = found(rules, "True North to sell analytics company Actify Data Labs to global survey platform Voxco.")
    assert got.get(("acquisition", "Voxco", "Actify Data Labs")) == "agreed"


def test_partnership_interest_is_a_stake(rules):
    # FIRE fire:1025
    got = found(rules, "SWK HP Holdings GP LLC (SWK Holdings GP) acquired a direct general partnership interest in "
                       "SWK HP Holdings LP (SWK HP), which in turn acquired a limited partnership interest in Holmdel.")
    assert ("stake", "SWK HP", "Holmdel") in got


def test_equity_interest_is_a_stake(rules):
    # Reuters train reuters-3089
    got = found(rules, "SOUTH SAN FRANCISCO, Calif., March 9 - Imatron Inc said Mitsui and Co Ltd of Japan has "
                       "purchased a two mln dlr equity interest in Imatron at market price.")
    assert ("stake", "Mitsui", "Imatron") in got


def test_units_representing_interests_are_no_stake(rules):
    # Reuters train reuters-14743
    got = found(rules, "PHILADELPHIA, April 7 - Maritrans GP Inc said it began an offering of 12.25 mln depositary "
                       "units representing limited partnership interests of Maritrans Partners L.P. at 9.75 dlrs "
                       "per unit.")
    assert not any(k[0] == "stake" for k in got)


def test_made_and_sold_is_trade(rules):
    # FIRE fire:1816
    got = found(rules, "Zydus had submitted to the FDA an Abbreviated New Drug Application (ANDA) seeking approval "
                       "to manufacture and sell a generic version of the Company s ASACOL 800 mg product (ASACOL HD).")
    assert not any(k[0] == "divestment" for k in got)


def test_sale_by_an_unread_name_is_not_the_subjects(rules):
    # FIRE fire:1014
    got = found(rules, "On August 28, 2012, in connection with the sale of certain spectrum by Savary Island to "
                       "Verizon Wireless that was secured by the noteholder's lien, Cricket repaid the balance of "
                       "the non-negotiable promissory note in full.")
    assert ("divestment", "Cricket", "Verizon Wireless") not in got


def test_every_name_of_a_chained_list(rules):
    # FIRE fire:1782: the parse joins each name of the list to the one before it
    got = found(rules, "ET Interstate is the parent company of Transwestern, ETC FEP, ETC Tiger and CrossCountry.")
    for child in ("Transwestern", "ETC FEP", "ETC Tiger", "CrossCountry"):
        assert ("stake", "ET Interstate", child) in got


def test_the_company_itself_sold(rules):
    # FIRE fire:2171
    got = found(rules, "Prior to that, he was Vice President, Treasurer and Chief Financial Officer of Westport "
                       "Resources Corporation, a publicly traded exploration and production company, from 2001 until "
                       "the sale of that company to Kerr-McGee Corporation in 2004.")
    assert ("acquisition", "Kerr-McGee", "Westport Resources") in got
    assert ("divestment", "Westport Resources", "Kerr-McGee") not in got


def test_a_unit_sold_is_still_the_sellers(rules):
    got = found(rules, "Kestrel Corp said it completed the sale of its Lumora unit to Boeing Co.")
    assert ("divestment", "Kestrel", "Lumora") in got
    assert ("acquisition", "Boeing", "Lumora") in got
    assert ("acquisition", "Boeing", "Kestrel") not in got


def test_units_named_after_including(rules):
    # Reuters train reuters-3403: the units stay the parent's when the parent is bought with them
    got = found(rules, "But when Texas Air acquired People Express Inc and its units, including Bar Harbor Air Line "
                       "and Provincetown-Boston Airline, the privately-held Gull became a competitor to the Texas Air "
                       "units, the company said.")
    assert got.get(("stake", "People Express", "Bar Harbor Air")) == "active"
    assert got.get(("stake", "People Express", "Provincetown-Boston Airline")) == "active"
    assert ("acquisition", "Texas Air", "People Express") in got
    assert not any(k[0] == "divestment" for k in got)


def test_rivals_including_are_no_units(rules):
    got = found(rules, "Walgreen Co. and its rivals, including Duane Reade Inc., operate in a market environment.")
    assert not any(k[0] == "stake" for k in got)
