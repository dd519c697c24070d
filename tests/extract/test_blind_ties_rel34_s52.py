"""Ties the blind judges of the Reuters train build R28 found wrong (REL34, issue 15), on the stories' own sentences:
an offer for a counted number of new shares, told before "X's offer", is no takeover; assets of owners listed after
"of" are each owner's sale, not a takeover of the last; a count of a company's restaurants or stores sold is no sale
of the company; a company named only as whose officer a person is, is not owned; a company listed with what a
verb buys is never the buyer; a name set after "their joint venture," is the venture, no partner; an agreement
with a firm's lenders on a debt restructuring is no alliance."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_an_offer_for_new_shares_told_before_is_no_takeover(rules):
    ties = found(rules, "MIAMI, March 12 - American Savings and Loan Association of Florida said <Knoll International "
                        "Holdings Inc> has offered to purchase 500,000 new shares of American Savings for 10 mln dlrs, "
                        "and the board has accepted Knoll's offer.")
    assert not [k for k in ties if k[0] == "acquisition"]
    assert ("investment", "Knoll International", "American Savings and Loan Association") in ties
    # an offer the possessive names, with no other told before, is still for the company that speaks
    ties = found(rules, "Gencorp Inc said its board rejected Wagner and Brown's offer.")
    assert ("acquisition", "Wagner and Brown", "Gencorp") in ties


def test_assets_of_listed_owners_are_each_owners_sale(rules):
    ties = found(rules, "In two of the biggest transactions of recent months, French-owned Minatome Corp., a unit of "
                        "<Total Compagnie Francaise des Petroles>, spent more than 230 mln dlrs to separately acquire "
                        "oil assets of Texas International <TEICC> and Lear Petroleum Partners <LPP>.")
    assert ("acquisition", "Minatome", "Lear Petroleum Partners") not in ties
    assert ("divestment", "Lear Petroleum Partners", "Minatome") in ties
    ties = found(rules, "Minatome Corp said it acquired oil assets of Texas International Inc and Lear Petroleum "
                        "Partners.")
    assert not [k for k in ties if k[0] == "acquisition"]


def test_counted_restaurants_sold_are_no_sale_of_the_company(rules):
    ties = found(rules, "LAS VEGAS, Nev., April 1 - Horn and Hardart Co said it disposed of 33 Bojangles' Chicken 'N "
                        "Biscuits restaurants in Florida as part of its previously announced retrenchment of its "
                        "Bojangles' subsidiary.")
    assert ("divestment", "Horn and Hardart", "Bojangles") not in ties
    # a unit sold is still sold
    ties = found(rules, "Horn and Hardart Co said it sold its Bojangles Inc unit to Acme Corp.")
    assert ("divestment", "Horn and Hardart", "Bojangles") in ties


def test_a_company_named_for_whose_officer_is_not_owned(rules):
    ties = found(rules, "Enro Acquisition is a newly formed corporation and owns Ramar Intercapital Corp and Wilson's "
                        "chief operating officer, V. Jerome Kaplan, and other managers.")
    assert not [k for k in ties if k[0] == "stake" and k[2] == "Wilson"]
    ties = found(rules, "Acme Corp bought Beta Inc's shareholders' stock.")
    assert ("stake", "Acme", "Beta") in ties


def test_a_company_listed_with_what_is_bought_is_no_buyer(rules):
    ties = found(rules, "Under the terms of the offer, Gulf said it is entitled to receive a supplementary payment if a "
                        "general offer to acquire Imperial Continental or its Calor Group or Contibel Holdings becomes "
                        "wholly unconditional before Jan 1, 1988 at a price above the tender off of 710 pence per share.")
    assert not [k for k in ties if k[0] == "acquisition"]
    ties = found(rules, "Acme Corp agreed to acquire Beta Inc and its Gamma Corp unit.")
    assert ("acquisition", "Acme", "Beta") in ties


def test_a_name_after_their_joint_venture_is_the_venture(rules):
    ties = found(rules, "CAMBRIDGE, Mass., April 1 - Genetics Institute Inc and Wellcome PLC, a British-based "
                        "pharmaceutical company, jointly announced the selection of a site for their joint venture, "
                        "WelGen Manufacturing Inc, formed last September.")
    assert not [k for k in ties if "WelGen Manufacturing" in k]
    assert ("joint_venture", "Genetics Institute", "Wellcome") in ties


def test_an_agreement_with_lenders_on_debt_is_no_alliance(rules):
    ties = found(rules, "RIDGEFIELD, N.J., March 2 - Oliver's Stores Inc said it has decided to reorganize under "
                        "Chapter 11 of the federal bankruptcy laws and will file a petition by the end of this week.\n"
                        "The company said it has failed to reach agreement with primary lenders Manufacturers Hanover "
                        "Corp <MHC> and Midlantic Corp <MIDL> on a debt restructuring.")
    assert not [k for k in ties if k[0] == "alliance"]
    ties = found(rules, "Acme Corp said it reached an agreement with Beta Corp to market each other's products.")
    assert ("alliance", "Acme", "Beta") in ties


def test_a_rival_in_the_competition_to_provide_supplies_nobody(rules):
    ties = found(rules, "Earlier today, Swissair dealt a blow to Airbus by opting to order six MD-11 long range aircraft "
                        "from McDonnell Douglas Corp <MD>, Airbus's rival in the competition to provide a long range "
                        "passenger plane alternative to Boeing Co's <BA> new versions of the 747.")
    assert ("supply", "Airbus", "Boeing") not in ties
    ties = found(rules, "Boeing Co said it won the competition to supply Swissair with 12 jets.")
    assert ("supply", "Boeing", "Swissair") in ties


def test_a_company_naming_another_order_is_no_party_to_this_one(rules):
    ties = found(rules, "AMR is expected to announce the purchase of 25 widebodied longrange A300's from <Airbus "
                        "Industrie> and 15 Boeing Co <BA> 767's.\nThe Airbus plane order would be worth about 1.25 "
                        "billion dlrs and the Boeing order about 750 mln dlrs, according to the report.")
    assert ("supply", "Airbus", "Boeing") not in ties


def test_counted_planes_bought_take_no_company_over(rules):
    ties = found(rules, "According to a New York Times report, AMR is expected to announce the purchase of 25 widebodied "
                        "longrange A300's from <Airbus Industrie> and 15 Boeing Co <BA> 767's and the choice of General "
                        "Electric Co <GE> to supply all 80 engines for the craft.")
    assert not [k for k in ties if k[0] in ("acquisition", "divestment")]
    ties = found(rules, "Acme Corp said it bought 500,000 Beta Inc shares.")
    assert ("stake", "Acme", "Beta") in ties
    # a count of firms bought is those firms
    ties = found(rules, "Outokumpu acquired two Swedish copper manufacturers in January 1986, <Metallverken Ab> and "
                        "<Wirsbo Bruks Ab>, that were merged into its copper processing division.")
    assert ("acquisition", "Outokumpu", "Metallverken") in ties
    # what a bid counts is its price
    ties = found(rules, "PARIS, April 3 - <Carburos Metalicos> of Spain has bid 2,205 francs a share for French "
                        "chemicals group <Duffour et Igon>, rivalling the 2,100 franc bid announced yesterday by Union "
                        "Carbide France, the French subsidiary of the U.S.")
    assert ("acquisition", "Carburos Metalicos", "Duffour et Igon") in ties


def test_airtime_bought_of_a_network_is_no_alliance(rules):
    for text in ("DALLAS, March 19 - Nostalgia Network Inc said it signed an agreement to air two minute and five "
                 "minute commercial announcements of its home shopping service called Collectible Showcase on the ACTS "
                 "Satellite Network.",
                 "DALLAS, March 19 - Nostalgia Network Inc said it signed an agreement with the ACTS Satellite Network "
                 "to produce a series of two- and five-minute commercials of its home shopping service, \"Collectible "
                 "Showcase.\""):
        assert not [k for k in found(rules, text) if k[0] == "alliance"]
    ties = found(rules, "Acme Corp said it reached an agreement with Beta Corp to produce a series of computers.")
    assert ("alliance", "Acme", "Beta") in ties


def test_a_bid_for_one_from_another_is_for_the_one_named(rules):
    ties = found(rules, "Acme Corp fought off a hostile bid for Beta Inc from Gamma Corp by increasing its stake in Beta "
                        "to 85 pct.")
    assert ("acquisition", "Gamma", "Beta") in ties
    assert ("acquisition", "Gamma", "Acme") not in ties
    ties = found(rules, "Beta Inc said it received a takeover offer from Gamma Corp.")
    assert ("acquisition", "Gamma", "Beta") in ties


def test_a_company_a_relative_clause_names_is_no_subject(rules):
    ties = found(rules, "U.S. Telecommunications giant American Telephone and Telegraph Co <T.N> which has been at the "
                        "centre of the two-year battle for CGCT, has teamed up with the Dutch-based <Philips "
                        "Telecommunications Industrie B.V.>, a subsidiary of NV Philips Gloeilampenfabriek <PGLO.AS> and "
                        "<Societe Anonyme de Telecommunications> (SAT) to present a joint bid, in association with "
                        "holding company Cie du Midi SA <MCDP.P> and five French investment funds.")
    assert not [k for k in ties if k[0] == "alliance" and "CGCT" in k]
    ties = found(rules, "Amylum Corp, which Tate and Lyle controls, made an offer for Beta Inc.")
    assert ("acquisition", "Amylum", "Beta") in ties
    assert not [k for k in ties if k[0] == "acquisition" and k[1] in ("Lyle", "Tate and Lyle")]
    ties = found(rules, "Amylum Corp, which is based in Ohio, made an offer for Beta Inc.")
    assert ("acquisition", "Amylum", "Beta") in ties
