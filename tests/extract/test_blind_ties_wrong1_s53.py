"""Ties the blind judges of the Reuters train builds found wrong and the build still showed (WRONG1, issue 15), on
the stories' own sentences: a participle of holding the parse reads as the active verb is a passive; a department
bought is a part of its seller; a rival's bid set against another is no bid for the other bidder; a company a clause
on the goods sold tells of is no party; a company after "than" is compared, not dealt with; "the acquisition" told
before names no party in the clause after it; a property acquired is not the speaker; shares offered for every so
many of the offerer's own are a float to its holders; an acronym spelt out after it in lower case is a common
noun's; "its" after "NAME, through" is that name's; a share read past a company's division is none of the
company's."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_holding_participle_read_as_active_is_a_passive(rules):
    ties = found(rules, "Both Saudi American, owned 40 pct by Citicorp's <CCI.N> Citibank NA and Saudi French, 40 pct "
                        "owned by Banque Indosuez, increased provisions sharply.")
    assert ("stake", "Citibank", "Saudi American") in ties
    assert not [k for k in ties if k[0] == "stake" and k[1] == "Saudi American"]
    # the passive with its "is" reads as before
    assert ("stake", "Citibank", "Saudi American Bank") in found(
        rules, "Saudi American Bank is owned 40 pct by Citibank NA, the bank said.")


def test_a_department_bought_is_its_sellers_part(rules):
    ties = found(rules, "GUILDERLAND, N.Y., March 16 - Intermagnetics General Corp said it completed the purchase of "
                        "the advanced products department of Air Products and Chemicals Inc <APD>.")
    assert ("acquisition", "Intermagnetics General", "Air Products and Chemicals") not in ties
    assert ("divestment", "Air Products and Chemicals", "Intermagnetics General") in ties


def test_a_rival_bid_set_against_is_no_bid_for_the_bidder(rules):
    ties = found(rules, "SYDNEY, April - <The Australian Gas Light Co> (AGL) said it will offer one share plus one dlr "
                        "cash for every two shares in oil and gas producer <TMOC Resources Ltd> in a counter-bid to the "
                        "previously reported takeover offer by Santos Ltd <STOS.S>.")
    assert not [k for k in ties if {k[1], k[2]} == {"Santos", "Australian Gas Light"}]
    assert ("acquisition", "Santos", "TMOC Resources") in ties
    ties = found(rules, "West Germany's Siemens AG <SIEG.F> has teamed up with the French group Jeumont-Schneider, in "
                        "opposition to a bid from the U.S. Group ATT <T.N> and the Dutch Philips Telecommunications BV "
                        "<PGLO.AS> in association with the French telecommunications firm SAT <Societe Anonyme de "
                        "Telecommunications>.")
    assert not [k for k in ties if k[0] == "acquisition"]
    # a price "higher than" a bid is set against no bid: the bid is still for the company told of
    ties = found(rules, "NEW YORK, March 24 - Heavy buying by speculators boosted Conrac Corp 7-7/8 to 29, higher than a "
                        "25-dlr-per-share cash tender offer announced by Mark IV Industries Inc <IV>.")
    assert ("acquisition", "Mark IV Industries", "Conrac") in ties
    # a bid from a company for the one that tells of it still is
    assert ("acquisition", "Breakwater Resources", "Acme") in found(
        rules, "Acme Corp said it received a proposed takeover offer from Breakwater Resources Ltd.")


def test_a_company_the_clause_on_goods_tells_of_is_no_party(rules):
    ties = found(rules, "In Miami, Ryder said it will sell the three planes that Presidential will not lease back to "
                        "other airlines.")
    assert not [k for k in ties if k[0] in ("divestment", "acquisition")]


def test_a_company_after_than_is_compared_not_dealt_with(rules):
    ties = found(rules, '"Prudential can fund these things more cheaply than First City and there is an incentive to '
                        'invest in troubled energy companies right now as values are depressed"')
    assert not [k for k in ties if k[0] == "investment"]


def test_the_acquisition_told_before_names_no_party_after_a_clause(rules):
    ties = found(rules, "Atico said in connection with the acquisition it will apply to become a registered bank "
                        "holding company and convert its 99 npct owned Atico Savings Bank subsidiary to a "
                        "state-chartered commercial bank.")
    assert not [k for k in ties if k[0] == "acquisition"]
    assert ("stake", "Atico", "Atico Savings Bank") in ties


def test_a_property_acquired_is_not_the_speakers(rules):
    ties = found(rules, "The major gold deposit to be acquired by Norgold is 100 pct of the Bottle Creek deposit, west "
                        "of Leonora in Western Australia, NBH said.")
    assert not [k for k in ties if k[0] == "acquisition"]


def test_shares_offered_for_the_offerers_own_are_a_float(rules):
    ties = found(rules, "MELBOURNE, March 12 - North Broken Hill Holdings Ltd <NBHA.ME> (NBH) said it will offer one "
                        "<Norgold Ltd> share for every five NBH shares in the float of its newly created gold offshoot.")
    assert not [k for k in ties if k[0] in ("acquisition", "stake") and k[2] == "Norgold"]
    # the terms of a bid, shares offered for every so many of the target's, are still a bid
    ties = found(rules, "Williams Holdings said it will offer one Williams share for every two Norcros shares.")
    assert ("acquisition", "Williams", "Norcros") in ties


def test_an_acronym_spelt_out_after_it_is_no_company(rules):
    text = ("LONDON, March 23 - <Cityquest Plc>, a newly formed company, is making a recommended 120 mln stg offer "
            "for builders merchants and DIY (do-it-yourself) company <Wickes Plc>, Wickes said in a statement.")
    assert "DIY" not in companies(rules, text)
    ties = found(rules, text)
    assert ("acquisition", "Cityquest", "Wickes") in ties
    assert not [k for k in ties if "DIY" in k]


def test_its_after_a_name_set_off_is_that_names(rules):
    ties = found(rules, "CHATSWORTH, Calif., March 24 - Tandon Corp said Sears Roebuck, through its Sears Business "
                        "Centers, continues to be a customer of Tandon for its products.")
    assert ("stake", "Tandon", "Sears Business Centers") not in ties
    # "X, with its Y unit" is still X's
    ties = found(rules, "USX Corp, with its Marathon Oil Co unit, said it would cut spending.")
    assert ("stake", "USX", "Marathon Oil") in ties


def test_a_share_read_past_a_companys_division_is_none_of_the_companys(rules):
    ties = found(rules, "Allied-Lyons got 51 pct control of Hiram Walker-Gooderham last year for about 600 mln U.S. "
                        "dlrs, while the Reichmanns' <Gulf Canada Corp> acquired 49 pct in an out-of-court pact after a "
                        "hostile battle for the wine and spirits division of <Hiram Walker Resources Ltd>.")
    assert ("stake", "Gulf Canada", "Hiram Walker Resources") not in ties
    # an interest "of" a company is a share of it
    ties = found(rules, "WAYNE, N.J., March 17 - American Cyanamid Co said it bought the 50 pct interest of Cyanamid "
                        "Fothergill Ltd held by <Fothergill and Harvey PLC>, making the unit a wholly owned subsidiary.")
    assert ("stake", "American Cyanamid", "Cyanamid Fothergill") in ties
